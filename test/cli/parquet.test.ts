import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSeedStory } from "bilateral/example";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

const SEED = fileURLToPath(new URL("../../src/example/seed-story.json", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "bilateral-cli-parquet-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("bilateral export parquet and import parquet", () => {
  it("exports a dataset to a Parquet directory and imports it back to the same records", {
    timeout: 60_000,
  }, async () => {
    const dir = join(root, "seed");
    const exported = await run("export", "parquet", SEED, "-o", dir, "--partition-by", "year");
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^parquet: wrote 52 records \(9 events as 15 rows, one a dyad\) to /);
    expect(readdirSync(join(dir, "events")).some((name) => name.startsWith("year="))).toBe(true);
    const out = join(root, "seed.jsonl");
    const imported = await run("import", "parquet", dir, "-o", out);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/^parquet: read 52 records from /);
    const [header, ...records] = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect({ ...header, records }).toEqual(loadSeedStory());
  });

  it("usage errors (exit 2): no -o, a partition other than year, a directory that is not ours", async () => {
    expect((await run("export", "parquet", SEED)).stderr).toMatch(
      /^bilateral: export parquet needs -o <dir>/,
    );
    const month = await run("export", "parquet", SEED, "-o", join(root, "m"), "--partition-by", "month");
    expect(month.code).toBe(2);
    expect(month.stderr).toContain("--partition-by takes year");
    const foreign = join(root, "foreign");
    mkdirSync(foreign);
    const failed = await run("import", "parquet", foreign);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain(`bilateral: ${join(foreign, "bilateral-parquet.json")}: not found`);
  });

  it("a record with a bad shape stops the export (exit 1) and is listed", async () => {
    const file = join(root, "bad.jsonl");
    writeFileSync(file, `{"format":"bilateral","version":"1.0"}\n{"id":"country:IRN","kind":"country"}\n`);
    const result = await run("export", "parquet", file, "-o", join(root, "bad"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing was exported");
    expect(result.stderr).toContain("line");
  });
});
