import {
  intervalOf,
  matchesInterval,
  overlaps,
  PeriodSchema,
  periodInterval,
  rangeInterval,
  safeParseRecord,
  within,
} from "bilateral";
import { describe, expect, test } from "vitest";

describe("periods", () => {
  test("either end may be open", () => {
    expect(PeriodSchema.parse({})).toEqual({});
    expect(periodInterval({ start: "2025" })).toEqual({ start: intervalOf("2025").start, end: Infinity });
    expect(periodInterval({ end: "2025" })).toEqual({ start: -Infinity, end: intervalOf("2025").end });
    expect(periodInterval(undefined)).toEqual({ start: -Infinity, end: Infinity });
  });

  test("an end before the start is period_reversed; overlapping precisions are fine", () => {
    expect(PeriodSchema.safeParse({ start: "2025-08", end: "2025-08-15" }).success).toBe(true);
    expect(PeriodSchema.safeParse({ start: "2025-08-15", end: "2025-08" }).success).toBe(true);
    const result = safeParseRecord(PeriodSchema, { start: "2025-09", end: "2025-08" });
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ code: "period_reversed", path: ["end"] })]);
  });

  test("a period with an unknown field reports it rather than dropping it", () => {
    const result = safeParseRecord(PeriodSchema, { start: "2025", until: "2026" });
    expect(result.issues).toEqual([expect.objectContaining({ code: "unknown_field", path: ["until"] })]);
  });

  test("overlaps and within compare intervals at their boundaries", () => {
    const july = intervalOf("2025-07");
    const august = intervalOf("2025-08");
    expect(overlaps(july, august)).toBe(false); // July ends exactly where August starts
    expect(overlaps(intervalOf("2025"), august)).toBe(true);
    expect(within(intervalOf("2025-08-31"), august)).toBe(true);
    expect(within(august, intervalOf("2025-08-31"))).toBe(false);
    expect(matchesInterval(intervalOf("2025"), august)).toBe(true);
    expect(matchesInterval(intervalOf("2025"), august, "within")).toBe(false);
  });

  test("a range runs from the start of its first date to the end of its last", () => {
    const visit = rangeInterval("2025-08-02", "2025-08-03");
    expect(new Date(visit.end).toISOString()).toBe("2025-08-04T00:00:00.000Z");
    expect(rangeInterval("2025-08")).toEqual(intervalOf("2025-08"));
  });
});
