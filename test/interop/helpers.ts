import { createReadStream, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Dataset,
  type DatasetRecord,
  type RecordKind,
  type RecordOfKind,
  safeParseDataset,
} from "bilateral";
import { collectImport, type ImportReport, type ImportRun } from "bilateral/interop";
import { expect } from "vitest";

/** The path of a fixture of test/fixtures/interop. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/interop/${name}`, import.meta.url));
}

/** A fixture as a file stream. */
export function stream(name: string) {
  return createReadStream(fixture(name));
}

/** A fixture's bytes. */
export function bytes(name: string): Buffer {
  return readFileSync(fixture(name));
}

/** The bytes cut into chunks of `size`, to test chunk boundaries. */
export async function* chunked(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

/** Runs an import to the end; checks that what it produced validates as a dataset and that its counts add up. */
export async function imported(run: ImportRun): Promise<{ dataset: Dataset; report: ImportReport }> {
  const result = await collectImport(run);
  const validation = safeParseDataset(result.dataset);
  expect(validation.issues).toEqual([]);
  expect(result.report.complete).toBe(true);
  expect(result.report.read).toBe(result.report.imported + result.report.skippedCount);
  expect(result.report.records).toBe(result.dataset.records.length);
  expect(result.report.records).toBe(result.report.imported - result.report.attached + result.report.created);
  return result;
}

/** The record with this id, of this kind (fails the test when absent). */
export function record<Kind extends RecordKind>(
  dataset: Dataset,
  id: string,
  kind: Kind,
): RecordOfKind<Kind> {
  const found = dataset.records.find((candidate: DatasetRecord) => candidate.id === id);
  expect(found, `record ${id}`).toBeDefined();
  expect(found?.kind).toBe(kind);
  return found as RecordOfKind<Kind>;
}

/** The skips and warnings of a report as [line, code] pairs. */
export function codes(entries: readonly { line: number; code: string }[]): [number, string][] {
  return entries.map((entry) => [entry.line, entry.code]);
}

/** The FtM entity fields besides the properties that a round trip keeps. */
const ENTITY_FIELDS = ["schema", "referents", "datasets", "first_seen", "last_seen", "last_change", "target"];

/**
 * How two lists of FtM entities differ, property by property: per entity id, the set of values of each
 * property, and the schema and the entity fields (referents, datasets, first_seen...). Empty when equal.
 */
export function ftmDifferences(
  originals: readonly { id: string; properties: Record<string, string[]>; [field: string]: unknown }[],
  back: readonly { id: string; properties: Record<string, string[]>; [field: string]: unknown }[],
): string[] {
  const byId = new Map(back.map((entity) => [entity.id, entity]));
  const set = (values: unknown) =>
    JSON.stringify(
      [...new Set(Array.isArray(values) ? values : values === undefined ? [] : [values])].sort(),
    );
  const out: string[] = [];
  for (const original of originals) {
    const entity = byId.get(original.id);
    if (entity === undefined) {
      out.push(`${original.id}: not written back`);
      continue;
    }
    for (const field of ENTITY_FIELDS) {
      if (set(original[field]) !== set(entity[field]))
        out.push(`${original.id} ${field}: ${set(original[field])} -> ${set(entity[field])}`);
    }
    const properties = new Set([...Object.keys(original.properties), ...Object.keys(entity.properties)]);
    for (const property of properties) {
      const given = set(original.properties[property]);
      const got = set(entity.properties[property]);
      if (given !== got) out.push(`${original.id}.${property}: ${given} -> ${got}`);
    }
  }
  return out;
}
