import type { ColumnType } from "../columnar/column-type.js";
import type { KindLayout } from "../columnar/layout.js";
import { ParquetError } from "../core/errors.js";
import type { DuckDbSession } from "./session.js";
import { sqlIdentifier } from "./sql-text.js";

const COLUMN_TYPES = new Set<string>(["string", "number", "boolean", "strings", "json"]);

/** DuckDB's error, as one line without its stack. @internal */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? message).trim();
}

/** Runs a query on a file; DuckDB's errors become a `ParquetError` naming the file. */
async function query(session: DuckDbSession, file: string, sql: string): Promise<Record<string, unknown>[]> {
  try {
    return await session.rows(sql, [file]);
  } catch (error) {
    throw new ParquetError(file, `cannot be read as Parquet (${reasonOf(error)})`, { cause: error });
  }
}

/** A file's Parquet KV metadata, as text. */
async function metadataOf(session: DuckDbSession, file: string): Promise<Map<string, string>> {
  const rows = await query(session, file, "SELECT key, value FROM parquet_kv_metadata($1)");
  const decoder = new TextDecoder();
  const text = (value: unknown) => (value instanceof Uint8Array ? decoder.decode(value) : String(value));
  return new Map(rows.map((row) => [text(row.key), text(row.value)]));
}

function fieldsOf(file: string, text: string | undefined): KindLayout["fields"] {
  let value: unknown;
  try {
    value = text === undefined ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ParquetError(file, "its bilateral_columns metadata is missing or not a JSON object");
  }
  return Object.entries(value).map(([name, type]) => {
    if (typeof type !== "string" || !COLUMN_TYPES.has(type)) {
      throw new ParquetError(file, `its bilateral_columns metadata gives column ${name} an unknown type`);
    }
    return { name, type: type as ColumnType };
  });
}

/**
 * The layout a Parquet file was written with, read from its KV metadata; a `ParquetError` when the file is
 * not one of ours, is of another kind than `kind`, or cannot be read.
 * @internal
 */
export async function fileLayout(session: DuckDbSession, file: string, kind: string): Promise<KindLayout> {
  const metadata = await metadataOf(session, file);
  const layout = metadata.get("bilateral_layout");
  if (layout === undefined) {
    throw new ParquetError(file, "not a bilateral Parquet file (no bilateral_layout metadata)");
  }
  if (layout !== "1")
    throw new ParquetError(file, `layout ${layout} is not supported (this release reads layout 1)`);
  const found = metadata.get("bilateral_kind");
  if (found !== kind) {
    throw new ParquetError(
      file,
      `holds ${found === undefined ? "no kind" : `the kind ${JSON.stringify(found)}`}, expected ${JSON.stringify(kind)}`,
    );
  }
  return { kind, fields: fieldsOf(file, metadata.get("bilateral_columns")) };
}

/**
 * A file's record rows (`seq` as a number, the field columns, `extra`), events once each (`dyad_rank = 0`).
 * @internal
 */
export async function fileRows(
  session: DuckDbSession,
  file: string,
  layout: KindLayout,
): Promise<Record<string, unknown>[]> {
  const columns = [
    "CAST(seq AS DOUBLE) AS seq",
    ...layout.fields.map((field) => sqlIdentifier(field.name)),
    "extra",
  ];
  const where = layout.kind === "event" ? " WHERE dyad_rank = 0" : "";
  return query(session, file, `SELECT ${columns.join(", ")} FROM read_parquet($1)${where}`);
}
