import {
  comparePartialDates,
  endOf,
  intervalOf,
  isPartialDate,
  PartialDateSchema,
  precisionOf,
  safeParseRecord,
  startOf,
} from "bilateral";
import { describe, expect, test } from "vitest";

const iso = (ms: number) => new Date(ms).toISOString();

describe("partial dates are UTC intervals", () => {
  test("a year covers the whole year", () => {
    const year = intervalOf("2025");
    expect(iso(year.start)).toBe("2025-01-01T00:00:00.000Z");
    expect(iso(year.end)).toBe("2026-01-01T00:00:00.000Z");
    expect(precisionOf("2025")).toBe("year");
  });

  test("a month covers the whole month, of whatever length", () => {
    expect(iso(intervalOf("2025-08").end)).toBe("2025-09-01T00:00:00.000Z");
    expect(iso(intervalOf("2025-12").end)).toBe("2026-01-01T00:00:00.000Z");
    const february2024 = intervalOf("2024-02");
    expect((february2024.end - february2024.start) / 86_400_000).toBe(29);
    const february2025 = intervalOf("2025-02");
    expect((february2025.end - february2025.start) / 86_400_000).toBe(28);
  });

  test("a day covers 24 hours; a leap day exists only in leap years", () => {
    const leap = intervalOf("2024-02-29");
    expect(iso(leap.start)).toBe("2024-02-29T00:00:00.000Z");
    expect(leap.end - leap.start).toBe(86_400_000);
    expect(isPartialDate("2025-02-29")).toBe(false);
    expect(isPartialDate("1900-02-29")).toBe(false); // divisible by 100, not by 400
    expect(isPartialDate("2000-02-29")).toBe(true);
  });

  test("impossible dates are rejected with the code invalid_date", () => {
    for (const text of [
      "2025-02-30",
      "2025-13",
      "2025-00",
      "2025-04-31",
      "2025-1",
      "25",
      "2025-08-03T24:00Z",
      "0000",
    ]) {
      expect(isPartialDate(text), text).toBe(false);
    }
    const result = safeParseRecord(PartialDateSchema, "2025-02-30");
    expect(result.success).toBe(false);
    expect(result.issues[0]?.code).toBe("invalid_date");
    expect(result.issues[0]?.message).toContain("2025-02-30");
  });

  test("a time needs an offset and is converted to UTC, never to the machine's zone", () => {
    expect(isPartialDate("2025-08-03T10:30")).toBe(false);
    expect(iso(startOf("2025-08-03T10:30Z"))).toBe("2025-08-03T10:30:00.000Z");
    expect(iso(startOf("2025-08-03T10:30+05:00"))).toBe("2025-08-03T05:30:00.000Z");
    expect(iso(startOf("2025-08-03T00:30-03:30"))).toBe("2025-08-03T04:00:00.000Z");
    expect(precisionOf("2025-08-03T10:30:15Z")).toBe("second");
    expect(endOf("2025-08-03T10:30:15.5Z") - startOf("2025-08-03T10:30:15.5Z")).toBe(1);
    expect(iso(startOf("2025-08-03T10:30:15.5Z"))).toBe("2025-08-03T10:30:15.500Z");
  });

  test("years before 100 are not mistaken for 19xx", () => {
    expect(iso(startOf("0025"))).toBe("0025-01-01T00:00:00.000Z");
  });

  test("comparison orders by start, then the more precise first", () => {
    expect(["2025-08-03", "2024", "2025", "2025-08"].sort(comparePartialDates)).toEqual([
      "2024",
      "2025",
      "2025-08",
      "2025-08-03",
    ]);
  });

  test("an invalid date given to an interval function is a RangeError naming it", () => {
    expect(() => intervalOf("2025-02-30")).toThrow(RangeError);
    expect(() => intervalOf("2025-02-30")).toThrow(/2025-02-30/);
  });
});

describe("the machine's time zone", () => {
  test("is the one the run asked for (the suite runs again under UTC+14 and UTC-11)", () => {
    const asked = process.env.TZ;
    if (asked !== undefined && asked !== "") {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(asked);
    }
    // Whatever the zone, a partial date is the same UTC interval.
    expect(new Date(startOf("2025-01-01")).toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });
});
