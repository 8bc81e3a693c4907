import type { EventCounts, SummaryPeriod } from "../query/dyad-summary.js";
import type { EventFilter, SqlParam } from "./event-sql.js";

/** Runs a query with values bound to its placeholders. @internal */
export type RunSql = (sql: string, params: readonly SqlParam[]) => Promise<Record<string, unknown>[]>;

/** The counts of one period: the events placed in it, and those starting in it dated less precisely. @internal */
export interface PeriodCounts {
  readonly counts: EventCounts;
  readonly intensitySum: number;
  readonly imprecise: number;
}

/** What a dyad summary counts (`summaryOf` takes `byPeriod` as counts), by period start. @internal */
export interface SummaryCounts {
  readonly periods: Map<number, PeriodCounts>;
  readonly totals: EventCounts;
  readonly imprecise: number;
  readonly undated: number;
}

/** The period truncation of each summary period (a fixed literal, never a user value). */
const TRUNCATE: Readonly<Record<SummaryPeriod, string>> = {
  month: "'month'",
  quarter: "'quarter'",
  year: "'year'",
};

/**
 * The summary's selection, each event placed: `undated`, `imprecise` (a date less precise than the period:
 * a year, in a monthly or quarterly summary) or `placed` in the period starting at `period` (ms since 1970).
 */
function selection(filter: EventFilter, by: SummaryPeriod): string {
  const imprecise = by === "year" ? "false" : "date_precision = 'year'";
  return `WITH selected AS (
  SELECT starts_at, ends_at, seq, category, quad_class, quad_basis, intensity,
    CASE WHEN starts_at IS NULL THEN 'undated' WHEN ${imprecise} THEN 'imprecise' ELSE 'placed' END AS place,
    CASE WHEN starts_at IS NULL THEN NULL ELSE epoch_ms(date_trunc(${TRUNCATE[by]}, starts_at)) END AS period
  FROM events_by_dyad WHERE ${filter.where}
)`;
}

/** Counts being built: per quad class (0: none), derived, per category, uncategorized, intensity. */
class Counts {
  count = 0;
  readonly quad = [0, 0, 0, 0, 0];
  derived = 0;
  uncategorized = 0;
  readonly categories = new Map<string, number>();
  intensitySum = 0;
  intensityCount = 0;
  imprecise = 0;

  add(category: string | null, quad: number, derived: boolean, n: number): void {
    this.count += n;
    this.quad[quad] = (this.quad[quad] as number) + n;
    if (derived) this.derived += n;
    if (category === null) this.uncategorized += n;
    else this.categories.set(category, (this.categories.get(category) ?? 0) + n);
  }

  counts(): EventCounts {
    const byCategory: Record<string, number> = {};
    for (const name of [...this.categories.keys()].sort((x, y) => (x < y ? -1 : 1))) {
      byCategory[name] = this.categories.get(name) as number;
    }
    const [unknown, q1, q2, q3, q4] = this.quad as [number, number, number, number, number];
    return {
      count: this.count,
      byQuadClass: { 1: q1, 2: q2, 3: q3, 4: q4, unknown },
      derivedQuadClass: this.derived,
      byCategory,
      uncategorized: this.uncategorized,
      meanIntensity: this.intensityCount === 0 ? undefined : this.intensitySum / this.intensityCount,
      intensityCount: this.intensityCount,
    };
  }
}

/**
 * A dyad's event counts by SQL, by the period each event's date starts in: events per period, quad class, basis and category, and the intensity sums
 * added in the index's time order (`sum(... ORDER BY ...)`), so that the means are the in-memory ones to the
 * last bit.
 * @internal
 */
export async function summaryCounts(
  run: RunSql,
  filter: EventFilter,
  by: SummaryPeriod,
): Promise<SummaryCounts> {
  const head = selection(filter, by);
  const cells = await run(
    `${head}
SELECT place, period, category, quad_class, quad_basis = 'derived' AS derived, count(*) AS n
FROM selected GROUP BY ALL`,
    filter.params,
  );
  const sums = await run(
    `${head}
SELECT 'total' AS part, NULL AS period,
  sum(intensity ORDER BY starts_at NULLS LAST, ends_at DESC, seq) AS s, count(intensity) AS c
FROM selected
UNION ALL
SELECT 'period' AS part, period, sum(intensity ORDER BY starts_at, ends_at DESC, seq) AS s, count(intensity) AS c
FROM selected WHERE place = 'placed' GROUP BY period`,
    filter.params,
  );
  const totals = new Counts();
  const periods = new Map<number, Counts>();
  let imprecise = 0;
  let undated = 0;
  for (const row of cells) {
    const n = Number(row.n);
    const quad = row.quad_class === null ? 0 : Number(row.quad_class);
    const category = row.category as string | null;
    totals.add(category, quad, row.derived === true, n);
    if (row.place === "undated") undated += n;
    else {
      const start = Number(row.period);
      let counts = periods.get(start);
      if (counts === undefined) {
        counts = new Counts();
        periods.set(start, counts);
      }
      if (row.place === "imprecise") {
        imprecise += n;
        counts.imprecise += n;
      } else counts.add(category, quad, row.derived === true, n);
    }
  }
  for (const row of sums) {
    const target = row.part === "total" ? totals : periods.get(Number(row.period));
    if (target === undefined || row.s === null) continue;
    target.intensitySum = Number(row.s);
    target.intensityCount = Number(row.c);
  }
  const byPeriod = new Map<number, PeriodCounts>();
  for (const [start, counts] of periods) {
    byPeriod.set(start, {
      counts: counts.counts(),
      intensitySum: counts.intensitySum,
      imprecise: counts.imprecise,
    });
  }
  return { periods: byPeriod, totals: totals.counts(), imprecise, undated };
}

/**
 * The event counts of many dyads at once, by the period each event's date starts in, in country
 * attribution (a dyad's rows of `events_by_dyad`, as `findEvents` with `between` selects them): one query
 * for a whole panel. By dyad key, then period start.
 * @internal
 */
export async function dyadPeriodCounts(
  run: RunSql,
  keys: readonly string[],
  range: EventFilter,
  by: SummaryPeriod,
): Promise<Map<string, Map<number, PeriodCounts>>> {
  const imprecise = by === "year" ? "false" : "date_precision = 'year'";
  const head = `WITH selected AS (
  SELECT dyad, starts_at, ends_at, seq, category, quad_class, quad_basis, intensity,
    CASE WHEN ${imprecise} THEN 'imprecise' ELSE 'placed' END AS place,
    epoch_ms(date_trunc(${TRUNCATE[by]}, starts_at)) AS period
  FROM events_by_dyad WHERE dyad IN (SELECT unnest(?::VARCHAR[])) AND ${range.where}
)`;
  const params = [{ list: keys }, ...range.params];
  const cells = await run(
    `${head}
SELECT dyad, place, period, category, quad_class, quad_basis = 'derived' AS derived, count(*) AS n
FROM selected GROUP BY ALL`,
    params,
  );
  const sums = await run(
    `${head}
SELECT dyad, period, sum(intensity ORDER BY starts_at, ends_at DESC, seq) AS s, count(intensity) AS c
FROM selected WHERE place = 'placed' GROUP BY dyad, period`,
    params,
  );
  const counts = new Map<string, Map<number, Counts>>();
  const countsOf = (dyad: string, period: number): Counts => {
    let periods = counts.get(dyad);
    if (periods === undefined) {
      periods = new Map();
      counts.set(dyad, periods);
    }
    let found = periods.get(period);
    if (found === undefined) {
      found = new Counts();
      periods.set(period, found);
    }
    return found;
  };
  for (const row of cells) {
    const target = countsOf(row.dyad as string, Number(row.period));
    const n = Number(row.n);
    if (row.place === "imprecise") target.imprecise += n;
    else {
      const quad = row.quad_class === null ? 0 : Number(row.quad_class);
      target.add(row.category as string | null, quad, row.derived === true, n);
    }
  }
  for (const row of sums) {
    if (row.s === null) continue;
    const target = countsOf(row.dyad as string, Number(row.period));
    target.intensitySum = Number(row.s);
    target.intensityCount = Number(row.c);
  }
  const out = new Map<string, Map<number, PeriodCounts>>();
  for (const [dyad, periods] of counts) {
    const byPeriod = new Map<number, PeriodCounts>();
    for (const [start, found] of periods) {
      byPeriod.set(start, {
        counts: found.counts(),
        intensitySum: found.intensitySum,
        imprecise: found.imprecise,
      });
    }
    out.set(dyad, byPeriod);
  }
  return out;
}
