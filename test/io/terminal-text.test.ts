/**
 * Text from the data never reaches the terminal raw: control characters (C0, DEL, C1) and bidirectional
 * controls are escaped as \uXXXX in every human output of the CLI, and `--json` writes them as JSON escapes
 * (the same strings for a JSON parser).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escapeForTerminal, stringifyForTerminal } from "../../src/io/terminal-text.js";
import { run } from "../cli/run.js";

/** Every character a terminal must not receive raw from data, but the line break that ends each line. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e\u2066\u200f\u061c\u007f";
const ESCAPED = "\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e\\u2066\\u200f\\u061c\\u007f";

describe("escapeForTerminal", () => {
  test("escapes C0, DEL, C1 and bidi controls as \\uXXXX", () => {
    expect(escapeForTerminal(`x:${HOSTILE}`)).toBe(`x:${ESCAPED}`);
    for (let code = 0; code < 0x20; code++) {
      expect(escapeForTerminal(String.fromCharCode(code))).toBe(`\\u${code.toString(16).padStart(4, "0")}`);
    }
    for (let code = 0x7f; code <= 0x9f; code++)
      expect(escapeForTerminal(String.fromCharCode(code))).toMatch(/^\\u00/);
    for (const code of [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2069]) {
      expect(escapeForTerminal(String.fromCharCode(code))).toBe(`\\u${code.toString(16).padStart(4, "0")}`);
    }
  });

  test("leaves other text alone: right-to-left letters, combining marks, emoji, quotes, backslashes", () => {
    for (const text of [
      "Pakistan",
      "ایران",
      "פקיסטן",
      "Balōchistān",
      "e\u0301",
      "\u{1F1EE}\u{1F1F7}",
      '"\\',
      "\u00a0é",
    ]) {
      expect(escapeForTerminal(text)).toBe(text);
    }
    // So escaping twice changes nothing.
    expect(escapeForTerminal(escapeForTerminal(HOSTILE))).toBe(ESCAPED);
  });

  test("keeps line breaks only when asked to", () => {
    expect(escapeForTerminal("a\nb\u001b")).toBe("a\\u000ab\\u001b");
    expect(escapeForTerminal("a\nb\u001b", { keepLineBreaks: true })).toBe("a\nb\\u001b");
  });

  test("stringifyForTerminal is JSON that reads back the same, with no raw control character", () => {
    const value = { id: `x:${HOSTILE}`, list: ["\\\u202e", "ایران"], n: 1 };
    const text = stringifyForTerminal(value);
    expect(text).not.toMatch(CONTROL);
    expect(JSON.parse(text)).toEqual(value);
    const indented = stringifyForTerminal(value, 2);
    expect(indented.split("\n").length).toBeGreaterThan(3);
    expect(JSON.parse(indented)).toEqual(value);
  });
});

describe("the CLI's output", () => {
  let dir = "";
  let json = "";
  let lines = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bilateral-terminal-"));
    const records = [
      { id: "country:IRN", kind: "country", name: `Iran ${HOSTILE}`, code: "IRN" },
      { id: "country:PAK", kind: "country", name: "پاکستان", code: "PAK" },
      {
        // Ids cannot hold control characters (invalid_id): the validate test below shows them escaped.
        id: "event:talks",
        kind: "event",
        category: "CONSULT",
        actors: ["country:IRN"],
        recipients: ["country:PAK"],
        date: "2025-08-02",
        summary: `talks ${HOSTILE}`,
      },
      {
        id: "rel:x",
        kind: "relationship",
        relationshipType: "security-cooperation",
        parties: ["country:IRN", "country:PAK"],
        stanceHistory: [{ stance: "cooperative", since: "2025-01", note: `note ${HOSTILE}` }],
      },
    ];
    json = join(dir, "hostile.json");
    writeFileSync(json, JSON.stringify({ format: "bilateral", version: "1.0", records }));
    lines = join(dir, "hostile.jsonl");
    writeFileSync(
      lines,
      [{ format: "bilateral", version: "1.0" }, ...records].map((r) => JSON.stringify(r)).join("\n"),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("query events, timeline and summary: names, summaries and notes escaped; Persian kept", async () => {
    for (const file of [json, lines]) {
      const results = [
        await run("query", "events", file),
        await run("timeline", file, "--dyad", "IRN,PAK"),
        await run("summary", file, "--dyad", "IRN,PAK"),
      ];
      for (const result of results) {
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).not.toMatch(CONTROL);
        expect(result.stdout).toContain(`Iran ${ESCAPED}`);
        expect(result.stdout).toContain("پاکستان");
      }
      expect(results[0]?.stdout).toContain(`talks ${ESCAPED} [event:talks]`);
      expect(results[1]?.stdout).toContain(`(note ${ESCAPED})`);
    }
  });

  test("--json: the same strings for a parser, no raw control character", async () => {
    const result = await run("query", "events", json, "--json");
    expect(result.stdout).not.toMatch(CONTROL);
    const parsed = JSON.parse(result.stdout) as { events: { id: string; summary: string }[] };
    expect(parsed.events[0]?.id).toBe("event:talks");
    expect(parsed.events[0]?.summary).toBe(`talks ${HOSTILE}`);
  });

  test("validate: an id, an unknown field's name, a quoted value and the file name escaped", async () => {
    const file = join(dir, `bad${"\u001b[2J"}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        format: "bilateral",
        version: "1.0",
        records: [
          { id: `x:${HOSTILE}`, kind: "event", category: `FIGHT${HOSTILE}`, actors: ["x:1"], [HOSTILE]: 1 },
        ],
      }),
    );
    const human = await run("validate", file);
    expect(human.code).toBe(1);
    expect(human.stdout).not.toMatch(CONTROL);
    expect(human.stdout).toContain(`bad\\u001b[2J.json: `);
    expect(human.stdout).toContain(`(x:${ESCAPED})`);
    const report = await run("validate", "--json", file);
    expect(report.stdout).not.toMatch(CONTROL);
    const issues = (JSON.parse(report.stdout) as { issues: { recordId: string; path: unknown[] }[] }).issues;
    expect(issues.every((issue) => issue.recordId === `x:${HOSTILE}`)).toBe(true);
    expect(issues.some((issue) => issue.path.includes(HOSTILE))).toBe(true);
  });

  test("an error message (a path, an option value) is one line, escaped", async () => {
    const missing = await run("validate", join(dir, "no\u001b[2J\nsuch.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^bilateral: .*no\\u001b\[2J\\u000asuch\.json: no such file\n$/);
    const option = await run("validate", `--x${HOSTILE}`, json);
    expect(option.code).toBe(2);
    expect(option.stderr).not.toMatch(CONTROL);
    const party = await run("query", "events", json, "--actor", "x:\u009b2J");
    expect(party.code).toBe(2);
    expect(party.stderr).toMatch(/^bilateral: --actor: .*x:\\u009b2J/);
    expect(party.stderr).not.toMatch(CONTROL);
  });

  test("a JSON Lines line of invalid UTF-8 says its line once", async () => {
    const file = join(dir, "utf8.jsonl");
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(
          '{"format":"bilateral","version":"1.0"}\n{"id":"country:IRN","kind":"country","name":"Iran","code":"IRN"}\n',
        ),
        Buffer.from([0x7b, 0xff, 0x7d, 0x0a]),
        Buffer.from('{"id": x}\n'),
      ]),
    );
    const human = await run("validate", file);
    expect(human.stdout.split("\n").slice(1, 3)).toEqual([
      "  line[3]: not valid UTF-8 text [invalid_json]",
      "  line[4]: invalid JSON (Unexpected token 'x') at column 8 [invalid_json]",
    ]);
    const report = JSON.parse((await run("validate", "--json", file)).stdout) as {
      issues: { message: string }[];
    };
    expect(report.issues.map((issue) => issue.message)).toEqual([
      "line 3: not valid UTF-8 text",
      "line 4: invalid JSON (Unexpected token 'x') at column 8",
    ]);
  });
});
