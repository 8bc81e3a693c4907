import { isPartialDate } from "bilateral";
import fc from "fast-check";
import { isSafePattern } from "redos-detector";
import { describe, expect, test } from "vitest";
import { PARTIAL_DATE_PATTERN } from "../../src/json-schema/partial-date-pattern.js";

// ajv compiles patterns with the `u` flag; so do we.
const pattern = new RegExp(PARTIAL_DATE_PATTERN, "u");

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });
const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
const year = fc.oneof(
  digits(4),
  fc.constantFrom("0000", "0001", "0004", "0100", "0400", "1900", "2000", "2024", "2100"),
);
const time = fc
  .tuple(
    twoDigits,
    twoDigits,
    fc.option(twoDigits),
    fc.option(digits(1).chain((d) => fc.constantFrom(d, `${d}5`, `${d}50`, `${d}500`))),
    fc.oneof(
      fc.constant("Z"),
      fc.constant("z"),
      fc.tuple(fc.constantFrom("+", "-"), twoDigits, twoDigits).map((p) => `${p[0]}${p[1]}:${p[2]}`),
    ),
  )
  .map(
    ([h, m, s, ms, zone]) => `T${h}:${m}${s === null ? "" : `:${s}${ms === null ? "" : `.${ms}`}`}${zone}`,
  );
const dateLike = fc
  .tuple(year, fc.option(twoDigits), fc.option(twoDigits), fc.option(time))
  .map(
    ([y, m, d, t]) => `${y}${m === null ? "" : `-${m}`}${m === null || d === null ? "" : `-${d}`}${t ?? ""}`,
  );
const noise = fc.oneof(
  fc.string({ maxLength: 30 }),
  dateLike.map((text) => ` ${text}`),
  dateLike.map((text) => text.slice(1)),
);

describe("the JSON Schema pattern of a partial date", () => {
  test("accepts exactly what isPartialDate accepts", () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, dateLike, noise), (text) => {
        expect(pattern.test(text), text).toBe(isPartialDate(text));
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  test("knows the calendar: leap years, month lengths, no year 0", () => {
    const cases: [string, boolean][] = [
      ["2024-02-29", true],
      ["2000-02-29", true],
      ["1900-02-29", false],
      ["2025-02-29", false],
      ["2025-04-31", false],
      ["2025-12-31", true],
      ["0000", false],
      ["0004-02-29", true],
      ["2025-08-03T24:00Z", false],
      ["2025-08-03T10:30+14:59", true],
      ["2025-08-03T10:30+15:00", false],
      ["2025-08T10:30Z", false],
    ];
    for (const [text, expected] of cases) {
      expect(pattern.test(text), text).toBe(expected);
      expect(isPartialDate(text), text).toBe(expected);
    }
  });

  test("matches in linear time (no backtracking blow-up)", () => {
    const result = isSafePattern(PARTIAL_DATE_PATTERN, { unicode: true });
    expect(result.safe, JSON.stringify(result.error ?? null)).toBe(true);
  });
});
