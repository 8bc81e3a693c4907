import pc from "picocolors";
import { type Issue, severityOf } from "../core/issue.js";
import { createProgress } from "../io/progress.js";
import { escapeForTerminal, stringifyForTerminal } from "../io/terminal-text.js";
import type { Dataset } from "../model/dataset.js";
import type { DatasetRecord } from "../model/records.js";
import { createIndex, type DatasetIndex } from "../query/create-index.js";
import { safeParseDataset } from "../validate/parse.js";
import { inputSize, readChunks } from "./commands/import.js";
import { checkJsonLinesDataset, isJsonLinesFile } from "./commands/validate.js";
import type { CliIo } from "./io.js";
import { formatIssue, HUMAN_ISSUE_LIMIT } from "./issue-report.js";
import { loadModelSchemas } from "./model-option.js";
import { readJsonWithinHeap } from "./read-json-within-heap.js";

/** How a command reads its dataset: `--json` output, and `--model`'s module. @internal */
export interface LoadOptions {
  readonly json?: boolean | undefined;
  readonly model?: string | undefined;
}

/**
 * Reads a dataset file (JSON or JSON Lines), validates it (with the built-in schemas, or `--model`'s) and
 * indexes it. When it is invalid, prints its issues (as `validate` does) and returns `undefined`; the caller
 * exits 1. A file that cannot be read or parsed raises an `InputError` (exit 2).
 * @internal
 */
export async function loadIndex(
  file: string,
  io: CliIo,
  options: LoadOptions,
): Promise<DatasetIndex | undefined> {
  const json = options.json === true;
  const schemas = await loadModelSchemas(options.model);
  let issues: Issue[];
  let dataset: Dataset | undefined;
  if (await isJsonLinesFile(file)) {
    const progress = createProgress({
      stream: process.stderr,
      enabled: io.stderrIsTTY && !json,
      total: await inputSize(file),
      label: `reading ${file}`,
    });
    issues = [];
    const records: DatasetRecord[] = [];
    try {
      for await (const batch of checkJsonLinesDataset(readChunks(file, progress), file, issues, schemas)) {
        for (const record of batch) records.push(record);
      }
    } finally {
      progress.stop();
    }
    // Warnings (doubtful data) do not stop a query; `bilateral validate` shows them.
    issues = issues.filter((issue) => severityOf(issue) === "error");
    if (issues.length === 0) dataset = { format: "bilateral", version: "1.0", records };
  } else {
    const result = safeParseDataset(await readJsonWithinHeap(file), { schemas });
    issues = [...result.issues];
    // A model's records extend the built-in ones; the commands read their own fields at run time.
    dataset = result.data as Dataset | undefined;
  }
  if (dataset === undefined || issues.length > 0) {
    if (json) {
      io.stdout(
        `${stringifyForTerminal({
          valid: false,
          issues: issues.map((issue) => ({ ...issue, recordId: issue.recordId ?? null })),
        })}\n`,
      );
    } else {
      const colors = pc.createColors(io.color);
      io.stdout(
        `${colors.red("invalid")}: ${escapeForTerminal(file)}: ${issues.length} issue${issues.length === 1 ? "" : "s"}\n`,
      );
      for (const issue of issues.slice(0, HUMAN_ISSUE_LIMIT)) io.stdout(`${formatIssue(issue, colors)}\n`);
      if (issues.length > HUMAN_ISSUE_LIMIT) {
        io.stdout(
          `  ... and ${issues.length - HUMAN_ISSUE_LIMIT} more (run bilateral validate --json to list them all)\n`,
        );
      }
    }
    return undefined;
  }
  return createIndex(dataset, { schemas });
}
