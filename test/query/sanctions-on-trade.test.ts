import { sanctionsOnTrade } from "bilateral";
import { describe, expect, it } from "vitest";
import { GBR, IRN, index, PAK, USA } from "./histories-fixture.js";

describe("sanctionsOnTrade", () => {
  it("finds the sanctions reaching a dyad's trade, with their reasons", () => {
    const found = sanctionsOnTrade(index, IRN, PAK);
    expect(found.map((s) => [s.sanction.id, s.reasons.map((r) => r.reason)])).toEqual([
      ["sanction:us-iran", ["constrains-trade", "secondary"]],
      ["sanction:pak-iran", ["between-parties"]],
    ]);
    expect(found[1]?.reasons[0]).toEqual({ reason: "between-parties", issuer: PAK, target: IRN });
  });

  it("lists third parties' primary sanctions only when asked", () => {
    const found = sanctionsOnTrade(index, PAK, IRN, { includePrimary: true });
    expect(found.map((s) => s.sanction.id)).toEqual([
      "sanction:us-iran",
      "sanction:ofac-nioc",
      "sanction:uk-iran",
      "sanction:pak-iran",
    ]);
    expect(found[2]?.reasons).toEqual([{ reason: "targets-party", target: IRN }]);
  });

  it("applies the date", () => {
    expect(sanctionsOnTrade(index, IRN, PAK, { at: "2017" })).toEqual([]);
    expect(sanctionsOnTrade(index, IRN, PAK, { at: "2024" }).map((s) => s.sanction.id)).toEqual([
      "sanction:us-iran",
    ]);
  });

  it("finds nothing for a dyad no sanction reaches", () => {
    expect(sanctionsOnTrade(index, USA, GBR)).toEqual([]);
  });
});
