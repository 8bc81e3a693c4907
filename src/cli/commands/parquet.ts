import pc from "picocolors";
import { BilateralValidationError, InputError } from "../../core/errors.js";
import { exportParquet } from "../../duckdb/index.js";
import { escapeForTerminal } from "../../io/terminal-text.js";
import type { CliIo } from "../io.js";
import { formatIssue, HUMAN_ISSUE_LIMIT } from "../issue-report.js";
import { loadModelSchemas } from "../model-option.js";

/** Options of `bilateral export parquet`. @internal */
export interface ExportParquetCliOptions {
  readonly output?: string;
  readonly partitionBy?: string;
  readonly model?: string;
}

/**
 * `bilateral export parquet <dataset> -o <dir>`: the dataset as a Parquet directory. Records with a bad shape
 * stop the export (exit 1, the issues on stderr): a Parquet directory is all of a dataset or nothing.
 * @internal
 */
export async function exportParquetCommand(
  file: string,
  options: ExportParquetCliOptions,
  io: CliIo,
  setExit: (code: number) => void,
): Promise<void> {
  if (options.output === undefined) {
    throw new InputError("export parquet needs -o <dir>: the directory to write the Parquet files to");
  }
  if (options.partitionBy !== undefined && options.partitionBy !== "year") {
    throw new InputError(`--partition-by takes year, got ${JSON.stringify(options.partitionBy)}`);
  }
  const schemas = await loadModelSchemas(options.model);
  try {
    const report = await exportParquet(file, options.output, {
      schemas,
      ...(options.partitionBy === "year" ? { partitionBy: "year" as const } : {}),
    });
    const events = report.kinds.event ?? 0;
    io.stderr(
      `parquet: wrote ${report.records} records (${events} events as ${report.eventRows} rows, one a dyad) to ${escapeForTerminal(options.output)}\n`,
    );
    setExit(0);
  } catch (error) {
    if (!(error instanceof BilateralValidationError)) throw error;
    const colors = pc.createColors(false);
    io.stderr(`the dataset has a record with a bad shape; nothing was exported:\n`);
    for (const issue of error.issues.slice(0, HUMAN_ISSUE_LIMIT))
      io.stderr(`${formatIssue(issue, colors)}\n`);
    setExit(1);
  }
}
