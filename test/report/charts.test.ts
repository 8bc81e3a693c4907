import { createIndex, type DatasetIndex, dyadSummary, parseDataset, tradeTargetProgress } from "bilateral";
import { loadSeedStory } from "bilateral/example";
import {
  claimsChart,
  DYAD_CHART_NAMES,
  dyadCharts,
  dyadClaims,
  dyadReportSpec,
  eventsChart,
  projectsChart,
  QUAD_CLASS_LABELS,
  type StatusBand,
  sanctionsChart,
  stanceChart,
  tradeChart,
  type VegaLiteSpec,
} from "bilateral/report";
import { describe, expect, it } from "vitest";

// vega-lite's types need the DOM's, which this project's TypeScript settings leave out: typed here.
const { compile } = (await import("vega-lite" as string)) as {
  compile(spec: unknown): { spec: { marks?: readonly unknown[] } };
};

// A small dyad with dated events (stored, derived and unknown quad classes), a stance history, a sanction, a
// joint project, a trade target with flows and claims: every chart has something to show.
const IRN = "country:IRN";
const PAK = "country:PAK";

function dyadIndex(): DatasetIndex {
  const event = (id: string, date: string, extra: Record<string, unknown>) => ({
    id: `event:${id}`,
    kind: "event",
    actors: [IRN],
    recipients: [PAK],
    date,
    ...extra,
  });
  const flow = (id: string, year: string, direction: string, amount: number) => ({
    id: `flow:${id}`,
    kind: "trade-flow",
    reporter: PAK,
    partner: IRN,
    period: year,
    flow: direction,
    commodity: "TOTAL",
    value: { amount, currency: "USD" },
  });
  return createIndex(
    parseDataset({
      format: "bilateral",
      version: "1.0",
      records: [
        { id: IRN, kind: "country", name: "Iran", code: "IRN" },
        { id: PAK, kind: "country", name: "Pakistan", code: "PAK" },
        { id: "country:USA", kind: "country", name: "United States", code: "USA" },
        { id: "person:spokesperson", kind: "person", name: "A Spokesperson" },
        event("a", "2024-01-05", { category: "CONSULT" }),
        event("b", "2024-01-20", { category: "ASSAULT" }),
        event("c", "2024-03-02", { category: "ACCUSE", quadClass: { value: 3, basis: "gdelt" } }),
        event("d", "2024-03-09", { cameo: "020" }),
        event("e", "2024", { category: "AID" }),
        event("f", "2024-02-11", { category: "AGREE" }),
        { id: "event:undated", kind: "event", category: "CONSULT", actors: [PAK], recipients: [IRN] },
        {
          id: "rel:ties",
          kind: "relationship",
          relationshipType: "diplomatic",
          label: "Ties",
          parties: [IRN, PAK],
          stanceHistory: [
            { stance: "cooperative", since: "2023-06" },
            { stance: "strained", since: "2024-02-15" },
            { stance: "hostile" },
          ],
        },
        {
          id: "sanction:x",
          kind: "sanction",
          authority: "country:USA",
          targets: [IRN],
          secondary: true,
          statusHistory: [{ status: "imposed", since: "2023-01" }],
          effects: [{ effect: "constrains-trade", parties: [IRN, PAK] }],
        },
        {
          id: "project:pipe",
          kind: "project",
          name: "Pipe",
          projectType: "pipeline",
          parties: [IRN, PAK],
          statusHistory: [
            { status: "agreed", since: "2023-03" },
            { status: "frozen", since: "2024-03" },
          ],
        },
        {
          id: "target:ten",
          kind: "trade-target",
          parties: [PAK, IRN],
          direction: "total",
          amount: { amount: 10e9, currency: "USD" },
          targetDate: "2028",
        },
        flow("x1", "2023", "export", 1e9),
        flow("x2", "2023", "import", 1e9),
        flow("x3", "2024", "export", 1.5e9),
        flow("x4", "2024", "import", 1e9),
        {
          id: "claim:dated",
          kind: "claim",
          claimType: "prediction",
          by: "person:spokesperson",
          attributedAs: "spokesperson",
          text: "ties may improve",
          hedges: ["may"],
          date: "2024-03-10",
          parties: [IRN, PAK],
        },
        {
          id: "claim:undated",
          kind: "claim",
          claimType: "assessment",
          by: IRN,
          summary: "Iran says the border is calm.",
          parties: [PAK, IRN],
        },
      ],
    }),
  );
}

const index = dyadIndex();

function rows<T extends object>(spec: VegaLiteSpec<T>): readonly T[] {
  return spec.data?.values ?? [];
}

describe("the specifications are valid Vega-Lite", () => {
  it.each(DYAD_CHART_NAMES)("%s compiles to Vega without error, for this dyad and the seed story", (name) => {
    const seed = createIndex(loadSeedStory());
    for (const spec of [dyadCharts(index, IRN, PAK)[name], dyadCharts(seed, IRN, PAK)[name]]) {
      expect(spec.$schema).toMatch(/vega-lite\/v6\.json$/);
      const compiled = compile(spec).spec;
      expect(compiled.marks?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it("the combined report compiles, one chart per name, one $schema at the top", () => {
    const spec = dyadReportSpec(index, IRN, PAK);
    expect((spec.vconcat as object[]).length).toBe(DYAD_CHART_NAMES.length);
    expect(JSON.stringify(spec.vconcat)).not.toContain("$schema");
    expect(() => compile(spec)).not.toThrow();
  });

  it("is plain JSON: it survives JSON.stringify and parse unchanged", () => {
    const charts = dyadCharts(index, IRN, PAK);
    expect(JSON.parse(JSON.stringify(charts))).toEqual(charts);
  });
});

describe("the data of each chart is what the queries give", () => {
  it("events: counts per month by quad class equal dyadSummary's monthly buckets", () => {
    const summary = dyadSummary(index, IRN, PAK, { by: "month" });
    const expected = summary.buckets.flatMap((bucket) =>
      ([1, 2, 3, 4, "unknown"] as const).map((key) => ({
        period: bucket.period,
        quadClass: QUAD_CLASS_LABELS[key],
        count: bucket.byQuadClass[key],
      })),
    );
    const spec = eventsChart(index, IRN, PAK);
    expect(rows(spec)).toEqual(expected);
    expect(summary.buckets.map((bucket) => bucket.period)).toEqual(["2024-01", "2024-02", "2024-03"]);
    // The CAMEO-only event without a quad class is counted as unknown.
    const unknown = rows(spec).find((row) => row.period === "2024-03" && row.quadClass === "unknown");
    expect(unknown?.count).toBe(1);
    expect(spec.title).toEqual({
      text: "Events per month by quad class",
      subtitle: ["1 undated event not shown", "1 event dated only to a year not shown"],
    });
  });

  it("stance: one band per entry of the relationship's history, each to the next entry's date", () => {
    const bands = rows(stanceChart(index, IRN, PAK));
    const history = (index.get("rel:ties", "relationship").stanceHistory ?? []).map((entry) => entry.stance);
    expect(bands.map((band) => band.value)).toEqual(history);
    expect(
      bands.map((band): Partial<StatusBand> => ({ from: band.from, to: band.to, open: band.open })),
    ).toEqual([
      { from: "2023-06-01", to: "2024-02-15", open: false },
      // The last dated stance runs to the latest end of a date of the dyad's timeline (the event of 2024).
      { from: "2024-02-15", to: "2025-01-01", open: true },
      { from: null, to: null, open: true },
    ]);
    expect(bands[2]?.text).toBe("hostile (undated)");
  });

  it("stance: --to sets the horizon of the open band", () => {
    const bands = rows(stanceChart(index, IRN, PAK, { to: "2024-12" }));
    expect(bands.find((band) => band.value === "strained")?.to).toBe("2025-01-01");
  });

  it("sanctions and projects: the status periods of the sanction on the dyad's trade and of the joint project", () => {
    expect(rows(sanctionsChart(index, IRN, PAK)).map((band) => [band.record, band.value, band.from])).toEqual(
      [["sanction:x", "imposed", "2023-01-01"]],
    );
    expect(
      rows(projectsChart(index, IRN, PAK)).map((band) => [band.label, band.value, band.from, band.to]),
    ).toEqual([
      ["Pipe", "agreed", "2023-03-01", "2024-03-01"],
      ["Pipe", "frozen", "2024-03-01", "2025-01-01"],
    ]);
  });

  it("status bands: a status set before --from is shown from --from on, not lost", () => {
    expect(
      rows(projectsChart(index, IRN, PAK, { from: "2024" })).map((band) => [band.value, band.from, band.to]),
    ).toEqual([
      ["agreed", "2024-01-01", "2024-03-01"],
      ["frozen", "2024-03-01", "2025-01-01"],
    ]);
    expect(
      rows(sanctionsChart(index, IRN, PAK, { from: "2024-06" })).map((band) => [band.value, band.from]),
    ).toEqual([["imposed", "2024-06-01"]]);
  });

  it("trade: the yearly values of tradeTargetProgress and the goal", () => {
    const progress = tradeTargetProgress(index, "target:ten");
    const points = rows(tradeChart(index, IRN, PAK));
    expect(
      points.filter((point) => point.series === "value").map((point) => [point.year, point.amount]),
    ).toEqual(progress.series.map((value) => [value.year, value.amount]));
    expect(points.filter((point) => point.series === "goal")).toEqual([
      expect.objectContaining({ amount: 10e9, currency: "USD", year: "2028", amountText: "10B USD" }),
    ]);
  });

  it("trade: no target gives an empty chart that says so", () => {
    const seed = createIndex(loadSeedStory());
    const spec = tradeChart(seed, IRN, "country:USA");
    expect(rows(spec)).toEqual([]);
    expect(JSON.stringify(spec.title)).toContain("no trade target between the two parties");
  });

  it("claims: the dyad timeline's claims, with speakers, roles and hedges", () => {
    const claims = dyadClaims(index, IRN, PAK);
    expect(claims).toEqual([
      {
        claim: "claim:dated",
        date: "2024-03-10",
        when: "2024-03-10",
        speakerId: "person:spokesperson",
        speaker: "A Spokesperson",
        role: "spokesperson",
        claimType: "prediction",
        said: "“ties may improve”",
        hedges: ["may"],
        confidence: null,
      },
      expect.objectContaining({
        claim: "claim:undated",
        date: null,
        speaker: "Iran",
        said: "Iran says the border is calm.",
      }),
    ]);
    expect(rows(claimsChart(index, IRN, PAK))).toEqual(claims);
  });

  it("the date range narrows every chart", () => {
    const charts = dyadCharts(index, IRN, PAK, { from: "2024-03", to: "2024-03" });
    expect(new Set(rows(charts.events as VegaLiteSpec<{ period: string }>).map((row) => row.period))).toEqual(
      new Set(["2024-03"]),
    );
    expect(rows(charts.claims as VegaLiteSpec<{ claim: string }>).map((row) => row.claim)).toEqual([
      "claim:dated",
    ]);
  });

  it("an unknown party is the queries' error, naming the id", () => {
    expect(() => dyadCharts(index, IRN, "country:XXX")).toThrow(/country:XXX/);
  });
});
