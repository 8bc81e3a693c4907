import { dyadSummary } from "bilateral";
import { describe, expect, it } from "vitest";
import { IRN, index, PAK, USA } from "./timeline-fixture.js";

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

describe("dyadSummary on generated data agrees with counting findEvents' events by hand", async () => {
  const { createIndex, findEvents, intervalOf, parseDataset } = await import("bilateral");
  const { generateDataset } = await import("../../bench/generate.js");
  const generated = createIndex(parseDataset(generateDataset({ events: 4000, seed: 11 })));
  const cases = [
    ["country:IRN", "country:PAK", "month", {}],
    ["country:IRN", "country:PAK", "quarter", { from: "2019", to: "2021-06" }],
    ["country:PAK", "country:IRN", "year", { attribution: "record" }],
    ["country:PAK", "country:IRN", "month", { from: "2020-03", to: "2021-08", match: "within" }],
  ] as const;

  it.each(cases)("%s-%s by %s %j", (a, b, by, options) => {
    const summary = dyadSummary(generated, a, b, { by, ...options });
    const events = findEvents(generated, { between: [a, b], ...options });
    const label = (date: string) =>
      by === "year"
        ? date.slice(0, 4)
        : by === "month"
          ? date.slice(0, 7)
          : `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    const counts = new Map<string, number>();
    const categories = new Map<string, Map<string, number>>();
    let imprecise = 0;
    for (const event of events) {
      if (event.date === undefined) continue;
      const own = intervalOf(event.date);
      const period = label(new Date(own.start).toISOString());
      if (label(new Date(own.end - 1).toISOString()) !== period) {
        imprecise++;
        continue;
      }
      counts.set(period, (counts.get(period) ?? 0) + 1);
      const inPeriod = categories.get(period) ?? new Map<string, number>();
      if (event.category !== undefined) inPeriod.set(event.category, (inPeriod.get(event.category) ?? 0) + 1);
      categories.set(period, inPeriod);
    }
    expect(summary.totals.count).toBe(events.length);
    expect(summary.undated).toBe(events.filter((event) => event.date === undefined).length);
    expect(summary.imprecise).toBe(imprecise);
    const nonEmpty = summary.buckets.filter((bucket) => bucket.count > 0);
    expect(Object.fromEntries(nonEmpty.map((bucket) => [bucket.period, bucket.count]))).toEqual(
      Object.fromEntries(counts),
    );
    for (const bucket of nonEmpty) {
      expect(bucket.byCategory).toEqual(
        Object.fromEntries([...(categories.get(bucket.period) ?? [])].sort()),
      );
    }
    expect(counts.size).toBeGreaterThan(0);
  });
});

describe("dyadSummary with CAMEO-only events (no PLOVER category)", async () => {
  const { createIndex, quadClassOf } = await import("bilateral");
  const { countries, dataset, event } = await import("./helpers.js");
  const records = [
    ...countries("IRN", "PAK"),
    event("consult", IRN, PAK, "2025-08-02", { intensity: 2 }),
    event("statement", IRN, PAK, "2025-08-04", {
      category: undefined,
      cameo: "010",
      quadClass: { value: 1, basis: "gdelt" },
      intensity: 0,
    }),
    event("appeal", PAK, IRN, "2025-09-05", { category: undefined, cameo: "020" }),
  ];
  const feed = createIndex(dataset(records));

  it("counts them in the totals and by the quad class the feed delivered, beside the categories", () => {
    const { totals } = dyadSummary(feed, IRN, PAK);
    expect(totals.count).toBe(3);
    expect(totals.byCategory).toEqual({ CONSULT: 1 });
    expect(totals.uncategorized).toBe(2);
    expect(totals.byQuadClass).toEqual({ 1: 2, 2: 0, 3: 0, 4: 0, unknown: 1 });
    expect(totals.derivedQuadClass).toBe(1);
    expect(totals.meanIntensity).toBe(1);
    expect(Object.keys(totals.byCategory)).not.toContain("undefined");
  });

  it("counts them per period too", () => {
    const summary = dyadSummary(feed, IRN, PAK, { by: "month" });
    expect(summary.buckets.map((b) => [b.period, b.count, b.uncategorized, b.byCategory])).toEqual([
      ["2025-08", 2, 1, { CONSULT: 1 }],
      ["2025-09", 1, 1, {}],
    ]);
  });

  it("reads their quad class only where the feed gave one (no category to derive it from)", () => {
    expect(quadClassOf(records[3] as never)).toEqual({ value: 1, basis: "gdelt", derived: false });
    expect(quadClassOf(records[4] as never)).toBeUndefined();
  });
});
