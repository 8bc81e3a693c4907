/**
 * Parquet round trip: a generated dataset written by `exportParquet` (from the object or from its JSON Lines
 * file, partitioned by year or not) and read back by `readParquet` deep-equals the one written, records in
 * dataset order. DuckDB costs a few hundred milliseconds an export, so the runs are few and the datasets large.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportParquet, readParquet } from "bilateral/duckdb";
import fc from "fast-check";
import { afterAll, expect, test } from "vitest";
import { datasetArb, toJsonLines } from "./arbitraries.js";
import { runs } from "./runs.js";

const root = mkdtempSync(join(tmpdir(), "bilateral-parquet-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let run = 0;

test("a dataset read back from Parquet deep-equals the one written", { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(
      datasetArb({ minPerKind: 0, maxPerKind: 6 }),
      fc.boolean(),
      fc.boolean(),
      async (dataset, partitioned, fromFile) => {
        const name = `run-${run++}`;
        const dir = join(root, name);
        let input: typeof dataset | string = dataset;
        if (fromFile) {
          input = join(root, `${name}.jsonl`);
          writeFileSync(input, toJsonLines(dataset));
        }
        await exportParquet(input, dir, partitioned ? { partitionBy: "year" } : {});
        expect(await readParquet(dir)).toEqual(dataset);
        rmSync(dir, { recursive: true, force: true });
      },
    ),
    { numRuns: runs(12) },
  );
});
