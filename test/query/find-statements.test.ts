import { createIndex, findStatements, OptionError, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset, event } from "./helpers.js";
import { index } from "./statements-fixture.js";

describe("findStatements", () => {
  it("gives the positions held at the event's date, else the current ones", () => {
    const said = findStatements(index, { by: "person:x" });
    expect(
      said.map((s) => [s.record.id, s.role ?? null, s.positions.map((p) => p.title), s.path.join(".")]),
    ).toEqual([
      ["event:said-2019", "official", ["Deputy minister"], "citations.0"],
      ["project:p", null, ["Minister"], "statusHistory.0.citations.0"],
    ]);
    expect(said[0]?.source?.id).toBe("source:s");
    expect(said[1]?.source).toBeUndefined();
    // A citation's statement is no claim.
    expect(said.every((s) => s.claim === undefined && s.hedges === undefined)).toBe(true);
  });

  it("finds nothing for someone who said nothing, and refuses unknown ids", () => {
    expect(findStatements(index, { by: "country:AFG" })).toEqual([]);
    expect(() => findStatements(index, { by: "person:nobody" })).toThrow(UnknownIdError);
  });
});

const claims = createIndex(
  dataset([
    ...countries("IRN", "PAK", "USA"),
    { id: "source:paper", kind: "source", title: "The paper" },
    {
      id: "person:malik",
      kind: "person",
      name: "Malik",
      positions: [
        { title: "trade lawyer", period: { start: "2010", end: "2020" } },
        { title: "judge", country: "country:PAK", period: { start: "2021" } },
      ],
    },
    {
      id: "claim:easing",
      kind: "claim",
      claimType: "prediction",
      by: "person:malik",
      attributedAs: "trade lawyer",
      text: "easing tension could potentially ease sanctions",
      hedges: ["could potentially"],
      confidence: 0.4,
      date: "2019-03",
      parties: ["country:IRN", "country:USA"],
      citations: [{ source: "source:paper", quote: "could potentially ease sanctions, according to Malik" }],
    },
    event("talks", "country:IRN", "country:PAK", "2024", {
      citations: [{ source: "source:paper", attributedTo: "person:malik", quote: "they talked" }],
    }),
    {
      id: "claim:shift",
      kind: "claim",
      claimType: "assessment",
      by: "source:paper",
      summary: "Iran is shifting towards diplomacy.",
      parties: ["country:IRN"],
      about: ["event:talks"],
    },
    {
      id: "claim:judge",
      kind: "claim",
      claimType: "denial",
      by: "person:malik",
      text: "No such deal exists",
      parties: ["person:malik", "country:IRN"],
      // A claim's citations are where it was reported; one may repeat its speaker, `by`.
      citations: [{ url: "https://example.org/x", attributedTo: "person:malik", quote: "No such deal" }],
    },
  ]),
);

describe("findStatements over claims", () => {
  it("makes each claim a statement: its speaker, role, words, type and hedges, in dataset order", () => {
    const said = findStatements(claims);
    expect(said.map((s) => [s.record.id, s.speaker.id, s.role ?? null, s.quote ?? null])).toEqual([
      ["claim:easing", "person:malik", "trade lawyer", "easing tension could potentially ease sanctions"],
      ["event:talks", "person:malik", null, "they talked"],
      ["claim:shift", "source:paper", null, null],
      ["claim:judge", "person:malik", null, "No such deal exists"],
    ]);
    const [easing] = said;
    expect(easing?.claim?.claimType).toBe("prediction");
    expect(easing?.claim?.confidence).toBe(0.4);
    expect(easing?.hedges).toEqual(["could potentially"]);
    // The positions held when it was said; the claim's first citation, and its source.
    expect(easing?.positions.map((p) => p.title)).toEqual(["trade lawyer"]);
    expect(easing?.path).toEqual(["citations", 0]);
    expect(easing?.citation.quote).toBe("could potentially ease sanctions, according to Malik");
    expect(easing?.source?.id).toBe("source:paper");
  });

  it("lets a source speak for itself, and gives a claim without citations one made of its fields", () => {
    const [shift] = findStatements(claims, { by: "source:paper" });
    expect(shift?.record.id).toBe("claim:shift");
    expect(shift?.source?.id).toBe("source:paper");
    expect(shift?.path).toEqual([]);
    expect(shift?.citation).toEqual({ source: "source:paper" });
    expect(shift?.hedges).toEqual([]);
    expect(shift?.claim?.summary).toBe("Iran is shifting towards diplomacy.");
  });

  it("makes one statement of a claim whose citation repeats its speaker, and dates the positions by the claim", () => {
    const judges = findStatements(claims, { by: "person:malik" }).filter(
      (s) => s.record.id === "claim:judge",
    );
    expect(judges).toHaveLength(1);
    const [judge] = judges;
    expect(judge?.path).toEqual(["citations", 0]);
    // Undated: the positions without an end.
    expect(judge?.positions.map((p) => p.title)).toEqual(["judge"]);
  });

  it("keeps the statements about a party or a pair, in country attribution or as records", () => {
    const about = (query: Parameters<typeof findStatements>[1]) =>
      findStatements(claims, query).map((s) => s.record.id);
    expect(about({ about: "country:IRN" })).toEqual([
      "claim:easing",
      "event:talks",
      "claim:shift",
      "claim:judge",
    ]);
    expect(about({ about: ["country:IRN", "country:USA"] })).toEqual(["claim:easing"]);
    // Malik, named among the parties, counts for Pakistan by his position; as a record he does not.
    expect(about({ about: ["country:IRN", "country:PAK"] })).toEqual(["event:talks", "claim:judge"]);
    expect(about({ about: ["country:IRN", "country:PAK"], attribution: "record" })).toEqual(["event:talks"]);
    // `about` names records of any kind: the event the assessment concerns.
    expect(about({ about: "event:talks" })).toEqual(["claim:shift"]);
    expect(about({ by: "person:malik", about: "country:USA" })).toEqual(["claim:easing"]);
  });

  it("refuses unknown ids and malformed pairs", () => {
    expect(() => findStatements(claims, { about: "country:FRA" })).toThrow(UnknownIdError);
    expect(() => findStatements(claims, { about: ["country:IRN", "country:IRN"] })).toThrow(OptionError);
  });
});
