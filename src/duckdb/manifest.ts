import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ParquetError } from "../core/errors.js";

/** The manifest's file name in a Parquet directory. @internal */
export const MANIFEST_FILE = "bilateral-parquet.json";

/** The layout version this release writes and reads. @internal */
export const LAYOUT_VERSION = 1;

/** The events' folder in a Parquet directory. @internal */
export const EVENTS_FOLDER = "events";

/**
 * The manifest of a Parquet directory (`bilateral-parquet.json`): the dataset's own fields, the record count
 * of each kind, the file of each kind (relative to the directory; a folder for events) and the partitioning.
 *
 * @category Parquet
 * @example
 * ```ts
 * import type { ParquetManifest } from "bilateral/duckdb";
 * const manifest: ParquetManifest = {
 *   format: "bilateral-parquet",
 *   layout: 1,
 *   dataset: { format: "bilateral", version: "1.0" },
 *   kinds: { country: 2, event: 10 },
 *   files: { country: "country.parquet", event: "events" },
 *   partitionBy: null,
 * };
 * ```
 */
export interface ParquetManifest {
  readonly format: "bilateral-parquet";
  readonly layout: 1;
  /** The dataset's own fields: all but `records` (`format`, `version`, `title`...). */
  readonly dataset: Readonly<Record<string, unknown>>;
  /** How many records of each kind the directory holds. */
  readonly kinds: Readonly<Record<string, number>>;
  /** Where each kind's records are, relative to the directory: a file, or the events' folder. */
  readonly files: Readonly<Record<string, string>>;
  /** `"year"` when the events are in one folder a year (hive partitioning), else `null`. */
  readonly partitionBy: "year" | null;
}

/** Writes a directory's manifest. @internal */
export async function writeManifest(dir: string, manifest: ParquetManifest): Promise<void> {
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

function isRecordOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(check)
  );
}

/** A safe relative path inside the directory: no `..`, no absolute path. */
function isInside(path: unknown): boolean {
  return (
    typeof path === "string" &&
    path.length > 0 &&
    !path.startsWith("/") &&
    !path.includes("\\") &&
    path.split("/").every((part) => part !== "" && part !== "." && part !== "..")
  );
}

function problemOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const manifest = value as Record<string, unknown>;
  if (manifest.format !== "bilateral-parquet") return 'its format is not "bilateral-parquet"';
  if (manifest.layout !== LAYOUT_VERSION) {
    return `layout ${JSON.stringify(manifest.layout)} is not supported (this release reads layout ${LAYOUT_VERSION})`;
  }
  if (!isRecordOf(manifest.dataset, () => true)) return "dataset is not an object";
  if (!isRecordOf(manifest.kinds, (n) => Number.isSafeInteger(n) && (n as number) >= 0))
    return "kinds is not an object of record counts";
  if (!isRecordOf(manifest.files, isInside)) return "files is not an object of paths inside the directory";
  const files = manifest.files as Record<string, unknown>;
  const missing = Object.keys(manifest.kinds as object).find((kind) => !Object.hasOwn(files, kind));
  if (missing !== undefined) return `no file for the kind ${JSON.stringify(missing)}`;
  if (manifest.partitionBy !== null && manifest.partitionBy !== "year")
    return "partitionBy is not year or null";
  return undefined;
}

/** Reads and checks a directory's manifest; a `ParquetError` when it is missing or not ours. @internal */
export async function readManifest(dir: string): Promise<ParquetManifest> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? `not found: ${dir} is not a Parquet directory written by bilateral (exportParquet or bilateral export parquet)`
        : `cannot be read (${code ?? String(error)})`;
    throw new ParquetError(path, why);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ParquetError(path, `not valid JSON (${(error as Error).message})`);
  }
  const problem = problemOf(value);
  if (problem !== undefined) throw new ParquetError(path, `not a bilateral Parquet manifest: ${problem}`);
  return value as ParquetManifest;
}
