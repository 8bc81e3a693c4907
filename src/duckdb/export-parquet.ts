import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { eventRowLines } from "../columnar/event-rows.js";
import { type KindLayout, kindLayout } from "../columnar/layout.js";
import { recordRow } from "../columnar/record-row.js";
import { InputError, OptionError } from "../core/errors.js";
import type { Dataset } from "../model/dataset.js";
import { RECORD_SCHEMAS, type RecordSchemaMap } from "../model/records.js";
import { Attributor } from "../query/internal/attribution.js";
import { copySql } from "./copy-sql.js";
import { type DatasetSource, datasetSource, fileSource, type SourceRecord } from "./dataset-source.js";
import { loadDuckDb } from "./load.js";
import { EVENTS_FOLDER, MANIFEST_FILE, type ParquetManifest, writeManifest } from "./manifest.js";
import { RowFiles } from "./row-files.js";
import { DuckDbSession } from "./session.js";

/**
 * Options of {@link exportParquet}.
 *
 * @category Parquet
 * @example
 * ```ts
 * import type { ExportParquetOptions } from "bilateral/duckdb";
 * const options: ExportParquetOptions = { partitionBy: "year", memoryLimit: "1GB" };
 * ```
 */
export interface ExportParquetOptions {
  /** `"year"`: the events in one folder a year (`events/year=2019/`), undated ones in `year=NULL`. */
  readonly partitionBy?: "year";
  /** The record schemas (a model's `schemas`); the built-in ones by default. */
  readonly schemas?: RecordSchemaMap;
  /** Rows per Parquet row group (DuckDB's default, 122,880, when absent). */
  readonly rowGroupSize?: number;
  /** DuckDB's memory limit while it sorts and writes (default `"1GB"`); it spills to disk beyond it. */
  readonly memoryLimit?: string;
  /** Called as the export goes: the phase, and the records read so far. */
  readonly onProgress?: (progress: { readonly phase: "read" | "write"; readonly records: number }) => void;
}

/**
 * What {@link exportParquet} wrote.
 *
 * @category Parquet
 * @example
 * ```ts
 * import type { ParquetExportReport } from "bilateral/duckdb";
 * const report: ParquetExportReport = { dir: "out", records: 12, eventRows: 14, kinds: { event: 10, country: 2 }, partitionBy: null };
 * ```
 */
export interface ParquetExportReport {
  readonly dir: string;
  /** Records written, of every kind. */
  readonly records: number;
  /** Rows of the event files (one an event and dyad). */
  readonly eventRows: number;
  /** Records written, by kind. */
  readonly kinds: Readonly<Record<string, number>>;
  readonly partitionBy: "year" | null;
}

/** DuckDB's memory limit when the caller gives none: its own default is 80% of the machine's memory. */
const DEFAULT_MEMORY_LIMIT = "1GB";

function checkOptions(options: ExportParquetOptions): void {
  if (options.partitionBy !== undefined && options.partitionBy !== "year") {
    throw new OptionError(
      "partitionBy",
      `partitionBy must be "year", got ${JSON.stringify(options.partitionBy)}`,
    );
  }
  const size = options.rowGroupSize;
  if (size !== undefined && !(Number.isSafeInteger(size) && size > 0)) {
    throw new OptionError("rowGroupSize", `rowGroupSize must be a positive integer, got ${String(size)}`);
  }
  if (options.memoryLimit !== undefined && !/^\d+(\.\d+)?\s*[KMGT]?i?B$/i.test(options.memoryLimit)) {
    throw new OptionError(
      "memoryLimit",
      `memoryLimit must be a size such as "1GB", got ${JSON.stringify(options.memoryLimit)}`,
    );
  }
}

/** Readies the output directory: created, or emptied of an earlier export; a `InputError` when it holds other files. */
async function prepareDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  if (!entries.includes(MANIFEST_FILE)) {
    throw new InputError(
      `${dir}: the directory is not empty and holds no earlier Parquet export (${MANIFEST_FILE}); give an empty or new directory`,
    );
  }
  await clearExport(dir);
}

/** Removes what an export writes in a directory: the manifest, the Parquet files, the events' folder. */
async function clearExport(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const ours =
      entry === EVENTS_FOLDER ||
      entry === MANIFEST_FILE ||
      entry.endsWith(".parquet") ||
      entry.startsWith(TEMP_PREFIX);
    if (ours) await rm(join(dir, entry), { recursive: true, force: true });
  }
}

/** The temporary folder's name in the output directory starts with this. */
const TEMP_PREFIX = ".export-";

/**
 * A kind's file name in the directory: `<kind>.parquet` when the kind is a plain name not taken yet (names
 * compared ignoring case, as some file systems do), else by its number.
 */
function fileOf(kind: string, index: number, taken: Set<string>): string {
  if (kind === "event") return EVENTS_FOLDER;
  const plain = `${kind}.parquet`;
  const name =
    /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(kind) && !taken.has(plain.toLowerCase())
      ? plain
      : `kind-${index}.parquet`;
  taken.add(name.toLowerCase());
  return name;
}

function describe(entry: SourceRecord): string {
  const id = (entry.record as { id?: unknown }).id;
  return `record ${entry.seq}${typeof id === "string" ? ` (${JSON.stringify(id)})` : ""}`;
}

/**
 * Writes a dataset as Parquet files in a directory, laid out for analysis (see docs/parquet.md): a file a
 * record kind, the events one row per dyad, sorted by dyad and date, zstd-compressed, with a manifest. `input`
 * is a dataset object or a dataset file: `.json`, or JSON Lines, streamed with bounded memory (the records
 * other than events are kept, which attribution needs; the events go to DuckDB, which sorts them on disk
 * beyond `memoryLimit`; the file is read once when its countries, organisations and people come before its
 * events, else twice). Each record of a file is checked against its schema (a `BilateralValidationError`
 * otherwise); references between records are not: `safeParseDataset` or `bilateral validate` check them.
 *
 * @category Parquet
 * @example
 * ```ts norun
 * import { exportParquet, readParquet } from "bilateral/duckdb";
 * import { loadSeedStory } from "bilateral/example";
 * const report = await exportParquet(loadSeedStory(), "seed-parquet");
 * report.kinds.event; //=> 9
 * (await readParquet("seed-parquet")).records.length === loadSeedStory().records.length; //=> true
 * ```
 */
export async function exportParquet(
  input: Dataset<object> | string,
  dir: string,
  options: ExportParquetOptions = {},
): Promise<ParquetExportReport> {
  checkOptions(options);
  // A missing DuckDB is said before anything is read or written.
  await loadDuckDb();
  const schemas = options.schemas ?? RECORD_SCHEMAS;
  const source = typeof input === "string" ? await fileSource(input, schemas) : datasetSource(input);
  await prepareDir(dir);
  const temp = await mkdtemp(join(dir, TEMP_PREFIX));
  const files = new RowFiles(temp);
  try {
    const written = await writeRows(source, files, schemas, options);
    await files.close();
    return await writeParquet(source, files, written, { dir, temp, options });
  } catch (error) {
    // A failed export leaves no half-written directory behind.
    await files.close().catch(() => undefined);
    await clearExport(dir);
    throw error;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The layout of each kind written, and its record count, in order of first record. */
interface Written {
  readonly layouts: ReadonlyMap<string, KindLayout>;
  readonly kinds: ReadonlyMap<string, number>;
}

/** The kinds attribution looks up: a record of one of them after an event calls for a second pass. */
const ATTRIBUTION_KINDS = new Set(["country", "organization", "person"]);

/** Turns records into rows, keeping what attribution needs, and counts them by kind. */
class RowWriter {
  readonly layouts = new Map<string, KindLayout>();
  readonly kinds = new Map<string, number>();
  readonly #byId = new Map<string, { readonly kind: string }>();
  readonly #files: RowFiles;
  readonly #schemas: RecordSchemaMap;

  constructor(files: RowFiles, schemas: RecordSchemaMap) {
    this.#files = files;
    this.#schemas = schemas;
  }

  layoutOf(kind: string): KindLayout {
    let layout = this.layouts.get(kind);
    if (layout === undefined) {
      layout = kindLayout(kind, this.#schemas);
      this.layouts.set(kind, layout);
    }
    return layout;
  }

  /** Counts a record of its kind, and returns the kind. */
  count(entry: SourceRecord): string {
    const kind = kindOf(entry);
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    return kind;
  }

  /** An attributor over the records other than events written so far. */
  attributor(): Attributor {
    return new Attributor((id) => this.#byId.get(id));
  }

  /** Writes a record other than an event, and keeps it for attribution. */
  async other(entry: SourceRecord, kind: string): Promise<void> {
    const id = (entry.record as { id?: unknown }).id;
    if (typeof id === "string" && !this.#byId.has(id)) this.#byId.set(id, entry.record as { kind: string });
    await this.#files.write(kind, recordRow(entry.record, entry.seq, this.layoutOf(kind)));
  }

  /** Writes an event's rows. */
  async event(entry: SourceRecord, attributor: Attributor): Promise<void> {
    for (const line of rowsOfEvent(entry, this.layoutOf("event"), attributor))
      await this.#files.writeLine("event", line);
  }
}

/**
 * Writes every record's rows. One pass when no country, organisation or person comes after an event (the
 * usual order: entities, then events), so that each event is attributed with every entity known; else the
 * events' rows of that pass are dropped and a second pass writes them again, every entity known by then.
 */
async function writeRows(
  source: DatasetSource,
  files: RowFiles,
  schemas: RecordSchemaMap,
  options: ExportParquetOptions,
): Promise<Written> {
  const writer = new RowWriter(files, schemas);
  let read = 0;
  const progress = (count: number) => {
    read += count;
    options.onProgress?.({ phase: "read", records: read });
  };
  let attributor = writer.attributor();
  let eventSeen = false;
  let late = false;
  for await (const batch of source.pass("all")) {
    for (const entry of batch) {
      const kind = writer.count(entry);
      if (kind === "event") {
        eventSeen = true;
        if (!late) await writer.event(entry, attributor);
      } else {
        await writer.other(entry, kind);
        if (eventSeen && ATTRIBUTION_KINDS.has(kind)) late = true;
      }
    }
    progress(batch.length);
  }
  if (late) {
    await files.discard("event");
    attributor = writer.attributor();
    for await (const batch of source.pass("events")) {
      for (const entry of batch) await writer.event(entry, attributor);
      progress(batch.length);
    }
  }
  return { layouts: writer.layouts, kinds: writer.kinds };
}

function kindOf(entry: SourceRecord): string {
  const kind = (entry.record as { kind?: unknown }).kind;
  if (typeof kind !== "string" || kind === "")
    throw new InputError(`${describe(entry)}: its kind is not a name`);
  return kind;
}

function rowsOfEvent(entry: SourceRecord, layout: KindLayout, attributor: Attributor) {
  try {
    return eventRowLines(entry.record, entry.seq, layout, attributor);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${describe(entry)}: ${message} (export a validated dataset)`);
  }
}

/** Where {@link writeParquet} writes, and how. */
interface Target {
  readonly dir: string;
  readonly temp: string;
  readonly options: ExportParquetOptions;
}

/** Has DuckDB write each kind's rows to Parquet, then writes the manifest. */
async function writeParquet(
  source: DatasetSource,
  files: RowFiles,
  written: Written,
  { dir, temp, options }: Target,
): Promise<ParquetExportReport> {
  const partitionBy = options.partitionBy ?? null;
  const paths: Record<string, string> = {};
  let eventRowCount = 0;
  const session = await DuckDbSession.open({
    memoryLimit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    tempDirectory: join(temp, "duckdb"),
  });
  try {
    // Settings that let DuckDB sort more rows than fit in memory, and keep order only where asked.
    await session.run("SET preserve_insertion_order = false");
    let index = 0;
    const taken = new Set<string>();
    for (const entry of files.entries()) {
      const layout = written.layouts.get(entry.kind) as KindLayout;
      const file = fileOf(entry.kind, index++, taken);
      paths[entry.kind] = file;
      let to = join(dir, file);
      if (entry.kind === "event") {
        eventRowCount = entry.rows;
        if (partitionBy === null) {
          await mkdir(to, { recursive: true });
          to = join(to, "part-0.parquet");
        }
      }
      options.onProgress?.({ phase: "write", records: entry.rows });
      const event = entry.kind === "event";
      await session.run(
        copySql(layout, {
          rows: entry.path,
          to,
          partitionBy: event && partitionBy !== null ? partitionBy : undefined,
          rowGroupSize: options.rowGroupSize,
          longestRow: entry.longestBytes,
        }),
      );
    }
  } finally {
    session.close();
  }
  const kinds = Object.fromEntries(written.kinds);
  const manifest: ParquetManifest = {
    format: "bilateral-parquet",
    layout: 1,
    dataset: source.header(),
    kinds,
    files: paths,
    partitionBy,
  };
  await writeManifest(dir, manifest);
  let records = 0;
  for (const count of written.kinds.values()) records += count;
  return { dir, records, eventRows: eventRowCount, kinds, partitionBy };
}
