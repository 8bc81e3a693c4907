import { OptionError } from "../core/errors.js";
import type { Money, MoneyAmount } from "../model/money.js";
import type { TradeFlow } from "../model/trade-flow.js";
import type { TradeTarget } from "../model/trade-target.js";
import { yearsBetween } from "../time/calendar.js";
import { intervalOf, isPartialDate, type PartialDate, precisionOf } from "../time/partial-date.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { inTimeOrder } from "./internal/order.js";
import { attributionOf, checkPair, fieldPairRecords, pairRecords } from "./internal/parties.js";
import { internalsOf, recordAt, recordsAt } from "./internal/store.js";
import type { AttributionOptions } from "./options.js";

/**
 * Options of {@link tradeTargetProgress}:
 * - `asOf`: use only the flows whose period has ended by the end of this date (default: every flow);
 * - `targetDate`: a date to reach the target by, used only when the target has none (the result says so).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeProgressOptions } from "bilateral";
 * const options: TradeProgressOptions = { asOf: "2025-08", targetDate: "2030" };
 * ```
 */
export interface TradeProgressOptions {
  readonly asOf?: PartialDate;
  readonly targetDate?: PartialDate;
}

/**
 * One year's trade value toward a target: the year, the amount and currency (as stated by the flows, or by
 * the equivalents they state: never converted), who reported it, whether it is a mirror figure (the partner's
 * report: the other party's imports standing for exports, say, or a flow marked `mirror`), and the flows it
 * adds up.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeValue } from "bilateral";
 * const line = (value: TradeValue) => `${value.year}: ${value.amount} ${value.currency}`;
 * ```
 */
export interface TradeValue {
  readonly year: PartialDate;
  readonly amount: number;
  readonly currency: string;
  readonly reporter: string;
  readonly mirror: boolean;
  readonly flows: readonly TradeFlow[];
}

/**
 * Whether progress could be computed: `"ok"`; `"no-flows"` when no year has the flows needed; or
 * `"currency-mismatch"` when the latest year's value cannot be stated in the target's currency nor in any of
 * the target's stated equivalents (amounts are never converted at an exchange rate).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeProgressStatus } from "bilateral";
 * const status: TradeProgressStatus = "no-flows";
 * ```
 */
export type TradeProgressStatus = "ok" | "no-flows" | "currency-mismatch";

/**
 * Every note `tradeTargetProgress` can add to its result, by code, with what it means. Codes are stable.
 *
 * @category Queries
 * @example
 * ```ts
 * import { TRADE_PROGRESS_NOTES } from "bilateral";
 * TRADE_PROGRESS_NOTES.no_flows; //=> "No year has the flows the target needs."
 * ```
 */
export const TRADE_PROGRESS_NOTES = {
  sub_annual_flows: "Flows with a period shorter than a year are not used: progress compares yearly values.",
  commodity_flows: "Flows of single commodities (HS codes) are not used: only TOTAL flows count.",
  re_export_flows: "Re-export and re-import flows are not used.",
  duplicate_flows: "A party reports more than one flow of one kind for a year; the first is used.",
  year_total_unknown: "Neither party reports both exports and imports for a year, so its total is unknown.",
  year_without_flow: "Neither party reports the flow the target's direction needs for a year.",
  no_flows: "No year has the flows the target needs.",
  currency_mismatch:
    "The latest year's flows are stated in none of the target's currencies; amounts are never converted.",
  year_not_in_currency: "A year's flows are not stated in the currency compared in; the year is left out.",
  year_in_equivalents: "A year's amounts are the equivalents its flows state in the currency compared in.",
  compared_in_equivalent: "The target is compared in an equivalent it states, the currency the flows are in.",
  target_date_assumed: "The target states no date; the date given in the options is assumed.",
  no_target_date: "The target states no date, so the growth needed per year cannot be computed.",
  target_date_passed: "The target date is not after the latest year with data.",
  latest_value_zero: "The latest value is 0, so no growth rate reaches the target.",
} as const;

/**
 * A code of {@link TRADE_PROGRESS_NOTES}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeProgressNoteCode } from "bilateral";
 * const code: TradeProgressNoteCode = "currency_mismatch";
 * ```
 */
export type TradeProgressNoteCode = keyof typeof TRADE_PROGRESS_NOTES;

/**
 * A note on a trade target's progress: a stable `code` (see {@link TRADE_PROGRESS_NOTES}), a `message` with
 * the particulars, and the `year` it is about when it is about one.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeProgressNote } from "bilateral";
 * const note: TradeProgressNote = { code: "year_total_unknown", year: "2023", message: "2023: neither party reports both exports and imports, so the year's total is unknown" };
 * ```
 */
export interface TradeProgressNote {
  readonly code: TradeProgressNoteCode;
  readonly message: string;
  readonly year?: PartialDate;
}

/**
 * Progress toward a trade target, computed from the dataset's trade flows (never stored):
 * - `goal`: the target amount compared with, in the target's currency or, when the flows are in the
 *   currency of one of its stated equivalents, that equivalent (`goalStatedAs: "equivalent"`);
 * - `series`: the yearly values that could be computed, in time order; `latest`: the last of them;
 * - `share`: latest / goal; `gap`: goal - latest (negative once the target is passed); `reached`;
 * - `yearsLeft`: from the end of the latest year to the end of the target date; `growthPerYearNeeded`: the
 *   compound yearly growth that takes `latest` to `goal` in `yearsLeft` years,
 *   `(goal / latest) ^ (1 / yearsLeft) - 1` (0.25 is 25 % a year), `undefined` without a target date, once
 *   the target date is not after the latest year, or with a latest value of 0;
 * - `notes`: what was left out and why (sub-annual or non-TOTAL flows, incomplete years, currency
 *   mismatches, an assumed target date), each with a code of {@link TRADE_PROGRESS_NOTES}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeTargetProgress } from "bilateral";
 * const percent = (progress: TradeTargetProgress) => (progress.share === undefined ? "n/a" : `${Math.round(progress.share * 100)} %`);
 * ```
 */
export interface TradeTargetProgress<R extends IndexableRecord = IndexableRecord> {
  readonly target: IndexedRecord<R, "trade-target">;
  readonly asOf: PartialDate | undefined;
  readonly status: TradeProgressStatus;
  readonly goal: MoneyAmount;
  readonly goalStatedAs: "amount" | "equivalent";
  readonly series: readonly TradeValue[];
  readonly latest: TradeValue | undefined;
  readonly share: number | undefined;
  readonly gap: number | undefined;
  readonly reached: boolean | undefined;
  readonly targetDate: PartialDate | undefined;
  readonly targetDateAssumed: boolean;
  readonly yearsLeft: number | undefined;
  readonly growthPerYearNeeded: number | undefined;
  readonly notes: readonly TradeProgressNote[];
}

interface YearFlows {
  readonly year: string;
  readonly flows: TradeFlow[];
}

/** A flow's value in a currency: its own, or one it states as an equivalent. */
function amountIn(value: Money, currency: string): number | undefined {
  if (value.currency === currency) return value.amount;
  return value.equivalents?.find((equivalent) => equivalent.currency === currency)?.amount;
}

function describeMoney(value: Money): string {
  const stated = value.equivalents?.map((e) => `${e.amount} ${e.currency}`).join(", ");
  return `${value.amount} ${value.currency}${stated ? ` (stated: ${stated})` : ""}`;
}

/**
 * Progress toward a trade target as of a date, from the dataset's trade flows (see
 * {@link TradeTargetProgress}). Only yearly flows of `TOTAL` commodities count (`period` a year such as
 * `"2024"`). The value of a year, for the target's direction, between its parties `[A, B]`:
 * - `total`: A's reported exports to B plus its imports from B; when A does not report both, B's exports to
 *   A plus its imports from A. Reports of A and B are never mixed in one year.
 * - `exports` (A's exports to B): A's reported exports, else B's reported imports from A (a mirror figure).
 * - `imports` (A's imports from B): A's reported imports, else B's reported exports to A (a mirror figure).
 * Flows with the World or another area as partner (`partnerArea`) never count: they are not between A and B.
 * Throws an {@link UnknownIdError} for an unknown id or one that is not a trade target.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, parseDataset, tradeTargetProgress } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "target:x", kind: "trade-target", parties: ["country:PAK", "country:IRN"], direction: "total", amount: { amount: 10e9, currency: "USD" }, targetDate: "2028" },
 *     { id: "flow:x1", kind: "trade-flow", reporter: "country:PAK", partner: "country:IRN", period: "2024", flow: "export", commodity: "TOTAL", value: { amount: 1e9, currency: "USD" } },
 *     { id: "flow:x2", kind: "trade-flow", reporter: "country:PAK", partner: "country:IRN", period: "2024", flow: "import", commodity: "TOTAL", value: { amount: 1.5e9, currency: "USD" } },
 *   ],
 * }));
 * const progress = tradeTargetProgress(index, "target:x");
 * progress.share; //=> 0.25
 * progress.yearsLeft; //=> 4
 * progress.growthPerYearNeeded; //=> 0.414... (2.5 bn to 10 bn in 4 years: 41.4 % a year)
 * ```
 */
export function tradeTargetProgress<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  targetId: string,
  options: TradeProgressOptions = {},
): TradeTargetProgress<R> {
  const data = internalsOf(index);
  const record = index.get(targetId, "trade-target");
  const target = recordAt<TradeTarget>(data, data.positionOf(targetId) as number);
  for (const [name, value] of [
    ["asOf", options.asOf],
    ["targetDate", options.targetDate],
  ] as const) {
    if (value !== undefined && !isPartialDate(value))
      throw new OptionError(name, `${name}: ${JSON.stringify(value)} is not a partial date`);
  }
  const notes: TradeProgressNote[] = [];
  const note = (code: TradeProgressNoteCode, message: string, year?: PartialDate) =>
    notes.push(year === undefined ? { code, message } : { code, message, year });
  const flows = fieldPairRecords(
    data,
    "trade-flow",
    ["reporter", "partner"],
    ...target.parties,
    "record",
  ).map((position) => recordAt<TradeFlow>(data, position));
  const years = yearlyFlows(flows, options.asOf, note);
  const complete = completeYears(target, years, note);
  const { goal, statedAs, status, series } = valuesToCompare(target, complete, note);
  const latest = series[series.length - 1];
  const timing = timeLeft(target, options, latest, goal, note);
  return {
    target: record,
    asOf: options.asOf,
    status,
    goal,
    goalStatedAs: statedAs,
    series,
    latest,
    share: latest === undefined ? undefined : latest.amount / goal.amount,
    gap: latest === undefined ? undefined : goal.amount - latest.amount,
    reached: latest === undefined ? undefined : latest.amount >= goal.amount,
    ...timing,
    notes,
  };
}

type Note = (code: TradeProgressNoteCode, message: string, year?: PartialDate) => void;

/** A year's flows that together give its value for the target, and who reported them. */
interface CompleteYear {
  readonly year: string;
  readonly reporter: string;
  readonly mirror: boolean;
  readonly flows: readonly TradeFlow[];
}

/** The yearly TOTAL export and import flows ended by `asOf`, by year, in time order; the others noted. */
function yearlyFlows(flows: readonly TradeFlow[], asOf: PartialDate | undefined, note: Note): YearFlows[] {
  const asOfEnd = asOf === undefined ? Number.POSITIVE_INFINITY : intervalOf(asOf).end;
  const years = new Map<string, YearFlows>();
  let subAnnual = 0;
  let byCommodity = 0;
  let reExports = 0;
  for (const flow of flows) {
    if (intervalOf(flow.period).end > asOfEnd) continue;
    if (flow.commodity !== "TOTAL") byCommodity++;
    else if (flow.flow !== "export" && flow.flow !== "import") reExports++;
    else if (precisionOf(flow.period) !== "year") subAnnual++;
    else {
      let entry = years.get(flow.period);
      if (entry === undefined) {
        entry = { year: flow.period, flows: [] };
        years.set(flow.period, entry);
      }
      entry.flows.push(flow);
    }
  }
  if (subAnnual > 0)
    note(
      "sub_annual_flows",
      `${subAnnual} flow(s) with a period shorter than a year are not used: progress compares yearly values`,
    );
  if (byCommodity > 0)
    note(
      "commodity_flows",
      `${byCommodity} flow(s) of single commodities (HS codes) are not used: only TOTAL flows count`,
    );
  if (reExports > 0) note("re_export_flows", `${reExports} re-export or re-import flow(s) are not used`);
  return inTimeOrder([...years.values()], (y) => y.year);
}

/** The years whose flows give a value for the target's direction (see `tradeTargetProgress`). */
function completeYears(target: TradeTarget, years: readonly YearFlows[], note: Note): CompleteYear[] {
  const [a, b] = target.parties;
  const complete: CompleteYear[] = [];
  for (const { year, flows } of years) {
    const find = (reporter: string, flow: "export" | "import"): TradeFlow | undefined => {
      const matching = flows.filter((f) => f.reporter === reporter && f.flow === flow);
      if (matching.length > 1) {
        note(
          "duplicate_flows",
          `${year}: ${matching.length} ${flow} flows reported by ${reporter}; the first (${matching[0]?.id}) is used`,
          year,
        );
      }
      return matching[0];
    };
    if (target.direction === "total") {
      const fromA = [find(a, "export"), find(a, "import")];
      const fromB = [find(b, "export"), find(b, "import")];
      if (fromA[0] && fromA[1])
        complete.push({ year, reporter: a, mirror: false, flows: fromA as TradeFlow[] });
      else if (fromB[0] && fromB[1])
        complete.push({ year, reporter: b, mirror: false, flows: fromB as TradeFlow[] });
      else
        note(
          "year_total_unknown",
          `${year}: neither party reports both exports and imports, so the year's total is unknown`,
          year,
        );
    } else {
      const own = find(a, target.direction === "exports" ? "export" : "import");
      const mirror = find(b, target.direction === "exports" ? "import" : "export");
      if (own) complete.push({ year, reporter: a, mirror: false, flows: [own] });
      else if (mirror) complete.push({ year, reporter: b, mirror: true, flows: [mirror] });
      else note("year_without_flow", `${year}: no ${target.direction} flow reported by either party`, year);
    }
  }
  return complete;
}

/**
 * The goal and the yearly values to compare with it, in the target's currency or in one of its stated
 * equivalents, whichever the latest complete year can be stated in (amounts are never converted).
 */
function valuesToCompare(
  target: TradeTarget,
  complete: readonly CompleteYear[],
  note: Note,
): {
  goal: MoneyAmount;
  statedAs: "amount" | "equivalent";
  status: TradeProgressStatus;
  series: TradeValue[];
} {
  const candidates: { goal: MoneyAmount; statedAs: "amount" | "equivalent" }[] = [
    { goal: { amount: target.amount.amount, currency: target.amount.currency }, statedAs: "amount" },
    ...(target.amount.equivalents ?? []).map((goal) => ({ goal, statedAs: "equivalent" as const })),
  ];
  const stated = candidates[0] as { goal: MoneyAmount; statedAs: "amount" };
  const latest = complete[complete.length - 1];
  if (latest === undefined) {
    const needed = target.direction === "total" ? "export and import" : target.direction;
    note("no_flows", `no year has the ${needed} flows needed`);
    return { ...stated, status: "no-flows", series: [] };
  }
  const chosen = candidates.find((c) =>
    latest.flows.every((f) => amountIn(f.value, c.goal.currency) !== undefined),
  );
  if (chosen === undefined) {
    const values = latest.flows.map((f) => describeMoney(f.value)).join(" and ");
    note(
      "currency_mismatch",
      `${latest.year}: the flows (${values}) are stated neither in ${candidates.map((c) => c.goal.currency).join(" nor ")}; amounts are never converted`,
      latest.year,
    );
    return { ...stated, status: "currency-mismatch", series: [] };
  }
  const currency = chosen.goal.currency;
  const series: TradeValue[] = [];
  for (const year of complete) {
    const amounts = year.flows.map((f) => amountIn(f.value, currency));
    if (amounts.some((amount) => amount === undefined)) {
      note(
        "year_not_in_currency",
        `${year.year}: the flows are not stated in ${currency}; the year is left out`,
        year.year,
      );
      continue;
    }
    if (year.flows.some((f) => f.value.currency !== currency)) {
      note(
        "year_in_equivalents",
        `${year.year}: amounts in ${currency} are the equivalents the flows state`,
        year.year,
      );
    }
    const amount = (amounts as number[]).reduce((sum, value) => sum + value, 0);
    series.push({
      year: year.year,
      amount,
      currency,
      reporter: year.reporter,
      mirror: year.mirror || year.flows.some((flow) => flow.mirror === true),
      flows: year.flows,
    });
  }
  if (chosen.statedAs === "equivalent") {
    note(
      "compared_in_equivalent",
      `the target is compared in ${currency}, the equivalent it states, since the flows are in that currency`,
    );
  }
  return { ...chosen, status: "ok", series };
}

/** The target date (the target's, else the one assumed), the years left and the growth needed per year. */
function timeLeft(
  target: TradeTarget,
  options: TradeProgressOptions,
  latest: TradeValue | undefined,
  goal: MoneyAmount,
  note: Note,
): Pick<TradeTargetProgress, "targetDate" | "targetDateAssumed" | "yearsLeft" | "growthPerYearNeeded"> {
  let targetDate = target.targetDate;
  let targetDateAssumed = false;
  if (targetDate === undefined && options.targetDate !== undefined) {
    targetDate = options.targetDate;
    targetDateAssumed = true;
    note("target_date_assumed", `the target states no date; ${targetDate} is assumed, as asked`);
  } else if (targetDate === undefined) {
    note("no_target_date", "the target states no date, so the growth needed per year cannot be computed");
  }
  let yearsLeft: number | undefined;
  let growthPerYearNeeded: number | undefined;
  if (latest !== undefined && targetDate !== undefined) {
    yearsLeft = yearsBetween(intervalOf(latest.year).end, intervalOf(targetDate).end);
    if (yearsLeft <= 0)
      note(
        "target_date_passed",
        `the target date (${targetDate}) is not after the latest year with data (${latest.year})`,
      );
    else if (latest.amount === 0)
      note("latest_value_zero", "the latest value is 0, so no growth rate reaches the target");
    else growthPerYearNeeded = (goal.amount / latest.amount) ** (1 / yearsLeft) - 1;
  }
  return { targetDate, targetDateAssumed, yearsLeft, growthPerYearNeeded };
}

/**
 * The trade targets between two parties, in time order of their announcement (unannounced or undated last).
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, tradeTargetsBetween } from "bilateral";
 * const index = createIndex({ format: "bilateral", version: "1.0", records: [
 *   { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *   { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 * ] });
 * tradeTargetsBetween(index, "country:IRN", "country:PAK"); //=> []
 * ```
 */
export function tradeTargetsBetween<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: AttributionOptions = {},
): IndexedRecord<R, "trade-target">[] {
  const data = internalsOf(index);
  checkPair(data, [a, b], "dyad");
  const positions = pairRecords(data, "trade-target", a, b, attributionOf(options));
  const ordered = inTimeOrder(positions, (position) => recordAt<TradeTarget>(data, position).announced?.date);
  return recordsAt<IndexedRecord<R, "trade-target">>(data, ordered);
}
