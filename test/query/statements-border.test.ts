import { activeNearBorder, createIndex, findStatements, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset, event, ids } from "./helpers.js";

const index = createIndex(
  dataset([
    ...countries("AFG", "PAK", "IRN"),
    { id: "source:s", kind: "source", title: "S" },
    {
      id: "person:x",
      kind: "person",
      name: "X",
      positions: [
        { title: "Deputy minister", country: "country:PAK", period: { start: "2018", end: "2021" } },
        { title: "Minister", country: "country:PAK", period: { start: "2022" } },
      ],
    },
    {
      id: "place:crossing",
      kind: "place",
      name: "Torkham",
      placeType: "border-crossing",
      countries: ["country:AFG", "country:PAK"],
    },
    { id: "place:town", kind: "place", name: "Town", placeType: "city", within: "place:crossing" },
    { id: "org:smugglers", kind: "organization", name: "Smugglers", organizationType: "other" },
    {
      id: "org:ttp",
      kind: "organization",
      name: "TTP",
      organizationType: "armed-group",
      activeIn: ["place:town"],
    },
    event("raid", "org:smugglers", undefined, "2023", {
      category: "ASSAULT",
      location: { place: "place:crossing" },
    }),
    event("said-2019", "country:PAK", undefined, "2019-05", {
      citations: [
        { source: "source:s", quote: "We will talk", attributedTo: "person:x", attributedAs: "official" },
      ],
    }),
    {
      id: "project:p",
      kind: "project",
      name: "P",
      projectType: "road",
      parties: ["country:PAK"],
      statusHistory: [
        { status: "planned", citations: [{ url: "https://example.org/p", attributedTo: "person:x" }] },
      ],
    },
  ]),
);

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
