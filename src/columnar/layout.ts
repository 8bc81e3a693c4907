import type { RecordSchemaMap } from "../model/records.js";
import { type ColumnType, columnTypeOf, schemaFields } from "./column-type.js";

/** A record field stored in a column of its own. @internal */
export interface FieldColumn {
  readonly name: string;
  readonly type: ColumnType;
}

/** The columns of one record kind: `seq`, its fields, `extra` (and, for events, the analysis columns). @internal */
export interface KindLayout {
  readonly kind: string;
  readonly fields: readonly FieldColumn[];
}

/** The SQL type of each column type. @internal */
export const SQL_TYPES: { readonly [Type in ColumnType]: string } = {
  string: "VARCHAR",
  number: "DOUBLE",
  boolean: "BOOLEAN",
  strings: "VARCHAR[]",
  json: "VARCHAR",
};

/** The analysis columns events add, with their SQL types, in file order. @internal */
export const EVENT_ANALYSIS_COLUMNS: readonly (readonly [name: string, sqlType: string])[] = [
  ["starts_at", "TIMESTAMP"],
  ["ends_at", "TIMESTAMP"],
  ["date_precision", "VARCHAR"],
  ["year", "INTEGER"],
  ["actor_countries", "VARCHAR[]"],
  ["recipient_countries", "VARCHAR[]"],
  ["dyad", "VARCHAR"],
  ["dyad_rank", "INTEGER"],
  ["quad_class", "TINYINT"],
  ["quad_basis", "VARCHAR"],
];

/** Column names no record field may take (SQL names are case-insensitive, so compared in lower case). */
const RESERVED = new Set(["seq", "extra", ...EVENT_ANALYSIS_COLUMNS.map(([name]) => name)]);

/** The fields of a kind no schema describes: only `id` and `kind` get columns. */
const SCHEMALESS: readonly FieldColumn[] = [
  { name: "id", type: "string" },
  { name: "kind", type: "string" },
];

/**
 * The columns of a kind, from its schema: one a top-level field, in the schema's order. A field whose name is
 * reserved (`seq`, `extra`, an event analysis column) or differs from an earlier one only in case gets no
 * column: its value goes to `extra`.
 * @internal
 */
export function kindLayout(kind: string, schemas: RecordSchemaMap): KindLayout {
  const schema = Object.hasOwn(schemas, kind) ? schemas[kind] : undefined;
  const entries = schemaFields(schema);
  if (entries.length === 0) return { kind, fields: SCHEMALESS };
  const taken = new Set(RESERVED);
  const fields: FieldColumn[] = [];
  for (const [name, field] of entries) {
    const key = name.toLowerCase();
    if (taken.has(key)) continue;
    taken.add(key);
    fields.push({ name, type: columnTypeOf(field) });
  }
  return { kind, fields };
}
