import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import type { KindLayout } from "../columnar/layout.js";
import { InputError, OptionError } from "../core/errors.js";
import type { Dataset } from "../model/dataset.js";
import { RECORD_SCHEMAS, type RecordSchemaMap } from "../model/records.js";
import { copySql } from "./copy-sql.js";
import { type DatasetSource, datasetSource, fileSource } from "./dataset-source.js";
import { loadDuckDb } from "./load.js";
import { type ParquetManifest, writeManifest } from "./manifest.js";
import { clearExport, fileOf, prepareDir, TEMP_PREFIX } from "./output-dir.js";
import { RowFiles } from "./row-files.js";
import { type Written, writeRows } from "./row-writer.js";
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
    const written = await writeRows(source, files, schemas, options.onProgress);
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
      options.onProgress?.({ phase: "write", records: totalOf(written.kinds) });
      const event = entry.kind === "event";
      const sql = copySql(layout, {
        rows: entry.path,
        to,
        partitionBy: event && partitionBy !== null ? partitionBy : undefined,
        rowGroupSize: options.rowGroupSize,
        longestRow: entry.longestBytes,
      });
      await session.run(sql).catch((error: unknown) => {
        // DuckDB's message, on one line, without its stack: a full disk, a folder that cannot be written...
        const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        throw new InputError(`${to}: cannot be written (${reason})`, { cause: error });
      });
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
  return { dir, records: totalOf(written.kinds), eventRows: eventRowCount, kinds, partitionBy };
}

function totalOf(kinds: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of kinds.values()) total += count;
  return total;
}
