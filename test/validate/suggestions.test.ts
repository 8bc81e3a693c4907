import { safeParseDataset } from "bilateral";
import { describe, expect, it } from "vitest";

const messages = (records: unknown[]) =>
  safeParseDataset({ format: "bilateral", version: "1.0", records }).issues.map((issue) => issue.message);

const IRN = { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" };

describe("did you mean, in validation issues", () => {
  it("offers the kind a misspelt kind meant", () => {
    expect(messages([{ id: "event:x", kind: "evnt" }])).toEqual([
      expect.stringMatching(/^"evnt" is not a record kind .* \(did you mean "event"\?\)$/),
    ]);
  });

  it("offers the field a misspelt field meant, nested fields too", () => {
    const found = messages([
      IRN,
      {
        id: "event:x",
        kind: "event",
        category: "AGREE",
        actors: ["country:IRN"],
        sumary: "x",
        location: { contry: "IRN" },
      },
    ]);
    expect(found).toContain(
      'unknown field "sumary": the schema does not define it (did you mean "summary"?)',
    );
    expect(found).toContain(
      'unknown field "contry": the schema does not define it (did you mean "country"?)',
    );
  });

  it("offers the category and context a misspelt one meant", () => {
    const found = messages([
      IRN,
      { id: "event:x", kind: "event", category: "ASSUALT", contexts: ["militray"], actors: ["country:IRN"] },
    ]);
    expect(found.some((message) => message.endsWith('(did you mean "ASSAULT"?)'))).toBe(true);
    expect(found.some((message) => message.endsWith('(did you mean "military"?)'))).toBe(true);
  });

  it("offers the id an unresolved reference meant", () => {
    expect(
      messages([IRN, { id: "event:x", kind: "event", category: "AGREE", actors: ["country:irn"] }]),
    ).toEqual([
      '"country:irn" does not match the id of any record (expected one of country, organization, person) (did you mean "country:IRN"?)',
    ]);
  });

  it("offers nothing when nothing is close", () => {
    expect(messages([{ id: "event:x", kind: "zebra" }])[0]).not.toContain("did you mean");
  });
});
