// Shared by the tests of stance-between, sanctions-in-force, sanctions-on-trade, blocked-projects, mediators-between.
import { createIndex } from "bilateral";
import { countries, dataset, event } from "./helpers.js";

export const IRN = "country:IRN";
export const PAK = "country:PAK";
export const USA = "country:USA";
export const GBR = "country:GBR";

export const index = createIndex(
  dataset([
    ...countries("IRN", "PAK", "USA", "GBR"),
    { id: "org:ofac", kind: "organization", name: "OFAC", organizationType: "government-body", country: USA },
    {
      id: "org:nioc",
      kind: "organization",
      name: "NIOC",
      organizationType: "state-owned-enterprise",
      country: IRN,
    },
    {
      id: "person:leader",
      kind: "person",
      name: "Leader",
      positions: [{ title: "Prime Minister", country: PAK }],
    },
    event("attack-1", PAK, IRN, "2024-01-18", { category: "ASSAULT" }),
    event("attack-2", IRN, PAK, "2024-01-16", { category: "ASSAULT" }),
    {
      id: "rel:security",
      kind: "relationship",
      relationshipType: "security-cooperation",
      parties: [IRN, PAK],
      period: { start: "2019" },
      stanceHistory: [
        { stance: "cooperative", since: "2019", citations: [{ url: "https://example.org/a" }] },
        {
          stance: "strained",
          trend: "deteriorating",
          since: "2024-01-16",
          causes: ["event:attack-1", "event:attack-2"],
        },
        { stance: "cooperative", trend: "improving", asOf: "2024-03" },
        { stance: "cooperative", trend: "deepening", note: "reported, date unknown" },
      ],
      citations: [{ url: "https://example.org/rel" }],
    },
    {
      id: "rel:ended",
      kind: "relationship",
      relationshipType: "trade-partnership",
      parties: [PAK, IRN],
      period: { start: "2000", end: "2010" },
      stanceHistory: [{ stance: "neutral", since: "2000" }],
    },
    {
      id: "rel:no-history",
      kind: "relationship",
      relationshipType: "support",
      parties: [PAK, IRN],
      directed: true,
    },
    {
      id: "rel:leader",
      kind: "relationship",
      relationshipType: "diplomatic",
      parties: ["person:leader", IRN],
      stanceHistory: [{ stance: "hostile" }],
    },
    {
      id: "project:pipeline",
      kind: "project",
      name: "Pipeline",
      projectType: "pipeline",
      parties: [IRN, PAK],
      statusHistory: [
        { status: "agreed", since: "1995" },
        { status: "under-construction", since: "2013" },
        { status: "suspended", since: "2014" },
      ],
    },
    {
      id: "project:port",
      kind: "project",
      name: "Port",
      projectType: "port",
      parties: [PAK],
      statusHistory: [{ status: "frozen" }],
    },
    {
      id: "project:road",
      kind: "project",
      name: "Road",
      projectType: "road",
      parties: [IRN],
      statusHistory: [{ status: "operational", since: "2020" }],
    },
    {
      id: "sanction:us-iran",
      kind: "sanction",
      authority: USA,
      targets: [IRN],
      secondary: true,
      statusHistory: [
        { status: "imposed", since: "2010-07" },
        { status: "eased", since: "2016-01-16" },
        { status: "lifted", since: "2016-06" },
        { status: "imposed", since: "2018-11-05" },
      ],
      effects: [
        { effect: "blocks-project", project: "project:pipeline" },
        { effect: "constrains-trade", parties: [PAK, IRN] },
      ],
    },
    {
      id: "sanction:ofac-nioc",
      kind: "sanction",
      authority: "org:ofac",
      targets: ["org:nioc"],
      statusHistory: [{ status: "imposed", since: "2012" }],
    },
    {
      id: "sanction:uk-iran",
      kind: "sanction",
      authority: GBR,
      targets: [IRN],
      statusHistory: [{ status: "imposed", since: "2012" }],
    },
    {
      id: "sanction:pak-iran",
      kind: "sanction",
      authority: PAK,
      targets: [IRN],
      statusHistory: [{ status: "threatened", since: "2024-01" }, { status: "imposed" }],
    },
    {
      id: "sanction:proposed",
      kind: "sanction",
      authority: USA,
      targets: [PAK],
      statusHistory: [{ status: "proposed", since: "2020" }],
    },
    {
      id: "mediation:qatar",
      kind: "mediation",
      mediator: "country:GBR",
      between: [IRN, USA],
      statusHistory: [
        { status: "offered", since: "2019" },
        { status: "active", since: "2020-05" },
        { status: "ended", since: "2021" },
      ],
    },
    {
      id: "mediation:pakistan",
      kind: "mediation",
      mediator: PAK,
      between: [USA, IRN],
      statusHistory: [{ status: "active" }],
    },
    { id: "mediation:leader", kind: "mediation", mediator: "person:leader", between: [USA, IRN] },
  ]),
);
