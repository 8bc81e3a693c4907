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
 * report: the other party's imports standing for exports, say), and the flows it adds up.
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
 *   mismatches, an assumed target date).
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
  readonly notes: readonly string[];
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
  const asOfEnd = options.asOf === undefined ? Number.POSITIVE_INFINITY : intervalOf(options.asOf).end;
  const [a, b] = target.parties;
  const notes: string[] = [];

  // Yearly TOTAL flows between the parties, by year.
  const years = new Map<string, YearFlows>();
  let subAnnual = 0;
  let byCommodity = 0;
  let reExports = 0;
  for (const position of fieldPairRecords(data, "trade-flow", ["reporter", "partner"], a, b, "record")) {
    const flow = recordAt<TradeFlow>(data, position);
    if (intervalOf(flow.period).end > asOfEnd) continue;
    if (flow.commodity !== "TOTAL") {
      byCommodity++;
      continue;
    }
    if (flow.flow !== "export" && flow.flow !== "import") {
      reExports++;
      continue;
    }
    if (precisionOf(flow.period) !== "year") {
      subAnnual++;
      continue;
    }
    let entry = years.get(flow.period);
    if (entry === undefined) {
      entry = { year: flow.period, flows: [] };
      years.set(flow.period, entry);
    }
    entry.flows.push(flow);
  }
  if (subAnnual > 0)
    notes.push(
      `${subAnnual} flow(s) with a period shorter than a year are not used: progress compares yearly values`,
    );
  if (byCommodity > 0)
    notes.push(
      `${byCommodity} flow(s) of single commodities (HS codes) are not used: only TOTAL flows count`,
    );
  if (reExports > 0) notes.push(`${reExports} re-export or re-import flow(s) are not used`);

  // Each year's flows for the target's direction.
  const find = (
    flows: TradeFlow[],
    year: string,
    reporter: string,
    flow: "export" | "import",
  ): TradeFlow | undefined => {
    const matching = flows.filter((f) => f.reporter === reporter && f.flow === flow);
    if (matching.length > 1) {
      notes.push(
        `${year}: ${matching.length} ${flow} flows reported by ${reporter}; the first (${matching[0]?.id}) is used`,
      );
    }
    return matching[0];
  };
  const complete: { year: string; reporter: string; mirror: boolean; flows: TradeFlow[] }[] = [];
  for (const { year, flows } of inTimeOrder([...years.values()], (y) => y.year)) {
    if (target.direction === "total") {
      const fromA = [find(flows, year, a, "export"), find(flows, year, a, "import")];
      const fromB = [find(flows, year, b, "export"), find(flows, year, b, "import")];
      if (fromA[0] && fromA[1])
        complete.push({ year, reporter: a, mirror: false, flows: fromA as TradeFlow[] });
      else if (fromB[0] && fromB[1])
        complete.push({ year, reporter: b, mirror: false, flows: fromB as TradeFlow[] });
      else
        notes.push(`${year}: neither party reports both exports and imports, so the year's total is unknown`);
    } else {
      const own = find(flows, year, a, target.direction === "exports" ? "export" : "import");
      const mirror = find(flows, year, b, target.direction === "exports" ? "import" : "export");
      if (own) complete.push({ year, reporter: a, mirror: false, flows: [own] });
      else if (mirror) complete.push({ year, reporter: b, mirror: true, flows: [mirror] });
      else notes.push(`${year}: no ${target.direction} flow reported by either party`);
    }
  }

  // The currency to compare in: the target's, else one of its stated equivalents, whichever the latest year
  // can be stated in.
  const candidates: { goal: MoneyAmount; statedAs: "amount" | "equivalent" }[] = [
    { goal: { amount: target.amount.amount, currency: target.amount.currency }, statedAs: "amount" },
    ...(target.amount.equivalents ?? []).map((goal) => ({ goal, statedAs: "equivalent" as const })),
  ];
  const latestComplete = complete[complete.length - 1];
  const chosen =
    latestComplete === undefined
      ? candidates[0]
      : candidates.find((c) =>
          latestComplete.flows.every((f) => amountIn(f.value, c.goal.currency) !== undefined),
        );
  let status: TradeProgressStatus = "ok";
  const series: TradeValue[] = [];
  if (latestComplete === undefined) {
    status = "no-flows";
    notes.push(
      `no year has the ${target.direction === "total" ? "export and import" : target.direction} flows needed`,
    );
  } else if (chosen === undefined) {
    status = "currency-mismatch";
    const stated = latestComplete.flows.map((f) => describeMoney(f.value)).join(" and ");
    notes.push(
      `${latestComplete.year}: the flows (${stated}) are stated neither in ${candidates.map((c) => c.goal.currency).join(" nor ")}; amounts are never converted`,
    );
  } else {
    for (const year of complete) {
      const amounts = year.flows.map((f) => amountIn(f.value, chosen.goal.currency));
      if (amounts.some((amount) => amount === undefined)) {
        notes.push(`${year.year}: the flows are not stated in ${chosen.goal.currency}; the year is left out`);
        continue;
      }
      if (year.flows.some((f) => f.value.currency !== chosen.goal.currency)) {
        notes.push(`${year.year}: amounts in ${chosen.goal.currency} are the equivalents the flows state`);
      }
      series.push({
        year: year.year,
        amount: (amounts as number[]).reduce((sum, amount) => sum + amount, 0),
        currency: chosen.goal.currency,
        reporter: year.reporter,
        mirror: year.mirror,
        flows: year.flows,
      });
    }
    if (chosen.statedAs === "equivalent") {
      notes.push(
        `the target is compared in ${chosen.goal.currency}, the equivalent it states, since the flows are in that currency`,
      );
    }
  }

  const goal = (
    chosen ??
    candidates[0] ?? { goal: { amount: target.amount.amount, currency: target.amount.currency } }
  ).goal;
  const latest = series[series.length - 1];
  let targetDate = target.targetDate;
  let targetDateAssumed = false;
  if (targetDate === undefined && options.targetDate !== undefined) {
    targetDate = options.targetDate;
    targetDateAssumed = true;
    notes.push(`the target states no date; ${targetDate} is assumed, as asked`);
  } else if (targetDate === undefined) {
    notes.push("the target states no date, so the growth needed per year cannot be computed");
  }
  let yearsLeft: number | undefined;
  let growthPerYearNeeded: number | undefined;
  if (latest !== undefined && targetDate !== undefined) {
    yearsLeft = yearsBetween(intervalOf(latest.year).end, intervalOf(targetDate).end);
    if (yearsLeft <= 0)
      notes.push(`the target date (${targetDate}) is not after the latest year with data (${latest.year})`);
    else if (latest.amount === 0) notes.push(`the latest value is 0, so no growth rate reaches the target`);
    else growthPerYearNeeded = (goal.amount / latest.amount) ** (1 / yearsLeft) - 1;
  }
  return {
    target: record,
    asOf: options.asOf,
    status,
    goal,
    goalStatedAs: chosen?.statedAs ?? "amount",
    series,
    latest,
    share: latest === undefined ? undefined : latest.amount / goal.amount,
    gap: latest === undefined ? undefined : goal.amount - latest.amount,
    reached: latest === undefined ? undefined : latest.amount >= goal.amount,
    targetDate,
    targetDateAssumed,
    yearsLeft,
    growthPerYearNeeded,
    notes,
  };
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
