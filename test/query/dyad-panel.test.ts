import {
  assemblePanel,
  countEvents,
  createIndex,
  type DyadPanelRow,
  dyadPanel,
  dyadSummary,
  findEvents,
  intervalOf,
  OptionError,
  type PanelEventCell,
  panelRows,
  parseDataset,
  type SummaryBucket,
  sanctionsOnTrade,
  UnknownIdError,
} from "bilateral";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../bench/generate.js";
import { countries, dataset, event } from "./helpers.js";

const IRN = "country:IRN";
const PAK = "country:PAK";
const USA = "country:USA";
const CHN = "country:CHN";

const index = createIndex(
  dataset([
    ...countries("IRN", "PAK", "USA", "CHN"),
    {
      id: "org:pak-mofa",
      kind: "organization",
      name: "MOFA",
      organizationType: "government-body",
      country: PAK,
    },
    event("a", IRN, PAK, "2024-01-10", { intensity: 2 }),
    event("b", PAK, IRN, "2024-01-20", { category: "ACCUSE", intensity: -4 }),
    event("c", "org:pak-mofa", IRN, "2024-03-05", {
      category: "ASSAULT",
      quadClass: { value: 4, basis: "gdelt" },
    }),
    // Dated less precisely than a month: imprecise in a monthly panel, counted in a yearly one.
    event("d", IRN, PAK, "2024", { intensity: 1 }),
    event("e", IRN, PAK, undefined),
    event("f", USA, IRN, "2025-02-01", { category: "COERCE" }),
    // A CAMEO-only event: no category.
    event("g", IRN, PAK, "2025-06-01", { category: undefined, cameo: "020" }),
    {
      id: "rel:irn-pak",
      kind: "relationship",
      relationshipType: "security-cooperation",
      parties: [IRN, PAK],
      stanceHistory: [
        { stance: "cooperative", since: "2023" },
        { stance: "strained", since: "2024-03", causes: ["event:c"] },
      ],
    },
    {
      id: "sanction:us-iran",
      kind: "sanction",
      authority: USA,
      targets: [IRN],
      secondary: true,
      statusHistory: [{ status: "imposed", since: "2024-02" }],
    },
    {
      id: "sanction:cn-iran",
      kind: "sanction",
      authority: CHN,
      targets: [IRN],
      statusHistory: [{ status: "imposed", since: "2020" }],
    },
    flow("x1", PAK, IRN, "2024-01", "export", 100, { quantity: { value: 10, unit: "t" } }),
    flow("x2", PAK, IRN, "2024-02", "export", 50, { quantity: { value: 5000, unit: "kg" } }),
    flow("x6", PAK, IRN, "2024-03", "export", 1, { quantity: { value: 3, unit: "t" } }),
    flow("x3", PAK, IRN, "2024-02", "export", 7, { value: { amount: 7, currency: "EUR" } }),
    flow("x4", PAK, IRN, "2024", "export", 2000),
    flow("x5", PAK, IRN, "2024", "import", 3000),
    {
      id: "target:x",
      kind: "trade-target",
      parties: [PAK, IRN],
      direction: "total",
      amount: { amount: 10000, currency: "USD" },
      targetDate: "2028",
      announced: { date: "2024-06" },
    },
  ]),
);

function flow(
  id: string,
  reporter: string,
  partner: string,
  period: string,
  kind: string,
  amount: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: `flow:${id}`,
    kind: "trade-flow",
    reporter,
    partner,
    period,
    flow: kind,
    commodity: "TOTAL",
    value: { amount, currency: "USD" },
    ...extra,
  };
}

const rowOf = (rows: readonly DyadPanelRow[], dyad: string, period: string) =>
  rows.find((row) => row.dyad.join("|") === dyad && row.period === period);

describe("dyadPanel", () => {
  it("has a row for every dyad with a record in the range and every period (a balanced panel)", () => {
    const rows = dyadPanel(index, { by: "year", from: "2023", to: "2025" });
    expect(rows.map((row) => `${row.dyad.join("|")} ${row.period}`)).toEqual([
      "country:CHN|country:IRN 2023",
      "country:CHN|country:IRN 2024",
      "country:CHN|country:IRN 2025",
      "country:IRN|country:PAK 2023",
      "country:IRN|country:PAK 2024",
      "country:IRN|country:PAK 2025",
      "country:IRN|country:USA 2023",
      "country:IRN|country:USA 2024",
      "country:IRN|country:USA 2025",
    ]);
    const empty = rowOf(rows, `${IRN}|${PAK}`, "2023");
    expect(empty?.events).toEqual({
      count: 0,
      byQuadClass: { 1: 0, 2: 0, 3: 0, 4: 0, unknown: 0 },
      derivedQuadClass: 0,
      byCategory: {},
      uncategorized: 0,
      meanIntensity: undefined,
      intensityCount: 0,
      imprecise: 0,
    });
    expect(empty?.trade).toEqual({ sums: [], wider: [] });
    expect(empty?.tradeTargets).toEqual([]);
  });

  it("counts events by quad class, category and intensity, as dyadSummary does (partial dates included)", () => {
    const rows = dyadPanel(index, { by: "year", from: "2024", to: "2025", dyads: [[PAK, IRN]] });
    const y2024 = rowOf(rows, `${IRN}|${PAK}`, "2024")?.events;
    expect(y2024?.count).toBe(4);
    expect(y2024?.byCategory).toEqual({ ACCUSE: 1, ASSAULT: 1, CONSULT: 2 });
    expect(y2024?.byQuadClass).toEqual({ 1: 2, 2: 0, 3: 1, 4: 1, unknown: 0 });
    expect(y2024?.derivedQuadClass).toBe(3);
    expect(y2024?.meanIntensity).toBeCloseTo((2 - 4 + 1) / 3);
    expect(y2024?.intensityCount).toBe(3);
    expect(y2024?.imprecise).toBe(0);
    const y2025 = rowOf(rows, `${IRN}|${PAK}`, "2025")?.events;
    expect(y2025?.count).toBe(1);
    expect(y2025?.uncategorized).toBe(1);
    expect(y2025?.byCategory).toEqual({});
    // The row's events are findEvents' for the dyad and period.
    expect(findEvents(index, { between: [IRN, PAK], from: "2024", to: "2024" })).toHaveLength(4);
  });

  it("counts per month, a year-dated event as imprecise in the month it starts in", () => {
    const rows = dyadPanel(index, { by: "month", from: "2024-01", to: "2024-03", dyads: [[IRN, PAK]] });
    expect(rows.map((row) => [row.period, row.events.count, row.events.imprecise])).toEqual([
      ["2024-01", 2, 1],
      ["2024-02", 0, 0],
      ["2024-03", 1, 0],
    ]);
    expect(rows[0]?.events.meanIntensity).toBe(-1);
  });

  it("widens from and to to whole periods", () => {
    const rows = dyadPanel(index, { by: "year", from: "2024-06", to: "2024-07-01", dyads: [[IRN, PAK]] });
    expect(rows.map((row) => [row.period, row.events.count])).toEqual([["2024", 4]]);
  });

  it("holds the stance in force and the records it comes from", () => {
    const rows = dyadPanel(index, { by: "month", from: "2024-02", to: "2024-03", dyads: [[IRN, PAK]] });
    expect(rows.map((row) => row.stances)).toEqual([
      [
        {
          relationship: "rel:irn-pak",
          relationshipType: "security-cooperation",
          stance: "cooperative",
          causes: [],
        },
      ],
      [
        {
          relationship: "rel:irn-pak",
          relationshipType: "security-cooperation",
          stance: "strained",
          causes: ["event:c"],
        },
      ],
    ]);
  });

  it("lists the sanctions in force that concern the dyad, and whether they reach its trade", () => {
    const rows = dyadPanel(index, { by: "month", from: "2024-01", to: "2024-02", dyads: [[IRN, PAK]] });
    expect(rows[0]?.sanctions).toEqual([
      {
        sanction: "sanction:cn-iran",
        authority: CHN,
        status: "imposed",
        reachesTrade: false,
        reasons: [{ reason: "targets-party", target: IRN }],
      },
    ]);
    expect(rows[1]?.sanctions.map((s) => [s.sanction, s.reachesTrade, s.reasons])).toEqual([
      ["sanction:cn-iran", false, [{ reason: "targets-party", target: IRN }]],
      ["sanction:us-iran", true, [{ reason: "secondary", target: IRN }]],
    ]);
    for (const row of rows) {
      const found = sanctionsOnTrade(index, IRN, PAK, { at: row.period, includePrimary: true });
      expect(row.sanctions.map((s) => [s.sanction, s.status, s.reasons])).toEqual(
        found.map((f) => [f.sanction.id, f.status, f.reasons]),
      );
    }
    const usIran = dyadPanel(index, {
      by: "year",
      from: "2024",
      to: "2024",
      dyads: [
        [USA, IRN],
        [PAK, IRN],
        [IRN, USA],
      ],
    });
    // Given dyads come sorted, in id order, without repeats.
    expect(usIran.map((row) => row.dyad)).toEqual([
      [IRN, PAK],
      [IRN, USA],
    ]);
    expect(usIran[1]?.sanctions.find((s) => s.sanction === "sanction:us-iran")?.reasons).toEqual([
      { reason: "between-parties", issuer: USA, target: IRN },
    ]);
  });

  it("sums trade flows by reporter, flow, currency and precision, never across currencies", () => {
    const rows = dyadPanel(index, { by: "year", from: "2024", to: "2024", dyads: [[IRN, PAK]] });
    const base = { reporter: PAK, partner: IRN, commodity: "TOTAL", mirror: false };
    expect(rows[0]?.trade).toEqual({
      sums: [
        {
          ...base,
          flow: "export",
          currency: "USD",
          precision: "month",
          amount: 151,
          flows: ["flow:x1", "flow:x2", "flow:x6"],
          // Quantities are summed per unit, never across units.
          quantities: [
            { unit: "t", value: 13, flows: 2 },
            { unit: "kg", value: 5000, flows: 1 },
          ],
        },
        {
          ...base,
          flow: "export",
          currency: "EUR",
          precision: "month",
          amount: 7,
          flows: ["flow:x3"],
          quantities: [],
        },
        {
          ...base,
          flow: "export",
          currency: "USD",
          precision: "year",
          amount: 2000,
          flows: ["flow:x4"],
          quantities: [],
        },
        {
          ...base,
          flow: "import",
          currency: "USD",
          precision: "year",
          amount: 3000,
          flows: ["flow:x5"],
          quantities: [],
        },
      ],
      wider: [],
    });
    const months = dyadPanel(index, { by: "month", from: "2024-01", to: "2024-02", dyads: [[IRN, PAK]] });
    expect(months[0]?.trade.sums.map((sum) => [sum.amount, sum.flows])).toEqual([[100, ["flow:x1"]]]);
    // Yearly figures do not fit in a month: listed under the first month, in no sum.
    expect(months[0]?.trade.wider).toEqual(["flow:x4", "flow:x5"]);
    expect(months[1]?.trade.wider).toEqual([]);
  });

  it("gives trade-target progress as of each period, once the target is announced", () => {
    const rows = dyadPanel(index, { by: "year", from: "2023", to: "2025", dyads: [[IRN, PAK]] });
    expect(rows.map((row) => row.tradeTargets)).toEqual([
      [],
      [
        {
          target: "target:x",
          status: "ok",
          year: "2024",
          amount: 5000,
          currency: "USD",
          share: 0.5,
          reached: false,
          flows: ["flow:x4", "flow:x5"],
        },
      ],
      [
        {
          target: "target:x",
          status: "ok",
          year: "2024",
          amount: 5000,
          currency: "USD",
          share: 0.5,
          reached: false,
          flows: ["flow:x4", "flow:x5"],
        },
      ],
    ]);
    const early = dyadPanel(index, { by: "month", from: "2024-06", to: "2024-06", dyads: [[IRN, PAK]] });
    expect(early[0]?.tradeTargets).toEqual([
      { target: "target:x", status: "no-flows", currency: "USD", flows: [] },
    ]);
  });

  it("reads events under the attribution mode", () => {
    const byCountry = dyadPanel(index, { by: "month", from: "2024-03", to: "2024-03", dyads: [[IRN, PAK]] });
    const byRecord = dyadPanel(index, {
      by: "month",
      from: "2024-03",
      to: "2024-03",
      dyads: [[IRN, PAK]],
      attribution: "record",
    });
    expect(byCountry[0]?.events.count).toBe(1);
    expect(byRecord[0]?.events.count).toBe(0);
    // Pairs with a non-country party may be asked for.
    const org = dyadPanel(index, {
      by: "month",
      from: "2024-03",
      to: "2024-03",
      dyads: [["org:pak-mofa", IRN]],
      attribution: "record",
    });
    expect(org[0]?.dyad).toEqual([IRN, "org:pak-mofa"]);
    expect(org[0]?.events.count).toBe(1);
  });

  it("rejects bad options with an OptionError naming the option", () => {
    const bad: [unknown, string][] = [
      [{ from: "2024", to: "2024" }, "by"],
      [{ by: "quarter", from: "2024", to: "2024" }, "by"],
      [{ by: "year", to: "2024" }, "from"],
      [{ by: "year", from: "2024" }, "to"],
      [{ by: "year", from: "2024-13", to: "2024" }, "from"],
      [{ by: "year", from: "2025", to: "2024" }, "to"],
      [{ by: "year", from: "2024", to: "2024", attribution: "nation" }, "attribution"],
      [{ by: "year", from: "2024", to: "2024", dyads: [[IRN]] }, "dyads"],
      [{ by: "year", from: "2024", to: "2024", dyads: [[IRN, IRN]] }, "dyads"],
      [{ by: "year", from: "2024", to: "2024", dyads: "IRN,PAK" }, "dyads"],
    ];
    for (const [options, option] of bad) {
      let error: unknown;
      try {
        dyadPanel(index, options as never);
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(options)).toBeInstanceOf(OptionError);
      expect((error as OptionError).option, JSON.stringify(options)).toBe(option);
    }
    expect(() =>
      dyadPanel(index, { by: "year", from: "2024", to: "2024", dyads: [[IRN, "country:XXX"]] }),
    ).toThrow(UnknownIdError);
  });
});

describe("assemblePanel", () => {
  const cell: PanelEventCell = {
    dyad: [IRN, PAK],
    period: "2024",
    count: 2,
    byQuadClass: { 1: 0, 2: 0, 3: 2, 4: 0, unknown: 0 },
    derivedQuadClass: 2,
    byCategory: { ACCUSE: 2 },
    uncategorized: 0,
    intensitySum: -6,
    intensityCount: 2,
    imprecise: 1,
  };

  it("gives the same rows as dyadPanel from the event cells dyadPanel counts", () => {
    const options = { by: "month", from: "2024-01", to: "2025-12" } as const;
    const rows = dyadPanel(index, options);
    const cells: PanelEventCell[] = rows
      .filter((row) => row.events.count > 0 || row.events.imprecise > 0)
      .map((row) => {
        const { meanIntensity, ...counts } = row.events;
        return {
          dyad: row.dyad,
          period: row.period,
          ...counts,
          intensitySum: (meanIntensity ?? 0) * counts.intensityCount,
        };
      });
    expect(assemblePanel(index, options, cells)).toEqual(rows);
  });

  it("gives its rows one at a time through panelRows, options checked at the call", () => {
    const options = { by: "year", from: "2023", to: "2025" } as const;
    const rows = panelRows(index, options, [cell]);
    expect(rows.next().value).toEqual(assemblePanel(index, options, [cell])[0]);
    expect([...panelRows(index, options, [cell])]).toEqual(assemblePanel(index, options, [cell]));
    expect(() => panelRows(index, { ...options, by: "week" as never }, [])).toThrow(OptionError);
  });

  it("takes the cells' country dyads as rows, and reads only the cells of the dyads asked for", () => {
    const person: PanelEventCell = { ...cell, dyad: [PAK, "person:x"] };
    // A cell's dyad may come in either order.
    const reversed = assemblePanel(index, { by: "year", from: "2024", to: "2024" }, [
      { ...cell, dyad: [PAK, IRN] },
    ]);
    expect(rowOf(reversed, `${IRN}|${PAK}`, "2024")?.events.count).toBe(2);
    const rows = assemblePanel(index, { by: "year", from: "2024", to: "2024" }, [cell, person]);
    expect(rowOf(rows, `${IRN}|${PAK}`, "2024")?.events).toMatchObject({
      count: 2,
      meanIntensity: -3,
      imprecise: 1,
    });
    expect(rows.some((row) => row.dyad.includes("person:x"))).toBe(false);
    const only = assemblePanel(index, { by: "year", from: "2024", to: "2024", dyads: [[USA, IRN]] }, [cell]);
    expect(only.map((row) => [row.dyad, row.events.count])).toEqual([[[IRN, USA], 0]]);
  });
});

describe("dyadPanel over a generated dataset", () => {
  const generated = createIndex(parseDataset(generateDataset({ events: 3000, seed: 11 })));

  it("counts each row's events as dyadSummary counts the dyad's period, and findEvents lists them", () => {
    const busiest = dyadPanel(generated, { by: "year", from: "2019", to: "2021" })
      .filter((row) => row.events.count > 2)
      .map((row) => row.dyad)
      .slice(0, 40);
    for (const by of ["year", "month"] as const) {
      const rows = dyadPanel(generated, { by, from: "2019", to: "2021", dyads: busiest });
      expect(rows.some((row) => row.events.count > 0)).toBe(true);
      for (const row of rows.filter((_, i) => i % 7 === 0)) {
        const [x, y] = row.dyad;
        const bucket = dyadSummary(generated, x, y, { by, from: row.period, to: row.period }).buckets[0];
        const { imprecise, ...counts } = row.events;
        const { period: _period, from: _from, to: _to, ...expected } = bucket as SummaryBucket;
        expect(counts, `${row.dyad} ${row.period}`).toEqual(expected);
        // The row's events: findEvents' for the period, those whose date starts in it.
        const period = intervalOf(row.period);
        const listed = findEvents(generated, { between: [x, y], from: row.period, to: row.period }).filter(
          (event) => event.date !== undefined && intervalOf(event.date).start >= period.start,
        );
        expect(listed.length, `${row.dyad} ${row.period}`).toBe(counts.count + imprecise);
      }
    }
  });

  it("has every dyad for every period (balanced), and a dyad for each pair of countries with an event", () => {
    const rows = dyadPanel(generated, { by: "month", from: "2020-01", to: "2020-12" });
    const dyads = new Set(rows.map((row) => row.dyad.join("|")));
    expect(rows).toHaveLength(dyads.size * 12);
    for (const row of rows.filter((row) => row.events.count > 0))
      expect(countEvents(generated, { between: row.dyad, from: row.period, to: row.period })).toBeGreaterThan(
        0,
      );
  });
});
