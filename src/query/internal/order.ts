import { startOf } from "../../time/partial-date.js";

/**
 * Sorts items in time order by a partial date (by start; equal starts keep their order), undated items last
 * in their original order. Returns a new list.
 * @internal
 */
export function inTimeOrder<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  const keyed = items.map((item, order) => {
    const date = dateOf(item);
    return { item, order, start: date === undefined ? Number.POSITIVE_INFINITY : startOf(date) };
  });
  keyed.sort((x, y) => (x.start === y.start ? x.order - y.order : x.start < y.start ? -1 : 1));
  return keyed.map((k) => k.item);
}
