import {
  blockedProjects,
  createIndex,
  mediatorsBetween,
  sanctionsInForce,
  sanctionsOnTrade,
  stanceBetween,
  UnknownIdError,
} from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset, event, ids } from "./helpers.js";

const IRN = "country:IRN";
const PAK = "country:PAK";
const USA = "country:USA";
const GBR = "country:GBR";

const index = createIndex(
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

describe("stanceBetween", () => {
  it("gives the latest known stance without a date, from the undated entry", () => {
    const [security, ...rest] = stanceBetween(index, IRN, PAK);
    expect(security?.relationship.id).toBe("rel:security");
    expect(security?.stance).toBe("cooperative");
    expect(security?.trend).toBe("deepening");
    expect(security?.dated).toBe(false);
    // The ended relationship is not current; a relationship without history has no stance.
    expect(rest.map((f) => [f.relationship.id, f.stance])).toEqual([
      ["rel:no-history", undefined],
      ["rel:leader", "hostile"],
    ]);
  });

  it("gives the stance at a date and what supports it", () => {
    const [strained] = stanceBetween(index, IRN, PAK, { at: "2024-02", attribution: "record" });
    expect(strained?.stance).toBe("strained");
    expect(strained?.trend).toBe("deteriorating");
    expect(strained?.dated).toBe(true);
    expect(ids(strained?.causes ?? [])).toEqual(["event:attack-1", "event:attack-2"]);
    expect(strained?.citations.map((c) => c.url)).toEqual(["https://example.org/rel"]);
  });

  it("lists every entry holding over the date, the last being the stance then", () => {
    const [january] = stanceBetween(index, IRN, PAK, { at: "2024-01" });
    expect(january?.entries.map((e) => e.stance)).toEqual(["cooperative", "strained"]);
    expect(january?.stance).toBe("strained");
    // Within: only an entry that holds throughout January, and none does.
    const [within] = stanceBetween(index, IRN, PAK, { at: "2024-01", match: "within" });
    expect(within?.entries).toEqual([]);
    expect(within?.stance).toBeUndefined();
    // An asOf entry holds from its date on.
    expect(stanceBetween(index, IRN, PAK, { at: "2024-03-01" })[0]?.stance).toBe("cooperative");
    expect(stanceBetween(index, IRN, PAK, { at: "2024-02-29" })[0]?.stance).toBe("strained");
  });

  it("keeps relationships in force at the date, and nothing before the first entry", () => {
    expect(stanceBetween(index, IRN, PAK, { at: "2005" }).map((f) => [f.relationship.id, f.stance])).toEqual([
      ["rel:ended", "neutral"],
      ["rel:no-history", undefined],
      ["rel:leader", undefined],
    ]);
  });

  it("counts a leader's relationship for their country, unless asked for records", () => {
    expect(ids(stanceBetween(index, PAK, IRN).map((f) => f.relationship))).toContain("rel:leader");
    expect(
      ids(stanceBetween(index, PAK, IRN, { attribution: "record" }).map((f) => f.relationship)),
    ).not.toContain("rel:leader");
    expect(ids(stanceBetween(index, "person:leader", IRN).map((f) => f.relationship))).toEqual([
      "rel:leader",
    ]);
  });

  it("filters directed relationships by direction when asked", () => {
    expect(ids(stanceBetween(index, IRN, PAK, { directed: true }).map((f) => f.relationship))).not.toContain(
      "rel:no-history",
    );
    expect(ids(stanceBetween(index, PAK, IRN, { directed: true }).map((f) => f.relationship))).toContain(
      "rel:no-history",
    );
  });

  it("returns nothing for parties without relationships, and throws for unknown ids", () => {
    expect(stanceBetween(index, USA, GBR)).toEqual([]);
    expect(() => stanceBetween(index, USA, "country:XXX")).toThrow(UnknownIdError);
  });
});

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

describe("blockedProjects", () => {
  it("lists projects blocked now and by what", () => {
    const found = blockedProjects(index);
    expect(found.map((p) => [p.project.id, p.status, p.blockedBy.map((b) => b.sanction.id)])).toEqual([
      ["project:pipeline", "suspended", ["sanction:us-iran"]],
      ["project:port", "frozen", []],
    ]);
    expect(found[0]?.blockedBy[0]?.effect).toEqual({ effect: "blocks-project", project: "project:pipeline" });
  });

  it("lists projects blocked at a date", () => {
    expect(blockedProjects(index, { at: "2013-06" }).map((p) => [p.project.id, p.status])).toEqual([
      ["project:pipeline", "under-construction"],
    ]);
    expect(
      blockedProjects(index, { at: "2017" }).map((p) => [p.project.id, p.status, p.blockedBy.length]),
    ).toEqual([["project:pipeline", "suspended", 0]]);
    expect(blockedProjects(index, { at: "2009" })).toEqual([]);
  });

  it("filters by party", () => {
    expect(blockedProjects(index, { party: PAK }).map((p) => p.project.id)).toEqual([
      "project:pipeline",
      "project:port",
    ]);
    expect(blockedProjects(index, { party: USA })).toEqual([]);
  });
});

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
