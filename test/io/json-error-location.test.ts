/**
 * The JSON error locator (src/io/json-error-location.ts) and the messages built on it: a syntax error is
 * located by line and column even where V8 gives no position, reported on one line, never with raw text.
 */

import { InputError } from "bilateral";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { jsonErrorLocation } from "../../src/io/json-error-location.js";
import { readJsonLines } from "../../src/io/jsonl.js";
import { parseJsonText } from "../../src/io/read-json.js";

/** V8's position for a syntax error, when its message has one. */
function v8Position(text: string): number | undefined | "valid" {
  try {
    JSON.parse(text);
    return "valid";
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith("Unexpected token '") || message.includes(" is not valid JSON")) return undefined;
    const match = / at position (\d+)/.exec(message);
    return match === null ? undefined : Number(match[1]);
  }
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("jsonErrorLocation", () => {
  test("valid JSON has no error, however deep", () => {
    for (const text of [
      "1",
      " true ",
      '"\\u00e9\\n"',
      "[]",
      "{}",
      '{"a":[1,-0.5e+3,null,{"b":"c"}]}',
      "-0",
    ]) {
      expect(jsonErrorLocation(text), text).toBeUndefined();
    }
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(jsonErrorLocation(deep)).toBeUndefined();
  });

  test("the errors V8 gives no position for", () => {
    expect(jsonErrorLocation('{"a": tru}')).toEqual({ offset: 6, reason: "Expected true, false or null" });
    expect(jsonErrorLocation("[1,]")).toEqual({ offset: 3, reason: "Unexpected token ']'" });
    expect(jsonErrorLocation("[NaN]")).toEqual({ offset: 1, reason: "Unexpected token 'N'" });
    expect(jsonErrorLocation("{'a': 1}")).toEqual({ offset: 1, reason: "Expected property name or '}'" });
    expect(jsonErrorLocation("['a']")).toEqual({ offset: 1, reason: "Unexpected token '''" });
    expect(jsonErrorLocation('{"a": 1')).toEqual({ offset: 7, reason: "Unexpected end of JSON input" });
    expect(jsonErrorLocation("")).toEqual({ offset: 0, reason: "Unexpected end of JSON input" });
    expect(jsonErrorLocation("\uFEFF{}")).toEqual({ offset: 0, reason: "Unexpected token '\uFEFF'" });
    // A character outside the BMP is one token, not half of one.
    expect(jsonErrorLocation("[\u{1F600}]")).toEqual({ offset: 1, reason: "Unexpected token '\u{1F600}'" });
  });

  test("text nested 100,000 deep with an error at the bottom: located, no stack overflow", () => {
    expect(jsonErrorLocation(`${"[".repeat(100_000)}x`)?.offset).toBe(100_000);
    expect(jsonErrorLocation(`${'{"a":'.repeat(100_000)}1${"}".repeat(99_999)}`)).toEqual({
      offset: 100_000 * 5 + 1 + 99_999,
      reason: "Unexpected end of JSON input",
    });
  });

  test("agrees with JSON.parse on validity, and with V8's position wherever V8 gives one (bad literals aside)", () => {
    const pieces = [
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      '"a"',
      '"\\n"',
      '"\\u12',
      '"\\x"',
      "\\",
      "1",
      "-",
      "0",
      ".",
      "e",
    ];
    const more = [
      "+",
      "true",
      "tru",
      "null",
      "false",
      " ",
      "\n",
      '"',
      "x",
      "\u001b",
      "\uFEFF",
      "01",
      "NaN",
      "'",
    ];
    const token = fc.constantFrom(...pieces, ...more, "\u{1F600}");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join("");
        const v8 = v8Position(text);
        const found = jsonErrorLocation(text);
        if (v8 === "valid") {
          expect(found).toBeUndefined();
          return;
        }
        expect(found).toBeDefined();
        if (v8 !== undefined && found?.reason !== "Expected true, false or null")
          expect(found?.offset).toBe(v8);
      }),
      { numRuns: 3000, seed: 2026 },
    );
  });
});

describe("parseJsonText: invalid JSON is file:line:column: invalid JSON (reason), on one line", () => {
  test("errors V8 gives no position for are located", () => {
    expect(messageOf(() => parseJsonText('{\n  "a": tru\n}', "a.json"))).toBe(
      "a.json:2:8: invalid JSON (Expected true, false or null)",
    );
    expect(messageOf(() => parseJsonText('{\r\n  "records": [,]\r\n}', "b.json"))).toBe(
      "b.json:2:15: invalid JSON (Unexpected token ',')",
    );
    expect(messageOf(() => parseJsonText('{"a": [1,\n', "c.json"))).toBe(
      "c.json:2:1: invalid JSON (Unexpected end of JSON input)",
    );
    expect(messageOf(() => parseJsonText("\uFEFF[\n NaN]", "d.json"))).toBe(
      "d.json:2:2: invalid JSON (Unexpected token 'N')",
    );
  });

  test("V8's own position and reason are kept when it gives them", () => {
    expect(messageOf(() => parseJsonText('{"a": 1 "b": 2}', "e.json"))).toBe(
      "e.json:1:9: invalid JSON (Expected ',' or '}' after property value)",
    );
    expect(messageOf(() => parseJsonText("[1]\n]", "f.json"))).toBe(
      "f.json:2:1: invalid JSON (Unexpected non-whitespace character after JSON)",
    );
  });

  test("the text is never quoted raw: a control character is escaped, a CR LF cannot split the message", () => {
    const message = messageOf(() =>
      parseJsonText('{"records": [\u001b]0;pwned\u0007\u001b[2J\u202e x],\r\n"a": 1}', "g.json"),
    );
    expect(message).toBe("g.json:1:14: invalid JSON (Unexpected token '\\u001b')");
    expect(message).not.toMatch(CONTROL);
    // A "position" inside V8's snippet of the text is not taken for V8's own.
    expect(messageOf(() => parseJsonText('["at position 3", x]', "h.json"))).toBe(
      "h.json:1:19: invalid JSON (Unexpected token 'x')",
    );
  });
});

describe("readJsonLines: a line of invalid JSON gives its column, never its text", () => {
  test("column within the line; reason escaped", async () => {
    const lines: string[] = [];
    for await (const entry of readJsonLines(['{"a": 1}', '{"a": x\u001b[2J}', '{"a": "\u202e', "[1,]"])) {
      lines.push(entry.error ?? "ok");
    }
    expect(lines).toEqual([
      "ok",
      "invalid JSON (Unexpected token 'x') at column 7",
      "invalid JSON (Unterminated string) at column 9",
      "invalid JSON (Unexpected token ']') at column 4",
    ]);
  });
});
