import { join } from "node:path";
import type { DuckDBValue } from "@duckdb/node-api";
import { EVENT_ANALYSIS_COLUMNS, type KindLayout, kindLayout, SQL_TYPES } from "../columnar/layout.js";
import { rowRecord } from "../columnar/record-row.js";
import { ParquetError } from "../core/errors.js";
import { ID_PATTERN } from "../core/id.js";
import type { Dataset } from "../model/dataset.js";
import { type DatasetRecord, RECORD_SCHEMAS, type RecordSchemaMap } from "../model/records.js";
import {
  type BlockedProject,
  type BlockedProjectsQuery,
  blockedProjects,
} from "../query/blocked-projects.js";
import {
  createIndex,
  type DatasetIndex,
  type IndexableRecord,
  type IndexedRecord,
} from "../query/create-index.js";
import {
  assemblePanel,
  type DyadPanelOptions,
  type DyadPanelRow,
  givenDyads,
  type PanelEventCell,
  type Period,
  panelFrame,
} from "../query/dyad-panel.js";
import {
  type DyadSummary,
  type DyadSummaryOptions,
  dyadSummary,
  type EventCounts,
  summaryOf,
} from "../query/dyad-summary.js";
import { dyadTimeline, type TimelineItem, type TimelineOptions } from "../query/dyad-timeline.js";
import { countEvents, type EventQuery } from "../query/find-events.js";
import { findStatements, type Statement, type StatementQuery } from "../query/find-statements.js";
import { type QueryRange, rangeOf } from "../query/internal/range.js";
import { internalsOf } from "../query/internal/store.js";
import { type MediatorFinding, mediatorsBetween } from "../query/mediators-between.js";
import type { AtDateOptions, Attribution, AttributionOptions } from "../query/options.js";
import {
  type SanctionExposure,
  type SanctionExposureOptions,
  sanctionExposure,
} from "../query/sanction-exposure.js";
import { type SanctionInForce, type SanctionsQuery, sanctionsInForce } from "../query/sanctions-in-force.js";
import {
  sanctionsOnTrade,
  type TradeSanction,
  type TradeSanctionsOptions,
} from "../query/sanctions-on-trade.js";
import { type StanceFinding, type StanceOptions, stanceBetween } from "../query/stance-between.js";
import {
  type TradeProgressOptions,
  type TradeTargetProgress,
  tradeTargetProgress,
  tradeTargetsBetween,
} from "../query/trade-target-progress.js";
import { periodLabel } from "../time/calendar.js";
import { dyadKeyOf, EVENT_ORDER, eventFilter, rangeFilter, type SqlParam } from "./event-sql.js";
import { loadDuckDb } from "./load.js";
import { type ParquetManifest, readManifest } from "./manifest.js";
import { fileLayout, fileRows, reasonOf } from "./parquet-file.js";
import { filesOf } from "./read-parquet.js";
import { DuckDbSession } from "./session.js";
import { sqlIdentifier } from "./sql-text.js";
import { dyadPeriodCounts, type PeriodCounts, summaryCounts } from "./summary-sql.js";
import { viewSql } from "./views.js";

/**
 * Options of {@link openParquet}: `schemas`, the record schemas of an extended model (as given to
 * `exportParquet` and `createIndex`), and DuckDB's `memoryLimit` (`"1GB"`; DuckDB's default, 80% of the
 * machine's memory, when absent).
 *
 * @category Parquet
 * @example
 * ```ts
 * import type { OpenParquetOptions } from "bilateral/duckdb";
 * const options: OpenParquetOptions = { memoryLimit: "1GB" };
 * ```
 */
export interface OpenParquetOptions {
  readonly schemas?: RecordSchemaMap;
  readonly memoryLimit?: string;
}

/** A record read from the files, with its position in the dataset. */
interface Placed {
  readonly seq: number;
  readonly record: IndexableRecord;
}

function idsIn(...values: unknown[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === "string") out.push(item);
  }
  return out;
}

/** Merges lists of placed records (each in dataset order) into one, in dataset order, without repeats. */
function mergeBySeq(...lists: readonly (readonly Placed[])[]): IndexableRecord[] {
  const all = lists.flat().sort((x, y) => x.seq - y.seq);
  const out: IndexableRecord[] = [];
  let last = -1;
  for (const { seq, record } of all) {
    if (seq === last) continue;
    last = seq;
    out.push(record);
  }
  return out;
}

/**
 * The DuckDB engine over a Parquet directory (see {@link openParquet}): the library's queries, with the same
 * options, results and errors as the in-memory functions, answered as Promises. Events stay in the Parquet
 * files and are filtered and counted by SQL; every other record is read into memory when the engine opens
 * and queried by the in-memory code (`index`).
 *
 * @category Parquet
 * @example
 * ```ts norun
 * import { openParquet } from "bilateral/duckdb";
 * const engine = await openParquet("out/parquet");
 * const events = await engine.findEvents({ between: ["country:IRN", "country:PAK"], from: "2025-08", to: "2025-08" });
 * await engine.close();
 * ```
 */
export class DuckDbEngine<R extends IndexableRecord = DatasetRecord> {
  /** The manifest of the directory. */
  readonly manifest: ParquetManifest;
  /**
   * The index of the records that are not events, and of the events they name (a stance entry's `causes`):
   * the other events stay in the files.
   */
  readonly index: DatasetIndex<R>;
  readonly #session: DuckDbSession;
  readonly #header: Readonly<Record<string, unknown>>;
  readonly #records: readonly Placed[];
  readonly #schemas: RecordSchemaMap;
  readonly #events: KindLayout;
  readonly #eventsPath: string;
  /** The columns a record is read from: `seq`, its fields, `extra` (not the analysis columns). */
  readonly #columns: string;
  #statements: Promise<readonly Placed[]> | undefined;
  #closed = false;

  /** @internal Use {@link openParquet}. */
  constructor(
    session: DuckDbSession,
    dir: string,
    manifest: ParquetManifest,
    records: readonly Placed[],
    schemas: RecordSchemaMap,
    events: KindLayout,
  ) {
    this.#session = session;
    this.manifest = manifest;
    this.#header = manifest.dataset;
    this.#records = records;
    this.#schemas = schemas;
    this.#events = events;
    this.#columns = recordColumns(events);
    this.#eventsPath = join(dir, manifest.files.event ?? "events");
    this.index = this.#indexOf(records.map((placed) => placed.record));
  }

  #indexOf(records: readonly IndexableRecord[]): DatasetIndex<R> {
    const dataset = { ...this.#header, records } as unknown as Dataset<R>;
    return createIndex(dataset, { schemas: this.#schemas });
  }

  /** The events of some rows, in the order of the rows. */
  #eventsOf(rows: readonly Record<string, unknown>[]): Placed[] {
    return rows.map((row) => ({ seq: Number(row.seq), record: this.#recordOf(row) }));
  }

  #recordOf(row: Record<string, unknown>): IndexableRecord {
    return recordOf(this.#eventsPath, row, this.#events);
  }

  async #rows(sql: string, params: readonly SqlParam[]): Promise<Record<string, unknown>[]> {
    if (this.#closed) throw new Error("the DuckDB engine is closed: open it again with openParquet");
    const { listValue, timestampValue } = await loadDuckDb();
    const values: DuckDBValue[] = params.map((value) =>
      typeof value !== "object"
        ? value
        : "list" in value
          ? listValue(value.list)
          : timestampValue(value.micros),
    );
    try {
      return await this.#session.rows(sql, values);
    } catch (error) {
      throw new ParquetError(this.#eventsPath, `cannot be read as Parquet (${reasonOf(error)})`, {
        cause: error,
      });
    }
  }

  /**
   * The index the in-memory code answers with for a query naming `ids`: the records but the events, plus
   * the events among `ids` (an event id is a record id the in-memory index knows), in dataset order.
   */
  async #indexFor(ids: readonly string[], more: readonly Placed[] = []): Promise<DatasetIndex<R>> {
    const unknown = [...new Set(ids.filter((id) => !this.index.has(id)))];
    let named: Placed[] = [];
    if (unknown.length > 0) {
      const marks = unknown.map(() => "?").join(", ");
      named = this.#eventsOf(
        await this.#rows(`SELECT ${this.#columns} FROM events WHERE id IN (${marks}) ORDER BY seq`, unknown),
      );
    }
    if (named.length === 0 && more.length === 0) return this.index;
    return this.#indexOf(mergeBySeq(this.#records, named, more));
  }

  /** The events a query selects, in time order (the query already checked). */
  async #select(query: EventQuery): Promise<Placed[]> {
    const { where, params } = eventFilter(query);
    const limit = query.limit === undefined || !Number.isFinite(query.limit) ? "" : " LIMIT ?";
    const values: SqlParam[] = [...params];
    if (limit !== "") values.push(Math.ceil(query.limit as number));
    const rows = await this.#rows(
      `SELECT ${this.#columns} FROM events_by_dyad WHERE ${where} ORDER BY ${EVENT_ORDER}${limit}`,
      values,
    );
    return this.#eventsOf(rows);
  }

  /** Events by dyad, actor, category, quad class, context and date range: see `findEvents`. */
  async findEvents(query: EventQuery = {}): Promise<IndexedRecord<R, "event">[]> {
    countEvents(await this.#indexFor(idsIn(query?.between, query?.actor)), query);
    const events = await this.#select(query);
    return events.map((placed) => placed.record as IndexedRecord<R, "event">);
  }

  /** How many events {@link DuckDbEngine.findEvents} would return: see `countEvents`. */
  async countEvents(query: EventQuery = {}): Promise<number> {
    countEvents(await this.#indexFor(idsIn(query?.between, query?.actor)), query);
    const { where, params } = eventFilter(query);
    const [row] = await this.#rows(`SELECT count(*) AS n FROM events_by_dyad WHERE ${where}`, params);
    const count = Number(row?.n ?? 0);
    const limit = query.limit;
    return limit === undefined || !Number.isFinite(limit) ? count : Math.min(count, Math.ceil(limit));
  }

  /** A dyad's events counted per month, quarter or year: see `dyadSummary`. */
  async dyadSummary(a: string, b: string, options: DyadSummaryOptions = {}): Promise<DyadSummary> {
    const checked = dyadSummary(await this.#indexFor(idsIn(a, b)), a, b, options);
    const counts = await summaryCounts(
      (sql, params) => this.#rows(sql, params),
      eventFilter({ ...options, between: [a, b] }),
      checked.by,
    );
    const byPeriod = new Map<number, EventCounts>();
    for (const [start, period] of counts.periods) {
      if (period.counts.count > 0) byPeriod.set(start, period.counts);
    }
    return summaryOf(checked.parties, checked.by, rangeOf(options), { ...counts, byPeriod });
  }

  /** A dyad's events and history entries in time order: see `dyadTimeline`. */
  async dyadTimeline(a: string, b: string, options: TimelineOptions = {}): Promise<TimelineItem<R>[]> {
    const named = await this.#indexFor(idsIn(a, b));
    dyadTimeline(named, a, b, options);
    const wanted = options.include === undefined || options.include.includes("event");
    const events = wanted
      ? await this.#select({
          between: [a, b],
          directed: options.directed === true,
          ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
          ...(options.from === undefined ? {} : { from: options.from }),
          ...(options.to === undefined ? {} : { to: options.to }),
          ...(options.match === undefined ? {} : { match: options.match }),
        })
      : [];
    return dyadTimeline(await this.#indexFor(idsIn(a, b), events), a, b, options);
  }

  /**
   * A dyad panel: see `dyadPanel`. The event cells are counted by SQL (by `dyadSummary`'s rule: one query
   * for every dyad in country attribution, one a dyad in record attribution); the other cells come from the
   * records in memory.
   */
  async dyadPanel(options: DyadPanelOptions): Promise<DyadPanelRow[]> {
    const index = await this.#indexFor(Array.isArray(options?.dyads) ? idsIn(...options.dyads) : []);
    const { mode, periods } = panelFrame(options);
    const from = (periods[0] as Period).label;
    const to = (periods[periods.length - 1] as Period).label;
    const dyads = givenDyads(internalsOf(index), options) ?? (await this.#eventDyads(mode, from, to));
    const cells: PanelEventCell[] = [];
    const cellsOf = (dyad: readonly [string, string], periods: Map<number, PeriodCounts>) => {
      for (const [start, period] of periods) {
        const { meanIntensity: _mean, ...counts } = period.counts;
        cells.push({
          dyad,
          period: periodLabel(start, options.by),
          ...counts,
          intensitySum: period.intensitySum,
          imprecise: period.imprecise,
        });
      }
    };
    // Country attribution: the dyads' rows of events_by_dyad, one query for all. Record attribution, and
    // pairs whose ids hold "|" (whose key another pair may share), one query a dyad with the pair's test.
    const batched = mode === "country" ? dyads.filter(([x, y]) => !x.includes("|") && !y.includes("|")) : [];
    if (batched.length > 0) {
      const counted = await dyadPeriodCounts(
        (sql, params) => this.#rows(sql, params),
        batched.map(([x, y]) => dyadKeyOf(x, y)),
        rangeFilter(rangeOf({ from, to }) as QueryRange),
        options.by,
      );
      for (const dyad of batched) cellsOf(dyad, counted.get(dyadKeyOf(dyad[0], dyad[1])) ?? new Map());
    }
    const done = new Set(batched);
    for (const dyad of dyads) {
      if (done.has(dyad)) continue;
      const filter = eventFilter({ between: dyad, from, to, attribution: mode });
      const counted = await summaryCounts((sql, params) => this.#rows(sql, params), filter, options.by);
      cellsOf(dyad, counted.periods);
    }
    return assemblePanel(index, options, cells);
  }

  /** The pairs of countries with an event between them in the range, under the mode (see `dyadPanel`). */
  async #eventDyads(mode: Attribution, from: string, to: string): Promise<[string, string][]> {
    const countries = this.index.ofKind("country").map((country) => country.id);
    if (countries.length < 2) return [];
    const { where, params } = eventFilter({ from, to });
    const side = (named: string, attributed: string) =>
      mode === "record"
        ? `coalesce(${named}, [])`
        : `list_concat(coalesce(${named}, []), coalesce(${attributed}, []))`;
    const rows = await this.#rows(
      `WITH sides AS (
  SELECT list_filter(${side("actors", "actor_countries")}, v -> list_contains(?::VARCHAR[], v)) AS xs,
    list_filter(CASE WHEN coalesce(len(recipients), 0) = 0 THEN ${side("actors", "actor_countries")}
      ELSE ${side("recipients", "recipient_countries")} END, v -> list_contains(?::VARCHAR[], v)) AS ys
  FROM events_by_dyad WHERE ${where}
), firsts AS (SELECT DISTINCT unnest(xs) AS x, ys FROM sides)
SELECT DISTINCT x, unnest(ys) AS y FROM firsts`,
      [{ list: countries }, { list: countries }, ...params],
    );
    const out = new Map<string, [string, string]>();
    for (const row of rows) {
      const [x, y] = [row.x as string, row.y as string];
      if (x === y) continue;
      const pair: [string, string] = x < y ? [x, y] : [y, x];
      out.set(`${pair[0]}\u0000${pair[1]}`, pair);
    }
    return [...out.values()];
  }

  /** The stance between two parties: see `stanceBetween`. */
  async stanceBetween(a: string, b: string, options: StanceOptions = {}): Promise<StanceFinding<R>[]> {
    return stanceBetween(await this.#indexFor(idsIn(a, b)), a, b, options);
  }

  /** The sanctions in force: see `sanctionsInForce`. */
  async sanctionsInForce(query: SanctionsQuery = {}): Promise<SanctionInForce<R>[]> {
    return sanctionsInForce(await this.#indexFor(idsIn(query?.target, query?.issuer)), query);
  }

  /** The sanctions that reach a dyad's trade: see `sanctionsOnTrade`. */
  async sanctionsOnTrade(
    a: string,
    b: string,
    options: TradeSanctionsOptions = {},
  ): Promise<TradeSanction<R>[]> {
    return sanctionsOnTrade(await this.#indexFor(idsIn(a, b)), a, b, options);
  }

  /** The projects blocked at a date: see `blockedProjects`. */
  async blockedProjects(query: BlockedProjectsQuery = {}): Promise<BlockedProject<R>[]> {
    return blockedProjects(await this.#indexFor(idsIn(query?.party)), query);
  }

  /** The mediators between two parties: see `mediatorsBetween`. */
  async mediatorsBetween(
    a: string,
    b: string,
    options: AtDateOptions & AttributionOptions = {},
  ): Promise<MediatorFinding<R>[]> {
    return mediatorsBetween(await this.#indexFor(idsIn(a, b)), a, b, options);
  }

  /** A trade target's progress: see `tradeTargetProgress`. */
  async tradeTargetProgress(
    targetId: string,
    options: TradeProgressOptions = {},
  ): Promise<TradeTargetProgress<R>> {
    return tradeTargetProgress(await this.#indexFor(idsIn(targetId)), targetId, options);
  }

  /** The trade targets between two parties: see `tradeTargetsBetween`. */
  async tradeTargetsBetween(
    a: string,
    b: string,
    options: AttributionOptions = {},
  ): Promise<IndexedRecord<R, "trade-target">[]> {
    return tradeTargetsBetween(await this.#indexFor(idsIn(a, b)), a, b, options);
  }

  /** A party's exposure to sanctions through ownership: see `sanctionExposure`. */
  async sanctionExposure(id: string, options: SanctionExposureOptions = {}): Promise<SanctionExposure<R>> {
    return sanctionExposure(await this.#indexFor(idsIn(id)), id, options);
  }

  /**
   * Who said what: see `findStatements`. The events that hold a citation attributing a claim (found by
   * SQL, once) are read in with the other records.
   */
  async findStatements(query: StatementQuery = {}): Promise<Statement<R>[]> {
    this.#statements ??= this.#attributingEvents();
    const events = await this.#statements;
    return findStatements(await this.#indexFor(idsIn(query?.by, query?.about), events), query);
  }

  /** The events whose JSON columns mention `attributedTo` (a superset of those with such a citation). */
  async #attributingEvents(): Promise<readonly Placed[]> {
    const columns = this.#events.fields.filter((field) => field.type === "json").map((field) => field.name);
    const tests = [...columns, "extra"].map((name) => `contains(${sqlIdentifier(name)}, ?)`);
    const rows = await this.#rows(
      `SELECT ${this.#columns} FROM events WHERE ${tests.join(" OR ")} ORDER BY seq`,
      tests.map(() => '"attributedTo"'),
    );
    return this.#eventsOf(rows);
  }

  /**
   * Closes the DuckDB database (again: nothing). A query that needs SQL after it is an error saying so; those
   * answered in memory still answer.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#session.close();
  }
}

/** The columns of a layout's records, as a SQL select list: `seq`, the fields, `extra`. */
function recordColumns(layout: KindLayout): string {
  return ["seq", ...layout.fields.map((field) => sqlIdentifier(field.name)), "extra"].join(", ");
}

/** Every string in a value that has the form of a record id, into `out`. */
function collectIds(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 64) return;
  if (typeof value === "string") {
    if (ID_PATTERN.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectIds(item, out, depth + 1);
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) collectIds(item, out, depth + 1);
  }
}

/**
 * The events the other records refer to (a stance entry's `causes`, a claim's `about`...): the in-memory
 * queries look them up, so they join the records in memory. Found by one scan of the events' ids.
 */
async function referencedEvents(
  session: DuckDbSession,
  records: readonly Placed[],
  layout: KindLayout,
): Promise<Placed[]> {
  const ids = new Set<string>();
  for (const { record } of records) collectIds(record, ids);
  for (const { record } of records) ids.delete(record.id);
  if (ids.size === 0) return [];
  const rows = await session.rows(
    `SELECT ${recordColumns(layout)} FROM events WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY seq`,
    [(await loadDuckDb()).listValue([...ids])],
  );
  return rows.map((row) => ({ seq: Number(row.seq), record: recordOf("events", row, layout) }));
}

/** Reads the records of every kind but events, each kind's file in dataset order. */
async function readOtherKinds(
  session: DuckDbSession,
  dir: string,
  manifest: ParquetManifest,
): Promise<Placed[]> {
  const out: Placed[] = [];
  for (const [kind, file] of Object.entries(manifest.files)) {
    if (kind === "event" || manifest.kinds[kind] === 0) continue;
    for (const path of await filesOf(dir, kind, file)) {
      const layout = await fileLayout(session, path, kind);
      for (const row of await fileRows(session, path, layout)) {
        out.push({ seq: row.seq as number, record: recordOf(path, row, layout) });
      }
    }
  }
  return out.sort((x, y) => x.seq - y.seq);
}

/** The record of a row; a `ParquetError` naming the file when a cell is not what the layout says. */
function recordOf(file: string, row: Record<string, unknown>, layout: KindLayout): IndexableRecord {
  try {
    return rowRecord(row, layout) as unknown as IndexableRecord;
  } catch (error) {
    throw new ParquetError(file, `the record at seq ${String(row.seq)}: ${(error as Error).message}`);
  }
}

/**
 * Creates the views the engine queries, `events_by_dyad` and `events` (the shipped SQL), and returns the
 * events' layout; with no events, empty views of the same columns.
 */
async function createViews(
  session: DuckDbSession,
  dir: string,
  manifest: ParquetManifest,
  schemas: RecordSchemaMap,
): Promise<KindLayout> {
  const relative = manifest.files.event;
  if (relative === undefined || manifest.kinds.event === 0) {
    const layout = kindLayout("event", schemas);
    const columns = [
      "CAST(NULL AS BIGINT) AS seq",
      ...layout.fields.map(
        (field) => `CAST(NULL AS ${SQL_TYPES[field.type]}) AS ${sqlIdentifier(field.name)}`,
      ),
      "CAST(NULL AS VARCHAR) AS extra",
      ...EVENT_ANALYSIS_COLUMNS.map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`),
    ];
    await session.run(`CREATE VIEW events_by_dyad AS SELECT ${columns.join(", ")} WHERE false`);
    await session.run("CREATE VIEW events AS SELECT * FROM events_by_dyad");
    return layout;
  }
  const [first] = await filesOf(dir, "event", relative);
  const layout = await fileLayout(session, first as string, "event");
  try {
    await session.run(viewSql("events_by_dyad", dir));
    await session.run(viewSql("events", dir));
  } catch (error) {
    throw new ParquetError(join(dir, relative), `cannot be read as Parquet (${reasonOf(error)})`, {
      cause: error,
    });
  }
  return layout;
}

/**
 * Opens the DuckDB engine over a Parquet directory written by `exportParquet`: an in-process DuckDB
 * database (`@duckdb/node-api`, an optional peer dependency, loaded now) with views over the event files,
 * and every other record read into an in-memory index. Close it with `close()`.
 *
 * @category Parquet
 * @example
 * ```ts norun
 * import { openParquet } from "bilateral/duckdb";
 * const engine = await openParquet("out/parquet");
 * const summary = await engine.dyadSummary("country:IRN", "country:PAK", { by: "month" });
 * await engine.close();
 * ```
 */
export async function openParquet<R extends IndexableRecord = DatasetRecord>(
  dir: string,
  options: OpenParquetOptions = {},
): Promise<DuckDbEngine<R>> {
  const manifest = await readManifest(dir);
  const schemas = options.schemas === undefined ? RECORD_SCHEMAS : { ...RECORD_SCHEMAS, ...options.schemas };
  const session = await DuckDbSession.open(
    options.memoryLimit === undefined ? {} : { memoryLimit: options.memoryLimit },
  );
  try {
    // The files do not change while the engine is open: their footers (schema, row-group statistics) are
    // read once, not at every query.
    await session.run("SET parquet_metadata_cache = true");
    const layout = await createViews(session, dir, manifest, schemas);
    const others = await readOtherKinds(session, dir, manifest);
    const events = await referencedEvents(session, others, layout);
    const records = [...others, ...events].sort((x, y) => x.seq - y.seq);
    return new DuckDbEngine<R>(session, dir, manifest, records, schemas, layout);
  } catch (error) {
    session.close();
    throw error;
  }
}
