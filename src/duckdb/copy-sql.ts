import { EVENT_ANALYSIS_COLUMNS, type KindLayout, SQL_TYPES } from "../columnar/layout.js";
import { sqlIdentifier, sqlString } from "./sql-text.js";

/** The sort order of the event files: by dyad, then as the index orders a dyad's events. @internal */
export const EVENT_ORDER = "dyad NULLS LAST, starts_at NULLS LAST, ends_at DESC, seq";

/** How a kind's Parquet file (or the events' folder) is written. @internal */
export interface CopyTarget {
  /** The temporary JSON Lines file of the rows. */
  readonly rows: string;
  /** The Parquet file, or the folder of the partitions. */
  readonly to: string;
  readonly partitionBy?: "year";
  readonly rowGroupSize?: number;
  /** The longest row of the temporary file, in bytes: DuckDB's JSON reader sizes its buffers by it. */
  readonly longestRow: number;
}

/** DuckDB's `maximum_object_size`: the longest row, rounded up to a power of two, at least 1 MiB. */
function objectSize(longestRow: number): number {
  let size = 1 << 20;
  while (size <= longestRow) size *= 2;
  return size;
}

function isEventLayout(layout: KindLayout): boolean {
  return layout.kind === "event";
}

/** The types of the temporary rows' columns, as `read_json`'s `columns` struct. */
function jsonColumns(layout: KindLayout): string {
  const columns: [string, string][] = [["seq", "BIGINT"]];
  for (const field of layout.fields) columns.push([field.name, SQL_TYPES[field.type]]);
  columns.push(["extra", "VARCHAR"]);
  if (isEventLayout(layout)) {
    for (const [name, type] of EVENT_ANALYSIS_COLUMNS)
      columns.push([name, type === "TIMESTAMP" ? "BIGINT" : type]);
  }
  return `{${columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(", ")}}`;
}

/** The columns of the file, in order (timestamps made from the rows' milliseconds). */
function selectList(layout: KindLayout): string {
  const names = ["seq", ...layout.fields.map((field) => field.name), "extra"].map(sqlIdentifier);
  if (isEventLayout(layout)) {
    for (const [name, type] of EVENT_ANALYSIS_COLUMNS)
      names.push(type === "TIMESTAMP" ? `epoch_ms(${name}) AS ${name}` : name);
  }
  return names.join(", ");
}

/** The Parquet KV metadata of a kind's file: the layout version, the kind, and each field column's type. */
function kvMetadata(layout: KindLayout): string {
  const columns = Object.fromEntries(layout.fields.map((field) => [field.name, field.type]));
  const pairs = [
    ["bilateral_layout", "1"],
    ["bilateral_kind", layout.kind],
    ["bilateral_columns", JSON.stringify(columns)],
  ];
  return `{${pairs.map(([key, value]) => `${key}: ${sqlString(value as string)}`).join(", ")}}`;
}

/**
 * The `COPY` statement that writes a kind's rows to Parquet: zstd, the layout's KV metadata, events sorted by
 * dyad and date and, when asked, partitioned by year. File paths and names are quoted as SQL strings; no value
 * of a record is ever part of the SQL (the rows are read from the file).
 * @internal
 */
export function copySql(layout: KindLayout, target: CopyTarget): string {
  const source = `read_json(${sqlString(target.rows)}, format = 'newline_delimited', columns = ${jsonColumns(layout)}, maximum_object_size = ${objectSize(target.longestRow)})`;
  const order = isEventLayout(layout) ? EVENT_ORDER : "seq";
  const options = ["FORMAT parquet", "COMPRESSION zstd", `KV_METADATA ${kvMetadata(layout)}`];
  if (target.rowGroupSize !== undefined) options.push(`ROW_GROUP_SIZE ${target.rowGroupSize}`);
  if (target.partitionBy === "year") {
    options.push("PARTITION_BY (year)", "WRITE_PARTITION_COLUMNS true", "FILENAME_PATTERN 'part-{i}'");
  }
  return `COPY (SELECT ${selectList(layout)} FROM ${source} ORDER BY ${order}) TO ${sqlString(target.to)} (${options.join(", ")})`;
}
