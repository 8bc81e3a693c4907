import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { rowRecord } from "../columnar/record-row.js";
import { ParquetError } from "../core/errors.js";
import type { Dataset } from "../model/dataset.js";
import type { DatasetRecord } from "../model/records.js";
import { type ParquetManifest, readManifest } from "./manifest.js";
import { fileLayout, fileRows } from "./parquet-file.js";
import { DuckDbSession } from "./session.js";

/** The Parquet files of a kind: its file, or every `.parquet` file under the events' folder. @internal */
export async function filesOf(dir: string, kind: string, relative: string): Promise<string[]> {
  const path = join(dir, relative);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new ParquetError(path, `missing: the manifest lists it for the kind ${JSON.stringify(kind)}`);
  }
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true });
  const files = entries
    .filter((entry) => entry.endsWith(".parquet"))
    .sort()
    .map((entry) => join(path, entry));
  if (files.length === 0) throw new ParquetError(path, "holds no Parquet file");
  return files;
}

/** Puts each record of a kind's files at its place in `records`; a `ParquetError` for a place out of range or taken. */
async function readKind(
  session: DuckDbSession,
  files: readonly string[],
  kind: string,
  records: (DatasetRecord | undefined)[],
  total: number,
): Promise<number> {
  let count = 0;
  for (const file of files) {
    const layout = await fileLayout(session, file, kind);
    for (const row of await fileRows(session, file, layout)) {
      const seq = row.seq;
      if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0 || seq >= total) {
        throw new ParquetError(file, `a row's seq ${String(seq)} is outside the dataset (0 to ${total - 1})`);
      }
      if (records[seq] !== undefined) throw new ParquetError(file, `two records have the seq ${seq}`);
      try {
        records[seq] = rowRecord(row, layout) as DatasetRecord;
      } catch (error) {
        throw new ParquetError(file, `the record at seq ${seq}: ${(error as Error).message}`);
      }
      count++;
    }
  }
  return count;
}

function totalOf(manifest: ParquetManifest): number {
  let total = 0;
  for (const count of Object.values(manifest.kinds)) total += count;
  return total;
}

/**
 * Reads a Parquet directory written by `exportParquet` (or `bilateral export parquet`) back into a dataset:
 * the records deep-equal those written, in dataset order, and the dataset's own fields from the manifest. A
 * directory or file that is not ours, or is damaged, throws a `ParquetError` naming the file.
 *
 * @category Parquet
 * @example
 * ```ts norun
 * import { readParquet } from "bilateral/duckdb";
 * const dataset = await readParquet("seed-parquet");
 * dataset.records.length; //=> 52
 * ```
 */
export async function readParquet(dir: string): Promise<Dataset> {
  const manifest = await readManifest(dir);
  const total = totalOf(manifest);
  // Filled by seq; not sized from the manifest beforehand, whose counts are checked against the files.
  const records: (DatasetRecord | undefined)[] = [];
  const session = await DuckDbSession.open();
  try {
    for (const [kind, expected] of Object.entries(manifest.kinds)) {
      const files = await filesOf(dir, kind, manifest.files[kind] as string);
      const count = await readKind(session, files, kind, records, total);
      if (count !== expected) {
        throw new ParquetError(
          join(dir, manifest.files[kind] as string),
          `holds ${count} ${kind} records, the manifest says ${expected}`,
        );
      }
    }
  } finally {
    session.close();
  }
  const { records: _ignored, ...header } = manifest.dataset as Record<string, unknown>;
  return { ...(header as Omit<Dataset, "records">), records: records as DatasetRecord[] };
}
