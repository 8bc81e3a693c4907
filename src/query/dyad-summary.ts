import { OptionError } from "../core/errors.js";
import { type Granularity, nextPeriod, periodBounds, periodLabel, periodStart } from "../time/calendar.js";
import type { PartialDate } from "../time/partial-date.js";
import type { DatasetIndex, IndexableRecord } from "./create-index.js";
import { selectQuery } from "./find-events.js";
import { checkPair } from "./internal/parties.js";
import { type QueryRange, rangeOf } from "./internal/range.js";
import { type IndexData, internalsOf, QUAD_STORED } from "./internal/store.js";
import type { AttributionOptions, TimeRangeOptions } from "./options.js";

/**
 * The calendar periods a dyad summary can count by.
 *
 * @category Queries
 * @example
 * ```ts
 * import { SUMMARY_PERIODS } from "bilateral";
 * SUMMARY_PERIODS; //=> ["month", "quarter", "year"]
 * ```
 */
export const SUMMARY_PERIODS = ["month", "quarter", "year"] as const;

/**
 * A calendar period of a dyad summary (one of {@link SUMMARY_PERIODS}).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { SummaryPeriod } from "bilateral";
 * const by: SummaryPeriod = "quarter";
 * ```
 */
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

/**
 * Counts over a set of events: how many, how many per quad class (`unknown`: no quad class stored nor
 * derivable) and how many of those quad classes were derived from the "plover-0.8" table rather than stored,
 * how many per category, how many are CAMEO-only events with no category (`uncategorized`: CAMEO roots 01 and
 * 02, counted in `count` and by their quad class when the feed delivered one, under no category), and the mean
 * `intensity` over the events that have one (`undefined` when none has; `intensityCount` says how many did).
 * A feed's Goldstein score (`coding.goldstein`) is not used as an intensity.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { EventCounts } from "bilateral";
 * const conflict = (counts: EventCounts) => counts.byQuadClass[3] + counts.byQuadClass[4];
 * ```
 */
export interface EventCounts {
  readonly count: number;
  readonly byQuadClass: {
    readonly 1: number;
    readonly 2: number;
    readonly 3: number;
    readonly 4: number;
    readonly unknown: number;
  };
  readonly derivedQuadClass: number;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly uncategorized: number;
  readonly meanIntensity: number | undefined;
  readonly intensityCount: number;
}

/**
 * The counts of one period of a dyad summary: its label (`2025-08`, `2025-Q3` or `2025`) and the partial
 * dates it runs from and to.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { SummaryBucket } from "bilateral";
 * const line = (bucket: SummaryBucket) => `${bucket.period}: ${bucket.count}`;
 * ```
 */
export interface SummaryBucket extends EventCounts {
  readonly period: string;
  readonly from: PartialDate;
  readonly to: PartialDate;
}

/**
 * The trend of a dyad summary, as least-squares slopes over its periods (x = the period's rank, 0, 1, 2...):
 * - `volume`: of the event count, in events per period per period (over every period, empty ones included);
 * - `intensity`: of the mean intensity, in intensity points per period (over the periods that have one);
 * - `direction`: from `intensity`: `"improving"` above +0.05, `"deteriorating"` below -0.05, else
 *   `"stable"`.
 * Each is `undefined` with fewer than two periods to fit.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { SummaryTrend } from "bilateral";
 * const trend: SummaryTrend = { volume: 0.5, intensity: -0.2, direction: "deteriorating" };
 * ```
 */
export interface SummaryTrend {
  readonly volume: number | undefined;
  readonly intensity: number | undefined;
  readonly direction: "improving" | "stable" | "deteriorating" | undefined;
}

/**
 * A dyad summary: the counts per period (every period from the first to the last, empty ones included; the
 * range's own bounds when a range is given), the totals over every event counted, and the trend. An event is
 * counted in the period its `date` falls in; an event whose date is less precise than the period (`2025` in
 * a monthly summary) cannot be placed and is counted in `imprecise` (and in `totals`) instead; undated events
 * are counted in `undated` (and in `totals`) when no range is given.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { DyadSummary } from "bilateral";
 * const busiest = (summary: DyadSummary) => [...summary.buckets].sort((a, b) => b.count - a.count)[0]?.period;
 * ```
 */
export interface DyadSummary {
  readonly parties: readonly [string, string];
  readonly by: SummaryPeriod;
  readonly buckets: readonly SummaryBucket[];
  readonly totals: EventCounts;
  readonly imprecise: number;
  readonly undated: number;
  readonly trend: SummaryTrend;
}

/**
 * Options of {@link dyadSummary}: `by` (`"month"`, `"quarter"` or `"year"`, the default), a date range (see
 * {@link TimeRangeOptions}), the attribution mode and `directed`.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { DyadSummaryOptions } from "bilateral";
 * const options: DyadSummaryOptions = { by: "month", from: "2025-01", to: "2025-12" };
 * ```
 */
export interface DyadSummaryOptions extends TimeRangeOptions, AttributionOptions {
  readonly by?: SummaryPeriod;
  readonly directed?: boolean;
}

const MAX_PERIODS = 100_000;
const STABLE = 0.05;

/**
 * Counts of events, by quad class and by category code (see `IndexData.categoryOf`; -1: none), and how many
 * events starting in the period were dated less precisely than it (`imprecise`, not counted).
 * @internal
 */
export class Tally {
  count = 0;
  readonly quad = [0, 0, 0, 0, 0];
  derived = 0;
  uncategorized = 0;
  imprecise = 0;
  readonly categories: Int32Array;
  intensitySum = 0;
  intensityCount = 0;

  constructor(categoryCount: number) {
    this.categories = new Int32Array(categoryCount);
  }

  add(category: number, quad: number, derived: boolean, intensity: number): void {
    this.count++;
    this.quad[quad] = (this.quad[quad] as number) + 1;
    if (derived) this.derived++;
    if (category < 0) this.uncategorized++;
    else this.categories[category] = (this.categories[category] as number) + 1;
    if (!Number.isNaN(intensity)) {
      this.intensitySum += intensity;
      this.intensityCount++;
    }
  }

  /** The counts by category name (`names[code]`), sorted by name. */
  byCategory(names: readonly string[], byName: readonly number[]): Record<string, number> {
    const byCategory: Record<string, number> = {};
    for (const code of byName) {
      const count = this.categories[code] as number;
      if (count > 0) byCategory[names[code] as string] = count;
    }
    return byCategory;
  }

  /** The counts, categories named (`names[code]`) and sorted by name. */
  counts(names: readonly string[], byName: readonly number[]): EventCounts {
    const [unknown, q1, q2, q3, q4] = this.quad as [number, number, number, number, number];
    return {
      count: this.count,
      byQuadClass: { 1: q1, 2: q2, 3: q3, 4: q4, unknown },
      derivedQuadClass: this.derived,
      byCategory: this.byCategory(names, byName),
      uncategorized: this.uncategorized,
      meanIntensity: this.intensityCount === 0 ? undefined : this.intensitySum / this.intensityCount,
      intensityCount: this.intensityCount,
    };
  }
}

/** The index's category names by code, and their codes in name order. @internal */
export function categoryNames(data: IndexData): { names: string[]; byName: number[] } {
  const names = [...data.categoryCodes.keys()];
  const byName = names
    .map((_, code) => code)
    .sort((x, y) => ((names[x] as string) < (names[y] as string) ? -1 : 1));
  return { names, byName };
}

/**
 * Events (positions, in time order) counted by the period their `date` starts in: an event whose date is
 * longer than the period (`2025` by month) is counted as `imprecise` in the period it starts in, not in its
 * counts; undated events are counted in `undated`. `totals` counts every event; `first`/`last` are the first
 * and last periods with a counted event (infinite when none).
 * @internal
 */
export function tallyByPeriod(
  data: IndexData,
  positions: Iterable<number>,
  by: Granularity,
): {
  totals: Tally;
  byPeriod: Map<number, Tally>;
  imprecise: number;
  undated: number;
  first: number;
  last: number;
} {
  const categoryCount = data.categoryCodes.size;
  const totals = new Tally(categoryCount);
  const byPeriod = new Map<number, Tally>();
  let imprecise = 0;
  let undated = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // Positions come in time order: the period of the previous start is usually the period of this one.
  let lastStart = Number.NaN;
  let periodFrom = 0;
  let periodTo = 0;
  let tally: Tally | undefined;
  const { starts, dateEnds, categoryOf, intensities, quadValue, quadBasis } = data;
  for (const position of positions) {
    const quad = quadValue[position] as number;
    const derived = quad !== 0 && quadBasis[position] !== QUAD_STORED;
    const category = categoryOf[position] as number;
    const intensity = intensities[position] as number;
    totals.add(category, quad, derived, intensity);
    const start = starts[position] as number;
    if (start === Number.POSITIVE_INFINITY) {
      undated++;
      continue;
    }
    if (start !== lastStart) {
      lastStart = start;
      const from = periodStart(start, by);
      if (from !== periodFrom || tally === undefined) {
        periodFrom = from;
        periodTo = nextPeriod(from, by);
        tally = byPeriod.get(from);
        if (tally === undefined) {
          tally = new Tally(categoryCount);
          byPeriod.set(from, tally);
        }
      }
    }
    // A date longer than one period (a year, in a monthly summary) is counted in the totals only.
    if ((dateEnds[position] as number) > periodTo) {
      imprecise++;
      (tally as Tally).imprecise++;
      continue;
    }
    (tally as Tally).add(category, quad, derived, intensity);
    if (periodFrom < first) first = periodFrom;
    if (periodFrom > last) last = periodFrom;
  }
  return { totals, byPeriod, imprecise, undated, first, last };
}

/** The least-squares slope of y over x. @internal */
export function slope(points: readonly (readonly [number, number])[]): number | undefined {
  if (points.length < 2) return undefined;
  let sx = 0;
  let sy = 0;
  for (const [x, y] of points) {
    sx += x;
    sy += y;
  }
  const mx = sx / points.length;
  const my = sy / points.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) * (x - mx);
  }
  return den === 0 ? undefined : num / den;
}

/**
 * A dyad's events counted per month, quarter or year: counts by quad class and category, mean intensity, and
 * the trend (see {@link SummaryTrend}). Events are those of `findEvents(index, { between: [a, b], ... })`,
 * with the same options.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, dyadSummary, parseDataset } from "bilateral";
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
 * const summary = dyadSummary(index, "country:IRN", "country:PAK", { by: "year" });
 * summary.buckets.map((b) => [b.period, b.count]); //=> [["2024", 1], ["2025", 1]]
 * summary.trend.direction; //=> "deteriorating"
 * ```
 */
export function dyadSummary<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadSummaryOptions = {},
): DyadSummary {
  const data = internalsOf(index);
  const [x, y] = checkPair(data, [a, b], "dyad");
  const by = options.by ?? "year";
  if (!SUMMARY_PERIODS.includes(by))
    throw new OptionError("by", `by: ${JSON.stringify(by)} is not one of ${SUMMARY_PERIODS.join(", ")}`);
  const range = rangeOf(options);
  const positions = selectQuery(data, { ...options, between: [x, y] });

  const { names, byName } = categoryNames(data);
  const { totals, byPeriod: tallies, imprecise, undated } = tallyByPeriod(data, positions, by);
  const byPeriod = new Map<number, EventCounts>();
  for (const [start, counts] of tallies)
    if (counts.count > 0) byPeriod.set(start, counts.counts(names, byName));
  return summaryOf([x, y], by, range, {
    byPeriod,
    totals: totals.counts(names, byName),
    imprecise,
    undated,
  });
}

/**
 * A dyad summary from the counts of its events: by period start (the periods with events placed in them),
 * the totals, and how many were imprecise or undated. Fills the periods between (the range's own bounds
 * when a range is given) and fits the trend. Shared by the in-memory summary and the DuckDB engine's.
 * @internal
 */
export function summaryOf(
  parties: readonly [string, string],
  by: SummaryPeriod,
  range: QueryRange | undefined,
  counted: {
    readonly byPeriod: ReadonlyMap<number, EventCounts>;
    readonly totals: EventCounts;
    readonly imprecise: number;
    readonly undated: number;
  },
): DyadSummary {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const [start, counts] of counted.byPeriod) {
    if (counts.count === 0) continue;
    if (start < first) first = start;
    if (start > last) last = start;
  }
  if (range !== undefined) {
    if (Number.isFinite(range.start)) first = periodStart(range.start, by);
    if (Number.isFinite(range.end)) last = periodStart(range.end - 1, by);
  }

  const buckets: SummaryBucket[] = [];
  const empty = new Tally(0).counts([], []);
  for (let start = first; start <= last; start = nextPeriod(start, by)) {
    if (buckets.length >= MAX_PERIODS)
      throw new OptionError(
        "by",
        `the summary would have more than ${MAX_PERIODS} periods: narrow the range`,
      );
    const counts = counted.byPeriod.get(start) ?? empty;
    buckets.push({ period: periodLabel(start, by), ...periodBounds(start, by), ...counts });
  }

  const volume = slope(buckets.map((bucket, i) => [i, bucket.count] as const));
  const intensity = slope(
    buckets.flatMap((bucket, i) =>
      bucket.meanIntensity === undefined ? [] : [[i, bucket.meanIntensity] as const],
    ),
  );
  const direction =
    intensity === undefined
      ? undefined
      : intensity > STABLE
        ? "improving"
        : intensity < -STABLE
          ? "deteriorating"
          : "stable";
  return {
    parties,
    by,
    buckets,
    totals: counted.totals,
    imprecise: counted.imprecise,
    undated: counted.undated,
    trend: { volume, intensity, direction },
  };
}
