import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { EVENTS_FOLDER, MANIFEST_FILE } from "./manifest.js";

/**
 * Readies the output directory: created, or emptied of an earlier export; an `InputError` when it holds other
 * files.
 * @internal
 */
export async function prepareDir(dir: string): Promise<void> {
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

/** Removes what an export writes in a directory: the manifest, the Parquet files, the events' folder. @internal */
export async function clearExport(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const ours =
      entry === EVENTS_FOLDER ||
      entry === MANIFEST_FILE ||
      entry.endsWith(".parquet") ||
      entry.startsWith(TEMP_PREFIX);
    if (ours) await rm(join(dir, entry), { recursive: true, force: true });
  }
}

/** The temporary folder's name in the output directory starts with this. @internal */
export const TEMP_PREFIX = ".export-";

/**
 * A kind's file name in the directory: `<kind>.parquet` when the kind is a plain name not taken yet (names
 * compared ignoring case, as some file systems do), else by its number.
 * @internal
 */
export function fileOf(kind: string, index: number, taken: Set<string>): string {
  if (kind === "event") return EVENTS_FOLDER;
  const plain = `${kind}.parquet`;
  const name =
    /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(kind) && !taken.has(plain.toLowerCase())
      ? plain
      : `kind-${index}.parquet`;
  taken.add(name.toLowerCase());
  return name;
}
