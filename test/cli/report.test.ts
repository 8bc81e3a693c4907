import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedStoryInput } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

let dir: string;
let seed: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bilateral-report-"));
  seed = join(dir, "seed.json");
  writeFileSync(seed, JSON.stringify(seedStoryInput));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bilateral report", () => {
  it("writes the dyad's HTML report to -o and says so on stderr (exit 0)", async () => {
    const out = join(dir, "report.html");
    const result = await run("report", seed, "--dyad", "IR,PK", "-o", out);
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: `wrote the report of Iran - Pakistan to ${out}\n`,
    });
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg /g)?.length).toBe(6);
    expect(html).not.toMatch(/<script/i);
  });

  it("--svg writes one SVG picture of every chart; without -o, to stdout", async () => {
    const result = await run("report", seed, "--dyad", "country:IRN,country:PAK", "--svg", "--width", "400");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<svg [^>]*>/);
    expect(result.stdout.match(/<svg /g)?.length).toBe(1);
    expect(result.stdout).toContain("Claims and their speakers");
  });

  it("--from and --to narrow the charts", async () => {
    const result = await run("report", seed, "--dyad", "IR,PK", "--from", "2030", "--svg");
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("2025-08");
  });

  it("an unknown party of --dyad is a usage error naming it (exit 2), and nothing is written", async () => {
    const out = join(dir, "never.html");
    const result = await run("report", seed, "--dyad", "IR,XX", "-o", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bilateral: --dyad: "XX" is not a country of the dataset/);
    expect(() => readFileSync(out)).toThrow();
    const id = await run("report", seed, "--dyad", "country:IRN,country:PAKK");
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('did you mean "country:PAK"');
  });

  it("a bad --width or date is a usage error (exit 2)", async () => {
    expect((await run("report", seed, "--dyad", "IR,PK", "--width", "wide")).code).toBe(2);
    expect((await run("report", seed, "--dyad", "IR,PK", "--to", "August")).stderr).toContain("--to");
  });

  it("an invalid dataset exits 1 with its issues", async () => {
    const invalid = join(dir, "invalid.json");
    writeFileSync(
      invalid,
      JSON.stringify({ format: "bilateral", version: "1.0", records: [{ id: "x", kind: "country" }] }),
    );
    const result = await run("report", invalid, "--dyad", "IR,PK");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^invalid: /);
  });

  it("a file that cannot be written is a usage error (exit 2)", async () => {
    const result = await run("report", seed, "--dyad", "IR,PK", "-o", join(dir, "no-such-dir", "r.html"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bilateral: -o: cannot write /);
  });

  it("reads the dataset with --model", async () => {
    const model = join(dir, "no-model.mjs");
    writeFileSync(model, "export const nothing = 1;\n");
    const result = await run("report", seed, "--dyad", "IR,PK", "--model", model);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("exports no model");
  });
});
