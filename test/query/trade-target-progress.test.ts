import { readFileSync } from "node:fs";
import {
  createIndex,
  TRADE_PROGRESS_NOTES,
  tradeTargetProgress,
  tradeTargetsBetween,
  UnknownIdError,
} from "bilateral";
import { seedStoryInput } from "bilateral/example";
import { describe, expect, it } from "vitest";
import { countries, dataset } from "./helpers.js";

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/query/synthetic-trade-flows.json", import.meta.url), "utf8"),
) as { records: unknown[] };
const TARGET = "trade-target:iran-pakistan-10bn";

describe("tradeTargetProgress on the seed story with synthetic flows", () => {
  const index = createIndex(dataset([...seedStoryInput.records, ...fixture.records]));

  it("finds the target between the parties", () => {
    expect(tradeTargetsBetween(index, "country:PAK", "country:IRN").map((t) => t.id)).toEqual([TARGET]);
  });

  it("computes the latest value, share and gap from the latest complete year", () => {
    const progress = tradeTargetProgress(index, TARGET);
    expect(progress.status).toBe("ok");
    expect(progress.goal).toEqual({ amount: 10e9, currency: "USD" });
    expect(progress.series.map((v) => [v.year, v.amount, v.reporter])).toEqual([
      ["2022", 2.0e9, "country:PAK"],
      ["2023", 2.3e9, "country:PAK"],
      // Pakistan reports only its 2024 exports: Iran's report of both flows is used, never a mix of the two.
      ["2024", 2.7e9, "country:IRN"],
    ]);
    expect(progress.latest?.flows.map((f) => f.id)).toEqual([
      "flow:synthetic-irn-pak-2024-x",
      "flow:synthetic-irn-pak-2024-m",
    ]);
    expect(progress.share).toBeCloseTo(0.27);
    expect(progress.gap).toBe(7.3e9);
    expect(progress.reached).toBe(false);
    // The article gives no target date: no growth rate without one.
    expect(progress.targetDate).toBeUndefined();
    expect(progress.growthPerYearNeeded).toBeUndefined();
    expect(progress.notes).toContainEqual({
      code: "no_target_date",
      message: "the target states no date, so the growth needed per year cannot be computed",
    });
    expect(progress.notes.map((note) => note.code)).toEqual(
      expect.arrayContaining(["sub_annual_flows", "commodity_flows", "no_target_date"]),
    );
    expect(progress.notes.find((note) => note.code === "sub_annual_flows")?.message).toContain(
      "shorter than a year",
    );
  });

  it("computes the compound growth needed by an assumed target date, saying it is assumed", () => {
    const progress = tradeTargetProgress(index, TARGET, { targetDate: "2030" });
    expect(progress.targetDateAssumed).toBe(true);
    expect(progress.yearsLeft).toBe(6);
    expect(progress.growthPerYearNeeded).toBeCloseTo((10 / 2.7) ** (1 / 6) - 1, 10);
    expect(progress.growthPerYearNeeded).toBeCloseTo(0.2439, 4);
  });

  it("uses only the flows whose period has ended by the as-of date", () => {
    expect(tradeTargetProgress(index, TARGET, { asOf: "2024-06" }).latest?.year).toBe("2023");
    expect(tradeTargetProgress(index, TARGET, { asOf: "2024" }).latest?.year).toBe("2024");
    const before = tradeTargetProgress(index, TARGET, { asOf: "2021" });
    expect(before.status).toBe("no-flows");
    expect(before.latest).toBeUndefined();
    expect(before.share).toBeUndefined();
  });

  it("reports missing flows on the seed story alone", () => {
    const progress = tradeTargetProgress(createIndex(dataset(seedStoryInput.records)), TARGET);
    expect(progress.status).toBe("no-flows");
    expect(progress.series).toEqual([]);
  });

  it("refuses an unknown id or a record that is not a trade target", () => {
    expect(() => tradeTargetProgress(index, "trade-target:nope")).toThrow(UnknownIdError);
    expect(() => tradeTargetProgress(index, "country:IRN")).toThrow(
      '"country:IRN" is a country, not a trade-target',
    );
    expect(() => tradeTargetProgress(index, TARGET, { asOf: "soon" })).toThrow(
      'asOf: "soon" is not a partial date',
    );
  });
});

const flow = (
  id: string,
  reporter: string,
  flowType: string,
  period: string,
  value: Record<string, unknown>,
) => ({
  id: `flow:${id}`,
  kind: "trade-flow",
  reporter: `country:${reporter}`,
  partner: `country:${reporter === "PAK" ? "IRN" : "PAK"}`,
  period,
  flow: flowType,
  commodity: "TOTAL",
  value,
});
const target = (direction: string, extra: Record<string, unknown> = {}) => ({
  id: "trade-target:t",
  kind: "trade-target",
  parties: ["country:PAK", "country:IRN"],
  direction,
  amount: { amount: 10e9, currency: "USD", equivalents: [{ amount: 8.6e9, currency: "EUR" }] },
  targetDate: "2028",
  ...extra,
});

describe("tradeTargetProgress: directions and currencies", () => {
  it("compares in a stated equivalent when the flows are in its currency", () => {
    const index = createIndex(
      dataset([
        ...countries("PAK", "IRN"),
        target("total"),
        flow("x", "PAK", "export", "2024", { amount: 1e9, currency: "EUR" }),
        flow("m", "PAK", "import", "2024", { amount: 1.15e9, currency: "EUR" }),
      ]),
    );
    const progress = tradeTargetProgress(index, "trade-target:t");
    expect(progress.goal).toEqual({ amount: 8.6e9, currency: "EUR" });
    expect(progress.goalStatedAs).toBe("equivalent");
    expect(progress.share).toBeCloseTo(0.25);
    expect(progress.yearsLeft).toBe(4);
    expect(progress.growthPerYearNeeded).toBeCloseTo(4 ** (1 / 4) - 1, 10);
  });

  it("uses the equivalents a flow states, and never converts", () => {
    const index = createIndex(
      dataset([
        ...countries("PAK", "IRN"),
        target("exports"),
        flow("x", "PAK", "export", "2024", {
          amount: 280e9,
          currency: "PKR",
          equivalents: [{ amount: 1e9, currency: "USD" }],
        }),
        flow("y", "PAK", "export", "2023", { amount: 250e9, currency: "PKR" }),
      ]),
    );
    const progress = tradeTargetProgress(index, "trade-target:t");
    expect(progress.series.map((v) => [v.year, v.amount, v.currency])).toEqual([["2024", 1e9, "USD"]]);
    expect(progress.notes).toContainEqual({
      code: "year_not_in_currency",
      year: "2023",
      message: "2023: the flows are not stated in USD; the year is left out",
    });
    expect(progress.notes).toContainEqual({
      code: "year_in_equivalents",
      year: "2024",
      message: "2024: amounts in USD are the equivalents the flows state",
    });
  });

  it("reports a currency mismatch rather than converting", () => {
    const index = createIndex(
      dataset([
        ...countries("PAK", "IRN"),
        target("imports"),
        flow("m", "PAK", "import", "2024", { amount: 1e9, currency: "GBP" }),
      ]),
    );
    const progress = tradeTargetProgress(index, "trade-target:t");
    expect(progress.status).toBe("currency-mismatch");
    expect(progress.share).toBeUndefined();
    expect(progress.notes[0]?.code).toBe("currency_mismatch");
    expect(progress.notes[0]?.year).toBe("2024");
    expect(progress.notes[0]?.message).toContain("stated neither in USD nor EUR");
  });

  it("reads exports from the partner's imports when the reporter has none (mirror)", () => {
    const index = createIndex(
      dataset([
        ...countries("PAK", "IRN"),
        target("exports"),
        flow("m", "IRN", "import", "2024", { amount: 12e9, currency: "USD" }),
      ]),
    );
    const progress = tradeTargetProgress(index, "trade-target:t");
    expect(progress.latest).toMatchObject({ reporter: "country:IRN", mirror: true, amount: 12e9 });
    expect(progress.reached).toBe(true);
    expect(progress.gap).toBe(-2e9);
    expect(progress.growthPerYearNeeded).toBeLessThan(0);
  });

  it("gives no growth rate once the target date has passed, or from a zero value", () => {
    const passed = createIndex(
      dataset([
        ...countries("PAK", "IRN"),
        target("imports", { targetDate: "2020" }),
        flow("m", "PAK", "import", "2024", { amount: 1e9, currency: "USD" }),
      ]),
    );
    expect(tradeTargetProgress(passed, "trade-target:t").growthPerYearNeeded).toBeUndefined();
    expect(tradeTargetProgress(passed, "trade-target:t").yearsLeft).toBe(-4);
    const zero = createIndex(
      dataset([
        ...countries("PAK", "IRN"),
        target("imports"),
        flow("m", "PAK", "import", "2024", { amount: 0, currency: "USD" }),
      ]),
    );
    expect(tradeTargetProgress(zero, "trade-target:t").growthPerYearNeeded).toBeUndefined();
    expect(tradeTargetProgress(zero, "trade-target:t").share).toBe(0);
  });
});

describe("TRADE_PROGRESS_NOTES", () => {
  it("describes every code as a sentence", () => {
    for (const [code, description] of Object.entries(TRADE_PROGRESS_NOTES)) {
      expect(code).toMatch(/^[a-z_]+$/);
      expect(description).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe("tradeTargetProgress with World flows and mirror figures", () => {
  const records = [
    ...countries("IRN", "PAK"),
    {
      id: "target:x",
      kind: "trade-target",
      parties: ["country:PAK", "country:IRN"],
      direction: "exports",
      amount: { amount: 5e9, currency: "USD" },
    },
    {
      id: "flow:pak-world",
      kind: "trade-flow",
      reporter: "country:PAK",
      partnerArea: { code: "0", name: "World" },
      period: "2024",
      flow: "export",
      commodity: "TOTAL",
      value: { amount: 3e10, currency: "USD" },
    },
    {
      id: "flow:pak-irn",
      kind: "trade-flow",
      reporter: "country:PAK",
      partner: "country:IRN",
      period: "2024",
      flow: "export",
      commodity: "TOTAL",
      value: { amount: 1e9, currency: "USD" },
      mirror: true,
    },
  ];

  it("never counts the World as the other party, and marks a year read from a mirror flow", () => {
    const progress = tradeTargetProgress(createIndex(dataset(records)), "target:x");
    expect(progress.series.map((value) => [value.amount, value.mirror])).toEqual([[1e9, true]]);
    expect(progress.latest?.flows.map((flow) => flow.id)).toEqual(["flow:pak-irn"]);
  });
});
