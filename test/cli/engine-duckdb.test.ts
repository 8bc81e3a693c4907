import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { seedStoryInput } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

let dir: string;
let seed: string;
let parquet: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bilateral-engine-cli-"));
  seed = join(dir, "seed.jsonl");
  parquet = join(dir, "seed-parquet");
  const { records, ...header } = seedStoryInput;
  writeFileSync(seed, [header, ...records].map((line) => JSON.stringify(line)).join("\n"));
  const exported = await run("export", "parquet", seed, "-o", parquet);
  expect(exported.code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command over the dataset file in memory and over its Parquet directory with DuckDB. */
async function both(command: readonly string[], options: readonly string[]) {
  const memory = await run(...command, seed, ...options);
  const duckdb = await run(...command, parquet, ...options, "--engine", "duckdb");
  return { memory, duckdb };
}

describe("--engine duckdb", () => {
  it.each([
    [
      ["query", "events"],
      ["--between", "IRN,PAK"],
    ],
    [
      ["query", "events"],
      ["--between", "IRN,PAK", "--json"],
    ],
    [
      ["query", "events"],
      ["--actor", "PAK", "--from", "2024", "--to", "2025", "--json"],
    ],
    [["timeline"], ["--dyad", "IRN,PAK"]],
    [["timeline"], ["--dyad", "IRN,PAK", "--claims", "--json"]],
    [["summary"], ["--dyad", "IRN,PAK", "--by", "month"]],
    [["summary"], ["--dyad", "IRN,PAK", "--json"]],
    [["panel"], ["--by", "year", "--from", "2024", "--to", "2025"]],
  ])(
    "%s %s prints what the in-memory engine prints",
    async (command, options) => {
      const { memory, duckdb } = await both(command, options);
      expect(memory.code).toBe(0);
      expect(memory.stdout.length).toBeGreaterThan(20);
      expect(duckdb).toEqual(memory);
    },
    60_000,
  );

  it("gives the same usage errors (exit 2) for a bad option or an unknown party", async () => {
    for (const options of [
      ["--between", "IRN,ZZZ"],
      ["--between", "IRN,PAK", "--from", "2025-13"],
    ]) {
      const { memory, duckdb } = await both(["query", "events"], options);
      expect(memory.code).toBe(2);
      expect(duckdb).toEqual(memory);
    }
  }, 60_000);

  it("says clearly when the input is not a Parquet directory", async () => {
    const result = await run("summary", seed, "--dyad", "IRN,PAK", "--engine", "duckdb");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(seed);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes a panel as Parquet (-o panel.parquet), with either engine", async () => {
    const out = join(dir, "panel.parquet");
    const result = await run("panel", seed, "--by", "year", "--from", "2024", "--to", "2025", "-o", out);
    expect(result.code).toBe(0);
    const count = Number(/wrote (\d+) row/.exec(result.stderr)?.[1]);
    expect(count).toBeGreaterThan(2);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(
      "SELECT count(*)::INTEGER AS n, count(DISTINCT period)::INTEGER AS periods, max(events.count)::INTEGER AS most FROM read_parquet($1)",
      [out],
    );
    expect(reader.getRowObjectsJS()).toEqual([{ n: count, periods: 2, most: expect.any(Number) }]);
    connection.closeSync();
    instance.closeSync();
  }, 60_000);
});
