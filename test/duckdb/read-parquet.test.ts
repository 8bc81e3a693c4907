import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { ParquetError } from "bilateral";
import { exportParquet, readParquet } from "bilateral/duckdb";
import { loadSeedStory } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = mkdtempSync(join(tmpdir(), "bilateral-read-parquet-"));
const source = join(root, "source");
beforeAll(async () => {
  await exportParquet(loadSeedStory(), source);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

let copies = 0;
/** A copy of the exported directory, to damage. */
function copy(): string {
  const dir = join(root, `copy-${copies++}`);
  cpSync(source, dir, { recursive: true });
  return dir;
}

/** The ParquetError reading `dir` gives: its file and message. */
async function failure(dir: string): Promise<ParquetError> {
  const error = await readParquet(dir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ParquetError);
  return error as ParquetError;
}

describe("readParquet: what is not ours, or damaged, is a ParquetError naming the file", () => {
  it("reads back the seed story as written", async () => {
    expect(await readParquet(source)).toEqual(loadSeedStory());
  });

  it("a directory without a manifest", async () => {
    const dir = join(root, "empty");
    mkdirSync(dir);
    const error = await failure(dir);
    expect(error.file).toBe(join(dir, "bilateral-parquet.json"));
    expect(error.message).toMatch(/not found: .* is not a Parquet directory written by bilateral/);
  });

  it("a manifest that is not JSON, or not ours", async () => {
    const dir = copy();
    const manifest = join(dir, "bilateral-parquet.json");
    writeFileSync(manifest, "{ not json");
    expect((await failure(dir)).message).toMatch(/bilateral-parquet\.json: not valid JSON/);
    writeFileSync(manifest, JSON.stringify({ format: "something-else" }));
    expect((await failure(dir)).message).toContain('its format is not "bilateral-parquet"');
    const good = JSON.parse(readFileSync(join(source, "bilateral-parquet.json"), "utf8"));
    writeFileSync(
      manifest,
      JSON.stringify({ ...good, files: { ...good.files, country: "../../etc/passwd" } }),
    );
    expect((await failure(dir)).message).toContain("paths inside the directory");
    writeFileSync(manifest, JSON.stringify({ ...good, kinds: { ...good.kinds, country: 4 } }));
    expect((await failure(dir)).message).toMatch(
      /country\.parquet: holds 3 country records, the manifest says 4/,
    );
    writeFileSync(manifest, JSON.stringify({ ...good, kinds: { ...good.kinds, country: 1e15 } }));
    expect((await failure(dir)).message).toContain(
      "holds 3 country records, the manifest says 1000000000000000",
    );
  });

  it("a file that is not Parquet, cut short, or missing", async () => {
    const dir = copy();
    const file = join(dir, "country.parquet");
    writeFileSync(file, "id,kind\ncountry:IRN,country\n");
    let error = await failure(dir);
    expect(error.file).toBe(file);
    expect(error.message).toMatch(/cannot be read as Parquet \(/);
    expect(error.message).not.toMatch(/\n\s+at /);
    writeFileSync(file, readFileSync(join(source, "country.parquet")).subarray(0, 200));
    expect((await failure(dir)).file).toBe(file);
    rmSync(file);
    error = await failure(dir);
    expect(error.message).toContain('missing: the manifest lists it for the kind "country"');
  });

  it("a Parquet file another program wrote, and one of another kind", async () => {
    const dir = copy();
    const file = join(dir, "country.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT 0::BIGINT AS seq, 'country:IRN' AS id) TO '${file}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    expect((await failure(dir)).message).toBe(
      `${file}: not a bilateral Parquet file (no bilateral_layout metadata)`,
    );
    copyFileSync(join(dir, "person.parquet"), file);
    expect((await failure(dir)).message).toBe(`${file}: holds the kind "person", expected "country"`);
  });
});
