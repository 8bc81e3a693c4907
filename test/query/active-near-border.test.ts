import { activeNearBorder, createIndex } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset, ids } from "./helpers.js";
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

describe("a chain of places within places as long as the dataset", () => {
  it("is walked without recursion: 100,000 places, each within the last, the deepest event found", () => {
    const depth = 100_000;
    const places = Array.from({ length: depth }, (_, i) => ({
      id: `place:p${i}`,
      kind: "place",
      name: `P${i}`,
      placeType: i === 0 ? "border-crossing" : "other",
      ...(i === 0 ? { countries: ["country:AFG", "country:PAK"] } : { within: `place:p${i - 1}` }),
    }));
    const deep = createIndex(
      dataset([
        ...countries("AFG", "PAK"),
        ...places,
        { id: "org:group", kind: "organization", name: "Group", organizationType: "armed-group" },
        {
          id: "event:deep",
          kind: "event",
          category: "ASSAULT",
          actors: ["org:group"],
          location: { place: `place:p${depth - 1}` },
        },
      ]),
    );
    const found = activeNearBorder(deep, "country:AFG", "country:PAK");
    expect(found.map((item) => [item.organization.id, ids(item.events)])).toEqual([
      ["org:group", ["event:deep"]],
    ]);
  });
});
