import { IN_FORCE_STATUSES, type Sanction, type SanctionStatus } from "../../model/sanction.js";
import { entriesOverlapping } from "./history.js";
import { type KnownBy, knownEntries } from "./known.js";
import type { QueryRange } from "./range.js";

type StatusEntry = Sanction["statusHistory"][number];

/** How a sanction stands at a date, when it is in force. @internal */
export interface InForce {
  readonly entry: StatusEntry;
  readonly entries: readonly StatusEntry[];
}

/**
 * Whether a sanction is in force at a date (a status of `IN_FORCE_STATUSES`: imposed, expanded, eased):
 * without a range, by its last entry; with `overlaps`, when an in-force entry holds at some instant of the
 * range; with `within`, when in-force entries hold throughout it. With `known`, only the entries known by then
 * count.
 * @internal
 */
export function inForceAt(
  sanction: Sanction,
  range: QueryRange | undefined,
  known?: KnownBy,
): InForce | undefined {
  const history = knownEntries(sanction.statusHistory, sanction, known) ?? [];
  const inForce = (entry: StatusEntry) => IN_FORCE_STATUSES.has(entry.status as SanctionStatus);
  if (range === undefined) {
    const last = history[history.length - 1];
    return last !== undefined && inForce(last) ? { entry: last, entries: [last] } : undefined;
  }
  const held = entriesOverlapping(history, range);
  if (range.match === "within") {
    const first = held[0];
    if (first === undefined || first.start > range.start || !held.every((h) => inForce(h.entry)))
      return undefined;
    const entries = held.map((h) => h.entry);
    return { entry: entries[entries.length - 1] as StatusEntry, entries };
  }
  const entries = held.map((h) => h.entry).filter(inForce);
  const entry = entries[entries.length - 1];
  return entry === undefined ? undefined : { entry, entries };
}
