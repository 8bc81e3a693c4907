import type { SkipCode, WarningCode } from "./import-codes.js";

/**
 * The formats `bilateral` imports.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { ImportFormat } from "bilateral/interop";
 * const format: ImportFormat = "gdelt";
 * ```
 */
export type ImportFormat = "gdelt" | "icews" | "plover" | "ftm" | "comtrade" | "ucdp";

/**
 * A row (a line, an entity, a JSON array element) that was not imported: where it is and why.
 * `code` is stable (`column_count`, `invalid_date`, `missing_cameo`, `repeated_event`,
 * `unsupported_schema`...), `reason` is for people.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { SkippedRow } from "bilateral/interop";
 * const skip: SkippedRow = { line: 12, code: "column_count", reason: "expected 61 tab-separated columns, got 58" };
 * ```
 */
export interface SkippedRow {
  /** The line the row starts on, from 1. */
  readonly line: number;
  /** A stable code for the reason (see {@link SKIP_CODES}). */
  readonly code: SkipCode;
  /** The reason, for people. */
  readonly reason: string;
}

/**
 * A value that was imported but is doubtful, or a value that could not be kept: where and what.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { ImportWarning } from "bilateral/interop";
 * const warning: ImportWarning = { line: 3, code: "lower_case_code", message: 'Actor1Code "kur" is lower-case' };
 * ```
 */
export interface ImportWarning {
  /** The line of the row, from 1. */
  readonly line: number;
  /** A stable code for the kind of warning (see {@link WARNING_CODES}). */
  readonly code: WarningCode;
  /** What is doubtful, for people. */
  readonly message: string;
}

/**
 * What an import did: rows read, imported and skipped (each skip with its line and reason), warnings for
 * values kept but doubtful, and counts. `read === imported + skippedCount` always holds.
 *
 * `skipped` and `warnings` list the first `limit` entries (10,000 by default) so that memory stays bounded on
 * huge inputs; `skippedCount`, `warningCount`, `skippedBy` and `warningsBy` count them all.
 *
 * @category Interop
 * @example
 * ```ts
 * import { importGdelt } from "bilateral/interop";
 * const run = importGdelt(["not\ta\tGDELT\trow"]);
 * for await (const record of run) console.log(record.id);
 * run.report.skipped[0]?.code; //=> "column_count"
 * ```
 */
export interface ImportReport {
  /** The format read. */
  readonly format: ImportFormat;
  /** Rows read: data lines, entities or JSON elements (a header line and blank lines are not rows). */
  read: number;
  /** Rows that became a record (an event, an entity, a sanction, a source). */
  imported: number;
  /** The first `limit` rows skipped, in input order. */
  readonly skipped: SkippedRow[];
  /** Every row skipped (at least `skipped.length`). */
  skippedCount: number;
  /** The first `limit` warnings, in input order. */
  readonly warnings: ImportWarning[];
  /** Every warning (at least `warnings.length`). */
  warningCount: number;
  /** Skips counted by code. */
  readonly skippedBy: Record<string, number>;
  /** Warnings counted by code. */
  readonly warningsBy: Record<string, number>;
  /**
   * Source fields the model has no place for, counted: how many rows had a value there that was not kept
   * (`ActionGeo_ADM2Code`, `textInfo`, `Person.firstName`...). The mapping tables in the interop guide list
   * them.
   */
  readonly notKept: Record<string, number>;
  /** Records created for what the rows refer to: countries, organisations, sources. */
  created: number;
  /**
   * Rows imported into another row's record rather than as records of their own (an FtM Passport into its
   * holder's identity documents, an Occupancy and its Position into the holder's positions).
   */
  attached: number;
  /** Every record produced (`imported` rows, less those `attached`, plus `created` records). */
  records: number;
  /** Whether the whole input was read. */
  complete: boolean;
}

/**
 * Collects an {@link ImportReport} as an import goes.
 * @internal
 */
export class ImportReporter {
  readonly report: ImportReport;
  readonly #limit: number;

  constructor(format: ImportFormat, limit = 10_000) {
    this.#limit = limit;
    this.report = {
      format,
      read: 0,
      imported: 0,
      skipped: [],
      skippedCount: 0,
      warnings: [],
      warningCount: 0,
      skippedBy: {},
      warningsBy: {},
      notKept: {},
      created: 0,
      attached: 0,
      records: 0,
      complete: false,
    };
  }

  /** Counts a row read. */
  row(): void {
    this.report.read++;
  }

  /** Counts a row imported. */
  imported(): void {
    this.report.imported++;
  }

  /** Counts a row imported into another row's record. */
  attached(): void {
    this.report.imported++;
    this.report.attached++;
  }

  /** Records a skipped row. */
  skip(line: number, code: SkipCode, reason: string): void {
    const report = this.report;
    report.skippedCount++;
    report.skippedBy[code] = (report.skippedBy[code] ?? 0) + 1;
    if (report.skipped.length < this.#limit) report.skipped.push({ line, code, reason });
  }

  /** Records a warning. */
  warn(line: number, code: WarningCode, message: string): void {
    const report = this.report;
    report.warningCount++;
    report.warningsBy[code] = (report.warningsBy[code] ?? 0) + 1;
    if (report.warnings.length < this.#limit) report.warnings.push({ line, code, message });
  }

  /** Counts a field whose value was not kept. */
  notKept(field: string): void {
    this.report.notKept[field] = (this.report.notKept[field] ?? 0) + 1;
  }
}

/**
 * A one-paragraph summary of an import report, for people (the CLI prints it on stderr).
 *
 * @category Interop
 * @example
 * ```ts
 * import { importIcews, summarizeReport } from "bilateral/interop";
 * const run = importIcews([]);
 * for await (const _ of run) {}
 * summarizeReport(run.report); //=> "icews: read 0 rows, imported 0, skipped 0, 0 warnings; 0 records written"
 * ```
 */
export function summarizeReport(report: ImportReport): string {
  const parts = [
    `${report.format}: read ${report.read} row${report.read === 1 ? "" : "s"}`,
    `imported ${report.imported}`,
    `skipped ${report.skippedCount}`,
    `${report.warningCount} warning${report.warningCount === 1 ? "" : "s"}`,
  ];
  let text = `${parts.join(", ")}; ${report.records} record${report.records === 1 ? "" : "s"} written`;
  const reasons = Object.entries(report.skippedBy).sort((a, b) => b[1] - a[1]);
  if (reasons.length > 0) text += `\n  skipped: ${reasons.map(([code, n]) => `${code} ${n}`).join(", ")}`;
  const warnings = Object.entries(report.warningsBy).sort((a, b) => b[1] - a[1]);
  if (warnings.length > 0) text += `\n  warnings: ${warnings.map(([code, n]) => `${code} ${n}`).join(", ")}`;
  if (!report.complete) text += "\n  (the input was not read to the end)";
  return text;
}
