import { OptionError } from "../../core/errors.js";
import { type Interval, intervalOf, isPartialDate, type PartialDate } from "../../time/partial-date.js";
import type { IntervalMatch } from "../../time/period.js";
import type { AtDateOptions, TimeRangeOptions } from "../options.js";

/** A resolved date range and how to match it. @internal */
export interface QueryRange extends Interval {
  readonly match: IntervalMatch;
}

/** The interval of a date option; throws an `OptionError` naming the option when it is not a partial date. @internal */
export function checkedInterval(date: PartialDate, option: string): Interval {
  if (!isPartialDate(date)) {
    throw new OptionError(
      option,
      `${option}: ${JSON.stringify(String(date).slice(0, 40))} is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  }
  return intervalOf(date);
}

function checkedMatch(match: unknown): IntervalMatch {
  if (match === undefined || match === "overlaps") return "overlaps";
  if (match === "within") return "within";
  throw new OptionError("match", `match: ${JSON.stringify(match)} is not "overlaps" or "within"`);
}

/**
 * The range of `from`/`to` options, or `undefined` when neither is given. Throws a `RangeError` naming the
 * option for a malformed date or a range that ends before it starts.
 * @internal
 */
export function rangeOf(options: TimeRangeOptions): QueryRange | undefined {
  const match = checkedMatch(options.match);
  if (options.from === undefined && options.to === undefined) return undefined;
  const start =
    options.from === undefined ? Number.NEGATIVE_INFINITY : checkedInterval(options.from, "from").start;
  const end = options.to === undefined ? Number.POSITIVE_INFINITY : checkedInterval(options.to, "to").end;
  if (end <= start)
    throw new OptionError(
      "to",
      `the range ends (to: ${options.to}) before it starts (from: ${options.from})`,
    );
  return { start, end, match };
}

/**
 * The interval of an `at` option, or `undefined` for "the latest known state".
 * @internal
 */
export function atOf(options: AtDateOptions): QueryRange | undefined {
  const match = checkedMatch(options.match);
  if (options.at === undefined) return undefined;
  const { start, end } = checkedInterval(options.at, "at");
  return { start, end, match };
}

/** Whether an interval matches a range. @internal */
export function matchesRange(start: number, end: number, range: QueryRange): boolean {
  return range.match === "within"
    ? start >= range.start && end <= range.end
    : start < range.end && end > range.start;
}
