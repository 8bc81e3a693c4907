import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addDays } from "date-fns/addDays";
import { addMilliseconds } from "date-fns/addMilliseconds";
import { addMinutes } from "date-fns/addMinutes";
import { addMonths } from "date-fns/addMonths";
import { addSeconds } from "date-fns/addSeconds";
import { addYears } from "date-fns/addYears";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { z } from "zod";
import { addIssue } from "../core/issue.js";

/**
 * How precise a partial date is: the unit of the interval it covers.
 *
 * @category Time
 * @example
 * ```ts
 * import { precisionOf } from "bilateral";
 * precisionOf("2025-08"); //=> "month"
 * ```
 */
export type DatePrecision = "year" | "month" | "day" | "minute" | "second" | "millisecond";

/**
 * A time interval in UTC, as milliseconds since the epoch: `start` included, `end` excluded.
 * `-Infinity` and `Infinity` stand for an open start or end.
 *
 * @category Time
 * @example
 * ```ts
 * import { intervalOf } from "bilateral";
 * const august = intervalOf("2025-08");
 * new Date(august.start).toISOString(); //=> "2025-08-01T00:00:00.000Z"
 * new Date(august.end).toISOString(); //=> "2025-09-01T00:00:00.000Z"
 * ```
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Parsed parts of a partial date. @internal */
interface ParsedPartialDate extends Interval {
  readonly precision: DatePrecision;
}

// Year, then optional month, day, and time with a required UTC offset. Linear: no nested quantifiers.
const PARTIAL_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

const cache = new Map<string, ParsedPartialDate | null>();
const CACHE_LIMIT = 200_000;

function build(text: string): ParsedPartialDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const date = new UTCDateMini(Date.UTC(2000, 0, 1));
  date.setFullYear(year, (month ?? 1) - 1, 1);
  if (day !== undefined && (day < 1 || day > getDaysInMonth(date))) return null;
  date.setDate(day ?? 1);
  if (month === undefined)
    return { precision: "year", start: date.getTime(), end: addYears(date, 1).getTime() };
  if (day === undefined)
    return { precision: "month", start: date.getTime(), end: addMonths(date, 1).getTime() };
  if (m[4] === undefined) return { precision: "day", start: date.getTime(), end: addDays(date, 1).getTime() };

  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const zone = m[8] as string;
  let offset = 0;
  if (zone !== "Z") {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMinutes = Number(zone.slice(4, 6));
    if (offsetHours > 14 || offsetMinutes > 59) return null;
    offset = (zone[0] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  }
  date.setHours(hours, minutes, seconds, millis);
  const start = addMinutes(date, -offset);
  if (m[6] === undefined)
    return { precision: "minute", start: start.getTime(), end: addMinutes(start, 1).getTime() };
  if (m[7] === undefined)
    return { precision: "second", start: start.getTime(), end: addSeconds(start, 1).getTime() };
  return { precision: "millisecond", start: start.getTime(), end: addMilliseconds(start, 1).getTime() };
}

function parse(text: string): ParsedPartialDate | null {
  let parsed = cache.get(text);
  if (parsed === undefined) {
    parsed = build(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, parsed);
  }
  return parsed;
}

/**
 * Tells whether a string is a valid partial date: `2025`, `2025-08`, `2025-08-03`, or a day with a time and a
 * UTC offset (`2025-08-03T10:30Z`, `2025-08-03T10:30:00+05:00`). The date must exist (`2025-02-30` does not).
 *
 * @category Time
 * @example
 * ```ts
 * import { isPartialDate } from "bilateral";
 * isPartialDate("2024-02-29"); //=> true
 * isPartialDate("2025-02-29"); //=> false
 * ```
 */
export function isPartialDate(value: unknown): boolean {
  return typeof value === "string" && value.length <= 40 && parse(value) !== null;
}

/**
 * A partial date: a year, a month, a day, or an instant with a UTC offset. Its precision is part of its value,
 * and it stands for a UTC interval: `2025-08` covers all of August 2025. It never shifts with the machine's
 * time zone.
 *
 * @category Time
 * @example
 * ```ts
 * import { PartialDateSchema } from "bilateral";
 * PartialDateSchema.parse("2025-08"); //=> "2025-08"
 * PartialDateSchema.safeParse("2025-02-30").success; //=> false
 * ```
 */
export const PartialDateSchema = z.string().check((ctx) => {
  if (!isPartialDate(ctx.value)) {
    addIssue(ctx, {
      code: "invalid_date",
      message: `${JSON.stringify(ctx.value.slice(0, 40))} is not a partial date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with Z or an offset, and a date that exists)`,
      input: ctx.value,
    });
  }
});

/**
 * A partial date string (see {@link PartialDateSchema}).
 *
 * @category Time
 * @example
 * ```ts
 * import type { PartialDate } from "bilateral";
 * const visit: PartialDate = "2025-08-02";
 * ```
 */
export type PartialDate = string;

function parsedOrThrow(text: PartialDate): ParsedPartialDate {
  const parsed = parse(text);
  if (parsed === null) throw new RangeError(`${JSON.stringify(text)} is not a partial date`);
  return parsed;
}

/**
 * The UTC interval a partial date covers (start included, end excluded), in epoch milliseconds.
 * Throws a `RangeError` for a string that is not a partial date.
 *
 * @category Time
 * @example
 * ```ts
 * import { intervalOf } from "bilateral";
 * const leapDay = intervalOf("2024-02-29");
 * leapDay.end - leapDay.start; //=> 86400000
 * ```
 */
export function intervalOf(date: PartialDate): Interval {
  const { start, end } = parsedOrThrow(date);
  return { start, end };
}

/**
 * The precision of a partial date.
 *
 * @category Time
 * @example
 * ```ts
 * import { precisionOf } from "bilateral";
 * precisionOf("2025"); //=> "year"
 * precisionOf("2025-08-03T10:30Z"); //=> "minute"
 * ```
 */
export function precisionOf(date: PartialDate): DatePrecision {
  return parsedOrThrow(date).precision;
}

/**
 * Orders two partial dates by the start of their intervals, then by their end (the more precise first).
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @category Time
 * @example
 * ```ts
 * import { comparePartialDates } from "bilateral";
 * ["2025-08-03", "2025", "2025-08"].sort(comparePartialDates); //=> ["2025", "2025-08", "2025-08-03"]
 * ```
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const x = parsedOrThrow(a);
  const y = parsedOrThrow(b);
  return x.start - y.start || y.end - x.end;
}

/**
 * The epoch millisecond a partial date starts at (its interval's start).
 *
 * @category Time
 * @example
 * ```ts
 * import { startOf } from "bilateral";
 * new Date(startOf("2025-08")).toISOString(); //=> "2025-08-01T00:00:00.000Z"
 * ```
 */
export function startOf(date: PartialDate): number {
  return parsedOrThrow(date).start;
}

/**
 * The epoch millisecond a partial date ends at (its interval's end, excluded).
 *
 * @category Time
 * @example
 * ```ts
 * import { endOf } from "bilateral";
 * new Date(endOf("2025")).toISOString(); //=> "2026-01-01T00:00:00.000Z"
 * ```
 */
export function endOf(date: PartialDate): number {
  return parsedOrThrow(date).end;
}
