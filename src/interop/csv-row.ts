import type { ImportReporter } from "./report.js";

/** A CSV row's cell by column name, trimmed; empty when the column is absent or holds R's `NA`. @internal */
export type CsvRow = (column: string) => string;

/**
 * The cells of a CSV record read against its header (`columns`: name to index, `width`: the header's length),
 * or `undefined` after skipping it as `column_count` when it has another number of fields. Shared by the CSV
 * importers (UCDP GED, Comtrade).
 * @internal
 */
export function csvRow(
  reporter: ImportReporter,
  line: number,
  fields: readonly string[],
  columns: ReadonlyMap<string, number>,
  width: number,
): CsvRow | undefined {
  if (fields.length !== width) {
    reporter.skip(
      line,
      "column_count",
      `expected ${width} comma-separated columns (as in the header), got ${fields.length}`,
    );
    return undefined;
  }
  return (column) => {
    const at = columns.get(column);
    const cell = at === undefined ? "" : (fields[at] ?? "").trim();
    return cell === "NA" ? "" : cell;
  };
}
