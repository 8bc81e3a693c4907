import { type Cell, cellOf, cellValue, setField } from "./cells.js";
import type { FieldColumn, KindLayout } from "./layout.js";

/** One row of a kind's table: `seq`, a cell per field column and `extra`, by column name. @internal */
export type Row = Record<string, Cell>;

/**
 * A record as a row: `seq` its position in the dataset, each field in its column, and in `extra` (JSON text,
 * `null` when none) the fields with no column or a value their column cannot hold exactly.
 * @internal
 */
export function recordRow(record: object, seq: number, layout: KindLayout): Row {
  const row: Row = { seq };
  const fields = record as Record<string, unknown>;
  const extra: Record<string, unknown> = {};
  let extras = 0;
  const named = new Set<string>();
  for (const column of layout.fields) {
    named.add(column.name);
    const value = Object.hasOwn(fields, column.name) ? fields[column.name] : undefined;
    const cell = value === undefined ? null : cellOf(value, column.type);
    if (cell === undefined) {
      setField(extra, column.name, value);
      extras++;
    }
    row[column.name] = cell ?? null;
  }
  for (const key of Object.keys(fields)) {
    if (named.has(key) || fields[key] === undefined) continue;
    setField(extra, key, fields[key]);
    extras++;
  }
  row.extra = extras === 0 ? null : JSON.stringify(extra);
  return row;
}

/** Each layout's column keys as JSON text (`,"name":`), and the names of its field columns. */
const keysOfLayout = new WeakMap<
  KindLayout,
  { readonly keys: readonly string[]; readonly named: ReadonlySet<string> }
>();

function layoutKeys(layout: KindLayout): {
  readonly keys: readonly string[];
  readonly named: ReadonlySet<string>;
} {
  let entry = keysOfLayout.get(layout);
  if (entry === undefined) {
    const names = layout.fields.map((column) => column.name);
    entry = { keys: names.map((name) => `,${JSON.stringify(name)}:`), named: new Set(names) };
    keysOfLayout.set(layout, entry);
  }
  return entry;
}

/**
 * {@link recordRow}'s row as JSON text without its closing brace (`{"seq":0,"id":"…",…,"extra":null`), so that
 * columns can be appended: the same columns and cells, written straight to text (an object with this many
 * keys set by name is slow to build and to stringify).
 * @internal
 */
export function recordRowText(record: object, seq: number, layout: KindLayout): string {
  const { keys, named } = layoutKeys(layout);
  const fields = record as Record<string, unknown>;
  const columns = layout.fields;
  let extra: Record<string, unknown> | undefined;
  let text = `{"seq":${seq}`;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as FieldColumn;
    const value = Object.hasOwn(fields, column.name) ? fields[column.name] : undefined;
    const cell = value === undefined ? null : cellOf(value, column.type);
    if (cell === undefined) {
      extra ??= {};
      setField(extra, column.name, value);
    }
    text += `${keys[i]}${cell === undefined || cell === null ? "null" : JSON.stringify(cell)}`;
  }
  for (const key of Object.keys(fields)) {
    if (named.has(key) || fields[key] === undefined) continue;
    extra ??= {};
    setField(extra, key, fields[key]);
  }
  return `${text},"extra":${extra === undefined ? "null" : JSON.stringify(JSON.stringify(extra))}`;
}

/**
 * The record a row holds (the inverse of {@link recordRow}). Throws a `TypeError` or `SyntaxError` naming
 * the column whose cell is not what the layout says.
 * @internal
 */
export function rowRecord(
  row: Readonly<Record<string, unknown>>,
  layout: KindLayout,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of layout.fields) {
    const cell = row[column.name];
    if (cell === null || cell === undefined) continue;
    setField(
      record,
      column.name,
      inColumn(column.name, () => cellValue(cell, column.type)),
    );
  }
  const extra = row.extra;
  if (extra !== null && extra !== undefined) {
    const fields = inColumn("extra", () => cellValue(extra, "json"));
    if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
      throw new TypeError("column extra: expected a JSON object");
    }
    for (const [key, value] of Object.entries(fields)) setField(record, key, value);
  }
  return record;
}

function inColumn<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TypeError(`column ${name}: ${message}`);
  }
}
