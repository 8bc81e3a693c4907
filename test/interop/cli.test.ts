import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { safeParseDataset } from "bilateral";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { fixture } from "./helpers.js";

const work = mkdtempSync(join(tmpdir(), "bilateral-interop-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stderrIsTTY: false,
    color: false,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("bilateral import", () => {
  test("writes JSON Lines (the header line, then one record a line) that validates, and a summary on stderr", async () => {
    const output = join(work, "gdelt.jsonl");
    const run = await cli("import", "gdelt", fixture("gdelt-valid.export.CSV"), "-o", output);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^gdelt: read 11 rows, imported 11, skipped 0, 8 warnings; \d+ records written\n {2}warnings: /,
    );
    const lines = jsonLines(readFileSync(output, "utf8"));
    expect(lines[0]).toEqual({
      format: "bilateral",
      version: "1.0",
      title: "GDELT 2.0 events imported from gdelt-valid.export.CSV",
    });
    expect(lines.filter((line) => line.kind === "event")).toHaveLength(11);
    const check = await cli("validate", output);
    expect(check).toMatchObject({ code: 0, stdout: `valid: ${output} (${lines.length - 1} records)\n` });
  });

  test("writes a JSON dataset when the output ends in .json", async () => {
    const output = join(work, "icews.json");
    const run = await cli("import", "icews", fixture("icews-valid.tab"), "--output", output);
    expect(run.code).toBe(0);
    const dataset = JSON.parse(readFileSync(output, "utf8"));
    expect(safeParseDataset(dataset).success).toBe(true);
    expect(dataset.records.filter((item: { kind: string }) => item.kind === "event")).toHaveLength(8);
  });

  test("writes JSON Lines on stdout without -o, and the full report on stderr with --report", async () => {
    const run = await cli("import", "plover", fixture("plover-0.6.json"), "--report");
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines[0]?.format).toBe("bilateral");
    const report = JSON.parse(run.stderr.slice(run.stderr.indexOf("{")));
    expect(report).toMatchObject({ format: "plover", read: 7, imported: 6, skippedCount: 1, complete: true });
    expect(report.skipped[0]).toEqual({
      line: 61,
      code: "dropped_category",
      reason: 'category "CRIME" (PLOVER 0.6) was dropped by PLOVER 0.8 without replacement',
    });
  });

  test("--strict exits with 1 when a row was skipped", async () => {
    const run = await cli(
      "import",
      "ftm",
      fixture("ftm-malformed.jsonl"),
      "--strict",
      "-o",
      join(work, "strict.jsonl"),
    );
    expect(run.code).toBe(1);
  });

  test("usage errors exit with 2 and say what is wrong; a failed import leaves no output file", async () => {
    expect((await cli("import", "acled", fixture("icews-valid.tab"))).code).toBe(2);
    const missing = await cli("import", "gdelt", join(work, "nope.csv"));
    expect(missing).toMatchObject({
      code: 2,
      stderr: `bilateral: ${join(work, "nope.csv")}: no such file\n`,
    });
    const extension = await cli(
      "import",
      "gdelt",
      fixture("gdelt-valid.export.CSV"),
      "-o",
      join(work, "out.csv"),
    );
    expect(extension.code).toBe(2);
    expect(extension.stderr).toMatch(/must end in \.json, \.jsonl or \.ndjson/);
    const output = join(work, "no-header.jsonl");
    const headerless = await cli("import", "icews", fixture("icews-no-header.tab"), "-o", output);
    expect(headerless.code).toBe(2);
    expect(headerless.stderr).toMatch(/icews-no-header\.tab: line 1 is not an ICEWS header row/);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(work).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });

  test("a file of another format, or one that keeps no row, exits with 1 and one line saying which format it looks like", async () => {
    const cases: [string, string, string][] = [
      ["gdelt", "icews-valid.tab", "icews"],
      ["icews", "gdelt-valid.export.CSV", "gdelt"],
      ["gdelt", "plover-0.6.json", "plover"],
      ["ucdp", "comtrade-snake.csv", "comtrade"],
      ["comtrade", "ucdp-ged-23.csv", "ucdp"],
      ["plover", "ftm-entities.jsonl", "ftm"],
      ["ftm", "comtrade-api.json", "comtrade"],
    ];
    for (const [format, file, looks] of cases) {
      const output = join(work, `${format}-${file}.jsonl`);
      const run = await cli("import", format, fixture(file), "-o", output);
      expect(run.code, `${format} ${file}`).toBe(1);
      expect(run.stderr.split("\n"), `${format} ${file}`).toEqual([
        expect.stringMatching(
          new RegExp(`^bilateral: .*; it looks like an? .* file: bilateral import ${looks} `),
        ),
        "",
      ]);
      expect(existsSync(output), `${format} ${file}`).toBe(false);
    }
    const empty = join(work, "empty.export.CSV");
    writeFileSync(empty, "");
    const nothing = await cli("import", "gdelt", empty, "-o", join(work, "empty.jsonl"));
    expect(nothing).toMatchObject({
      code: 1,
      stderr: `bilateral: gdelt: no row of ${empty} was imported: it holds no row (see bilateral import gdelt ${empty} --report)\n`,
    });
    expect(existsSync(join(work, "empty.jsonl"))).toBe(false);
  });
});

describe("bilateral export ftm", () => {
  test("exports a JSON Lines dataset to FtM entities and counts what FtM cannot hold", async () => {
    const dataset = join(work, "ftm.jsonl");
    expect((await cli("import", "ftm", fixture("ftm-roundtrip.jsonl"), "-o", dataset)).code).toBe(0);
    const output = join(work, "entities.ftm.json");
    const run = await cli("export", "ftm", dataset, "-o", output);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "ftm: read 16 records, wrote 8 entities, skipped 8 (country 4, source 2, organization 2), 0 warnings\n",
    );
    const entities = jsonLines(readFileSync(output, "utf8"));
    expect(entities.map((entity) => entity.id).sort()).toEqual([
      "t-address-1",
      "t-body-1",
      "t-company-1",
      "t-org-1",
      "t-person-1",
      "t-sanction-1",
      "t-sanction-2",
      "t-sanction-3",
    ]);
  });

  test("exports a JSON dataset to stdout; exits with 1 when the dataset has issues, exporting its valid records", async () => {
    const file = join(work, "mixed.json");
    writeFileSync(
      file,
      JSON.stringify({
        format: "bilateral",
        version: "1.0",
        records: [
          { id: "person:a", kind: "person", name: "A", nationalities: ["country:IRN"] },
          { id: "person:b", kind: "person" },
        ],
      }),
    );
    const run = await cli("export", "ftm", file);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      { id: "person-a", schema: "Person", caption: "A", properties: { name: ["A"], nationality: ["ir"] } },
    ]);
    expect(run.stderr).toMatch(/the dataset has 2 validation issues/);
    expect(run.stderr).toMatch(
      /records\[1\]\.name \(person:b\): missing required field "name" \[missing_field\]/,
    );
    expect(run.stderr).toMatch(/"country:IRN" does not match the id of any record/);
  });
});

describe("bilateral validate: JSON Lines", () => {
  const header = JSON.stringify({ format: "bilateral", version: "1.0" });
  const iran = JSON.stringify({ id: "country:IRN", kind: "country", name: "Iran", code: "IRN" });

  test("validates a JSON Lines file as a stream", async () => {
    const file = join(work, "ok.ndjson");
    writeFileSync(
      file,
      `${header}\n${iran}\n\n${JSON.stringify({ id: "event:x", kind: "event", category: "CONSULT", actors: ["country:IRN"] })}\n`,
    );
    expect(await cli("validate", file)).toEqual({
      code: 0,
      stdout: `valid: ${file} (2 records)\n`,
      stderr: "",
    });
  });

  test("issue paths start with the line number; --json prints the same shape as for JSON", async () => {
    const file = join(work, "bad.jsonl");
    writeFileSync(
      file,
      [
        header,
        iran,
        '{"id": "event:y", "kind": "event", "category": "CONSULT", "actors": ["country:PAK"]}',
        '{"id": "event:z", "kind": "event", "category": "CONSULT", "actors": [',
        iran,
      ].join("\n"),
    );
    const run = await cli("validate", file, "--json");
    expect(run.code).toBe(1);
    // Streamed in the order found: each line's issues as it is read, then what only the end can tell.
    expect(JSON.parse(run.stdout)).toEqual({
      valid: false,
      issues: [
        {
          code: "invalid_json",
          message: expect.stringMatching(/^line 4: invalid JSON \(/),
          path: ["line", 4],
          recordId: null,
          severity: "error",
        },
        {
          code: "duplicate_id",
          message: 'duplicate id "country:IRN": line[2] has it already',
          path: ["line", 5, "id"],
          recordId: "country:IRN",
          severity: "error",
        },
        {
          code: "unresolved_reference",
          message:
            '"country:PAK" does not match the id of any record (expected one of country, organization, person)',
          path: ["line", 3, "actors", 0],
          recordId: "event:y",
          severity: "error",
        },
      ],
    });
    const human = await cli("validate", file);
    expect(human.stdout).toMatch(
      /^invalid: .*bad\.jsonl: 3 issues\n {2}line\[3\]\.actors\[0\] \(event:y\): /,
    );
  });

  test("finds JSON Lines by content whatever the extension; a header issue is on line 1", async () => {
    const file = join(work, "dataset.json");
    writeFileSync(file, `${JSON.stringify({ format: "bilateral", version: "9.9" })}\n${iran}\n`);
    const run = await cli("validate", file, "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues.map((issue: { path: unknown }) => issue.path)).toEqual([
      ["line", 1, "version"],
    ]);
  });

  test("a JSON dataset is still read as JSON, with the same output", async () => {
    const file = join(work, "plain.json");
    writeFileSync(
      file,
      JSON.stringify({ format: "bilateral", version: "1.0", records: [JSON.parse(iran)] }, null, 2),
    );
    expect(await cli("validate", file)).toEqual({
      code: 0,
      stdout: `valid: ${file} (1 record)\n`,
      stderr: "",
    });
  });

  test("an empty JSON Lines file is a usage error (exit 2)", async () => {
    const file = join(work, "empty.jsonl");
    writeFileSync(file, "\n\n");
    const run = await cli("validate", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the file is empty/);
  });
});
