/*
 * The DuckDB peer of the query benchmarks (issue 9): the same generated events loaded into an in-process
 * DuckDB table (@duckdb/node-api), and the same dyad queries run against it and against the library's index,
 * side by side:
 * - `dyadSummary(index, a, b, { by: "month" })` of the busiest dyad vs a GROUP BY month over its events;
 * - a one-dyad one-month `findEvents(index, { between, from, to })` vs the same selection in SQL.
 * The table holds what the index derives when it is built (and what a user would load into DuckDB): each
 * event's parties attributed to countries at its date (bench/attribution.ts) as an undirected dyad key, one
 * row per dyad the event is between; its date's interval and the end of its span (end date included), as
 * DATEs, end excluded; its category, quad class (stored, else derived from the PLOVER table, as
 * `quadClassOf` reads it) and intensity. The SQL expresses the library's partial-date semantics with these
 * intervals: an event dated "2020" overlaps the month 2020-06 (its interval [2020-01-01, 2021-01-01) does),
 * and is "imprecise" in a summary by month (its interval is longer than the month it starts in).
 * DuckDB runs each query as a prepared statement (its default thread count: every core) and its rows are read
 * into JS values; each side's time is the best batch of alternated batches, so both share the machine's load.
 */
import {
  type DuckDBConnection,
  DuckDBInstance,
  type DuckDBPreparedStatement,
  dateValue,
} from "@duckdb/node-api";
import type { EventRecord } from "../src/model/event.js";
import { type DatasetIndex, dyadSummary, findEvents } from "../src/query/index.js";
import { quadClassOf } from "../src/query/quad-class.js";
import { intervalOf } from "../src/time/partial-date.js";
import { dyadsOf, spanOf } from "./attribution.js";
import type { GeneratedRecord } from "./generate.js";
import { compareBatches, type Figure, ms, report } from "./timing.js";

const DAY = 86_400_000;
// Each side's time: the best batch mean of 15 alternated batches of about 100 ms (bench/timing.ts).
const BATCHES = 15;
const BATCH_MS = 100;
const TABLES = ["events", "events_by_dyad"] as const;
type Table = (typeof TABLES)[number];
const TABLE_LABEL: Record<Table, string> = {
  events: "DuckDB table in generation order",
  events_by_dyad: "DuckDB table sorted by dyad and date",
};

export interface DuckDb {
  readonly connection: DuckDBConnection;
  readonly rows: number;
  readonly loadMs: number;
}

/** Loads the events into `events` (in the generator's order) and `events_by_dyad` (sorted by dyad, date). */
export async function loadDuckDb(
  events: readonly EventRecord[],
  byId: ReadonlyMap<string, GeneratedRecord>,
): Promise<DuckDb> {
  const start = performance.now();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE events (id VARCHAR, dyad VARCHAR, day DATE, date_end DATE, span_end DATE,
    category VARCHAR, quad UTINYINT, derived BOOLEAN, intensity DOUBLE)`);
  const appender = await connection.createAppender("events");
  let rows = 0;
  for (const event of events) {
    const span = spanOf(event);
    // An undated event's parties are attributed over all time (the generated people hold their country's
    // office, or have its nationality, throughout).
    const dyads = dyadsOf(event, byId, span?.start ?? -Infinity, span?.end ?? Infinity);
    const quad = quadClassOf(event);
    for (const dyad of dyads) {
      appender.appendVarchar(event.id);
      appender.appendVarchar(dyad);
      if (span === undefined) {
        appender.appendNull();
        appender.appendNull();
        appender.appendNull();
      } else {
        appender.appendDate(dateValue(span.start / DAY));
        appender.appendDate(dateValue(span.dateEnd / DAY));
        appender.appendDate(dateValue(span.end / DAY));
      }
      if (event.category === undefined) appender.appendNull();
      else appender.appendVarchar(event.category);
      appender.appendUTinyInt(quad?.value ?? 0);
      appender.appendBoolean(quad?.derived ?? false);
      if (event.intensity === undefined) appender.appendNull();
      else appender.appendDouble(event.intensity);
      appender.endRow();
      rows++;
    }
  }
  appender.closeSync();
  await connection.run("CREATE TABLE events_by_dyad AS SELECT * FROM events ORDER BY dyad, day");
  return { connection, rows, loadMs: performance.now() - start };
}

const SUMMARY_SQL = (table: Table) => `
  SELECT strftime(month, '%Y-%m') AS period, undated, count(*) AS count,
    count_if(quad = 1) AS q1, count_if(quad = 2) AS q2, count_if(quad = 3) AS q3, count_if(quad = 4) AS q4,
    count_if(quad = 0) AS unknown, count_if(derived) AS derived,
    avg(intensity) AS mean_intensity, count(intensity) AS intensity_count, histogram(category) AS by_category
  FROM (
    SELECT *, day IS NULL AS undated,
      CASE WHEN date_end <= date_trunc('month', day) + INTERVAL 1 MONTH THEN date_trunc('month', day) END AS month
    FROM ${table} WHERE dyad = $1
  )
  GROUP BY month, undated ORDER BY month`;

const FIND_SQL = (table: Table) => `SELECT id FROM ${table} WHERE dyad = $1 AND day < $3 AND span_end > $2`;

/** The dyad key of two country ids, as bench/attribution.ts writes it. */
function keyOf(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Runs a prepared statement and reads its rows as JS values (what the library's queries return). */
async function rowsOf(statement: DuckDBPreparedStatement): Promise<Record<string, unknown>[]> {
  return (await statement.runAndReadAll()).getRowObjectsJS();
}

/** dyadSummary by month of one dyad vs DuckDB's GROUP BY month over the same events; counts must agree. */
export async function benchDyadSummary(
  db: DuckDb,
  index: DatasetIndex,
  size: number,
  [a, b]: readonly [string, string],
): Promise<Figure[]> {
  const summary = dyadSummary(index, a, b, { by: "month" });
  const library = new Map(summary.buckets.filter((x) => x.count > 0).map((x) => [x.period, x.count]));
  library.set("imprecise", summary.imprecise);
  library.set("undated", summary.undated);
  const figures: Figure[] = [];
  for (const table of TABLES) {
    const statement = await db.connection.prepare(SUMMARY_SQL(table));
    statement.bindVarchar(1, keyOf(a, b));
    const peer = new Map<string, number>([
      ["imprecise", 0],
      ["undated", 0],
    ]);
    for (const row of await rowsOf(statement)) {
      const period = row.undated ? "undated" : ((row.period as string | null) ?? "imprecise");
      peer.set(period, Number(row.count));
    }
    const differ = [...new Set([...library.keys(), ...peer.keys()])].filter(
      (key) => library.get(key) !== peer.get(key),
    );
    if (differ.length > 0)
      throw new Error(
        `dyadSummary and DuckDB disagree on ${a}-${b} (${TABLE_LABEL[table]}) in ${differ.slice(0, 5).map((key) => `${key}: ${library.get(key)} vs ${peer.get(key)}`)}`,
      );
    console.log(
      `dyadSummary ${a}-${b} by month: ${summary.totals.count} events (${summary.imprecise} imprecise, ${summary.undated} undated) in ${library.size - 2} months, the same in the ${TABLE_LABEL[table]}`,
    );
    const times = await compareBatches(
      BATCHES,
      BATCH_MS,
      () => rowsOf(statement),
      () => dyadSummary(index, a, b, { by: "month" }),
    );
    figures.push(
      report({
        events: size,
        label: `dyadSummary by month, busiest dyad / DuckDB GROUP BY month (${TABLE_LABEL[table]})`,
        detail: `${ms(times.measured)} / ${ms(times.baseline)} (medians ${ms(times.medianMeasured)} / ${ms(times.medianBaseline)})`,
        value: times.measured / times.baseline,
        target: { kind: "at most", limit: 1, unit: "x" },
      }),
    );
  }
  return figures;
}

/** A one-dyad one-month findEvents vs the same selection in DuckDB (as a speed-up); the ids must agree. */
export async function benchFindEvents(
  db: DuckDb,
  index: DatasetIndex,
  size: number,
  [a, b]: readonly [string, string],
  month: string,
): Promise<Figure[]> {
  const query = () => findEvents(index, { between: [a, b], from: month, to: month });
  const found = new Set(query().map((event) => event.id));
  const range = intervalOf(month);
  const figures: Figure[] = [];
  for (const table of TABLES) {
    const statement = await db.connection.prepare(FIND_SQL(table));
    statement.bindVarchar(1, keyOf(a, b));
    statement.bindDate(2, dateValue(range.start / DAY));
    statement.bindDate(3, dateValue(range.end / DAY));
    const ids = (await rowsOf(statement)).map((row) => row.id as string);
    if (ids.length !== found.size || !ids.every((id) => found.has(id)))
      throw new Error(
        `findEvents and DuckDB disagree on ${a}-${b} ${month} (${TABLE_LABEL[table]}): ${found.size} vs ${ids.length} events`,
      );
    console.log(`findEvents ${a}-${b} ${month}: ${found.size} events, the same in the ${TABLE_LABEL[table]}`);
    const times = await compareBatches(BATCHES, BATCH_MS, () => rowsOf(statement), query);
    figures.push(
      report({
        events: size,
        label: `one-dyad one-month findEvents: DuckDB (${TABLE_LABEL[table]}) / bilateral`,
        detail: `${ms(times.baseline)} / ${ms(times.measured)} (medians ${ms(times.medianBaseline)} / ${ms(times.medianMeasured)})`,
        value: times.baseline / times.measured,
        target: { kind: "at least", limit: 1000, unit: "x" },
      }),
    );
  }
  return figures;
}

/** Loads DuckDB and runs both query comparisons; closes the connection. */
export async function benchDuckDb(
  events: readonly EventRecord[],
  byId: ReadonlyMap<string, GeneratedRecord>,
  index: DatasetIndex,
  size: number,
  dyad: readonly [string, string],
  month: string,
): Promise<Figure[]> {
  const db = await loadDuckDb(events, byId);
  console.log(`DuckDB: ${db.rows} rows loaded in ${ms(db.loadMs)} (appender, then a sorted copy)`);
  try {
    return [
      ...(await benchDyadSummary(db, index, size, dyad)),
      ...(await benchFindEvents(db, index, size, dyad, month)),
    ];
  } finally {
    db.connection.closeSync();
  }
}
