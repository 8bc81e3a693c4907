import { z } from "zod";
import { addIssue } from "../core/issue.js";
import {
  type Interval,
  intervalOf,
  isPartialDate,
  type PartialDate,
  PartialDateSchema,
} from "./partial-date.js";

/**
 * A period of validity: a start and an end, each a partial date, either one open (absent).
 * The end may not come before the start: `{ start: "2025-08", end: "2025-08-15" }` is fine (they overlap),
 * `{ start: "2025-09", end: "2025-08" }` is not.
 *
 * @category Time
 * @example
 * ```ts
 * import { PeriodSchema } from "bilateral";
 * PeriodSchema.parse({ start: "2024-07-28" }); //=> { start: "2024-07-28" } (still open)
 * ```
 */
export const PeriodSchema = z
  .strictObject({
    /** When it starts, a partial date; absent when open or not known. */
    start: PartialDateSchema.optional().meta({
      description: "When it starts, a partial date; absent when open or not known.",
    }),
    /** When it ends, a partial date, not before the start; absent when open or ongoing. */
    end: PartialDateSchema.optional().meta({
      description: "When it ends, a partial date, not before the start; absent when open or ongoing.",
    }),
  })
  .check((ctx) => {
    const { start, end } = ctx.value;
    if (
      isPartialDate(start) &&
      isPartialDate(end) &&
      intervalOf(end as string).end <= intervalOf(start as string).start
    ) {
      addIssue(ctx, {
        code: "period_reversed",
        message: `the period ends (${end}) before it starts (${start})`,
        input: ctx.value,
        path: ["end"],
      });
    }
  });

/**
 * A period (see {@link PeriodSchema}).
 *
 * @category Time
 * @example
 * ```ts
 * import type { Period } from "bilateral";
 * const presidency: Period = { start: "2024-07-28" };
 * ```
 */
export type Period = z.output<typeof PeriodSchema>;

/**
 * The UTC interval a period covers: from the start of its start to the end of its end. An open side is
 * infinite.
 *
 * @category Time
 * @example
 * ```ts
 * import { periodInterval } from "bilateral";
 * periodInterval({ start: "2025" }).end; //=> Infinity
 * ```
 */
export function periodInterval(period: Period | undefined): Interval {
  return {
    start: period?.start === undefined ? Number.NEGATIVE_INFINITY : intervalOf(period.start).start,
    end: period?.end === undefined ? Number.POSITIVE_INFINITY : intervalOf(period.end).end,
  };
}

/**
 * The UTC interval from one partial date to another (or to the end of the first when there is no second).
 *
 * @category Time
 * @example
 * ```ts
 * import { rangeInterval } from "bilateral";
 * const visit = rangeInterval("2025-08-02", "2025-08-03");
 * (visit.end - visit.start) / 86_400_000; //=> 2
 * ```
 */
export function rangeInterval(start: PartialDate, end?: PartialDate): Interval {
  const first = intervalOf(start);
  return end === undefined ? first : { start: first.start, end: Math.max(first.end, intervalOf(end).end) };
}

/**
 * How a date or period is matched against a query's range: `overlaps` (the default of every query) keeps a
 * record whose interval shares any instant with the range; `within` keeps it only if its whole interval lies
 * inside the range.
 *
 * @category Time
 * @example
 * ```ts
 * import type { IntervalMatch } from "bilateral";
 * const match: IntervalMatch = "within";
 * ```
 */
export type IntervalMatch = "overlaps" | "within";

/**
 * Tells whether two intervals share at least one instant.
 *
 * @category Time
 * @example
 * ```ts
 * import { intervalOf, overlaps } from "bilateral";
 * overlaps(intervalOf("2025"), intervalOf("2025-08-03")); //=> true
 * overlaps(intervalOf("2024"), intervalOf("2025")); //=> false
 * ```
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Tells whether the first interval lies wholly inside the second.
 *
 * @category Time
 * @example
 * ```ts
 * import { intervalOf, within } from "bilateral";
 * within(intervalOf("2025-08-03"), intervalOf("2025-08")); //=> true
 * within(intervalOf("2025"), intervalOf("2025-08")); //=> false
 * ```
 */
export function within(inner: Interval, outer: Interval): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Tells whether an interval matches a range under the given rule (`overlaps` by default).
 *
 * @category Time
 * @example
 * ```ts
 * import { intervalOf, matchesInterval } from "bilateral";
 * matchesInterval(intervalOf("2025"), intervalOf("2025-08"), "within"); //=> false
 * matchesInterval(intervalOf("2025"), intervalOf("2025-08")); //=> true
 * ```
 */
export function matchesInterval(
  interval: Interval,
  range: Interval,
  match: IntervalMatch = "overlaps",
): boolean {
  return match === "within" ? within(interval, range) : overlaps(interval, range);
}
