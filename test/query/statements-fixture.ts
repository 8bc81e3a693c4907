// Shared by the tests of find-statements, active-near-border.
import { createIndex } from "bilateral";
import { countries, dataset, event } from "./helpers.js";

export const index = createIndex(
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
