import { mediatorsBetween } from "bilateral";
import { describe, expect, it } from "vitest";
import { IRN, index, PAK, USA } from "./histories-fixture.js";

describe("mediatorsBetween", () => {
  it("finds the mediators between two parties, either way", () => {
    const found = mediatorsBetween(index, USA, IRN);
    expect(found.map((m) => [m.mediator.id, m.status])).toEqual([
      ["country:GBR", "ended"],
      ["country:PAK", "active"],
      ["person:leader", undefined],
    ]);
    expect(mediatorsBetween(index, IRN, USA).map((m) => m.mediation.id)).toEqual(
      found.map((m) => m.mediation.id),
    );
  });

  it("finds them at a date, from dated statuses only", () => {
    expect(mediatorsBetween(index, USA, IRN, { at: "2020" }).map((m) => [m.mediator.id, m.status])).toEqual([
      ["country:GBR", "active"],
    ]);
    expect(mediatorsBetween(index, USA, IRN, { at: "2020", match: "within" })).toEqual([]);
    expect(mediatorsBetween(index, USA, IRN, { at: "2018" })).toEqual([]);
  });

  it("returns nothing for parties nobody mediates between", () => {
    expect(mediatorsBetween(index, IRN, PAK)).toEqual([]);
  });
});
