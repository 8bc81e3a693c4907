// Shared by the tests of dyad-timeline, dyad-summary.
import { createIndex } from "bilateral";
import { countries, dataset, event } from "./helpers.js";

export const IRN = "country:IRN";
export const PAK = "country:PAK";
export const USA = "country:USA";

export const index = createIndex(
  dataset([
    ...countries("IRN", "PAK", "USA"),
    event("visit", IRN, PAK, "2024-08-02", { intensity: 3 }),
    event("talks", PAK, IRN, "2024-08", { intensity: 1 }),
    event("strike", PAK, IRN, "2024-01-18", { category: "ASSAULT", intensity: -8 }),
    event("strike-back", IRN, PAK, "2024-01-16", {
      category: "ASSAULT",
      intensity: -9,
      quadClass: { value: 4, basis: "gdelt" },
    }),
    event("year", IRN, PAK, "2024", { category: "COOPERATE" }),
    event("accord", IRN, PAK, "2025-03-10", { category: "AGREE", intensity: 4 }),
    event("other", USA, IRN, "2024-05-01"),
    event("undated", IRN, PAK, undefined),
    {
      id: "rel:x",
      kind: "relationship",
      relationshipType: "diplomatic",
      parties: [PAK, IRN],
      stanceHistory: [
        { stance: "strained", since: "2024-01-16" },
        { stance: "cooperative", since: "2024-08" },
        { stance: "cooperative", trend: "improving" },
      ],
    },
    {
      id: "project:p",
      kind: "project",
      name: "P",
      projectType: "pipeline",
      parties: [IRN, PAK],
      statusHistory: [{ status: "frozen", since: "2014" }],
    },
    {
      id: "project:us",
      kind: "project",
      name: "Q",
      projectType: "port",
      parties: [USA, PAK],
      statusHistory: [{ status: "planned", since: "2020" }],
    },
    {
      id: "sanction:s",
      kind: "sanction",
      authority: USA,
      targets: [IRN],
      secondary: true,
      statusHistory: [{ status: "imposed", since: "2018-11" }],
    },
    {
      id: "sanction:primary",
      kind: "sanction",
      authority: USA,
      targets: [IRN],
      statusHistory: [{ status: "imposed", since: "2012" }],
    },
    {
      id: "mediation:m",
      kind: "mediation",
      mediator: USA,
      between: [IRN, PAK],
      statusHistory: [{ status: "offered", since: "2024-01-20" }],
    },
  ]),
);
