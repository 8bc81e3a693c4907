import { findStatements, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
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
  });

  it("finds nothing for someone who said nothing, and refuses unknown ids", () => {
    expect(findStatements(index, { by: "country:AFG" })).toEqual([]);
    expect(() => findStatements(index, { by: "person:nobody" })).toThrow(UnknownIdError);
  });
});
