import { entryDate } from "../../model/history.js";
import { startOf } from "../../time/partial-date.js";
import type { QueryRange } from "./range.js";

/** The dated fields of a history entry. @internal */
export interface DatedEntry {
  readonly since?: string | undefined;
  readonly asOf?: string | undefined;
}

/** An entry with the interval it holds over: from its date's start to the next dated entry's start. @internal */
export interface HeldEntry<Entry> {
  readonly entry: Entry;
  readonly start: number;
  readonly end: number;
}

/**
 * The dated entries of a history whose holding interval overlaps a range, in history order. An entry holds
 * from the start of its date until the start of the next dated entry (an entry followed by one of the same
 * start never holds: the later one supersedes it). Undated entries never match a range.
 * @internal
 */
export function entriesOverlapping<Entry extends DatedEntry>(
  history: readonly Entry[] | undefined,
  range: QueryRange,
): HeldEntry<Entry>[] {
  const out: HeldEntry<Entry>[] = [];
  if (history === undefined) return out;
  const dated: { entry: Entry; start: number }[] = [];
  for (const entry of history) {
    const date = entryDate(entry);
    if (date !== undefined) dated.push({ entry, start: startOf(date) });
  }
  for (let i = 0; i < dated.length; i++) {
    const { entry, start } = dated[i] as { entry: Entry; start: number };
    const end = i + 1 < dated.length ? (dated[i + 1] as { start: number }).start : Number.POSITIVE_INFINITY;
    if (end <= start) continue;
    if (start < range.end && end > range.start) out.push({ entry, start, end });
  }
  return out;
}

/**
 * The entries of a history that hold at a date: without a range, the last entry (dated or not: the latest
 * known state); with one, the dated entries that hold at some instant of it (`overlaps`) or throughout it
 * (`within`).
 * @internal
 */
export function entriesInEffect<Entry extends DatedEntry>(
  history: readonly Entry[] | undefined,
  range: QueryRange | undefined,
): Entry[] {
  if (history === undefined || history.length === 0) return [];
  if (range === undefined) return [history[history.length - 1] as Entry];
  const held = entriesOverlapping(history, range);
  if (range.match === "within") {
    return held.filter((h) => h.start <= range.start && h.end >= range.end).map((h) => h.entry);
  }
  return held.map((h) => h.entry);
}
