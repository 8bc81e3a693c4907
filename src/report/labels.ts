import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";

/**
 * The name a reader sees for a record: its name, label, title, programme or summary, else its id.
 * @internal
 */
export function labelOf<R extends IndexableRecord>(index: DatasetIndex<R>, id: string): string {
  const record = index.find(id) as
    | { readonly program?: { readonly name?: string; readonly key?: string } }
    | Readonly<Record<string, unknown>>
    | undefined;
  if (record === undefined) return id;
  const program = record.program as { readonly name?: unknown; readonly key?: unknown } | undefined;
  if (typeof program?.name === "string") return program.name;
  if (typeof program?.key === "string") return program.key;
  for (const key of ["name", "label", "title", "summary"] as const) {
    const value = (record as Readonly<Record<string, unknown>>)[key];
    if (typeof value === "string") return value;
  }
  return id;
}
