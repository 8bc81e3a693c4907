import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as bilateral from "bilateral";
import * as duckdb from "bilateral/duckdb";
import { expect, it } from "vitest";

// Each test file runs in a fresh module cache: nothing before these imports loaded DuckDB.
const require = createRequire(import.meta.url);
const duckDbLoaded = () => Object.keys(require.cache).some((path) => path.includes("@duckdb"));

it("importing bilateral and bilateral/duckdb loads no DuckDB; exporting does", async () => {
  expect(typeof bilateral.createIndex).toBe("function");
  expect(typeof duckdb.exportParquet).toBe("function");
  expect(duckDbLoaded()).toBe(false);
  const dir = mkdtempSync(join(tmpdir(), "bilateral-lazy-"));
  try {
    await duckdb.exportParquet({ format: "bilateral", version: "1.0", records: [] }, join(dir, "out"));
    // Control: the detector sees DuckDB once it is loaded.
    expect(duckDbLoaded()).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("DuckDbMissingError says what to install", () => {
  const error = new duckdb.DuckDbMissingError();
  expect(error.name).toBe("DuckDbMissingError");
  expect(error.message).toContain("npm install @duckdb/node-api");
});
