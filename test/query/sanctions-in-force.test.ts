import { sanctionsInForce, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { ids } from "./helpers.js";
import { GBR, IRN, index, PAK, USA } from "./histories-fixture.js";

describe("sanctionsInForce", () => {
  it("finds sanctions in force now by target, in time order", () => {
    expect(ids(sanctionsInForce(index, { target: IRN }).map((s) => s.sanction))).toEqual([
      "sanction:us-iran",
      "sanction:ofac-nioc",
      "sanction:uk-iran",
      "sanction:pak-iran",
    ]);
    expect(
      ids(sanctionsInForce(index, { target: IRN, attribution: "record" }).map((s) => s.sanction)),
    ).not.toContain("sanction:ofac-nioc");
  });

  it("finds them at a date, by status history", () => {
    const at = (date: string, match?: "overlaps" | "within") =>
      ids(
        sanctionsInForce(index, { issuer: USA, at: date, ...(match ? { match } : {}) }).map(
          (s) => s.sanction,
        ),
      );
    expect(at("2009")).toEqual([]);
    expect(at("2010-07")).toEqual(["sanction:us-iran"]);
    // OFAC is a US body: its sanctions count as the United States'.
    expect(at("2016-03")).toEqual(["sanction:us-iran", "sanction:ofac-nioc"]);
    expect(sanctionsInForce(index, { issuer: USA, at: "2016-03" })[0]?.status).toBe("eased");
    expect(at("2017")).toEqual(["sanction:ofac-nioc"]);
    // 2016 overlaps the lifting, but the sanctions were in force during part of it.
    expect(at("2016")).toEqual(["sanction:us-iran", "sanction:ofac-nioc"]);
    expect(at("2016", "within")).toEqual(["sanction:ofac-nioc"]);
    expect(at("2018-11-05", "within")).toEqual(["sanction:us-iran", "sanction:ofac-nioc"]);
    expect(at("2018-11-04")).toEqual(["sanction:ofac-nioc"]);
  });

  it("counts an undated status for the latest state only", () => {
    expect(ids(sanctionsInForce(index, { issuer: PAK }).map((s) => s.sanction))).toEqual([
      "sanction:pak-iran",
    ]);
    expect(sanctionsInForce(index, { issuer: PAK })[0]?.dated).toBe(false);
    expect(sanctionsInForce(index, { issuer: PAK, at: "2025" })).toEqual([]);
  });

  it("combines target and issuer, and leaves proposed sanctions out", () => {
    expect(ids(sanctionsInForce(index, { target: IRN, issuer: GBR }).map((s) => s.sanction))).toEqual([
      "sanction:uk-iran",
    ]);
    expect(sanctionsInForce(index, { target: PAK })).toEqual([]);
    expect(sanctionsInForce(index).length).toBe(4);
    expect(() => sanctionsInForce(index, { target: "country:XXX" })).toThrow(UnknownIdError);
  });
});
