import { createIndex, dyadSummary, dyadTimeline, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset, event } from "./helpers.js";

const IRN = "country:IRN";
const PAK = "country:PAK";
const USA = "country:USA";

const index = createIndex(
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

describe("dyadTimeline", () => {
  it("merges events and history entries in time order, undated last", () => {
    const items = dyadTimeline(index, IRN, PAK).map(
      (item) => `${item.type} ${item.date ?? "-"} ${item.record.id}`,
    );
    expect(items).toEqual([
      "project-status 2014 project:p",
      "sanction-status 2018-11 sanction:s",
      "event 2024 event:year",
      "event 2024-01-16 event:strike-back",
      "stance 2024-01-16 rel:x",
      "event 2024-01-18 event:strike",
      "mediation-status 2024-01-20 mediation:m",
      "event 2024-08 event:talks",
      "stance 2024-08 rel:x",
      "event 2024-08-02 event:visit",
      "event 2025-03-10 event:accord",
      "event - event:undated",
      "stance - rel:x",
    ]);
  });

  it("carries the history entry of each change", () => {
    const stance = dyadTimeline(index, PAK, IRN, { include: ["stance"] });
    expect(stance.map((item) => (item.type === "stance" ? item.entry.stance : undefined))).toEqual([
      "strained",
      "cooperative",
      "cooperative",
    ]);
  });

  it("restricts to a range, leaving undated items out", () => {
    const items = dyadTimeline(index, IRN, PAK, { from: "2024-08", to: "2024-08" }).map(
      (item) => item.record.id,
    );
    expect(items).toEqual(["event:year", "event:talks", "rel:x", "event:visit"]);
    const within = dyadTimeline(index, IRN, PAK, { from: "2024-08", to: "2024-08", match: "within" }).map(
      (item) => item.record.id,
    );
    expect(within).toEqual(["event:talks", "rel:x", "event:visit"]);
  });

  it("keeps directed events only when asked, and only the types asked", () => {
    const items = dyadTimeline(index, PAK, IRN, { directed: true, include: ["event"] }).map(
      (item) => item.record.id,
    );
    expect(items).toEqual(["event:strike", "event:talks"]);
    expect(() => dyadTimeline(index, PAK, IRN, { include: ["events" as never] })).toThrow(
      'include: "events"',
    );
  });

  it("is empty for a dyad with nothing, and refuses unknown ids", () => {
    expect(dyadTimeline(index, USA, "country:PAK", { include: ["event", "stance"] })).toEqual([]);
    expect(() => dyadTimeline(index, USA, "country:FRA")).toThrow(UnknownIdError);
  });
});

describe("dyadSummary", () => {
  it("counts a dyad's events per year, with totals and trend", () => {
    const summary = dyadSummary(index, IRN, PAK);
    expect(summary.by).toBe("year");
    expect(summary.buckets.map((b) => [b.period, b.from, b.to, b.count])).toEqual([
      ["2024", "2024", "2024", 5],
      ["2025", "2025", "2025", 1],
    ]);
    const [y2024] = summary.buckets;
    expect(y2024?.byQuadClass).toEqual({ 1: 2, 2: 1, 3: 0, 4: 2, unknown: 0 });
    expect(y2024?.derivedQuadClass).toBe(4);
    expect(y2024?.byCategory).toEqual({ ASSAULT: 2, CONSULT: 2, COOPERATE: 1 });
    expect(y2024?.meanIntensity).toBeCloseTo((3 + 1 - 8 - 9) / 4);
    expect(y2024?.intensityCount).toBe(4);
    expect(summary.totals.count).toBe(7);
    expect(summary.undated).toBe(1);
    expect(summary.imprecise).toBe(0);
    expect(summary.trend.volume).toBe(-4);
    expect(summary.trend.intensity).toBeCloseTo(4 - -13 / 4);
    expect(summary.trend.direction).toBe("improving");
  });

  it("counts per month, with empty months and imprecise dates apart", () => {
    const summary = dyadSummary(index, IRN, PAK, { by: "month", from: "2024-01", to: "2024-09" });
    expect(summary.buckets.map((b) => `${b.period}:${b.count}`)).toEqual([
      "2024-01:2",
      "2024-02:0",
      "2024-03:0",
      "2024-04:0",
      "2024-05:0",
      "2024-06:0",
      "2024-07:0",
      "2024-08:2",
      "2024-09:0",
    ]);
    // "2024" cannot be put in a month; undated events are outside any range.
    expect(summary.imprecise).toBe(1);
    expect(summary.undated).toBe(0);
    expect(summary.totals.count).toBe(5);
    expect(summary.buckets[1]?.meanIntensity).toBeUndefined();
  });

  it("counts per quarter", () => {
    const summary = dyadSummary(index, PAK, IRN, { by: "quarter" });
    expect(summary.buckets.map((b) => [b.period, b.from, b.to, b.count])).toEqual([
      ["2024-Q1", "2024-01", "2024-03", 2],
      ["2024-Q2", "2024-04", "2024-06", 0],
      ["2024-Q3", "2024-07", "2024-09", 2],
      ["2024-Q4", "2024-10", "2024-12", 0],
      ["2025-Q1", "2025-01", "2025-03", 1],
    ]);
  });

  it("has no trend with fewer than two periods, and no buckets without dated events", () => {
    const one = dyadSummary(index, USA, IRN);
    expect(one.buckets.map((b) => b.period)).toEqual(["2024"]);
    expect(one.trend).toEqual({ volume: undefined, intensity: undefined, direction: undefined });
    const none = dyadSummary(index, USA, PAK);
    expect(none.buckets).toEqual([]);
    expect(none.totals.count).toBe(0);
    expect(none.totals.meanIntensity).toBeUndefined();
    expect(() => dyadSummary(index, USA, PAK, { by: "week" as never })).toThrow('by: "week"');
  });
});
