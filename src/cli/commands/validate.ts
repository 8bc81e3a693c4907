import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import { InputError } from "../../core/errors.js";
import type { IssueCode } from "../../core/issue.js";
import { type LineErrorCode, readJsonLineBatches } from "../../io/jsonl.js";
import { createProgress } from "../../io/progress.js";
import { escapeForTerminal } from "../../io/terminal-text.js";
import { type DatasetRecord, RECORD_SCHEMAS } from "../../model/records.js";
import { DatasetChecker } from "../../validate/checker.js";
import { safeParseDataset } from "../../validate/parse.js";
import type { CliIo } from "../io.js";
import { HumanIssueReport, type IssueSink, JsonIssueStream } from "../issue-report.js";
import { type CliSchemas, loadModelSchemas, MODEL_OPTION } from "../model-option.js";
import { readJsonWithinHeap } from "../read-json-within-heap.js";
import { inputSize, readChunks } from "./import.js";

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
  issues: IssueSink,
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
        for (const issue of checker.checkHeader(entry.value, at).issues) issues.push(issue);
        continue;
      }
      const result = checker.checkRecord(entry.value, at);
      for (const issue of result.issues) issues.push(issue);
      if (result.record !== undefined) records.push(result.record as DatasetRecord);
    }
    if (records.length > 0) yield records;
  }
  if (!header) {
    throw new InputError(
      `${path}: the file is empty (expected a JSON Lines dataset: a header line, then one record a line)`,
    );
  }
  for (const issue of checker.finish()) issues.push(issue);
}

/** Registers `bilateral validate <file>`. @internal */
export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description(
      "Check a dataset file (JSON, or JSON Lines streamed with bounded memory): every record's shape, unique ids, references, dates and codes.",
    )
    .argument("<file>", "the dataset file (.json; .jsonl or .ndjson, or JSON Lines found by its content)")
    .option(
      "--json",
      'print {"issues": [{code, severity, message, path, recordId}], "valid"} as JSON, the issues streamed',
    )
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
      const report = options.json ? new JsonIssueStream(io.stdout) : new HumanIssueReport();
      let count = 0;
      if (await isJsonLinesFile(file)) {
        const progress = createProgress({
          stream: process.stderr,
          enabled: io.stderrIsTTY && !options.json,
          total: await inputSize(file),
          label: `validating ${basename(file)}`,
        });
        try {
          for await (const batch of checkJsonLinesDataset(readChunks(file, progress), file, report, schemas))
            count += batch.length;
        } finally {
          progress.stop();
        }
      } else {
        const result = safeParseDataset(await readJsonWithinHeap(file), { schemas });
        for (const issue of [...result.issues, ...result.warnings]) report.push(issue);
        if (result.success) count = result.data.records.length;
      }
      const { errors, warnings } = report.counts;
      const valid = errors === 0 && !(options.strict === true && warnings > 0);
      if (report instanceof JsonIssueStream) report.end(valid);
      else io.stdout(humanReport(file, valid, count, report, pc.createColors(io.color)));
      setExit(valid ? 0 : 1);
    });
}

/** The human report: the verdict line, then the issues kept and the rest counted by code. */
function humanReport(
  file: string,
  valid: boolean,
  count: number,
  report: HumanIssueReport,
  colors: ReturnType<typeof pc.createColors>,
): string {
  const { warnings, total } = report.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const head = valid
    ? `${colors.green("valid")}: ${escapeForTerminal(file)} (${plural(count, "record")}${warnings === 0 ? "" : `, ${plural(warnings, "warning")}`})`
    : `${colors.red("invalid")}: ${escapeForTerminal(file)}: ${plural(total, "issue")}${warnings === 0 ? "" : ` (${plural(warnings, "warning")})`}`;
  return [head, ...report.lines(colors)].map((line) => `${line}\n`).join("");
}
