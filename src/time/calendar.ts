import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addMonths } from "date-fns/addMonths";
import { addQuarters } from "date-fns/addQuarters";
import { addYears } from "date-fns/addYears";
import { getQuarter } from "date-fns/getQuarter";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfQuarter } from "date-fns/startOfQuarter";
import { startOfYear } from "date-fns/startOfYear";

/** A calendar period of a summary. @internal */
export type Granularity = "month" | "quarter" | "year";

/** The start (epoch ms, UTC) of the period that contains `time`. @internal */
export function periodStart(time: number, by: Granularity): number {
  const date = new UTCDateMini(time);
  if (by === "month") return startOfMonth(date).getTime();
  if (by === "quarter") return startOfQuarter(date).getTime();
  return startOfYear(date).getTime();
}

/** The start of the period after the one starting at `start`. @internal */
export function nextPeriod(start: number, by: Granularity): number {
  const date = new UTCDateMini(start);
  if (by === "month") return addMonths(date, 1).getTime();
  if (by === "quarter") return addQuarters(date, 1).getTime();
  return addYears(date, 1).getTime();
}

/** The label of the period starting at `start`: `2025-08`, `2025-Q3` or `2025`. @internal */
export function periodLabel(start: number, by: Granularity): string {
  const date = new UTCDateMini(start);
  const year = String(date.getFullYear()).padStart(4, "0");
  if (by === "month") return `${year}-${String(date.getMonth() + 1).padStart(2, "0")}`;
  if (by === "quarter") return `${year}-Q${getQuarter(date)}`;
  return year;
}

/** Whole and fractional years from one instant to another, by calendar months. @internal */
export function yearsBetween(from: number, to: number): number {
  const start = new UTCDateMini(from);
  const end = new UTCDateMini(to);
  const months = (end.getFullYear() - start.getFullYear()) * 12 + (end.getMonth() - start.getMonth());
  const anchor = addMonths(start, months).getTime();
  const next = addMonths(start, months + (to >= anchor ? 1 : -1)).getTime();
  const fraction = next === anchor ? 0 : (to - anchor) / Math.abs(next - anchor);
  return (months + fraction) / 12;
}

function monthOf(time: number): string {
  const date = new UTCDateMini(time);
  return `${String(date.getFullYear()).padStart(4, "0")}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

/** The first and last partial dates of the period starting at `start` (`2025-07`..`2025-09` for a quarter). @internal */
export function periodBounds(start: number, by: Granularity): { from: string; to: string } {
  if (by === "year") return { from: periodLabel(start, by), to: periodLabel(start, by) };
  if (by === "month") return { from: monthOf(start), to: monthOf(start) };
  return { from: monthOf(start), to: monthOf(addMonths(new UTCDateMini(start), 2).getTime()) };
}
