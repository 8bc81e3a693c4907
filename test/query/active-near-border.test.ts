import { activeNearBorder } from "bilateral";
import { describe, expect, it } from "vitest";
import { ids } from "./helpers.js";
import { index } from "./statements-fixture.js";

describe("activeNearBorder", () => {
  it("uses border places of both countries and the places within them, with events located there", () => {
    const found = activeNearBorder(index, "country:PAK", "country:AFG");
    expect(found.map((f) => [f.organization.id, ids(f.places), ids(f.events)])).toEqual([
      ["org:smugglers", ["place:crossing"], ["event:raid"]],
      ["org:ttp", ["place:town"], []],
    ]);
    expect(
      ids(
        activeNearBorder(index, "country:PAK", "country:AFG", { organizationType: "armed-group" }).map(
          (f) => f.organization,
        ),
      ),
    ).toEqual(["org:ttp"]);
  });

  it("is empty without a border or a border place", () => {
    expect(activeNearBorder(index, "country:PAK", "country:IRN")).toEqual([]);
  });
});
