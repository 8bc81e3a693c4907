import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseDataset } from "bilateral";
import { afterAll, describe, expect, test } from "vitest";
import { run } from "./run.js";

const work = mkdtempSync(join(tmpdir(), "bilateral-readers-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/interop/${name}`, import.meta.url));

describe("bilateral import comtrade", () => {
  test("writes the trade flows of a Comtrade JSON response as a dataset that validates", async () => {
    const output = join(work, "comtrade.json");
    const result = await run("import", "comtrade", fixture("comtrade-api.json"), "-o", output);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^comtrade: read 5 rows, imported 4, skipped 1, 0 warnings; 8 records written\n/,
    );
    expect(result.stderr).toContain("skipped: breakdown_row 1");
    const dataset = JSON.parse(readFileSync(output, "utf8"));
    expect(dataset.title).toBe("UN Comtrade trade flows imported from comtrade-api.json");
    expect(safeParseDataset(dataset).success).toBe(true);
    expect(dataset.records.filter((item: { kind: string }) => item.kind === "trade-flow")).toHaveLength(4);
  });

  test("reads comtradr's CSV too, and exits with 1 under --strict when rows were skipped", async () => {
    const csv = await run("import", "comtrade", fixture("comtrade-snake.csv"));
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n").filter((line) => line.includes('"trade-flow"'))).toHaveLength(4);
    const strict = await run("import", "comtrade", fixture("comtrade-malformed.csv"), "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("unmapped_flow 1");
  });

  test("says which columns a CSV lacks, naming the file, and the format it looks like (exit 1)", async () => {
    const result = await run("import", "comtrade", fixture("ucdp-malformed.csv"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /ucdp-malformed\.csv: line 1 is not a Comtrade header row.*; it looks like a UCDP GED events file: bilateral import ucdp /,
    );
  });
});

describe("bilateral import ucdp", () => {
  test("writes the events, sides and conflict dyads of a GED file as JSON Lines that validate", async () => {
    const output = join(work, "ucdp.jsonl");
    const result = await run("import", "ucdp", fixture("ucdp-ged-23.csv"), "--output", output, "--report");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^ucdp: read 5 rows, imported 5, skipped 0, 0 warnings; \d+ records written\n/,
    );
    expect(result.stderr).toContain('"format": "ucdp"');
    const check = await run("validate", output);
    expect(check.code).toBe(0);
    const kinds = readFileSync(output, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .slice(1)
      .map((line) => JSON.parse(line).kind);
    expect(kinds.filter((kind) => kind === "event")).toHaveLength(5);
    expect(kinds.filter((kind) => kind === "relationship")).toHaveLength(2);
  });

  test("refuses an unknown format", async () => {
    const result = await run("import", "acled", fixture("ucdp-ged-23.csv"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("comtrade");
  });
});
