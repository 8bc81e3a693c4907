/*
 * The partial-date grammar as one regular expression, for JSON Schema: it accepts exactly what isPartialDate
 * accepts, real calendar dates included (2024-02-29 but not 2025-02-29, no 2025-04-31, no year 0000).
 * Every alternative has a fixed width, so matching is linear (a test runs redos-detector on it).
 */

const MONTH = "(?:0[1-9]|1[0-2])";
const MONTH_DAY = [
  "(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])",
  "(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)",
  "02-(?:0[1-9]|1\\d|2[0-8])",
].join("|");
// Leap years: divisible by 4 and not by 100, or divisible by 400 (the proleptic Gregorian calendar).
const LEAP_YEAR = "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const DAY = `(?:\\d{4}-(?:${MONTH_DAY})|${LEAP_YEAR}-02-29)`;
const TIME = "T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,3})?)?(?:Z|[+-](?:0\\d|1[0-4]):[0-5]\\d)";

/**
 * The pattern of a partial date (`2025`, `2025-08`, `2025-08-03`, `2025-08-03T10:30Z`...), exact to the
 * calendar, as the source of a regular expression.
 * @internal
 */
export const PARTIAL_DATE_PATTERN = `^(?!0000)(?:\\d{4}(?:-${MONTH})?|${DAY}(?:${TIME})?)$`;
