/**
 * Every importer under fuzzing: fast-check mutations of our own sample files, line by line (a line cut short,
 * two columns swapped, a field replaced by a huge one or an odd number, a line doubled, bytes that are not
 * UTF-8) and byte by byte (bytes flipped, inserted or dropped, the file cut anywhere, the whole file
 * re-encoded as Latin-1 or UTF-16). The properties, for every importer:
 *
 * - it ends: no import takes longer than a few seconds on a sample of a few rows;
 * - it never crashes: the only error it may raise is an `InputError` (a header it cannot read), with a message;
 * - every row is read and either imported or skipped with a reason (`read = imported + skipped`);
 * - what it yields validates as a dataset (no record it makes is invalid);
 * - nothing is silently altered: when one line is mutated, every event or trade flow that does not come from
 *   that line is the one the unmutated file gives.
 *
 * The Parquet reader (`readParquet`) is fuzzed the same way, byte by byte, on a directory `exportParquet`
 * wrote: it reads the directory back or throws a `ParquetError` naming the mutated file, never anything else.
 *
 * Runs: `runs(40)` line mutations and `runs(30)` byte mutations an importer; a longer run on demand with
 * `BILATERAL_PROPERTY_RUNS_SCALE=25 npx vitest run test/property/importers.fuzz.test.ts`.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, type DatasetRecord, InputError, ParquetError, safeParseDataset } from "bilateral";
import { exportParquet, readParquet } from "bilateral/duckdb";
import { loadSeedStory } from "bilateral/example";
import {
  collectImport,
  type ImportReport,
  type ImportRun,
  importComtrade,
  importFtm,
  importGdelt,
  importIcews,
  importPlover,
  importUcdp,
} from "bilateral/interop";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runs } from "./runs.js";

type Importer = (input: AsyncIterable<Uint8Array>) => ImportRun;

interface Sample {
  readonly name: string;
  readonly file: string;
  readonly importer: Importer;
  /** The column separator of a delimited file; undefined for JSON. */
  readonly separator?: "\t" | ",";
  /** Lines before the first row (a header) that line mutations leave alone. */
  readonly headerLines: number;
}

const SAMPLES: readonly Sample[] = [
  { name: "GDELT", file: "gdelt-valid.export.CSV", importer: importGdelt, separator: "\t", headerLines: 0 },
  { name: "ICEWS", file: "icews-valid.tab", importer: importIcews, separator: "\t", headerLines: 1 },
  { name: "UCDP GED", file: "ucdp-ged-23.csv", importer: importUcdp, separator: ",", headerLines: 1 },
  {
    name: "Comtrade CSV",
    file: "comtrade-snake.csv",
    importer: importComtrade,
    separator: ",",
    headerLines: 1,
  },
  { name: "Comtrade JSON", file: "comtrade-api.json", importer: importComtrade, headerLines: 0 },
  { name: "PLOVER", file: "plover-0.8.jsonl", importer: importPlover, headerLines: 0 },
  { name: "FtM", file: "ftm-entities.jsonl", importer: (input) => importFtm(input), headerLines: 0 },
];

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/interop/${file}`, import.meta.url)));

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

interface Outcome {
  readonly dataset?: Dataset;
  readonly report?: ImportReport;
  readonly error?: unknown;
}

const TIME_LIMIT_MS = 10_000;

/** Imports the bytes, within a time limit; an error is returned, not thrown. */
async function importBytes(sample: Sample, bytes: Uint8Array): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the ${sample.name} import did not end`)), TIME_LIMIT_MS);
  });
  try {
    return await Promise.race([collectImport(sample.importer(once(bytes))), timeout]);
  } catch (error) {
    if (error instanceof Error && error.message.endsWith("did not end")) throw error;
    return { error };
  } finally {
    clearTimeout(timer);
  }
}

/** The properties every outcome must have: a clear error or a complete, consistent, valid import. */
function checkOutcome(sample: Sample, outcome: Outcome): void {
  if (outcome.error !== undefined) {
    expect(outcome.error, `${sample.name}: ${String(outcome.error)}`).toBeInstanceOf(InputError);
    expect((outcome.error as Error).message.length).toBeGreaterThan(0);
    return;
  }
  const report = outcome.report as ImportReport;
  expect(report.complete).toBe(true);
  expect(report.read).toBe(report.imported + report.skippedCount);
  const validation = safeParseDataset(outcome.dataset);
  expect(validation.issues.slice(0, 3), sample.name).toEqual([]);
}

const ODD_VALUES = ["", "NaN", "1e309", "-0", "0x1F", "１２", "-", "9".repeat(400), "\u202e", "\\", '"'];

/** A mutation of one line's text. */
const lineMutationArb = (separator: string | undefined) =>
  fc.oneof(
    fc.nat().map((cut) => (line: string) => line.slice(0, cut % Math.max(1, line.length))),
    fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (line: string) => {
      if (separator === undefined) return line;
      const fields = line.split(separator);
      const a = i % fields.length;
      const b = j % fields.length;
      [fields[a], fields[b]] = [fields[b] as string, fields[a] as string];
      return fields.join(separator);
    }),
    fc
      .tuple(
        fc.nat(),
        fc.oneof(fc.constantFrom(...ODD_VALUES), fc.constant("x".repeat(100_000)), fc.string()),
      )
      .map(([i, value]) => (line: string) => {
        if (separator === undefined) return line.replace(/"[^"]*"/, JSON.stringify(value));
        const fields = line.split(separator);
        fields[i % fields.length] = value;
        return fields.join(separator);
      }),
    fc.constant((line: string) => `${line}\n${line}`),
    fc.constant((line: string) => line.replaceAll(separator ?? ",", "")),
  );

/** The records an import made of one row each (events, trade flows), by id, as JSON text. */
function rowsById(dataset: Dataset | undefined): Map<string, string> {
  const rows = (dataset?.records ?? []).filter(
    (record: DatasetRecord) => record.kind === "event" || record.kind === "trade-flow",
  );
  return new Map(rows.map((record) => [record.id, JSON.stringify(record)]));
}

/** Byte mutations: a byte changed, bytes inserted, the file cut short, re-encoded as Latin-1 or UTF-16. */
const byteMutationArb = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => (data: Buffer) => {
    const copy = Buffer.from(data);
    copy[at % copy.length] = byte;
    return copy;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, bytes]) => (data: Buffer) => {
    const cut = at % data.length;
    return Buffer.concat([data.subarray(0, cut), bytes, data.subarray(cut)]);
  }),
  fc.nat().map((at) => (data: Buffer) => data.subarray(0, at % data.length)),
  fc.constant((data: Buffer) => Buffer.from(data.toString("utf8"), "latin1")),
  fc.constant((data: Buffer) => Buffer.from(data.toString("utf8"), "utf16le")),
);

describe.each(SAMPLES)("the $name importer under fuzzing", (sample) => {
  const original = read(sample.file);
  const lines = original.toString("utf8").split("\n");

  test("one line mutated: a clear outcome, and the records of the other lines unchanged", async () => {
    checkOutcome(sample, await importBytes(sample, original));
    const rows = lines.length - sample.headerLines;
    await fc.assert(
      fc.asyncProperty(fc.nat(), lineMutationArb(sample.separator), async (at, mutate) => {
        const index = sample.headerLines + (at % Math.max(1, rows));
        const text = lines.map((line, i) => (i === index ? mutate(line) : line)).join("\n");
        const outcome = await importBytes(sample, Buffer.from(text, "utf8"));
        checkOutcome(sample, outcome);
        if (outcome.dataset === undefined || sample.separator === undefined) return;
        // A line-based file: the events and flows the other lines give, as the file without the mutated line
        // gives them, are in the import unchanged. (Entities are made from the first row that names them, so
        // a mutated row may name one differently: only the rows' own records are compared.) The one way out:
        // a quoted field left open runs on into the next lines, as CSV reads it, and the row it makes is
        // skipped with its reason, or read with a `multi_line_record` warning naming the lines.
        const without = lines.filter((_, i) => i !== index).join("\n");
        const others = rowsById((await importBytes(sample, Buffer.from(without, "utf8"))).dataset);
        const after = rowsById(outcome.dataset);
        const changed = [...others].filter(([id, json]) => after.get(id) !== json).map(([id]) => id);
        if (changed.length === 0) return;
        expect(
          mutate(lines[index] ?? ""),
          `${changed.join(", ")} changed, line ${index + 1} mutated`,
        ).toContain('"');
        const report = outcome.report as ImportReport;
        const told = report.skippedCount + (report.warningsBy.multi_line_record ?? 0);
        expect(
          told,
          `${changed.join(", ")} changed, and no row skipped nor read across lines`,
        ).toBeGreaterThan(0);
      }),
      { numRuns: runs(40) },
    );
  });

  test("bytes mutated or re-encoded: a clear outcome", async () => {
    await fc.assert(
      fc.asyncProperty(byteMutationArb, async (mutate) => {
        checkOutcome(sample, await importBytes(sample, mutate(original)));
      }),
      { numRuns: runs(30) },
    );
  });
});

// The Parquet reader: a small directory written by exportParquet, one of its files mutated byte by byte. It
// reads back or throws a ParquetError naming the file; never another error, never a crash.
describe("the Parquet reader under fuzzing", () => {
  const root = mkdtempSync(join(tmpdir(), "bilateral-parquet-fuzz-"));
  const source = join(root, "source");
  let files: string[] = [];
  beforeAll(async () => {
    await exportParquet(loadSeedStory(), source);
    files = readdirSync(source, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".parquet"),
    );
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("bytes of a Parquet file mutated: read back, or a ParquetError naming the file", {
    timeout: 120_000,
  }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), byteMutationArb, async (which, mutate) => {
        const dir = join(root, `run-${run++}`);
        cpSync(source, dir, { recursive: true });
        const file = files[which % files.length] as string;
        writeFileSync(join(dir, file), mutate(readFileSync(join(source, file))));
        try {
          const dataset = await readParquet(dir);
          expect(Array.isArray(dataset.records)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ParquetError);
          expect((error as ParquetError).message).toContain(join(dir, file));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: runs(30) },
    );
  });
});
