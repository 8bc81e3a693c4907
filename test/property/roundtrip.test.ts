/**
 * Lossless data: a valid dataset survives JSON and JSON Lines round trips unchanged (deep equality).
 *
 * Run counts: 100 runs a property (40 for the one that writes files). Generating a dataset (up to 3 records
 * of each kind) costs about 5 ms and validating it about 2 ms; the file takes about 12 s of CPU on the
 * project's 2-core machine, and the whole property suite (test/property) about 55 s of CPU, so about 30 s
 * of wall time when nothing else runs.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { type Dataset, safeParseDataset } from "bilateral";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readJsonLines, writeJsonLines } from "../../src/io/jsonl.js";
import { readJsonFile } from "../../src/io/read-json.js";
import { datasetArb, fromJsonLinesBySplit, toJsonLines } from "./arbitraries.js";
import { runs } from "./runs.js";

const RUNS = runs(100);

/** Reassembles a dataset from the JSON Lines reader's values: the header line, then the records. */
async function readDatasetLines(input: Parameters<typeof readJsonLines>[0]): Promise<unknown> {
  const values: unknown[] = [];
  for await (const entry of readJsonLines(input)) {
    if (entry.error !== undefined) throw new Error(`line ${entry.line}: ${entry.error}`);
    values.push(entry.value);
  }
  const [header, ...records] = values;
  return { ...(header as object), records };
}

/** Cuts a byte array (or a string) at the given fractions of its length, in order. */
function cut<T extends { length: number; slice(start: number, end?: number): T }>(
  whole: T,
  fractions: number[],
): T[] {
  const points = [...new Set(fractions.map((fraction) => Math.floor(fraction * whole.length)))].sort(
    (a, b) => a - b,
  );
  const parts: T[] = [];
  let start = 0;
  for (const point of points) {
    parts.push(whole.slice(start, point));
    start = point;
  }
  parts.push(whole.slice(start));
  return parts;
}

const cutsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

function expectSame(result: ReturnType<typeof safeParseDataset>, dataset: Dataset): void {
  expect(result.issues).toEqual([]);
  expect(result.data).toEqual(dataset);
}

describe("a valid dataset is kept exactly", () => {
  test("it validates, and parsing gives it back unchanged", () => {
    fc.assert(
      fc.property(datasetArb(), (dataset) => {
        expectSame(safeParseDataset(dataset), dataset);
      }),
      { numRuns: RUNS },
    );
  });

  test("JSON: stringify then parse then validate gives it back, and a second write is byte-identical", () => {
    fc.assert(
      fc.property(datasetArb(), (dataset) => {
        const text = JSON.stringify(dataset);
        const result = safeParseDataset(JSON.parse(text));
        expectSame(result, dataset);
        // Writing what was read gives the same text as writing what was parsed from the original.
        expect(JSON.stringify(result.data)).toBe(JSON.stringify(safeParseDataset(dataset).data));
      }),
      { numRuns: RUNS },
    );
  });

  test("JSON Lines (header line, then a record a line), split on LF, gives it back", () => {
    fc.assert(
      fc.property(datasetArb(), (dataset) => {
        const text = toJsonLines(dataset);
        expect(text.split("\n")).toHaveLength(dataset.records.length + 1);
        expectSame(safeParseDataset(fromJsonLinesBySplit(text)), dataset);
      }),
      { numRuns: RUNS },
    );
  });

  test("JSON Lines through the library's writer and reader, as bytes cut anywhere (inside a UTF-8 sequence too)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(), cutsArb, async (dataset, cuts) => {
        const { records, ...header } = dataset;
        let text = "";
        const written = await writeJsonLines(
          (chunk) => {
            text += chunk;
          },
          [header, ...records],
        );
        expect(written).toBe(records.length + 1);
        expect(text).toBe(`${toJsonLines(dataset)}\n`);
        const chunks = cut(new TextEncoder().encode(text), cuts);
        expectSame(safeParseDataset(await readDatasetLines(chunks)), dataset);
      }),
      { numRuns: RUNS },
    );
  });

  test("JSON Lines read from a stream of strings cut anywhere, with CRLF line ends", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(), cutsArb, async (dataset, cuts) => {
        const text = `${toJsonLines(dataset).replaceAll("\n", "\r\n")}\r\n`;
        const stream = Readable.from(cut(text, cuts), { objectMode: true });
        expectSame(safeParseDataset(await readDatasetLines(stream)), dataset);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("through a file", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "bilateral-roundtrip-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("a dataset written as UTF-8 JSON (with or without a BOM) and read with readJsonFile is unchanged", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(datasetArb({ maxPerKind: 2 }), fc.boolean(), async (dataset, bom) => {
        const file = join(dir, `dataset-${n++}.json`);
        await writeFile(file, `${bom ? "\uFEFF" : ""}${JSON.stringify(dataset, null, 2)}\n`, "utf8");
        expectSame(safeParseDataset(await readJsonFile(file)), dataset);
      }),
      { numRuns: 40 },
    );
  });
});
