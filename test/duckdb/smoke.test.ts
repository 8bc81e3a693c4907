import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportParquet, readParquet } from "bilateral/duckdb";
import { loadSeedStory } from "bilateral/example";
import { expect, test } from "vitest";

test("seed story round trip", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pq-"));
  try {
    const seed = loadSeedStory();
    await exportParquet(seed, join(dir, "out"));
    const back = await readParquet(join(dir, "out"));
    expect(back).toEqual(seed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
