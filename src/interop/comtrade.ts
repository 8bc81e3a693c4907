import { COMTRADE_AREAS, COMTRADE_COUNTRY_CODES } from "../codes/comtrade-areas.js";
import { isCountryCode, toIso3 } from "../codes/country.js";
import { InputError } from "../core/errors.js";
import { readCsvBatches } from "../io/csv.js";
import { peekInput, readJsonRecords } from "../io/json-array.js";
import type { LineInput } from "../io/jsonl.js";
import type { Money } from "../model/money.js";
import type { Quantity, QuantityUnit } from "../model/quantity.js";
import type { Source } from "../model/source.js";
import type { TradeFlow } from "../model/trade-flow.js";
import { isPartialDate } from "../time/partial-date.js";
import { guarded, ImportContext } from "./context.js";
import { type CsvRow, csvRow } from "./csv-row.js";
import { parseDecimal, quote } from "./fields.js";
import { type ImportOptions, ImportRun } from "./import-run.js";

/**
 * The UN Comtrade v1 API fields the importer reads, as the API spells them (camelCase). The importer finds
 * them by name, in JSON records and in CSV headers, and accepts comtradr's snake_case spellings too
 * (`reporter_code`, `primary_value`, `partner2code`): names are compared without case and underscores.
 * A reporter needs `reporterCode` or `reporterISO`, a partner `partnerCode` or `partnerISO`, a period
 * `period` or `refYear`, a flow `flowCode` or `flowDesc` (`Import`); `cmdCode` and `primaryValue` are
 * required. `NA` (R's missing value) is read as empty.
 *
 * @category Interop
 * @example
 * ```ts
 * import { COMTRADE_COLUMNS } from "bilateral/interop";
 * COMTRADE_COLUMNS.includes("primaryValue"); //=> true
 * ```
 */
export const COMTRADE_COLUMNS = Object.freeze([
  "reporterCode",
  "reporterISO",
  "reporterDesc",
  "partnerCode",
  "partnerISO",
  "partnerDesc",
  "partner2Code",
  "period",
  "refYear",
  "refMonth",
  "freqCode",
  "flowCode",
  "flowDesc",
  "classificationCode",
  "cmdCode",
  "cmdDesc",
  "customsCode",
  "motCode",
  "mosCode",
  "qty",
  "qtyUnitAbbr",
  "isQtyEstimated",
  "altQty",
  "netWgt",
  "isNetWgtEstimated",
  "grossWgt",
  "isGrossWgtEstimated",
  "cifvalue",
  "fobvalue",
  "primaryValue",
  "legacyEstimationFlag",
  "isReported",
  "isAggregate",
] as const);

const FLOWS: Readonly<Record<string, TradeFlow["flow"]>> = {
  M: "import",
  X: "export",
  RM: "re-import",
  RX: "re-export",
};

/** The flows' names (`flowDesc`), for files that have no `flowCode`. */
const FLOW_NAMES: Readonly<Record<string, string>> = {
  import: "M",
  export: "X",
  "re-import": "RM",
  "re-export": "RX",
};

/** Comtrade quantity units (`qtyUnitAbbr`) the model has a unit for. */
const UNITS: Readonly<Record<string, QuantityUnit>> = {
  kg: "kg",
  t: "t",
  l: "l",
  m: "m",
  "m³": "m3",
  m3: "m3",
  u: "count",
};

const SOURCE_ID = "source:un-comtrade";

/** A column name as compared: without case and underscores (`reporter_iso` and `reporterISO` are one). */
function keyOf(name: string): string {
  return name.replace(/_/g, "").trim().toLowerCase();
}

type Row = CsvRow;

/** A country (its ISO code) or a Comtrade area, with the code that stands for it in ids (`156`, `DEU`, `0`). */
type Country = { iso: string; area?: undefined; key: string };
type Party = Country | { iso?: undefined; area: { code: string; name: string }; key: string };

const AREA_BY_ALPHA = new Map(
  Object.entries(COMTRADE_AREAS).flatMap(([code, area]) =>
    area.alpha === undefined ? [] : [[area.alpha, code] as const],
  ),
);

/** A reporter or partner: a country, a Comtrade area, or undefined when the codes are neither. */
function partyOf(
  ctx: ImportContext,
  row: Row,
  side: "reporter" | "partner",
  line: number,
): Party | undefined {
  const rawCode = row(`${side}code`);
  const code = /^\d+(?:\.0*)?$/.test(rawCode) ? String(Number.parseInt(rawCode, 10)) : "";
  const iso = row(`${side}iso`).toUpperCase();
  const desc = row(`${side}desc`);
  const areaCode = code !== "" ? code : AREA_BY_ALPHA.get(iso);
  const known = areaCode === undefined ? undefined : COMTRADE_AREAS[areaCode];
  if (areaCode !== undefined && known !== undefined)
    return { area: { code: areaCode, name: desc || known.name }, key: areaCode };
  if (isCountryCode(iso)) return { iso, key: code || iso };
  if (code === "") return undefined;
  const country = COMTRADE_COUNTRY_CODES[code] ?? toIso3(Number(code), "m49");
  if (country !== undefined) return { iso: country, key: code };
  if (desc === "" || Number(code) > 999) return undefined;
  ctx.reporter.warn(
    line,
    "not_a_country",
    `${side} ${code} ${quote(desc)} is not an ISO 3166-1 country nor a Comtrade area of the table: held as an area`,
  );
  return { area: { code, name: desc }, key: code };
}

function periodOf(row: Row): string | undefined {
  const period = row("period");
  let date: string | undefined;
  if (/^\d{4}$/.test(period)) date = period;
  else if (/^\d{6}$/.test(period)) date = `${period.slice(0, 4)}-${period.slice(4)}`;
  else if (period === "") {
    const year = row("refyear");
    const month = row("refmonth");
    if (/^\d{4}$/.test(year))
      date = row("freqcode") === "M" && /^\d{1,2}$/.test(month) ? `${year}-${month.padStart(2, "0")}` : year;
  }
  return date !== undefined && isPartialDate(date) ? date : undefined;
}

/** A money value in USD from a column, when given; a malformed or negative one is warned about. */
function usd(ctx: ImportContext, row: Row, column: string, name: string, line: number): Money | undefined {
  const text = row(column);
  if (text === "") return undefined;
  const amount = parseDecimal(text);
  if (amount === undefined || amount < 0) {
    ctx.reporter.warn(line, "invalid_value", `${name} ${quote(text)} is not an amount: not kept`);
    return undefined;
  }
  return { amount, currency: "USD" };
}

function measure(
  ctx: ImportContext,
  row: Row,
  column: string,
  name: string,
  unit: QuantityUnit,
  line: number,
) {
  const text = row(column);
  if (text === "") return undefined;
  const value = parseDecimal(text);
  if (value === undefined || value < 0) {
    ctx.reporter.warn(line, "invalid_value", `${name} ${quote(text)} is not a quantity: not kept`);
    return undefined;
  }
  return { value, unit } satisfies Quantity;
}

function quantityOf(ctx: ImportContext, row: Row, line: number): Quantity | undefined {
  const text = row("qty");
  if (text === "") return undefined;
  const abbr = row("qtyunitabbr");
  const unit = UNITS[abbr];
  if (unit === undefined) {
    if (abbr !== "" && abbr !== "N/A") {
      ctx.reporter.warn(line, "unknown_unit", `qty ${text} in ${quote(abbr)}: the model has no such unit`);
      ctx.reporter.notKept(`qty in ${abbr}`);
    } else ctx.reporter.notKept("qty (without a unit)");
    return undefined;
  }
  return measure(ctx, row, "qty", "qty", unit, line);
}

/** The commodity code as the model holds it, or undefined (and the row skipped). */
function commodityOf(ctx: ImportContext, row: Row, classification: string, line: number): string | undefined {
  const code = row("cmdcode");
  if (code === "TOTAL" || /^(?:\d{2}|\d{4}|\d{6})$/.test(code)) return code;
  if (/^(?:\d|\d{3}|\d{5})$/.test(code) && /^H/.test(classification)) {
    ctx.reporter.warn(line, "commodity_leading_zero", `cmdCode ${quote(code)} read as "0${code}"`);
    return `0${code}`;
  }
  ctx.reporter.skip(
    line,
    "invalid_commodity",
    code === ""
      ? "the row has no cmdCode"
      : `cmdCode ${quote(code)} is not TOTAL nor an HS code of 2, 4 or 6 digits`,
  );
  return undefined;
}

/** The reasons a row is a breakdown of a flow rather than its total, if any. */
function breakdownOf(row: Row): string | undefined {
  const parts: string[] = [];
  const partner2 = row("partner2code");
  if (partner2 !== "" && partner2 !== "0") parts.push(`partner2Code ${partner2}`);
  const customs = row("customscode");
  if (customs !== "" && customs !== "C00") parts.push(`customsCode ${customs}`);
  const mot = row("motcode");
  if (mot !== "" && mot !== "0") parts.push(`motCode ${mot}`);
  const mos = row("moscode");
  if (mos !== "" && mos !== "0") parts.push(`mosCode ${mos}`);
  return parts.length === 0 ? undefined : parts.join(", ");
}

const isTrue = (text: string) => text.toLowerCase() === "true";

function countNotKept(ctx: ImportContext, row: Row): void {
  if (row("cmddesc") !== "") ctx.reporter.notKept("cmdDesc (the commodity code's name)");
  if (row("altqty") !== "") ctx.reporter.notKept("altQty");
  for (const column of ["isQtyEstimated", "isNetWgtEstimated", "isGrossWgtEstimated", "isAltQtyEstimated"])
    if (isTrue(row(keyOf(column)))) ctx.reporter.notKept(`${column} (true)`);
  const legacy = row("legacyestimationflag");
  if (legacy !== "" && legacy !== "0") ctx.reporter.notKept("legacyEstimationFlag (not 0)");
  if (isTrue(row("isaggregate"))) ctx.reporter.notKept("isAggregate (true)");
}

function source(ctx: ImportContext): string | undefined {
  const record: Source = {
    id: SOURCE_ID,
    kind: "source",
    sourceType: "dataset",
    title: "UN Comtrade",
    publisher: "United Nations Statistics Division",
    url: "https://comtradeplus.un.org/",
  };
  return ctx.create(record).id;
}

/** The reporter (a country) and the partner of a row, or undefined when the row is skipped (and why). */
function partiesOf(
  ctx: ImportContext,
  row: Row,
  line: number,
): { reporter: Country; partner: Party } | undefined {
  const parties: Party[] = [];
  for (const side of ["reporter", "partner"] as const) {
    const party = partyOf(ctx, row, side, line);
    if (party === undefined) {
      const given = row(`${side}code`) || row(`${side}iso`);
      ctx.reporter.skip(
        line,
        given === "" ? "missing_value" : "unknown_partner",
        given === ""
          ? `the row has no ${side}`
          : `${side} ${quote(given)} is not a country nor a Comtrade area`,
      );
      return undefined;
    }
    if (side === "reporter" && party.iso === undefined) {
      ctx.reporter.skip(
        line,
        "area_reporter",
        `reporter ${party.key} ${quote(party.area.name)} is not a country`,
      );
      return undefined;
    }
    parties.push(party);
  }
  return { reporter: parties[0] as Country, partner: parties[1] as Party };
}

/** The flow of a row (by `flowCode`, or by `flowDesc` in a file cut down to a few columns), or undefined. */
function flowOf(
  ctx: ImportContext,
  row: Row,
  line: number,
): { code: string; flow: TradeFlow["flow"] } | undefined {
  const desc = row("flowdesc");
  const code = row("flowcode").toUpperCase() || (FLOW_NAMES[desc.toLowerCase()] ?? "");
  const flow = FLOWS[code];
  if (flow !== undefined) return { code, flow };
  if (code === "" && desc === "") ctx.reporter.skip(line, "missing_value", "the row has no flowCode");
  else {
    ctx.reporter.skip(
      line,
      "unmapped_flow",
      code === ""
        ? `flowDesc ${quote(desc)} is not Import, Export, Re-import or Re-export`
        : `flowCode ${quote(code)}${desc ? ` (${desc})` : ""} is not M, X, RM or RX`,
    );
  }
  return undefined;
}

/** The optional figures of a flow: classification, CIF and FOB values, quantity, weights, the mirror mark. */
function detailsOf(ctx: ImportContext, row: Row, line: number): Partial<TradeFlow> {
  const classification = row("classificationcode");
  const kept = /^(?:HS|H[0-6]|S[1-4]|BEC)$/.test(classification);
  if (!kept && classification !== "") {
    ctx.reporter.warn(
      line,
      "invalid_value",
      `classificationCode ${quote(classification)} is not one the model holds: not kept`,
    );
  }
  const details: Partial<TradeFlow> = {
    ...(kept ? { classification } : {}),
    cifValue: usd(ctx, row, "cifvalue", "cifvalue", line),
    fobValue: usd(ctx, row, "fobvalue", "fobvalue", line),
    quantity: quantityOf(ctx, row, line),
    netWeight: measure(ctx, row, "netwgt", "netWgt", "kg", line),
    grossWeight: measure(ctx, row, "grosswgt", "grossWgt", "kg", line),
    ...(row("isreported") !== "" && !isTrue(row("isreported")) ? { mirror: true } : {}),
  };
  countNotKept(ctx, row);
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
}

function importRow(ctx: ImportContext, row: Row, line: number): void {
  const parties = partiesOf(ctx, row, line);
  if (parties === undefined) return;
  const { reporter, partner } = parties;
  const period = periodOf(row);
  if (period === undefined) {
    ctx.reporter.skip(
      line,
      "invalid_date",
      `period ${quote(row("period") || row("refyear"))} is not a year or month`,
    );
    return;
  }
  const flow = flowOf(ctx, row, line);
  if (flow === undefined) return;
  if (partner.iso === reporter.iso && (flow.flow === "export" || flow.flow === "re-export")) {
    ctx.reporter.skip(line, "self_partner", `an ${flow.flow} to the reporter itself (${reporter.iso})`);
    return;
  }
  const breakdown = breakdownOf(row);
  if (breakdown !== undefined) {
    ctx.reporter.skip(line, "breakdown_row", `a breakdown of the flow (${breakdown}), not its total`);
    return;
  }
  const commodity = commodityOf(ctx, row, row("classificationcode"), line);
  if (commodity === undefined) return;
  const valueText = row("primaryvalue");
  const amount = parseDecimal(valueText);
  if (amount === undefined || amount < 0) {
    ctx.reporter.skip(
      line,
      "missing_value",
      valueText === "" ? "the row has no primaryValue" : `primaryValue ${quote(valueText)} is not an amount`,
    );
    return;
  }
  const details = detailsOf(ctx, row, line);
  const reporterId = ctx.country(reporter.iso);
  const partnerId = partner.iso === undefined ? undefined : ctx.country(partner.iso);
  const sourceId = source(ctx);
  const idParts = [
    reporter.key,
    partner.key,
    period.replace("-", ""),
    flow.code,
    details.classification,
    commodity,
  ];
  const record: TradeFlow = {
    id: `comtrade:${idParts.filter((part) => part !== undefined).join("-")}`,
    kind: "trade-flow",
    reporter: reporterId,
    ...(partnerId === undefined ? { partnerArea: partner.area } : { partner: partnerId }),
    period,
    flow: flow.flow,
    commodity,
    value: { amount, currency: "USD" },
    ...details,
    ...(sourceId === undefined ? {} : { citations: [{ source: sourceId }] }),
  };
  ctx.emit(record, line);
}

/** A JSON value as the text a CSV cell would hold. */
function cellOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim() === "NA" ? "" : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

const REQUIRED: readonly (readonly string[])[] = [
  ["reportercode", "reporteriso"],
  ["partnercode", "partneriso"],
  ["period", "refyear"],
  ["flowcode", "flowdesc"],
  ["cmdcode"],
  ["primaryvalue"],
];

function missingColumns(names: ReadonlySet<string>): string[] {
  return REQUIRED.filter((any) => !any.some((name) => names.has(name))).map((any) =>
    any.map((name) => COMTRADE_COLUMNS.find((column) => keyOf(column) === name) ?? name).join(" or "),
  );
}

async function* fromJson(ctx: ImportContext, chunks: AsyncIterable<Uint8Array>, options: ImportOptions) {
  const reporter = ctx.reporter;
  for await (const batch of readJsonRecords(chunks, { maxLineBytes: options.maxLineBytes, member: "data" })) {
    for (const entry of batch) {
      reporter.row();
      if (entry.error !== undefined) {
        reporter.skip(entry.line, entry.code, entry.error);
        continue;
      }
      const value = entry.value;
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        reporter.skip(entry.line, "missing_value", "the element is not a JSON object (a Comtrade record)");
        continue;
      }
      const cells = new Map<string, string>();
      for (const [name, cell] of Object.entries(value)) cells.set(keyOf(name), cellOf(cell));
      const row: Row = (column) => cells.get(column) ?? "";
      guarded(ctx, entry.line, () => importRow(ctx, row, entry.line));
    }
    yield ctx.take();
  }
}

async function* fromCsv(ctx: ImportContext, chunks: AsyncIterable<Uint8Array>, options: ImportOptions) {
  const reporter = ctx.reporter;
  let columns: Map<string, number> | undefined;
  let width = 0;
  for await (const batch of readCsvBatches(chunks, options)) {
    for (const entry of batch) {
      if (columns === undefined) {
        if (entry.error !== undefined)
          throw new InputError(`line ${entry.line}: ${entry.error} (expected a Comtrade CSV header row)`);
        const names = entry.fields.map(keyOf);
        const missing = missingColumns(new Set(names));
        if (missing.length > 0) {
          throw new InputError(
            `line ${entry.line} is not a Comtrade header row (JSON or CSV): it lacks ${missing.join(", ")}`,
          );
        }
        // Of two columns one name folds to, the first is read; a row has as many cells as the header.
        columns = new Map();
        for (const [index, name] of names.entries()) if (!columns.has(name)) columns.set(name, index);
        width = names.length;
        continue;
      }
      reporter.row();
      if (entry.error !== undefined) {
        reporter.skip(entry.line, entry.code, entry.error);
        continue;
      }
      const fields = entry.fields;
      // Comtrade's fields hold no line break: a record over several lines comes from a stray quote.
      if (entry.lastLine > entry.line) {
        reporter.warn(
          entry.line,
          "multi_line_record",
          `the record spans lines ${entry.line} to ${entry.lastLine}: a quoted field holds line breaks`,
        );
      }
      const row = csvRow(reporter, entry.line, fields, columns, width);
      if (row === undefined) continue;
      guarded(ctx, entry.line, () => importRow(ctx, row, entry.line));
    }
    yield ctx.take();
  }
}

/**
 * Imports UN Comtrade trade data as a stream of trade flows: the v1 API's JSON response (`{"data": [...]}`,
 * or a bare array of its records) or CSV with a header row, with the API's camelCase column names or
 * comtradr's snake_case ones (told apart by the first character: `{` or `[` is JSON). One trade flow per
 * record, `comtrade:<reporter>-<partner>-<period>-<flow>-<classification>-<commodity>`: reporter and partner
 * as countries (Comtrade's codes 842, 699, 757, 251, 579 and the ISO codes mapped to ISO alpha-3), the World
 * and Comtrade's other areas as `partnerArea`; `primaryValue` as the value in USD, `cifvalue` and
 * `fobvalue`, `qty` in its unit, `netWgt` and `grossWgt` in kg; `isReported: false` as `mirror`. Rows the
 * model cannot hold are skipped with a reason (a flow code other than M, X, RM, RX; a breakdown by mode of
 * transport or customs procedure; an area as reporter; an export or re-export to the reporter itself, while
 * imports from itself are kept). Reading the import throws an `InputError` for a CSV without the required
 * columns or a JSON object without `data`.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { importComtrade } from "bilateral/interop";
 * const run = importComtrade(createReadStream("comtrade-response.json"));
 * for await (const record of run) {
 *   if (record.kind === "trade-flow") console.log(record.reporter, record.partner ?? record.partnerArea?.name, record.value.amount);
 * }
 * ```
 */
export function importComtrade(input: LineInput, options: ImportOptions = {}): ImportRun {
  const ctx = new ImportContext("comtrade", options);
  return new ImportRun(ctx.reporter.report, async function* () {
    const { first, chunks } = await peekInput(input);
    if (first === undefined) return;
    const json = first === 0x7b || first === 0x5b;
    yield* json ? fromJson(ctx, chunks, options) : fromCsv(ctx, chunks, options);
  });
}
