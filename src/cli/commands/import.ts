import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { rename, stat, unlink } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Argument, type Command } from "commander";
import { InputError } from "../../core/errors.js";
import { readParquet } from "../../duckdb/index.js";
import { importComtrade } from "../../interop/comtrade.js";
import { importFtm } from "../../interop/ftm-import.js";
import { importGdelt } from "../../interop/gdelt.js";
import { importIcews } from "../../interop/icews.js";
import type { ImportRun } from "../../interop/import-run.js";
import { importPlover } from "../../interop/plover.js";
import { type ImportFormat, type ImportReport, summarizeReport } from "../../interop/report.js";
import { importUcdp } from "../../interop/ucdp.js";
import { type TextSink, TextWriter, toJsonLine } from "../../io/jsonl.js";
import { countingChunks, createProgress, type Progress } from "../../io/progress.js";
import { escapeForTerminal, stringifyForTerminal } from "../../io/terminal-text.js";
import { DATASET_FORMAT, DATASET_VERSION, type DatasetHeader } from "../../model/dataset.js";
import type { DatasetRecord } from "../../model/records.js";
import { type CliIo, UsageError } from "../io.js";
import { sniffImportFormat } from "../sniff-format.js";

const IMPORTERS: Readonly<Record<ImportFormat, (input: AsyncIterable<Uint8Array | string>) => ImportRun>> = {
  gdelt: (input) => importGdelt(input),
  icews: (input) => importIcews(input),
  plover: (input) => importPlover(input),
  ftm: (input) => importFtm(input),
  comtrade: (input) => importComtrade(input),
  ucdp: (input) => importUcdp(input),
};

const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  gdelt: "GDELT 2.0 events",
  icews: "ICEWS events",
  plover: "PLOVER events",
  ftm: "FollowTheMoney entities",
  comtrade: "UN Comtrade trade flows",
  ucdp: "UCDP GED events",
};

/** The dataset serialisation an output path asks for. @internal */
export function outputKind(path: string): "json" | "jsonl" {
  const extension = extname(path).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".jsonl" || extension === ".ndjson") return "jsonl";
  throw new UsageError(`${path}: the output must end in .json, .jsonl or .ndjson`);
}

/** Checks that an input path is a readable file and returns its size. @internal */
export async function inputSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    return info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EACCES") throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
  }
}

/** Opens a file for reading as byte chunks, with progress on a terminal. @internal */
export function readChunks(path: string, progress: Progress): AsyncIterable<Uint8Array | string> {
  const stream = createReadStream(path);
  const chunks = countingChunks(stream, progress);
  return {
    async *[Symbol.asyncIterator]() {
      try {
        yield* chunks;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
      }
    },
  };
}

/**
 * An output file written through a temporary file that is renamed into place at the end, so that a failed run
 * never leaves a half-written file under the name asked for.
 * @internal
 */
export class OutputFile {
  readonly path: string;
  readonly #temporary: string;
  readonly #stream: WriteStream;
  #error: Error | undefined;

  constructor(path: string) {
    this.path = path;
    this.#temporary = `${path}.${process.pid}.partial`;
    this.#stream = createWriteStream(this.#temporary);
    this.#stream.on("error", (error) => {
      this.#error = error;
    });
  }

  /** The sink to write to: it fails with a clear message when the file cannot be written. */
  get sink(): TextSink {
    return async (text: string) => {
      this.#check();
      if (!this.#stream.write(text)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            this.#stream.off("drain", done);
            this.#stream.off("error", done);
            resolve();
          };
          this.#stream.on("drain", done);
          this.#stream.on("error", done);
        });
      }
      this.#check();
    };
  }

  #check(): void {
    if (this.#error !== undefined) {
      const code = (this.#error as NodeJS.ErrnoException).code;
      throw new InputError(`${this.path}: cannot be written (${code ?? this.#error.message})`);
    }
  }

  /** Closes the file and moves it into place. */
  async commit(): Promise<void> {
    await new Promise<void>((resolve) => this.#stream.end(resolve));
    this.#check();
    await rename(this.#temporary, this.path);
  }

  /** Closes and removes the temporary file. */
  async abort(): Promise<void> {
    await new Promise<void>((resolve) => this.#stream.end(resolve));
    await unlink(this.#temporary).catch(() => undefined);
  }
}

/**
 * Writes a dataset as a stream: JSON Lines (the header line, then one record a line) or JSON (the header's
 * fields, then `"records": [` with one record a line). Returns how many records it wrote.
 * @internal
 */
export async function writeDataset(
  sink: TextSink,
  kind: "json" | "jsonl",
  header: DatasetHeader,
  batches: AsyncIterable<readonly DatasetRecord[]> | Iterable<readonly DatasetRecord[]>,
): Promise<number> {
  const writer = new TextWriter(sink);
  let count = 0;
  if (kind === "jsonl") {
    await writer.write(toJsonLine(header));
    for await (const batch of batches) {
      for (const record of batch) await writer.write(toJsonLine(record));
      count += batch.length;
    }
  } else {
    const head = JSON.stringify(header);
    await writer.write(`${head.slice(0, -1)},"records":[`);
    for await (const batch of batches) {
      for (const record of batch) {
        await writer.write(`${count === 0 ? "\n" : ",\n"}${JSON.stringify(record)}`);
        count++;
      }
    }
    await writer.write(count === 0 ? "]}\n" : "\n]}\n");
  }
  await writer.flush();
  return count;
}

/**
 * The one line an import that kept no row ends with: how many rows were read and why they were skipped, and
 * the format the file looks like when it is another one (`it looks like a PLOVER file: bilateral import
 * plover`).
 */
async function nothingImported(format: ImportFormat, file: string, report: ImportReport): Promise<string> {
  const name = escapeForTerminal(file);
  const why = Object.entries(report.skippedBy)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${count}`)
    .join(", ");
  const read =
    report.read === 0
      ? "it holds no row"
      : `${report.read} row${report.read === 1 ? "" : "s"} read, all skipped (${why})`;
  const looks = await sniffImportFormat(file);
  const hint =
    looks !== undefined && looks !== format
      ? looksLike(looks, file)
      : ` (see bilateral import ${format} ${name} --report)`;
  return `${format}: no row of ${name} was imported: ${read}${hint}`;
}

/** `; it looks like an ICEWS events file: bilateral import icews <file>`. */
function looksLike(format: ImportFormat, file: string): string {
  const name = FORMAT_NAMES[format];
  const article = /^[AEIOU]/.test(name) && !name.startsWith("UN") && !name.startsWith("UCDP") ? "an" : "a";
  return `; it looks like ${article} ${name} file: bilateral import ${format} ${escapeForTerminal(file)}`;
}

/** `bilateral import parquet <dir>`: a Parquet directory back to a dataset (JSON Lines, or JSON for `.json`). */
async function importParquet(dir: string, output: string | undefined, io: CliIo): Promise<void> {
  const { records, ...header } = await readParquet(dir);
  const file = output === undefined ? undefined : new OutputFile(output);
  try {
    const kind = output === undefined ? "jsonl" : outputKind(output);
    await writeDataset(file?.sink ?? io.stdout, kind, header, [records]);
    await file?.commit();
  } catch (error) {
    await file?.abort();
    throw error;
  }
  io.stderr(`parquet: read ${records.length} records from ${escapeForTerminal(dir)}\n`);
}

/** Registers `bilateral import <format> <file>`. @internal */
export function registerImport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("import")
    .description(
      "Import a GDELT 2.0, ICEWS, PLOVER, FollowTheMoney, UN Comtrade or UCDP GED file as a bilateral dataset, with a report of what was skipped and why.",
    )
    .addArgument(
      new Argument("<format>", "the input format").choices([
        "gdelt",
        "icews",
        "plover",
        "ftm",
        "comtrade",
        "ucdp",
        "parquet",
      ]),
    )
    .argument("<file>", "the file to import (for parquet, the directory exportParquet wrote)")
    .option(
      "-o, --output <file>",
      "write the dataset to this file (.json or .jsonl); JSON Lines on stdout otherwise",
    )
    .option("--report", "print the full import report (JSON) on stderr")
    .option("--strict", "exit with 1 when any row was skipped")
    .addHelpText(
      "after",
      "\nThe summary (and the report with --report) goes to stderr; progress shows on stderr when it is a terminal.",
    )
    .action(
      async (
        format: ImportFormat | "parquet",
        file: string,
        options: { output?: string; report?: boolean; strict?: boolean },
      ) => {
        if (format === "parquet") return importParquet(file, options.output, io);
        const size = await inputSize(file);
        const kind = options.output === undefined ? "jsonl" : outputKind(options.output);
        const progress = createProgress({
          stream: process.stderr,
          enabled: io.stderrIsTTY,
          total: size,
          label: `importing ${basename(file)}`,
        });
        const run = IMPORTERS[format](readChunks(file, progress));
        const header: DatasetHeader = {
          format: DATASET_FORMAT,
          version: DATASET_VERSION,
          title: `${FORMAT_NAMES[format]} imported from ${basename(file)}`,
        };
        const output = options.output === undefined ? undefined : new OutputFile(options.output);
        try {
          await writeDataset(output?.sink ?? io.stdout, kind, header, run.batches());
          // A file that gives no record is not a dataset worth writing: keep the old output, if any.
          if (run.report.imported === 0) await output?.abort();
          else await output?.commit();
        } catch (error) {
          await output?.abort();
          if (!(error instanceof InputError)) throw error;
          const message = error.message.startsWith(file) ? error.message : `${file}: ${error.message}`;
          const looks = await sniffImportFormat(file);
          if (looks === undefined || looks === format) throw new InputError(message);
          // The file reads as another format: invalid data for this importer (exit 1), with the way out.
          io.stderr(`bilateral: ${escapeForTerminal(message)}${looksLike(looks, file)}\n`);
          setExit(1);
          return;
        } finally {
          progress.stop();
        }
        const report = run.report;
        if (report.imported === 0) {
          io.stderr(`bilateral: ${await nothingImported(format, file, report)}\n`);
          if (options.report) io.stderr(`${stringifyForTerminal(report, 2)}\n`);
          setExit(1);
          return;
        }
        // The summary quotes values of the input (a skipped row's reason): escape them, keep its lines.
        io.stderr(`${escapeForTerminal(summarizeReport(report), { keepLineBreaks: true })}\n`);
        if (options.report) io.stderr(`${stringifyForTerminal(report, 2)}\n`);
        setExit(options.strict && report.skippedCount > 0 ? 1 : 0);
      },
    );
}
