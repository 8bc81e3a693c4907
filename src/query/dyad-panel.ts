import { OptionError } from "../core/errors.js";
import type { EventRecord } from "../model/event.js";
import type { QuantityUnit } from "../model/quantity.js";
import type { Relationship, StanceEntry } from "../model/relationship.js";
import type { Sanction, SanctionStatus } from "../model/sanction.js";
import type { TradeFlow } from "../model/trade-flow.js";
import type { TradeTarget } from "../model/trade-target.js";
import { nextPeriod, periodLabel, periodStart } from "../time/calendar.js";
import { type DatePrecision, intervalOf, type PartialDate, precisionOf } from "../time/partial-date.js";
import { periodInterval } from "../time/period.js";
import type { DatasetIndex, IndexableRecord } from "./create-index.js";
import { categoryNames, type EventCounts, tallyByPeriod } from "./dyad-summary.js";
import { selectQuery } from "./find-events.js";
import { inForceAt } from "./internal/in-force.js";
import { attributionOf, checkPair, fieldPairRecords, partyIds } from "./internal/parties.js";
import { atOf, checkedInterval, type QueryRange } from "./internal/range.js";
import { type IndexData, internalsOf, recordAt } from "./internal/store.js";
import { tradeReasons } from "./internal/trade-reach.js";
import type { Attribution, AttributionOptions } from "./options.js";
import { inForceAmong } from "./sanctions-in-force.js";
import { stanceBetween } from "./stance-between.js";
import type { TradeReach } from "./trade-reach.js";
import {
  type TradeProgressStatus,
  tradeTargetProgress,
  tradeTargetsBetween,
} from "./trade-target-progress.js";

/**
 * The periods a dyad panel can have rows for.
 *
 * @category Queries
 * @example
 * ```ts
 * import { PANEL_PERIODS } from "bilateral";
 * PANEL_PERIODS; //=> ["year", "month"]
 * ```
 */
export const PANEL_PERIODS = ["year", "month"] as const;

/**
 * A period of a dyad panel (one of {@link PANEL_PERIODS}).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelPeriod } from "bilateral";
 * const by: PanelPeriod = "month";
 * ```
 */
export type PanelPeriod = (typeof PANEL_PERIODS)[number];

/**
 * Options of {@link dyadPanel}:
 * - `by`: a row per `"year"` or per `"month"`;
 * - `from`, `to` (required): the first and last periods, as partial dates, widened to whole periods (`from:
 *   "2024-06"` in a yearly panel starts with 2024). Required because a panel is balanced: every dyad has a row
 *   for every period, so the frame is the researcher's choice, not the span of the oldest record;
 * - `dyads`: the pairs of parties to make rows for (any record ids); by default every pair of countries with
 *   an event, a relationship, a sanction, a trade flow or a trade target between them in the range;
 * - `attribution`: see {@link Attribution} (events, stances, sanctions and targets are read under it).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { DyadPanelOptions } from "bilateral";
 * const options: DyadPanelOptions = { by: "year", from: "2015", to: "2025", dyads: [["country:IRN", "country:PAK"]] };
 * ```
 */
export interface DyadPanelOptions extends AttributionOptions {
  /** A row per year or per month. */
  readonly by: PanelPeriod;
  /** The first period, as a partial date (its period's start). */
  readonly from: PartialDate;
  /** The last period, as a partial date (its period's end). */
  readonly to: PartialDate;
  /** The pairs of parties (record ids) to make rows for; every pair of countries with a record in the range by default. */
  readonly dyads?: readonly (readonly [string, string])[];
}

/**
 * The event counts of a panel row: the counts of {@link EventCounts} over the dyad's events whose `date`
 * starts in the period, and `imprecise`: how many of the dyad's events start in the period but are dated
 * less precisely than it (a `2025` event in a monthly panel, counted under `2025-01`), which are in no count
 * (one that starts before the panel's first period, a `2024` event in a panel from `2024-06`, is in no row).
 * The rule is {@link dyadSummary}'s. The events themselves are
 * `findEvents(index, { between: row.dyad, from: row.period, to: row.period })` (cells hold counts, not ids: at
 * a hundred million events the ids would be the dataset).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelEvents } from "bilateral";
 * const conflict = (events: PanelEvents) => events.byQuadClass[3] + events.byQuadClass[4];
 * ```
 */
export interface PanelEvents extends EventCounts {
  /** Events starting in the period, dated less precisely than it: counted nowhere else in the row. */
  readonly imprecise: number;
}

/**
 * A relationship between the dyad in force in the period, and its stance then (see {@link stanceBetween}:
 * the last stance entry holding at some instant of the period).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelStance } from "bilateral";
 * const isStrained = (cell: PanelStance) => cell.stance === "strained";
 * ```
 */
export interface PanelStance {
  /** The relationship's id. */
  readonly relationship: string;
  /** The relationship's type (`security-cooperation`, say). */
  readonly relationshipType: string;
  /** The stance in force at the end of the period; absent when no stance entry holds then. */
  readonly stance?: StanceEntry["stance"];
  /** The trend the stance entry states, when it states one. */
  readonly trend?: StanceEntry["trend"];
  /** The ids of the records the stance entries holding in the period name as causes. */
  readonly causes: readonly string[];
}

/**
 * A sanction in force in the period that concerns the dyad: one that targets either party (one party's on
 * the other, or a third party's) or records a `constrains-trade` effect on the pair, as
 * {@link sanctionsOnTrade} with `includePrimary: true` finds them. `reachesTrade` is false only for a third
 * party's primary sanction on one of them (reason `targets-party`).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelSanction } from "bilateral";
 * const secondary = (cell: PanelSanction) => cell.reasons.some((r) => r.reason === "secondary");
 * ```
 */
export interface PanelSanction {
  /** The sanction's id. */
  readonly sanction: string;
  /** The id of the authority that issued it. */
  readonly authority: string;
  /** Its status then (the last in-force status entry holding in the period). */
  readonly status: SanctionStatus;
  /** Whether it reaches the trade between the two parties (see {@link TradeReach}). */
  readonly reachesTrade: boolean;
  /** Why it concerns the dyad (see {@link TradeReach}). */
  readonly reasons: readonly TradeReach[];
}

/**
 * The sum of the trade flows of one kind in the period: one reporter, one flow (`export`, `import`...), one
 * commodity, one currency, reported or mirror figures, periods of one precision. Values of different
 * currencies, commodities, reporters or precisions (a yearly figure and monthly ones) are never added, nor
 * quantities of different units.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelTradeSum } from "bilateral";
 * const line = (sum: PanelTradeSum) => `${sum.reporter} ${sum.flow} ${sum.amount} ${sum.currency}`;
 * ```
 */
export interface PanelTradeSum {
  /** The country that declared the flows. */
  readonly reporter: string;
  /** The partner country (the other party of the dyad). */
  readonly partner: string;
  /** Which flow: `export`, `import`, `re-export` or `re-import`. */
  readonly flow: TradeFlow["flow"];
  /** `TOTAL` or an HS code. */
  readonly commodity: string;
  /** The currency of `amount`, as the flows state their `value`. */
  readonly currency: string;
  /** Whether the flows are mirror figures (`mirror: true`). */
  readonly mirror: boolean;
  /** The precision of the flows' periods: `year`, `month` (or `day`). */
  readonly precision: DatePrecision;
  /** The sum of the flows' `value.amount`. */
  readonly amount: number;
  /** The ids of the flows summed, in dataset order. */
  readonly flows: readonly string[];
  /**
   * The sums of the flows' `quantity`, one per unit (never added across units), each with how many of the
   * flows stated a quantity in it; empty when none did.
   */
  readonly quantities: readonly {
    readonly unit: QuantityUnit;
    readonly value: number;
    readonly flows: number;
  }[];
}

/**
 * The trade flows between the dyad in the period: the sums of those whose `period` lies within it, and the
 * ids of those whose period starts in it but is longer (a yearly figure in a monthly panel, listed under its
 * first month), which are in no sum.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelTrade } from "bilateral";
 * const exported = (trade: PanelTrade) => trade.sums.filter((sum) => sum.flow === "export");
 * ```
 */
export interface PanelTrade {
  /** The sums, by reporter, flow, commodity, currency, mirror and precision. */
  readonly sums: readonly PanelTradeSum[];
  /** The ids of flows starting in the period whose period is longer than it. */
  readonly wider: readonly string[];
}

/**
 * A trade target between the dyad, announced by the end of the period (or undated), and its progress as of
 * the period's end (see {@link tradeTargetProgress} with `asOf` the period).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelTradeTarget } from "bilateral";
 * const percent = (cell: PanelTradeTarget) => (cell.share === undefined ? "n/a" : `${Math.round(cell.share * 100)} %`);
 * ```
 */
export interface PanelTradeTarget {
  /** The trade target's id. */
  readonly target: string;
  /** Whether progress could be computed (see {@link TradeProgressStatus}). */
  readonly status: TradeProgressStatus;
  /** The latest year with a value, when there is one. */
  readonly year?: PartialDate;
  /** The latest year's value, in `currency`. */
  readonly amount?: number;
  /** The currency of `amount` and of the goal compared with. */
  readonly currency: string;
  /** Latest value / goal, when there is a latest value. */
  readonly share?: number;
  /** Whether the latest value reaches the goal, when there is one. */
  readonly reached?: boolean;
  /** The ids of the flows the latest value adds up. */
  readonly flows: readonly string[];
}

/**
 * One row of a dyad panel: a dyad (two parties, sorted by id) in one period, with what the dataset holds on
 * them then. Every cell but `events` names the records it comes from.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { DyadPanelRow } from "bilateral";
 * const column = (row: DyadPanelRow) => [row.dyad.join("-"), row.period, row.events.count] as const;
 * ```
 */
export interface DyadPanelRow {
  /** The two parties, sorted by id (JavaScript string order). */
  readonly dyad: readonly [string, string];
  /** The period: `2025` (by year) or `2025-08` (by month), a partial date. */
  readonly period: string;
  /** The dyad's events in the period, counted (see {@link PanelEvents}). */
  readonly events: PanelEvents;
  /** The relationships in force in the period and their stance (see {@link PanelStance}). */
  readonly stances: readonly PanelStance[];
  /** The sanctions in force in the period that concern the dyad (see {@link PanelSanction}). */
  readonly sanctions: readonly PanelSanction[];
  /** The trade flows between the two in the period (see {@link PanelTrade}). */
  readonly trade: PanelTrade;
  /** The trade targets between the two and their progress as of the period's end (see {@link PanelTradeTarget}). */
  readonly tradeTargets: readonly PanelTradeTarget[];
}

/**
 * The event counts of one dyad in one period, as an engine supplies them to {@link assemblePanel}: the
 * counts of {@link PanelEvents} with the intensity as a sum (`intensitySum` over `intensityCount` events)
 * rather than a mean. `dyad` is the unordered pair, in either order.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { PanelEventCell } from "bilateral";
 * const cell: PanelEventCell = {
 *   dyad: ["country:IRN", "country:PAK"], period: "2025", count: 1,
 *   byQuadClass: { 1: 1, 2: 0, 3: 0, 4: 0, unknown: 0 }, derivedQuadClass: 1,
 *   byCategory: { CONSULT: 1 }, uncategorized: 0, intensitySum: 2, intensityCount: 1, imprecise: 0,
 * };
 * ```
 */
export interface PanelEventCell extends Omit<PanelEvents, "meanIntensity"> {
  /** The two parties, in either order. */
  readonly dyad: readonly [string, string];
  /** The period's label (`2025`, `2025-08`). */
  readonly period: string;
  /** The sum of the intensities of the `intensityCount` events that have one. */
  readonly intensitySum: number;
}

const MAX_ROWS = 10_000_000;

/** A period of a panel: its label, start and end (ms since 1970). @internal */
export interface Period {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** The checked options: attribution mode, periods, and the range they cover (the DuckDB engine's too). @internal */
export function panelFrame(options: DyadPanelOptions): {
  mode: Attribution;
  periods: Period[];
  range: QueryRange;
} {
  if (typeof options !== "object" || options === null)
    throw new OptionError("by", "dyadPanel needs options: { by, from, to }");
  const mode = attributionOf(options);
  const { by } = options;
  if (!PANEL_PERIODS.includes(by))
    throw new OptionError("by", `by: ${JSON.stringify(by)} is not one of ${PANEL_PERIODS.join(", ")}`);
  for (const name of ["from", "to"] as const) {
    if (options[name] === undefined)
      throw new OptionError(
        name,
        `${name}: required (a panel has a row for every period from \`from\` to \`to\`)`,
      );
  }
  const first = periodStart(checkedInterval(options.from, "from").start, by);
  const last = periodStart(checkedInterval(options.to, "to").end - 1, by);
  if (last < first)
    throw new OptionError(
      "to",
      `the range ends (to: ${options.to}) before it starts (from: ${options.from})`,
    );
  const periods: Period[] = [];
  for (let start = first; start <= last; start = nextPeriod(start, by)) {
    if (periods.length >= MAX_ROWS)
      throw new OptionError("to", `the panel would have more than ${MAX_ROWS} periods: narrow the range`);
    periods.push({ label: periodLabel(start, by), start, end: nextPeriod(start, by) });
  }
  const end = (periods[periods.length - 1] as Period).end;
  return { mode, periods, range: { start: first, end, match: "overlaps" } };
}

/**
 * The `dyads` option, checked, each pair sorted, without repeats, in id order; `undefined` when not given.
 * @internal
 */
export function givenDyads(data: IndexData, options: DyadPanelOptions): [string, string][] | undefined {
  if (options.dyads === undefined) return undefined;
  if (!Array.isArray(options.dyads)) throw new OptionError("dyads", "dyads: expected a list of pairs of ids");
  const out = new Map<string, [string, string]>();
  for (const pair of options.dyads) {
    const [a, b] = checkPair(data, pair, "dyads");
    const sorted: [string, string] = a < b ? [a, b] : [b, a];
    out.set(`${sorted[0]}\u0000${sorted[1]}`, sorted);
  }
  return inIdOrder(out.values());
}

/** Pairs sorted by their first id, then their second. */
function inIdOrder(pairs: Iterable<[string, string]>): [string, string][] {
  return [...pairs].sort((p, q) => (p[0] !== q[0] ? (p[0] < q[0] ? -1 : 1) : p[1] < q[1] ? -1 : 1));
}

function isCountry(data: IndexData, id: string): boolean {
  const position = data.positionOf(id);
  return position !== undefined && data.records[position]?.kind === "country";
}

/** Adds the pairs of countries `xs` x `ys` (x != y) to `out`, keyed by `x\0y`, x < y. */
function addCountryPairs(
  data: IndexData,
  out: Map<string, [string, string]>,
  xs: readonly string[],
  ys: readonly string[],
): void {
  for (const x of xs) {
    if (!isCountry(data, x)) continue;
    for (const y of ys) {
      if (x === y || !isCountry(data, y)) continue;
      const pair: [string, string] = x < y ? [x, y] : [y, x];
      out.set(`${pair[0]}\u0000${pair[1]}`, pair);
    }
  }
}

/**
 * The pairs of countries with a relationship, sanction, trade flow or trade target between them in the range
 * (and the pairs of `extra`), sorted.
 */
function recordDyads(
  data: IndexData,
  mode: Attribution,
  range: QueryRange,
  extra: Iterable<readonly [string, string]>,
): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const [x, y] of extra) addCountryPairs(data, out, [x], [y]);
  const overlaps = (start: number, end: number) => start < range.end && end > range.start;
  for (const position of data.byKind.get("relationship") ?? []) {
    const relationship = recordAt<Relationship>(data, position);
    const { start, end } = periodInterval(relationship.period);
    if (!overlaps(start, end)) continue;
    const [a, b] = relationship.parties;
    addCountryPairs(data, out, partyIds(data, a, mode), partyIds(data, b, mode));
  }
  for (const position of data.byKind.get("sanction") ?? []) {
    const sanction = recordAt<Sanction>(data, position);
    if (inForceAt(sanction, range) === undefined) continue;
    const targets = sanction.targets.flatMap((target) => partyIds(data, target, mode));
    addCountryPairs(data, out, partyIds(data, sanction.authority, mode), targets);
    for (const effect of sanction.effects ?? [])
      if (effect.effect === "constrains-trade")
        addCountryPairs(data, out, [effect.parties[0]], [effect.parties[1]]);
  }
  for (const position of data.byKind.get("trade-flow") ?? []) {
    const flow = recordAt<TradeFlow>(data, position);
    const { start, end } = intervalOf(flow.period);
    if (flow.partner !== undefined && overlaps(start, end))
      addCountryPairs(data, out, [flow.reporter], [flow.partner]);
  }
  for (const position of data.byKind.get("trade-target") ?? []) {
    const target = recordAt<TradeTarget>(data, position);
    if (announcedBy(target, range.end)) addCountryPairs(data, out, [target.parties[0]], [target.parties[1]]);
  }
  return inIdOrder(out.values());
}

/** Whether a trade target was announced before `end` (or its announcement is undated). */
function announcedBy(target: TradeTarget, end: number): boolean {
  const date = target.announced?.date;
  return date === undefined || intervalOf(date).start < end;
}

/** The pairs of countries with an event between them in the range (see `dyadPostings`), under the mode. */
function eventDyads(data: IndexData, mode: Attribution, from: string, to: string): [string, string][] {
  const out = new Map<string, [string, string]>();
  const { starts, ends } = data;
  for (const position of selectQuery(data, { from, to })) {
    const event = data.events[position] as unknown as EventRecord;
    const start = starts[position] as number;
    const end = ends[position] as number;
    const countries = (ids: readonly string[] | undefined) =>
      mode === "record"
        ? (ids ?? [])
        : (ids ?? []).flatMap((id) => [id, ...data.attributor.countriesOf(id, true, start, end)]);
    const actors = countries(event.actors);
    const recipients = countries(event.recipients);
    addCountryPairs(data, out, actors, recipients.length === 0 ? actors : recipients);
  }
  return [...out.values()];
}

/** The event cells of some dyads, counted in memory by `dyadSummary`'s rule. */
function eventCellsOf(
  data: IndexData,
  dyads: readonly (readonly [string, string])[],
  mode: Attribution,
  by: PanelPeriod,
  from: string,
  to: string,
): PanelEventCell[] {
  const { names, byName } = categoryNames(data);
  const cells: PanelEventCell[] = [];
  for (const dyad of dyads) {
    const positions = selectQuery(data, { between: dyad, from, to, attribution: mode });
    for (const [start, tally] of tallyByPeriod(data, positions, by).byPeriod) {
      const [unknown, q1, q2, q3, q4] = tally.quad as [number, number, number, number, number];
      cells.push({
        dyad,
        period: periodLabel(start, by),
        count: tally.count,
        byQuadClass: { 1: q1, 2: q2, 3: q3, 4: q4, unknown },
        derivedQuadClass: tally.derived,
        byCategory: tally.byCategory(names, byName),
        uncategorized: tally.uncategorized,
        intensitySum: tally.intensitySum,
        intensityCount: tally.intensityCount,
        imprecise: tally.imprecise,
      });
    }
  }
  return cells;
}

/** The events of a row without a cell (shared by those rows, so frozen). */
const NO_EVENTS: PanelEvents = Object.freeze({
  count: 0,
  byQuadClass: Object.freeze({ 1: 0, 2: 0, 3: 0, 4: 0, unknown: 0 }),
  derivedQuadClass: 0,
  byCategory: Object.freeze({}),
  uncategorized: 0,
  meanIntensity: undefined,
  intensityCount: 0,
  imprecise: 0,
});

/** A cell's counts as a row's (the mean intensity from the sum), in the order of {@link PanelEvents}. */
function eventsOf(cell: PanelEventCell | undefined): PanelEvents {
  if (cell === undefined) return NO_EVENTS;
  return {
    count: cell.count,
    byQuadClass: cell.byQuadClass,
    derivedQuadClass: cell.derivedQuadClass,
    byCategory: cell.byCategory,
    uncategorized: cell.uncategorized,
    meanIntensity: cell.intensityCount === 0 ? undefined : cell.intensitySum / cell.intensityCount,
    intensityCount: cell.intensityCount,
    imprecise: cell.imprecise,
  };
}

/**
 * A dyad panel: one row per dyad and period, balanced (every dyad has a row for every period from `from` to
 * `to`, with zero counts and empty lists where nothing happened), dyads in id order, periods in time order.
 * Each row holds the dyad's events counted (by quad class, derived quad classes, by category, uncategorized,
 * mean intensity; see {@link PanelEvents}), the relationships in force and their stance
 * ({@link stanceBetween} at the period), the sanctions in force that concern the dyad and whether they reach
 * its trade ({@link sanctionsOnTrade} at the period, third parties' primary sanctions included), the trade
 * flows between the two within the period, summed without mixing currencies (see {@link PanelTrade}), and the
 * progress of their trade targets as of the period's end ({@link tradeTargetProgress}). Every cell but the
 * event counts names the records it comes from; the events of a row are
 * `findEvents(index, { between: row.dyad, from: row.period, to: row.period, attribution })` (their `date`
 * starting in the period). Throws an {@link OptionError} for a missing or bad `by`, `from`, `to`, `dyads` or
 * `attribution`, an {@link UnknownIdError} for an id in `dyads` that no record has.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, dyadPanel, parseDataset } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "event:a", kind: "event", category: "CONSULT", actors: ["country:IRN"], recipients: ["country:PAK"], date: "2024-03-02", intensity: 2 },
 *     { id: "event:b", kind: "event", category: "ACCUSE", actors: ["country:PAK"], recipients: ["country:IRN"], date: "2025-01-17", intensity: -4 },
 *   ],
 * }));
 * const rows = dyadPanel(index, { by: "year", from: "2023", to: "2025" });
 * rows.map((row) => [row.period, row.events.count]); //=> [["2023", 0], ["2024", 1], ["2025", 1]]
 * rows[1]?.dyad; //=> ["country:IRN", "country:PAK"]
 * ```
 */
export function dyadPanel<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  options: DyadPanelOptions,
): DyadPanelRow[] {
  return assemblePanel(index, options, dyadPanelCells(index, options));
}

/**
 * The event cells of {@link dyadPanel}, counted in memory: for the dyads asked for, else for every pair of
 * countries with an event in the range. (The CLI streams the rows of `panelRows` over them.) @internal
 */
export function dyadPanelCells<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  options: DyadPanelOptions,
): PanelEventCell[] {
  const data = internalsOf(index);
  const { mode, periods } = panelFrame(options);
  const from = (periods[0] as Period).label;
  const to = (periods[periods.length - 1] as Period).label;
  const dyads = givenDyads(data, options) ?? eventDyads(data, mode, from, to);
  return eventCellsOf(data, dyads, mode, options.by, from, to);
}

/**
 * Assembles a dyad panel (see {@link dyadPanel}) from event counts computed elsewhere: the seam through which
 * an engine that keeps the events out of memory (the DuckDB engine of `bilateral/duckdb`, which counts them
 * in SQL) supplies the event cells, while the other cells are read from the index of the non-event records.
 * `eventCells` holds a cell per dyad and period with events (missing cells are zero counts), counted by the
 * rule of {@link PanelEvents}; without `dyads` in the options, the pairs of countries among the cells' dyads
 * are rows too (cells of other dyads, a person and a country say, are ignored), and with `dyads`, only the
 * cells of those dyads are read; cells of periods outside the panel are ignored. In the terms of the
 * Parquet layout: a cell counts the rows of one `dyad` whose `starts_at` falls in the period, and since a
 * partial date is a day, a month or a year, an event is `imprecise` exactly when the panel is monthly and its
 * `date_precision` is `year`. Same options and errors as {@link dyadPanel}; {@link panelRows} gives the same
 * rows one at a time.
 *
 * @category Queries
 * @example
 * ```ts
 * import { assemblePanel, createIndex } from "bilateral";
 * const index = createIndex({ format: "bilateral", version: "1.0", records: [
 *   { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *   { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 * ] });
 * const rows = assemblePanel(index, { by: "year", from: "2025", to: "2025" }, [{
 *   dyad: ["country:IRN", "country:PAK"], period: "2025", count: 2,
 *   byQuadClass: { 1: 1, 2: 0, 3: 1, 4: 0, unknown: 0 }, derivedQuadClass: 2,
 *   byCategory: { ACCUSE: 1, CONSULT: 1 }, uncategorized: 0, intensitySum: -2, intensityCount: 2, imprecise: 0,
 * }]);
 * rows[0]?.events.meanIntensity; //=> -1
 * ```
 */
export function assemblePanel<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  options: DyadPanelOptions,
  eventCells: Iterable<PanelEventCell>,
): DyadPanelRow[] {
  return [...panelRows(index, options, eventCells)];
}

/**
 * The rows of {@link assemblePanel}, one at a time, so that a panel of millions of rows can be written out
 * (as JSON Lines, as Parquet) without holding it: only the event cells are held. The options are checked
 * when it is called (an {@link OptionError} then, not on the first row).
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, panelRows } from "bilateral";
 * const index = createIndex({ format: "bilateral", version: "1.0", records: [
 *   { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *   { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 * ] });
 * const options = { by: "month", from: "2025-01", to: "2025-12", dyads: [["country:IRN", "country:PAK"]] } as const;
 * let rows = 0;
 * for (const row of panelRows(index, options, [])) rows += row.events.count === 0 ? 1 : 0;
 * rows; //=> 12
 * ```
 */
export function panelRows<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  options: DyadPanelOptions,
  eventCells: Iterable<PanelEventCell>,
): IterableIterator<DyadPanelRow> {
  const data = internalsOf(index);
  const { mode, periods, range } = panelFrame(options);
  const cells = new Map<string, PanelEventCell>();
  const cellDyads = new Map<string, [string, string]>();
  for (const cell of eventCells) {
    const [x, y] = cell.dyad[0] < cell.dyad[1] ? cell.dyad : [cell.dyad[1], cell.dyad[0]];
    cells.set(`${x}\u0000${y}\u0000${cell.period}`, cell);
    cellDyads.set(`${x}\u0000${y}`, [x, y]);
  }
  const dyads = givenDyads(data, options) ?? recordDyads(data, mode, range, cellDyads.values());
  if (dyads.length * periods.length > MAX_ROWS)
    throw new OptionError(
      "dyads",
      `the panel would have more than ${MAX_ROWS} rows: narrow the range or the dyads`,
    );
  return rowsOf(index, dyads, periods, mode, cells);
}

/** The rows of some dyads over some periods, dyad by dyad. */
function* rowsOf<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  dyads: readonly [string, string][],
  periods: readonly Period[],
  mode: Attribution,
  cells: ReadonlyMap<string, PanelEventCell>,
): Generator<DyadPanelRow> {
  const data = internalsOf(index);
  for (const [x, y] of dyads) {
    const dyad = Object.freeze([x, y] as const);
    const flows = fieldPairRecords(data, "trade-flow", ["reporter", "partner"], x, y, "record").map(
      (position) => recordAt<TradeFlow>(data, position),
    );
    const targets = tradeTargetsBetween(index, x, y, { attribution: mode });
    // The sanctions that concern the dyad do not depend on the date: found once, then read per period.
    const reasonsOf = tradeReasons(data, x, y, mode, true);
    for (const period of periods) {
      yield {
        dyad,
        period: period.label,
        events: eventsOf(cells.get(`${x}\u0000${y}\u0000${period.label}`)),
        stances: orNone(stancesIn(index, dyad, period, mode)),
        sanctions: orNone(sanctionsIn(data, reasonsOf, period)),
        trade: tradeIn(flows, period),
        tradeTargets: orNone(
          targets
            .filter((target) => announcedBy(target as TradeTarget, period.end))
            .map((target) => targetCell(index, target.id, period)),
        ),
      };
    }
  }
}

const NONE: readonly never[] = Object.freeze([]);
const NO_TRADE: PanelTrade = Object.freeze({ sums: NONE, wider: NONE });

/** A list, or the one frozen empty list rows share (a panel of millions of rows is mostly empty cells). */
function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

function stancesIn<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  [x, y]: readonly [string, string],
  period: Period,
  mode: Attribution,
): PanelStance[] {
  return stanceBetween(index, x, y, { at: period.label, attribution: mode }).map((found) => ({
    relationship: found.relationship.id,
    relationshipType: (found.relationship as Relationship).relationshipType,
    ...(found.stance === undefined ? {} : { stance: found.stance }),
    ...(found.trend === undefined ? {} : { trend: found.trend }),
    causes: found.causes.map((cause) => cause.id),
  }));
}

/**
 * The sanctions in force in a period among those that concern the dyad (`reasonsOf`, from `tradeReasons`
 * with primary sanctions included): what `sanctionsOnTrade` with `includePrimary: true` gives at the period.
 */
function sanctionsIn(
  data: IndexData,
  reasonsOf: ReadonlyMap<number, TradeReach[]>,
  period: Period,
): PanelSanction[] {
  return inForceAmong(data, reasonsOf.keys(), atOf({ at: period.label })).map((found) => {
    const reasons = reasonsOf.get(data.positionOf(found.sanction.id) as number) as TradeReach[];
    return {
      sanction: found.sanction.id,
      authority: (found.sanction as Sanction).authority,
      status: found.status,
      reachesTrade: reasons.some((reason) => reason.reason !== "targets-party"),
      reasons,
    };
  });
}

/** A sum being added up: its amount, flows and quantities change as flows come. */
type SumInProgress = {
  -readonly [K in Exclude<keyof PanelTradeSum, "flows" | "quantities">]: PanelTradeSum[K];
} & {
  flows: string[];
  quantities: { unit: QuantityUnit; value: number; flows: number }[];
};

/** The flows (between the dyad, in dataset order) within a period, summed by kind; longer ones listed. */
function tradeIn(flows: readonly TradeFlow[], period: Period): PanelTrade {
  const sums = new Map<string, SumInProgress>();
  const wider: string[] = [];
  for (const flow of flows) {
    const { start, end } = intervalOf(flow.period);
    if (start < period.start || start >= period.end) continue;
    if (end > period.end) {
      wider.push(flow.id);
      continue;
    }
    const mirror = flow.mirror === true;
    const precision = precisionOf(flow.period);
    const { currency } = flow.value;
    const key = JSON.stringify([flow.reporter, flow.flow, flow.commodity, currency, mirror, precision]);
    let sum = sums.get(key);
    if (sum === undefined) {
      const { reporter, commodity } = flow;
      const partner = flow.partner as string;
      sum = {
        reporter,
        partner,
        flow: flow.flow,
        commodity,
        currency,
        mirror,
        precision,
        amount: 0,
        flows: [],
        quantities: [],
      };
      sums.set(key, sum);
    }
    sum.amount += flow.value.amount;
    sum.flows.push(flow.id);
    if (flow.quantity !== undefined) {
      const { unit, value } = flow.quantity;
      const same = sum.quantities.find((quantity) => quantity.unit === unit);
      if (same === undefined) sum.quantities.push({ unit, value, flows: 1 });
      else {
        same.value += value;
        same.flows++;
      }
    }
  }
  return sums.size === 0 && wider.length === 0 ? NO_TRADE : { sums: [...sums.values()], wider };
}

function targetCell<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  id: string,
  period: Period,
): PanelTradeTarget {
  const progress = tradeTargetProgress(index, id, { asOf: period.label });
  const { latest } = progress;
  return {
    target: id,
    status: progress.status,
    ...(latest === undefined ? {} : { year: latest.year, amount: latest.amount }),
    currency: latest?.currency ?? progress.goal.currency,
    ...(progress.share === undefined ? {} : { share: progress.share }),
    ...(progress.reached === undefined ? {} : { reached: progress.reached }),
    flows: latest?.flows.map((flow) => flow.id) ?? [],
  };
}
