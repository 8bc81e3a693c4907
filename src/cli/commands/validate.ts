import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import { appendAll } from "../../core/append.js";
import { InputError } from "../../core/errors.js";
import { formatPath, type Issue, type IssueCode, severityOf } from "../../core/issue.js";
import { type LineErrorCode, readJsonLineBatches } from "../../io/jsonl.js";
import { createProgress } from "../../io/progress.js";
import { escapeForTerminal, stringifyForTerminal } from "../../io/terminal-text.js";
import { type DatasetRecord, RECORD_SCHEMAS } from "../../model/records.js";
import { DatasetChecker } from "../../validate/checker.js";
import { safeParseDataset } from "../../validate/parse.js";
import type { CliIo } from "../io.js";
import { type CliSchemas, loadModelSchemas, MODEL_OPTION } from "../model-option.js";
import { readJsonWithinHeap } from "../read-json-within-heap.js";
import { inputSize, readChunks } from "./import.js";

/** How many issues the human output lists before it summarises the rest. @internal */
export const HUMAN_ISSUE_LIMIT = 50;

/**
 * Formats one issue as a line a person reads: path, record id, message and code, each escaped for the
 * terminal (an id, a field name or a quoted value may hold control characters). A JSON Lines line that could
 * not be read has the path `["line", n]` and a message that starts with `line n: ` (so that it stands alone
 * in `--json`): the line number is shown once, as the path.
 * @internal
 */
export function formatIssue(issue: Issue, colors: ReturnType<typeof pc.createColors>): string {
  const where = escapeForTerminal(formatPath(issue.path));
  const record = issue.recordId === undefined ? "" : ` (${escapeForTerminal(issue.recordId)})`;
  let message = issue.message;
  if (issue.path.length === 2 && issue.path[0] === "line" && typeof issue.path[1] === "number") {
    const prefix = `line ${issue.path[1]}: `;
    if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  const warning = issue.severity === "warning" ? `${colors.yellow("warning")} ` : "";
  return `  ${warning}${colors.bold(where)}${record}: ${escapeForTerminal(message)} ${colors.dim(`[${issue.code}]`)}`;
}

const SNIFF_BYTES = 1024 * 1024;

/**
 * Tells whether a dataset file is JSON Lines: by its extension (`.jsonl`, `.ndjson`), else by its content (a
 * first line that is a whole JSON object with `format` and without `records`: a JSON Lines header).
 * @internal
 */
export async function isJsonLinesFile(path: string): Promise<boolean> {
  const extension = extname(path).toLowerCase();
  if (extension === ".jsonl" || extension === ".ndjson") return true;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    const lines = text.split("\n");
    const first = lines.findIndex((line) => line.trim() !== "");
    if (first === -1 || first === lines.length - 1) return false; // no line break after it: one JSON document
    const value: unknown = JSON.parse(lines[first] as string);
    return (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      "format" in value &&
      !("records" in value)
    );
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

const LINE_ISSUE_CODES: Readonly<Record<LineErrorCode, IssueCode>> = {
  invalid_json: "invalid_json",
  invalid_utf8: "invalid_json",
  line_too_long: "out_of_range",
  too_deep: "too_deep",
};

/**
 * Reads a JSON Lines dataset as a stream, checking it with a {@link DatasetChecker} as it goes: line 1 (the
 * first non-blank line) is the header, every other line a record. Issue paths start with the line number
 * (`["line", 12, "actors", 0]`). Yields the records whose shape is valid, in batches; pushes every issue,
 * those only the end can tell (unresolved references) included, onto `issues`.
 * @internal
 */
export async function* checkJsonLinesDataset(
  input: AsyncIterable<Uint8Array | string>,
  path: string,
  issues: Issue[],
  schemas: CliSchemas = RECORD_SCHEMAS,
): AsyncGenerator<DatasetRecord[]> {
  const checker = new DatasetChecker(schemas);
  let header = false;
  for await (const batch of readJsonLineBatches(input)) {
    const records: DatasetRecord[] = [];
    for (const entry of batch) {
      const at = ["line", entry.line] as const;
      if (entry.error !== undefined) {
        issues.push({
          code: LINE_ISSUE_CODES[entry.code],
          message: `line ${entry.line}: ${entry.error}`,
          path: [...at],
        });
        header = true;
        continue;
      }
      if (!header) {
        header = true;
        appendAll(issues, checker.checkHeader(entry.value, at).issues);
        continue;
      }
      const result = checker.checkRecord(entry.value, at);
      if (result.issues.length > 0) appendAll(issues, result.issues);
      if (result.record !== undefined) records.push(result.record as DatasetRecord);
    }
    if (records.length > 0) yield records;
  }
  if (!header) {
    throw new InputError(
      `${path}: the file is empty (expected a JSON Lines dataset: a header line, then one record a line)`,
    );
  }
  appendAll(issues, checker.finish());
}

function lineOf(issue: Issue): number {
  return issue.path[0] === "line" && typeof issue.path[1] === "number" ? issue.path[1] : 0;
}

/** How many issues of each code, most frequent first: `unresolved_reference 149950, duplicate_id 3`. */
function countsByCode(issues: readonly Issue[]): string {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, count]) => `${code} ${count}`)
    .join(", ");
}

/** Registers `bilateral validate <file>`. @internal */
export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description(
      "Check a dataset file (JSON, or JSON Lines streamed with bounded memory): every record's shape, unique ids, references, dates and codes.",
    )
    .argument("<file>", "the dataset file (.json; .jsonl or .ndjson, or JSON Lines found by its content)")
    .option("--json", 'print {"valid", "issues": [{code, severity, message, path, recordId}]} as JSON')
    .option(...MODEL_OPTION)
    .option(
      "--strict",
      "fail on warnings too (doubtful data, such as an id mixing Latin and Cyrillic letters)",
    )
    .addHelpText(
      "after",
      '\nIn a JSON Lines file, an issue\'s path starts with the line number: ["line", 12, "actors", 0].',
    )
    .action(async (file: string, options: { json?: boolean; strict?: boolean; model?: string }) => {
      const schemas = await loadModelSchemas(options.model);
      let valid: boolean;
      let issues: Issue[];
      let count = 0;
      if (await isJsonLinesFile(file)) {
        const size = await inputSize(file);
        const progress = createProgress({
          stream: process.stderr,
          enabled: io.stderrIsTTY && !options.json,
          total: size,
          label: `validating ${basename(file)}`,
        });
        issues = [];
        try {
          for await (const batch of checkJsonLinesDataset(readChunks(file, progress), file, issues, schemas))
            count += batch.length;
        } finally {
          progress.stop();
        }
        issues.sort((a, b) => lineOf(a) - lineOf(b));
      } else {
        const input = await readJsonWithinHeap(file);
        const result = safeParseDataset(input, { schemas });
        issues = [...result.issues, ...result.warnings];
        if (result.success) count = result.data.records.length;
      }
      const warnings = issues.filter((issue) => issue.severity === "warning").length;
      const errors = issues.length - warnings;
      valid = errors === 0 && !(options.strict === true && warnings > 0);
      if (options.json) {
        io.stdout(
          `${stringifyForTerminal({
            valid,
            issues: issues.map((issue) => ({
              code: issue.code,
              severity: severityOf(issue),
              message: issue.message,
              path: issue.path,
              recordId: issue.recordId ?? null,
            })),
          })}\n`,
        );
      } else {
        const colors = pc.createColors(io.color);
        const ofThem = warnings === 0 ? "" : ` (${warnings} warning${warnings === 1 ? "" : "s"})`;
        if (valid) {
          const warned = warnings === 0 ? "" : `, ${warnings} warning${warnings === 1 ? "" : "s"}`;
          io.stdout(
            `${colors.green("valid")}: ${escapeForTerminal(file)} (${count} record${count === 1 ? "" : "s"}${warned})\n`,
          );
        } else {
          io.stdout(
            `${colors.red("invalid")}: ${escapeForTerminal(file)}: ${issues.length} issue${issues.length === 1 ? "" : "s"}${ofThem}\n`,
          );
        }
        if (issues.length > 0) {
          for (const issue of issues.slice(0, HUMAN_ISSUE_LIMIT))
            io.stdout(`${formatIssue(issue, colors)}\n`);
          if (issues.length > HUMAN_ISSUE_LIMIT) {
            const rest = countsByCode(issues.slice(HUMAN_ISSUE_LIMIT));
            io.stdout(
              `  ... and ${issues.length - HUMAN_ISSUE_LIMIT} more: ${rest} (use --json to list them all)\n`,
            );
          }
        }
      }
      setExit(valid ? 0 : 1);
    });
}
