import { COMTRADE_AREAS, COMTRADE_COUNTRY_CODES, createIndex, tradeTargetProgress } from "bilateral";
import { COMTRADE_COLUMNS, collectImport, importComtrade } from "bilateral/interop";
import { describe, expect, test } from "vitest";
import { bytes, chunked, codes, imported, record, stream } from "./helpers.js";

describe("the Comtrade code tables", () => {
  test("hold the World, the nes areas and Comtrade's own country codes", () => {
    expect(COMTRADE_AREAS["0"]).toEqual({ name: "World", kind: "world", alpha: "W00" });
    expect(COMTRADE_AREAS["899"]?.alpha).toBe("_X");
    expect(COMTRADE_AREAS["837"]?.kind).toBe("special");
    expect(COMTRADE_COUNTRY_CODES["842"]).toBe("USA");
    expect(COMTRADE_COUNTRY_CODES["699"]).toBe("IND");
    // No code is both an area and a country.
    expect(Object.keys(COMTRADE_COUNTRY_CODES).filter((code) => code in COMTRADE_AREAS)).toEqual([]);
    expect(COMTRADE_COLUMNS).toContain("reporterCode");
  });
});

describe("importComtrade: the v1 API's JSON response", async () => {
  const { dataset, report } = await imported(importComtrade(stream("comtrade-api.json")));

  test("reads the records of `data`, imports the totals and reports the breakdown by mode of transport", () => {
    expect(report.format).toBe("comtrade");
    expect(report.read).toBe(5);
    expect(report.imported).toBe(4);
    expect(codes(report.skipped)).toEqual([[53, "breakdown_row"]]);
    expect(report.notKept["isAggregate (true)"]).toBe(1);
  });

  test("maps a record to a trade flow with its value, CIF value and classification, citing UN Comtrade", () => {
    expect(record(dataset, "comtrade:586-364-2024-M-H6-TOTAL", "trade-flow")).toEqual({
      id: "comtrade:586-364-2024-M-H6-TOTAL",
      kind: "trade-flow",
      reporter: "country:PAK",
      partner: "country:IRN",
      period: "2024",
      flow: "import",
      commodity: "TOTAL",
      classification: "H6",
      value: { amount: 1.2e9, currency: "USD" },
      cifValue: { amount: 1.2e9, currency: "USD" },
      citations: [{ source: "source:un-comtrade" }],
    });
    expect(record(dataset, "source:un-comtrade", "source").sourceType).toBe("dataset");
  });

  test("holds the World as a partner area, not a country", () => {
    const world = record(dataset, "comtrade:586-0-2024-X-H6-TOTAL", "trade-flow");
    expect(world.partner).toBeUndefined();
    expect(world.partnerArea).toEqual({ code: "0", name: "World" });
    expect(world.fobValue).toEqual({ amount: 3.06e10, currency: "USD" });
    expect(dataset.records.some((item) => item.id === "country:W00")).toBe(false);
  });

  test("marks a figure Comtrade did not receive from the reporter (isReported false) as a mirror figure", () => {
    const flow = record(dataset, "comtrade:364-586-2024-X-H6-27", "trade-flow");
    expect(flow.mirror).toBe(true);
    expect(flow.quantity).toEqual({ value: 2.5e6, unit: "kg" });
    expect(flow.netWeight).toEqual({ value: 2.5e6, unit: "kg" });
    expect(flow.grossWeight).toEqual({ value: 2.6e6, unit: "kg" });
    expect(record(dataset, "comtrade:586-364-2024-M-H6-TOTAL", "trade-flow").mirror).toBeUndefined();
  });

  test("maps Comtrade's country codes (842) and months, and an nes area as partner", () => {
    const flow = record(dataset, "comtrade:842-490-202405-RX-H6-8542", "trade-flow");
    expect(flow).toMatchObject({
      reporter: "country:USA",
      partnerArea: { code: "490", name: "Other Asia, nes" },
      period: "2024-05",
      flow: "re-export",
      quantity: { value: 1000, unit: "count" },
    });
  });

  test("creates each country once, before the first flow that refers to it", () => {
    const ids = dataset.records.map((item) => item.id);
    expect(ids.indexOf("country:PAK")).toBeLessThan(ids.indexOf("comtrade:586-364-2024-M-H6-TOTAL"));
    expect(ids.filter((id) => id === "country:PAK")).toHaveLength(1);
  });

  test("a World flow never counts toward a target between two countries", () => {
    const index = createIndex({
      ...dataset,
      records: [
        ...dataset.records,
        {
          id: "target:pak-irn",
          kind: "trade-target",
          parties: ["country:PAK", "country:IRN"],
          direction: "exports",
          amount: { amount: 1e10, currency: "USD" },
        },
      ],
    });
    const progress = tradeTargetProgress(index, "target:pak-irn");
    expect(progress.status).toBe("no-flows");
    expect(progress.series).toEqual([]);
  });

  test("reads the same response in chunks of any size", async () => {
    const again = await imported(importComtrade(chunked(bytes("comtrade-api.json"), 7)));
    expect(again.dataset.records).toEqual(dataset.records);
  });
});

describe("importComtrade: CSV with either spelling of the columns", async () => {
  const camel = await imported(importComtrade(stream("comtrade-camel.csv")));
  const snake = await imported(importComtrade(stream("comtrade-snake.csv")));

  test("reads the API's camelCase names and comtradr's snake_case names alike", () => {
    const camelFlows = camel.dataset.records.filter((item) => item.kind === "trade-flow");
    const snakeFlows = snake.dataset.records.filter((item) => item.kind === "trade-flow");
    expect(camelFlows).toHaveLength(3);
    expect(snakeFlows.slice(0, 3)).toEqual(camelFlows);
    expect(record(snake.dataset, "comtrade:586-364-2023-X-H6-TOTAL", "trade-flow").fobValue).toEqual({
      amount: 1.1e6,
      currency: "USD",
    });
  });

  test("holds Areas, nes (`_X ` with its trailing space) as an area, with the name delivered", () => {
    expect(record(camel.dataset, "comtrade:586-899-2023-M-H6-TOTAL", "trade-flow").partnerArea).toEqual({
      code: "899",
      name: "Areas, nes",
    });
  });

  test("keeps a re-import from the reporter itself, with its quoted description and leading zeros", () => {
    const flow = record(snake.dataset, "comtrade:586-586-2023-RM-H6-030613", "trade-flow");
    expect(flow).toMatchObject({ reporter: "country:PAK", partner: "country:PAK", commodity: "030613" });
    expect(flow.quantity).toEqual({ value: 120, unit: "kg" });
    expect(snake.report.warningCount).toBe(0);
  });
});

describe("importComtrade: bad rows", async () => {
  const { report } = await imported(importComtrade(stream("comtrade-malformed.csv")));

  test("skips each row the model cannot hold with its line and a reason code, and imports the rest", () => {
    expect(report.imported).toBe(1);
    expect(codes(report.skipped)).toEqual([
      [3, "unmapped_flow"],
      [4, "invalid_date"],
      [5, "invalid_commodity"],
      [6, "missing_value"],
      [7, "area_reporter"],
      [8, "unknown_partner"],
      [9, "self_partner"],
      [10, "column_count"],
      [11, "duplicate_id"],
      [12, "unclosed_quote"],
    ]);
    expect(report.skipped[0]?.reason).toContain("MIP");
  });

  test("refuses a CSV without the required columns, and a JSON object without data, naming what lacks", async () => {
    await expect(imported(importComtrade(["reporterCode,period", "586,2023"]))).rejects.toThrow(
      /not a Comtrade header row.*partnerCode or partnerISO.*flowCode.*cmdCode.*primaryValue/,
    );
    await expect(
      imported(importComtrade(['{"elapsedTime": "0 secs", "error": "Access denied"}'])),
    ).rejects.toThrow(/no "data" array \(its members: elapsedTime, error\)/);
  });

  test("reads an empty input as no rows", async () => {
    const { report: empty } = await imported(importComtrade([]));
    expect(empty.read).toBe(0);
  });
});

describe("importComtrade: a data set cut down to a few columns", async () => {
  const { dataset, report } = await imported(importComtrade(stream("comtrade-few-columns.csv")));

  test("reads ISO codes without numeric codes, the flow's name without its code, and refYear as the period", () => {
    expect(record(dataset, "comtrade:DEU-0-2021-M-4403", "trade-flow")).toMatchObject({
      reporter: "country:DEU",
      partnerArea: { code: "0", name: "World" },
      period: "2021",
      flow: "import",
      value: { amount: 1.5e6, currency: "USD" },
    });
    expect(record(dataset, "comtrade:DEU-POL-2021-M-4403", "trade-flow").partner).toBe("country:POL");
  });

  test("reads R's NA as empty: a row whose partner is NA is reported, not guessed", () => {
    expect(codes(report.skipped)).toEqual([
      [4, "missing_value"],
      [5, "unmapped_flow"],
    ]);
    expect(report.skipped[1]?.reason).toContain("Import of goods for inward processing");
  });
});

describe("importComtrade: how the bytes come", () => {
  test("reads a CSV with a byte order mark and CRLF line ends, in small chunks, as the plain file", async () => {
    const plain = await imported(importComtrade(stream("comtrade-snake.csv")));
    const text = `\uFEFF${bytes("comtrade-snake.csv").toString("utf8").replaceAll("\n", "\r\n")}`;
    const windows = await imported(importComtrade(chunked(Buffer.from(text, "utf8"), 3)));
    expect(windows.dataset.records).toEqual(plain.dataset.records);
    expect(windows.report.skippedCount).toBe(0);
  });

  test("reads a bare JSON array of Comtrade records", async () => {
    const records = JSON.parse(bytes("comtrade-api.json").toString("utf8")).data;
    const { report } = await imported(importComtrade([JSON.stringify(records)]));
    expect([report.read, report.imported]).toEqual([5, 4]);
  });
});

describe("a stray quote that joins rows", () => {
  test("is read as CSV reads it, with a multi_line_record warning naming the lines", async () => {
    const rows = bytes("comtrade-snake.csv").toString("utf8").split("\n");
    // A quote opens the partner ISO field of the first row; the next quote of the file closes it.
    const text = rows.map((row, i) => (i === 1 ? row.replace(",IRN,", ',",') : row)).join("\n");
    const { report } = await collectImport(importComtrade(chunked(Buffer.from(text), 1 << 16)));
    expect(report.warningsBy.multi_line_record).toBe(1);
    expect(report.warnings.find((warning) => warning.code === "multi_line_record")?.message).toMatch(
      /^the record spans lines 2 to \d+: a quoted field holds line breaks$/,
    );
  });
});
