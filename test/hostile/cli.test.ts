/**
 * The CLI under hostile input: exit codes, no stack trace for a user's error, readable output on 100,000 bad
 * records, quick answers on hostile files, bounded memory on a huge JSON Lines file.
 *
 * Most tests call `runCli(args, io)` in memory. A few spawn the built CLI (`node dist/cli/main.js`) to see
 * what a user sees (exit status, stderr, peak memory); they are skipped, with a message saying so, when
 * dist/cli/main.js does not exist (run `npx tsup`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EXIT } from "../../src/cli/program.js";
import { type CliRun as Run, run } from "../cli/run.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const BUILT = existsSync(MAIN);

/** What a stack trace, or an error leaking from the runtime, looks like. */
const STACK_TRACE =
  /^\s+at\s.+(:\d+:\d+\)?|<anonymous>)$|\b(Range|Type|Syntax|Reference)Error\b|Maximum call stack|node:internal|FATAL ERROR|Native stack trace/m;

function expectNoStackTrace(result: Pick<Run, "stdout" | "stderr">): void {
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stdout).not.toMatch(STACK_TRACE);
  expect(result.stderr).not.toContain("This is a bug in bilateral");
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bilateral-hostile-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a file into the temporary directory, from parts (so that a big one is never one huge string). */
async function generate(name: string, parts: Iterable<string>): Promise<string> {
  const path = join(dir, name);
  const handle = await open(path, "w");
  let buffer = "";
  for (const part of parts) {
    buffer += part;
    if (buffer.length > 1 << 20) {
      await handle.write(buffer);
      buffer = "";
    }
  }
  await handle.write(buffer);
  await handle.close();
  return path;
}

const HEADER = '{"format":"bilateral","version":"1.0"}';
const PAKISTAN = '{"id":"country:PAK","kind":"country","name":"Pakistan","code":"PAK"}';
const badEvent = (i: number) =>
  `{"id":"event:e${i}","kind":"event","category":"FIGHT","actors":["country:PAK"]}`;

function* jsonDataset(records: Iterable<string>): Generator<string> {
  yield `{"format":"bilateral","version":"1.0","records":[\n${PAKISTAN}`;
  for (const record of records) yield `,\n${record}`;
  yield "\n]}\n";
}

function* jsonLines(records: Iterable<string>): Generator<string> {
  yield `${HEADER}\n${PAKISTAN}\n`;
  for (const record of records) yield `${record}\n`;
}

function* times<T>(n: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < n; i++) yield make(i);
}

const nest = (depth: number, leaf: string) => `${'{"a":'.repeat(depth)}${leaf}${"}".repeat(depth)}`;

describe("exit codes (0 valid, 1 invalid, 2 usage or unreadable file)", () => {
  const cases: [string, string[], number, RegExp, RegExp][] = [
    [
      "a valid file",
      ["validate", fixture("valid.json")],
      EXIT.ok,
      /^valid: .*valid\.json \(3 records\)\n$/,
      /^$/,
    ],
    [
      "a valid file, --json",
      ["validate", "--json", fixture("valid.json")],
      EXIT.ok,
      /^\{"issues":\[\],"valid":true\}\n$/,
      /^$/,
    ],
    [
      "an invalid file",
      ["validate", fixture("invalid.json")],
      EXIT.invalid,
      /^invalid: .*: 3 issues\n/,
      /^$/,
    ],
    [
      "a file that is not a dataset",
      ["validate", fixture("not-a-dataset.json")],
      EXIT.invalid,
      /\[invalid_type\]/,
      /^$/,
    ],
    [
      "an unsupported version",
      ["validate", fixture("unknown-version.json")],
      EXIT.invalid,
      /\[unsupported_version\]/,
      /^$/,
    ],
    [
      "a missing path",
      ["validate", join(FIXTURES, "no-such-file.json")],
      EXIT.usage,
      /^$/,
      /^bilateral: .*no-such-file\.json: no such file\n$/,
    ],
    [
      "a directory",
      ["validate", FIXTURES],
      EXIT.usage,
      /^$/,
      /^bilateral: .*: is a directory, not a file\n$/,
    ],
    [
      "an empty file",
      ["validate", fixture("empty.json")],
      EXIT.usage,
      /^$/,
      /^bilateral: .*empty\.json: the file is empty/,
    ],
    [
      "a file of white space",
      ["validate", fixture("whitespace.json")],
      EXIT.usage,
      /^$/,
      /: the file is empty/,
    ],
    [
      "a file with only a byte order mark",
      ["validate", fixture("bom-only.json")],
      EXIT.usage,
      /^$/,
      /: the file is empty/,
    ],
    [
      "invalid UTF-8 (a 0xFF byte)",
      ["validate", fixture("invalid-utf8.json")],
      EXIT.usage,
      /^$/,
      /: is not valid UTF-8 text\n$/,
    ],
    [
      "invalid UTF-8 (an overlong encoding)",
      ["validate", fixture("overlong-utf8.json")],
      EXIT.usage,
      /^$/,
      /: is not valid UTF-8 text\n$/,
    ],
    [
      "invalid UTF-8 (an encoded surrogate)",
      ["validate", fixture("surrogate-utf8.json")],
      EXIT.usage,
      /^$/,
      /: is not valid UTF-8 text\n$/,
    ],
    [
      "invalid UTF-8 (truncated at the end)",
      ["validate", fixture("truncated-utf8.json")],
      EXIT.usage,
      /^$/,
      /: is not valid UTF-8 text\n$/,
    ],
    [
      "NaN in JSON",
      ["validate", fixture("nan.json")],
      EXIT.usage,
      /^$/,
      /^bilateral: .*nan\.json.*: invalid JSON/,
    ],
    [
      "a syntax error in a CRLF file",
      ["validate", fixture("crlf-syntax-error.json")],
      EXIT.usage,
      /^$/,
      /^bilateral: .*: invalid JSON/,
    ],
    ["a byte order mark", ["validate", fixture("bom.json")], EXIT.ok, /^valid: /, /^$/],
    ["CRLF line ends", ["validate", fixture("crlf.json")], EXIT.ok, /^valid: /, /^$/],
    [
      "JSON Lines with a BOM and CRLF line ends",
      ["validate", fixture("bom-crlf.jsonl")],
      EXIT.ok,
      /^valid: .*\(3 records\)/,
      /^$/,
    ],
    [
      "JSON Lines with a line of invalid UTF-8",
      ["validate", fixture("invalid-utf8.jsonl")],
      EXIT.invalid,
      /line\[3\].*not valid UTF-8/,
      /^$/,
    ],
    [
      "duplicate keys (the last one wins, silently)",
      ["validate", fixture("duplicate-keys.json")],
      EXIT.ok,
      /^valid: .*\(1 record\)/,
      /^$/,
    ],
    [
      "__proto__ and constructor keys",
      ["validate", fixture("proto-keys.json")],
      EXIT.invalid,
      /(\[forbidden_key\][\s\S]*){3}/,
      /^$/,
    ],
    ["no command", [], EXIT.usage, /^$/, /Usage: bilateral/],
    ["an unknown command", ["frobnicate"], EXIT.usage, /^$/, /^error: unknown command 'frobnicate'/],
    ["a missing argument", ["validate"], EXIT.usage, /^$/, /^error: missing required argument 'file'/],
    [
      "an unknown option",
      ["validate", "--lenient", fixture("valid.json")],
      EXIT.usage,
      /^$/,
      /^error: unknown option '--lenient'/,
    ],
    ["--help", ["--help"], EXIT.ok, /Exit codes: 0 success/, /^$/],
    ["validate --help", ["validate", "--help"], EXIT.ok, /Usage: bilateral validate/, /^$/],
    ["--version", ["--version"], EXIT.ok, /^\d+\.\d+\.\d+/, /^$/],
  ];
  for (const [what, args, code, stdout, stderr] of cases) {
    test(`${what}: exit ${code}`, async () => {
      const result = await run(...args);
      expect(result.code, `${result.stdout}${result.stderr}`).toBe(code);
      expect(result.stdout).toMatch(stdout);
      expect(result.stderr).toMatch(stderr);
      expectNoStackTrace(result);
      // An error a user can cause is one line, not a dump (the CRLF syntax error is the BUG test below).
      if (code === EXIT.usage && result.stderr.startsWith("bilateral:") && !what.includes("syntax error")) {
        expect(result.stderr.split("\n")).toHaveLength(2);
      }
    });
  }

  // BUG (src/io/read-json.ts): for an "Unexpected token" error V8 gives no position but a snippet of the
  // text, raw: the message then has no line and column, and a CR LF from the file splits it over lines.
  // Fix: when V8 gives no position, find it with a small linear JSON scanner; never echo raw text.
  test("BUG: a syntax error is reported on one line, with its line and column", async () => {
    const result = await run("validate", fixture("crlf-syntax-error.json"));
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/^bilateral: .*crlf-syntax-error\.json:4:15: invalid JSON[^\r\n]*\n$/);
  });

  test("nothing leaked onto Object.prototype by the __proto__ file", async () => {
    await run("validate", fixture("proto-keys.json"));
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("hostile files answer quickly, with a clear message", () => {
  test("JSON nested 100,000 deep: exit 1, the record reported, in seconds", async () => {
    const file = await generate("deep.json", [
      `{"format":"bilateral","version":"1.0","records":[${"[".repeat(100_000)}${"]".repeat(100_000)}]}`,
    ]);
    const started = performance.now();
    const result = await run("validate", file);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(EXIT.invalid);
    expect(result.stdout).toContain("records[0]: expected a record (an object), got a list [invalid_type]");
    expectNoStackTrace(result);
  });

  test("an object nested 100,000 deep where an enumeration goes: reported at its path, not as a crash", async () => {
    const record = `{"id":"flow:x","kind":"trade-flow","reporter":"country:PAK","partner":"country:IRN","period":"2024","flow":${nest(100_000, "1")},"commodity":"TOTAL","value":{"amount":1,"currency":"USD"}}`;
    const json = await generate("deep-enum.json", jsonDataset([record]));
    const lines = await generate(
      "deep-enum.jsonl",
      jsonLines([record, `{"id":"x:1","kind":${nest(100_000, '"x"')}}`]),
    );
    for (const file of [json, lines]) {
      const result = await run("validate", file);
      expect(result.code, result.stderr).toBe(EXIT.invalid);
      expect(result.stdout).toMatch(
        /\.flow \(flow:x\): expected one of "export", "import", "re-export", "re-import", got an object \[invalid_value\]/,
      );
      expectNoStackTrace(result);
    }
  });

  test("a 10 MB string where an enumeration goes: exit 1, every output line short", async () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    const file = await generate(
      "huge-string.json",
      jsonDataset([
        `{"id":"flow:x","kind":"trade-flow","reporter":"country:PAK","partner":"country:IRN","period":"2024","flow":"${huge}","commodity":"TOTAL","value":{"amount":1,"currency":"USD"},"${huge}":1}`,
      ]),
    );
    const started = performance.now();
    const result = await run("validate", file);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(EXIT.invalid);
    for (const line of result.stdout.split("\n")) expect(line.length).toBeLessThan(500);
    expectNoStackTrace(result);
  });

  test("a JSON Lines line longer than the line limit (16 MB): reported by line number, the rest still checked", async () => {
    const file = await generate(
      "long-line.jsonl",
      jsonLines([
        `{"id":"event:long","kind":"event","category":"CONSULT","actors":["country:PAK"],"notes":"${"n".repeat(17 * 1024 * 1024)}"}`,
        '{"id":"event:after","kind":"event","category":"FIGHT","actors":["country:PAK"]}',
      ]),
    );
    const result = await run("validate", "--json", file);
    expect(result.code).toBe(EXIT.invalid);
    const report = JSON.parse(result.stdout) as { issues: { code: string; path: unknown[] }[] };
    expect(report.issues.map((issue) => [issue.code, issue.path.slice(0, 2)])).toEqual([
      ["out_of_range", ["line", 3]],
      ["unknown_category", ["line", 4]],
    ]);
  });
});

// BUG (src/cli/commands/validate.ts, src/io/read-json.ts, src/io/jsonl.ts): text from the data reaches the
// terminal raw in three places, so a file can send escape sequences to the user's terminal (clear the
// screen, set the window title, hide text; bidi overrides reorder what is shown):
// - a record's id in the human report (an id may hold control characters: the id pattern's \S accepts them);
// - V8's snippet of the text in an "invalid JSON" message, for a JSON file (stderr) and a JSON Lines line.
// Fix: print ids and V8 reasons through a helper that writes C0/C1 controls and bidi controls as \uXXXX, and
// drop V8's snippet (keep its reason; the line and column say where).
describe("control characters in the data never reach the terminal raw", () => {
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const escapes = "\u001b]0;pwned\u0007\u001b[2J\u202e";

  test("BUG: in a record's id, in the human report", async () => {
    const file = await generate("escape-id.json", [
      JSON.stringify({
        ...JSON.parse(HEADER),
        records: [{ id: `x:${escapes}`, kind: "event", category: "FIGHT", actors: ["x:1"] }],
      }),
    ]);
    const result = await run("validate", file);
    expect(result.code).toBe(EXIT.invalid);
    expect(result.stdout).not.toMatch(CONTROL);
  });

  test("BUG: in the text of a JSON syntax error (JSON: stderr; JSON Lines: the report)", async () => {
    const json = await generate("escape-syntax.json", [
      `{"format":"bilateral","version":"1.0","records":[${escapes} x]}`,
    ]);
    const lines = await generate("escape-syntax.jsonl", [`${HEADER}\n{"id": x${escapes}}\n`]);
    for (const file of [json, lines]) {
      const result = await run("validate", file);
      expect(result.stderr).not.toMatch(CONTROL);
      expect(result.stdout).not.toMatch(CONTROL);
    }
  });

  test("--json output escapes them (JSON.stringify does)", async () => {
    const file = await generate("escape-id-json.json", [
      JSON.stringify({
        ...JSON.parse(HEADER),
        records: [{ id: `x:${escapes}`, kind: "event", category: "FIGHT", actors: ["x:1"] }],
      }),
    ]);
    const result = await run("validate", "--json", file);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect((JSON.parse(result.stdout) as { issues: { recordId: string }[] }).issues[0]?.recordId).toBe(
      `x:${escapes}`,
    );
  });
});

describe("100,000 bad records", () => {
  const N = 100_000;

  for (const format of ["json", "jsonl"] as const) {
    test(`${format}: the human output shows the first 50 issues then a count of the rest; --json lists all`, async () => {
      const file = await generate(
        `bad.${format}`,
        (format === "json" ? jsonDataset : jsonLines)(times(N, badEvent)),
      );
      const started = performance.now();
      const human = await run("validate", file);
      const elapsed = performance.now() - started;
      expect(human.code).toBe(EXIT.invalid);
      const lines = human.stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(52);
      expect(lines[0]).toMatch(new RegExp(`^invalid: .*bad\\.${format}: ${N} issues$`));
      expect(lines[1]).toMatch(
        /^ {2}(records\[1\]|line\[3\])\.category \(event:e0\): "FIGHT" is not a PLOVER 0\.8 event category/,
      );
      expect(lines[51]).toBe(
        `  ... and ${N - 50} more: unknown_category ${N - 50} (use --json to list them all)`,
      );
      expectNoStackTrace(human);
      // Measured on this 2-core machine: about 3 s (JSON) and 4 s (JSON Lines); generous for a loaded machine.
      expect(elapsed).toBeLessThan(60_000);

      const json = await run("validate", "--json", file);
      expect(json.code).toBe(EXIT.invalid);
      const report = JSON.parse(json.stdout) as {
        valid: boolean;
        issues: { code: string; recordId: string }[];
      };
      expect(report.valid).toBe(false);
      expect(report.issues).toHaveLength(N);
      expect(new Set(report.issues.map((issue) => issue.code))).toEqual(new Set(["unknown_category"]));
      expect(report.issues[N - 1]?.recordId).toBe(`event:e${N - 1}`);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// The built CLI, spawned

if (!BUILT) {
  console.warn(`Skipping the spawned-CLI tests: ${MAIN} does not exist (build it with \`npx tsup\`).`);
}

/** Runs the built CLI; reports its peak memory (resident set) through a small wrapper. */
function spawnCli(args: string[], nodeOptions: string[] = []): Run & { maxRssMb: number; ms: number } {
  const wrapper = join(dir, "measure.mjs");
  const started = performance.now();
  const result = spawnSync(process.execPath, [...nodeOptions, wrapper, ...args], {
    encoding: "utf8",
    env: { ...process.env, BILATERAL_MAIN: MAIN, NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const match = /\nMAXRSS_KB (\d+)\n$/.exec(result.stderr);
  return {
    code: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr.replace(/\nMAXRSS_KB \d+\n$/, ""),
    maxRssMb: match === null ? Number.NaN : Number(match[1]) / 1024,
    ms,
  };
}

describe.skipIf(!BUILT)("the built CLI (node dist/cli/main.js)", () => {
  beforeAll(async () => {
    await writeFile(
      join(dir, "measure.mjs"),
      [
        "// Runs the CLI as `node dist/cli/main.js ...args` would, then reports the peak resident memory.",
        'process.on("exit", () => process.stderr.write("\\nMAXRSS_KB " + process.resourceUsage().maxRSS + "\\n"));',
        "await import(process.env.BILATERAL_MAIN);",
      ].join("\n"),
    );
  });

  test("a missing file: exit 2 and one line on stderr", () => {
    const result = spawnCli(["validate", join(dir, "missing.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bilateral: .*missing\.json: no such file\n$/);
    expectNoStackTrace(result);
  });

  test("a directory, an empty file, invalid UTF-8, NaN: exit 2, one line each, no stack trace", () => {
    for (const file of [FIXTURES, fixture("empty.json"), fixture("invalid-utf8.json"), fixture("nan.json")]) {
      const result = spawnCli(["validate", file]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/^bilateral: [^\n]+\n$/);
      expectNoStackTrace(result);
    }
  });

  test("JSON nested 100,000 deep: exit 1, no stack overflow", async () => {
    const file = await generate("deep-spawn.json", [
      `{"format":"bilateral","version":"1.0","records":[${"[".repeat(100_000)}${"]".repeat(100_000)}]}`,
    ]);
    const result = spawnCli(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[invalid_type]");
    expectNoStackTrace(result);
  });

  // A 100 MB JSON Lines file (12,500 records of 8 KB) is validated with a 48 MB heap: memory grows with the
  // number of ids the checker must remember, not with the size of the text. Measured here: about 105 MB peak
  // resident memory, against about 80 MB for a one-record file.
  test("a 100 MB JSON Lines file validates with a 48 MB heap; peak memory grows by far less than the file", async () => {
    const notes = "n".repeat(8000);
    const record = (i: number) =>
      `{"id":"event:e${i}","kind":"event","category":"CONSULT","actors":["country:PAK"],"notes":"${notes}"}`;
    const big = await generate("huge.jsonl", jsonLines(times(12_500, record)));
    const small = await generate("small.jsonl", jsonLines([record(0)]));
    const baseline = spawnCli(["validate", small], ["--max-old-space-size=48"]);
    const result = spawnCli(["validate", big], ["--max-old-space-size=48"]);
    expect(baseline.code).toBe(0);
    expect(result.code, result.stderr.slice(0, 500)).toBe(0);
    expect(result.stdout).toMatch(/^valid: .*\(12501 records\)/);
    const fileMb = 100;
    expect(result.maxRssMb - baseline.maxRssMb).toBeLessThan(fileMb / 2);
  });

  // An importer reads a row at a time and refuses a row past 16 MiB: a hostile feed file (rows of 20 MB, in
  // a GDELT file and in a quoted CSV field of a UCDP file) is imported with a 64 MB heap, the long rows
  // skipped with their reason, the others kept.
  test("imports with a 64 MB heap skip rows of 20 MB (line_too_long) and keep the others", async () => {
    const sample = readFileSync(
      fileURLToPath(new URL("../fixtures/interop/gdelt-valid.export.CSV", import.meta.url)),
      "utf8",
    ).split("\n")[0] as string;
    const gdeltRow = (id: number, extra = "") => {
      const fields = sample.split("\t");
      fields[0] = `${id}`;
      fields[6] = `${fields[6]}${extra}`;
      return fields.join("\t");
    };
    const gdelt = await generate("long-rows.export.CSV", [
      `${gdeltRow(1)}\n`,
      `${gdeltRow(2, "x".repeat(20 << 20))}\n`,
      `${gdeltRow(3)}\n`,
    ]);
    const header =
      "id,relid,year,type_of_violence,conflict_new_id,dyad_new_id,side_a_new_id,side_a,side_b_new_id,side_b,date_start,date_end,date_prec,best,low,high,country";
    const row = (id: number, name: string) =>
      `${id},X-${id},2024,1,900,9001,9000,Government of Pakistan,9100,"${name}",2024-05-01,2024-05-01,1,5,4,6,Pakistan`;
    const ucdp = await generate("long-field.csv", [
      `${header}\n`,
      `${row(1, "BLA")}\n`,
      `${row(2, "y".repeat(20 << 20))}\n`,
      `${row(3, "BLA")}\n`,
    ]);
    for (const [format, file] of [
      ["gdelt", gdelt],
      ["ucdp", ucdp],
    ] as const) {
      const result = spawnCli(
        ["import", format, file, "-o", join(dir, `${format}-long.jsonl`)],
        ["--max-old-space-size=64"],
      );
      expect(result.code, `${format}: ${result.stderr.slice(0, 500)}`).toBe(0);
      expect(result.stderr, format).toMatch(/line_too_long/);
      expect(result.stderr, format).toMatch(/imported 2\b/);
      expect(result.maxRssMb, format).toBeLessThan(400);
    }
  });

  // BUG (src/cli/commands/validate.ts, src/io/read-json.ts): a .json file is read whole (the text, then the
  // parsed tree: about 4 times its size); when that does not fit the heap, V8 aborts the process with "FATAL
  // ERROR: Reached heap limit" and a native stack trace (exit 134). Fix: before reading, compare the file's
  // size with the heap that is left (v8.getHeapStatistics()) and stop with exit 2 and a message that says
  // to convert the file to JSON Lines or raise --max-old-space-size; or stream the `records` array.
  test("BUG: a JSON file too big for the heap ends with a clear message, not a V8 abort", async () => {
    const notes = "n".repeat(8000);
    const file = await generate(
      "huge.json",
      jsonDataset(
        times(
          5_000,
          (i) =>
            `{"id":"event:e${i}","kind":"event","category":"CONSULT","actors":["country:PAK"],"notes":"${notes}"}`,
        ),
      ),
    );
    const result = spawnCli(["validate", file], ["--max-old-space-size=32"]);
    expectNoStackTrace(result);
    expect([0, 2]).toContain(result.code);
  });
});
