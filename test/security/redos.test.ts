/**
 * No ReDoS: every regular expression in src/ is safe (it matches in time linear in its input), as judged by
 * redos-detector. The expressions are found by parsing the sources with the TypeScript compiler, not by
 * searching their text: literals, `new RegExp(...)`/`RegExp(...)`, and strings given to match/matchAll/search.
 * A pattern built at run time from a variable cannot be checked: it fails here until it is made a literal.
 */
import { fileURLToPath } from "node:url";
import { isSafePattern } from "redos-detector";
import { describe, expect, test } from "vitest";
import { findRegexes } from "./regexes.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** redos-detector's verdict on a pattern with the flags it is used with. */
function verdict(pattern: string, flags: string) {
  return isSafePattern(pattern, {
    unicode: flags.includes("u") || flags.includes("v"),
    caseInsensitive: flags.includes("i"),
    dotAll: flags.includes("s"),
    multiLine: flags.includes("m"),
    // The defaults (score 200, 20,000 steps), and a time limit so that one pattern cannot hang the suite:
    // running out of time or steps counts as unsafe.
    timeout: 10_000,
  });
}

const found = findRegexes(SRC, ROOT);

describe("the checker itself", () => {
  test("finds the expressions it must (the id pattern, the partial-date pattern) and many others", () => {
    expect(found.length).toBeGreaterThan(20);
    expect(found).toContainEqual(
      expect.objectContaining({ at: expect.stringMatching(/^src\/core\/id\.ts:/), form: "literal" }),
    );
    expect(found.map((regex) => regex.pattern)).toContain(
      "^[a-z][a-z0-9_-]{0,31}:[^\\s\\p{Cc}\\p{Cf}\\p{Cs}]{1,256}$",
    );
    expect(found.some((regex) => regex.at.startsWith("src/time/partial-date.ts:"))).toBe(true);
  });

  test("flags the classic catastrophic patterns, and passes linear ones", () => {
    for (const bad of ["^(a+)+$", "^(a|a)*$", "^([a-b]*)([a-c]*)$", "^(\\w+\\s?)*$", "(x+x+)+y"]) {
      expect(verdict(bad, "").safe, bad).toBe(false);
    }
    for (const good of [
      "^\\d{4}-\\d{2}$",
      "^[A-Z0-9]+(?:-[A-Z0-9]+)*$",
      "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$",
    ]) {
      expect(verdict(good, "").safe, good).toBe(true);
    }
  });
});

describe("every regular expression in src/ is safe", () => {
  test.each(found.map((regex) => [`${regex.at} ${regex.code.slice(0, 80)}`, regex] as const))(
    "%s",
    (_name, regex) => {
      expect(
        regex.pattern,
        `${regex.at}: a pattern built at run time cannot be checked: ${regex.code}`,
      ).not.toBeNull();
      const result = verdict(regex.pattern as string, regex.flags);
      const why = result.error === null ? `score ${JSON.stringify(result.score)}` : result.error;
      expect(result.safe, `${regex.at}: /${regex.pattern}/${regex.flags} can backtrack (${why})`).toBe(true);
    },
  );
});
