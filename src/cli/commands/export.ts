import { basename } from "node:path";
import { Argument, type Command } from "commander";
import pc from "picocolors";
import { appendAll } from "../../core/append.js";
import { type Issue, severityOf } from "../../core/issue.js";
import { exportFtm } from "../../interop/ftm-export.js";
import { TextWriter, toJsonLine } from "../../io/jsonl.js";
import { createProgress } from "../../io/progress.js";
import { escapeForTerminal, stringifyForTerminal } from "../../io/terminal-text.js";
import type { DatasetRecord } from "../../model/records.js";
import { DatasetChecker } from "../../validate/checker.js";
import type { CliIo } from "../io.js";
import { formatIssue, HUMAN_ISSUE_LIMIT } from "../issue-report.js";
import { type CliSchemas, loadModelSchemas, MODEL_OPTION } from "../model-option.js";
import { readJsonWithinHeap } from "../read-json-within-heap.js";
import { inputSize, OutputFile, readChunks } from "./import.js";
import { exportParquetCommand } from "./parquet.js";
import { checkJsonLinesDataset, isJsonLinesFile } from "./validate.js";

/** The valid records of a JSON dataset file, checked one by one; issues go to `issues`. */
async function* jsonDatasetRecords(
  path: string,
  issues: Issue[],
  schemas: CliSchemas,
): AsyncGenerator<DatasetRecord> {
  const input = await readJsonWithinHeap(path);
  const checker = new DatasetChecker(schemas);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.push({
      code: "invalid_type",
      message: "expected a dataset (an object with format, version and records)",
      path: [],
    });
    return;
  }
  const { records, ...header } = input as { records?: unknown };
  appendAll(issues, checker.checkHeader(header).issues);
  if (!Array.isArray(records)) {
    issues.push({ code: "missing_field", message: "expected records to be a list", path: ["records"] });
    return;
  }
  for (let index = 0; index < records.length; index++) {
    const result = checker.checkRecord(records[index], ["records", index]);
    appendAll(issues, result.issues);
    if (result.record !== undefined) yield result.record as DatasetRecord;
  }
  appendAll(issues, checker.finish());
}

/** Registers `bilateral export ftm <dataset>`. @internal */
export function registerExport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("export")
    .description(
      "Export a dataset (JSON or JSON Lines) to FollowTheMoney entities (JSON Lines): persons (with their documents and posts), organisations, addresses, links and sanctions.",
    )
    .addArgument(new Argument("<format>", "the output format").choices(["ftm", "parquet"]))
    .argument("<dataset>", "the dataset file (.json or .jsonl)")
    .option(
      "-o, --output <file>",
      "write the entities to this file (JSON Lines; stdout otherwise); for parquet, the directory to write",
    )
    .option("--partition-by <column>", "parquet: the events in one folder a year (year)")
    .option("--report", "print the full export report (JSON) on stderr")
    .option(...MODEL_OPTION)
    .addHelpText(
      "after",
      "\nftm: records FtM has no schema for (events, relationships, countries...) are skipped and counted on stderr.\nExit 1 when the dataset has validation issues (for ftm the valid records are still exported).\nparquet: every record kind to Parquet files laid out for analysis (docs/parquet.md); needs @duckdb/node-api.",
    )
    .action(
      async (
        format: "ftm" | "parquet",
        file: string,
        options: { output?: string; report?: boolean; model?: string; partitionBy?: string },
      ) => {
        if (format === "parquet") return exportParquetCommand(file, options, io, setExit);
        const schemas = await loadModelSchemas(options.model);
        const found: Issue[] = [];
        let records: AsyncIterable<DatasetRecord>;
        let stopProgress = () => {};
        if (await isJsonLinesFile(file)) {
          const size = await inputSize(file);
          const progress = createProgress({
            stream: process.stderr,
            enabled: io.stderrIsTTY,
            total: size,
            label: `exporting ${basename(file)}`,
          });
          stopProgress = () => progress.stop();
          const batches = checkJsonLinesDataset(readChunks(file, progress), file, found, schemas);
          records = (async function* () {
            for await (const batch of batches) yield* batch;
          })();
        } else {
          records = jsonDatasetRecords(file, found, schemas);
        }
        const run = exportFtm(records);
        const output = options.output === undefined ? undefined : new OutputFile(options.output);
        try {
          const writer = new TextWriter(output?.sink ?? io.stdout);
          for await (const batch of run.batches()) {
            for (const entity of batch) await writer.write(toJsonLine(entity));
          }
          await writer.flush();
          await output?.commit();
        } catch (error) {
          await output?.abort();
          throw error;
        } finally {
          stopProgress();
        }
        const report = run.report;
        const kinds = Object.entries(report.skippedBy)
          .map(([kind, n]) => `${escapeForTerminal(kind)} ${n}`)
          .join(", ");
        io.stderr(
          `ftm: read ${report.read} records, wrote ${report.exported} entities, skipped ${report.skippedCount}${kinds === "" ? "" : ` (${kinds})`}, ${report.warningCount} warning${report.warningCount === 1 ? "" : "s"}\n`,
        );
        // Warnings (doubtful data) do not fail an export; `bilateral validate` shows them.
        const issues = found.filter((issue) => severityOf(issue) === "error");
        if (issues.length > 0) {
          const colors = pc.createColors(false);
          io.stderr(
            `the dataset has ${issues.length} validation issue${issues.length === 1 ? "" : "s"} (records with a bad shape were not exported):\n`,
          );
          for (const issue of issues.slice(0, HUMAN_ISSUE_LIMIT))
            io.stderr(`${formatIssue(issue, colors)}\n`);
          if (issues.length > HUMAN_ISSUE_LIMIT)
            io.stderr(`  ... and ${issues.length - HUMAN_ISSUE_LIMIT} more (run bilateral validate)\n`);
        }
        if (options.report) io.stderr(`${stringifyForTerminal(report, 2)}\n`);
        setExit(issues.length > 0 ? 1 : 0);
      },
    );
}
