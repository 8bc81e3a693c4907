import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIndex, type DyadPanelRow, dyadPanel, parseDataset } from "bilateral";
import { seedStoryInput } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

let dir: string;
let seed: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bilateral-panel-"));
  seed = join(dir, "seed.jsonl");
  const { records, ...header } = seedStoryInput;
  writeFileSync(seed, [header, ...records].map((line) => JSON.stringify(line)).join("\n"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as DyadPanelRow);

describe("bilateral panel", () => {
  it("prints the panel as JSON Lines, the rows dyadPanel gives", async () => {
    const result = await run("panel", seed, "--by", "year", "--from", "2024", "--to", "2025");
    expect(result.code).toBe(0);
    const rows = parse(result.stdout);
    const expected = dyadPanel(createIndex(parseDataset(seedStoryInput)), {
      by: "year",
      from: "2024",
      to: "2025",
    });
    expect(rows.length).toBeGreaterThan(2);
    expect(rows).toEqual(JSON.parse(JSON.stringify(expected)));
    // Balanced: two rows per dyad.
    expect(rows.length % 2).toBe(0);
  });

  it("restricts to the dyads given, by ISO code, and writes the file asked for", async () => {
    const output = join(dir, "panel.jsonl");
    const result = await run(
      "panel",
      seed,
      "--by",
      "month",
      "--from",
      "2025-07",
      "--to",
      "2025-09",
      "--dyads",
      "IRN,PAK;USA,IRN",
      "-o",
      output,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("wrote 6 rows");
    const rows = parse(readFileSync(output, "utf8"));
    expect(rows.map((row) => `${row.dyad.join("|")} ${row.period}`)).toEqual([
      "country:IRN|country:PAK 2025-07",
      "country:IRN|country:PAK 2025-08",
      "country:IRN|country:PAK 2025-09",
      "country:IRN|country:USA 2025-07",
      "country:IRN|country:USA 2025-08",
      "country:IRN|country:USA 2025-09",
    ]);
    expect(rows[1]?.events.count).toBeGreaterThan(0);
  });

  it("reads a JSON dataset too, and exits 1 with the issues of an invalid one", async () => {
    const json = join(dir, "seed.json");
    writeFileSync(json, JSON.stringify(seedStoryInput));
    const fromJson = await run(
      "panel",
      json,
      "--by",
      "year",
      "--from",
      "2025",
      "--to",
      "2025",
      "--dyads",
      "IRN,PAK",
    );
    expect(fromJson.code).toBe(0);
    expect(parse(fromJson.stdout).map((row) => row.period)).toEqual(["2025"]);
    const invalid = join(dir, "invalid.json");
    writeFileSync(
      invalid,
      JSON.stringify({
        format: "bilateral",
        version: "1.0",
        records: [{ id: "event:x", kind: "event", category: "FIGHT", actors: ["country:IRN"] }],
      }),
    );
    const result = await run("panel", invalid, "--by", "year", "--from", "2025", "--to", "2025");
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain("event:x");
  });

  it("exits 2 on a bad option, naming it, and writes no file", async () => {
    const output = join(dir, "bad.jsonl");
    for (const args of [
      ["--by", "quarter", "--from", "2024", "--to", "2025"],
      ["--by", "year", "--to", "2025"],
      ["--by", "year", "--from", "2024-13", "--to", "2025"],
      ["--by", "year", "--from", "2025", "--to", "2024"],
      ["--by", "year", "--from", "2024", "--to", "2025", "--dyads", "IRN"],
      ["--by", "year", "--from", "2024", "--to", "2025", "--dyads", "IRN,XXX"],
    ]) {
      const result = await run("panel", seed, ...args, "-o", output);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(/by|from|to|dyads/);
    }
    expect(existsSync(output)).toBe(false);
    const parquet = await run(
      "panel",
      seed,
      "--by",
      "year",
      "--from",
      "2024",
      "--to",
      "2025",
      "-o",
      join(dir, "x.csv"),
    );
    expect(parquet.code).toBe(2);
    expect(parquet.stderr).toContain("--output");
  });
});
