import { UnknownIdError } from "../core/errors.js";
import type { Citation } from "../model/base.js";
import type { Relationship, StanceEntry } from "../model/relationship.js";
import { periodInterval } from "../time/period.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import type { HistoryEntryOf } from "./indexed-records.js";
import { entriesInEffect } from "./internal/history.js";
import { knownByOf, knownEntries } from "./internal/known.js";
import { attributionOf, checkParty, pairRecords, partyIds } from "./internal/parties.js";
import { atOf, type QueryRange } from "./internal/range.js";
import { type IndexData, internalsOf, recordAt } from "./internal/store.js";
import type { AtDateOptions, AttributionOptions } from "./options.js";

/**
 * Options of {@link stanceBetween}: a date (`at`, `match`; the latest known state without one), the
 * attribution mode, and `directed` (keep directed relationships only when they run from the first party to
 * the second; undirected ones are always kept).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StanceOptions } from "bilateral";
 * const options: StanceOptions = { at: "2025-08" };
 * ```
 */
export interface StanceOptions extends AtDateOptions, AttributionOptions {
  readonly directed?: boolean;
}

/**
 * One relationship between two parties and its stance at the date asked, with what supports it: the stance
 * entries that hold then (`entries`, oldest first; `entry` is the last of them, the state at the end of the
 * date), the records they name as causes (the attacks that strain it, say), and the citations of those
 * entries and of the relationship. `stance` is `undefined` when no entry holds then (the relationship has no
 * stance history, or none dated before that date); `dated` is false when the stance comes from an undated
 * entry ("reported, date unknown").
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StanceFinding } from "bilateral";
 * const strained = (finding: StanceFinding) => finding.stance === "strained";
 * ```
 */
export interface StanceFinding<R extends IndexableRecord = IndexableRecord> {
  readonly relationship: IndexedRecord<R, "relationship">;
  readonly stance: StanceEntry["stance"] | undefined;
  readonly trend: StanceEntry["trend"];
  readonly entry: HistoryEntryOf<IndexedRecord<R, "relationship">, "stanceHistory"> | undefined;
  readonly entries: readonly HistoryEntryOf<IndexedRecord<R, "relationship">, "stanceHistory">[];
  readonly dated: boolean;
  readonly causes: readonly R[];
  readonly citations: readonly Citation[];
}

/** Whether a period holds at some instant of a date (`overlaps`) or throughout it (`within`). */
function holdsAt(period: { start: number; end: number }, at: QueryRange): boolean {
  return at.match === "within"
    ? period.start <= at.start && period.end >= at.end
    : period.start < at.end && period.end > at.start;
}

/** Resolves the ids an entry names as causes. @internal */
export function resolveAll<R>(data: IndexData, ids: readonly string[]): R[] {
  const out: R[] = [];
  for (const id of ids) {
    const position = data.positionOf(id);
    if (position === undefined) throw new UnknownIdError(id);
    const record = recordAt<R>(data, position);
    if (!out.includes(record)) out.push(record);
  }
  return out;
}

/**
 * The stance between two parties at a date, relationship by relationship, and what supports it. Every
 * relationship between the two parties (under the attribution mode: in `"country"` mode a relationship
 * between two leaders counts for their countries) that is in force at the date is listed, in dataset order:
 * with `at`, those whose `period` holds then (at some instant of it, or throughout it with `within`); without, those
 * whose period has not ended. See
 * {@link AtDateOptions} for how a history is read at a date.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, parseDataset, stanceBetween } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     {
 *       id: "rel:irn-pak", kind: "relationship", relationshipType: "security-cooperation",
 *       parties: ["country:IRN", "country:PAK"],
 *       stanceHistory: [{ stance: "cooperative", since: "2023" }, { stance: "strained", since: "2024-01" }],
 *     },
 *   ],
 * }));
 * stanceBetween(index, "country:PAK", "country:IRN", { at: "2023-06" })[0]?.stance; //=> "cooperative"
 * stanceBetween(index, "country:PAK", "country:IRN")[0]?.stance; //=> "strained"
 * ```
 */
export function stanceBetween<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: StanceOptions = {},
): StanceFinding<R>[] {
  const data = internalsOf(index);
  checkParty(data, a, "a");
  checkParty(data, b, "b");
  const mode = attributionOf(options);
  const at = atOf(options);
  const known = knownByOf(data, options);
  const out: StanceFinding<R>[] = [];
  for (const position of pairRecords(data, "relationship", a, b, mode)) {
    const relationship = recordAt<Relationship>(data, position);
    if (
      options.directed &&
      relationship.directed &&
      !partyIds(data, relationship.parties[0], mode).includes(a)
    )
      continue;
    const period = periodInterval(relationship.period);
    if (at === undefined ? relationship.period?.end !== undefined : !holdsAt(period, at)) continue;
    const entries = entriesInEffect(knownEntries(relationship.stanceHistory, relationship, known), at);
    const entry = entries[entries.length - 1];
    const causes = resolveAll<R>(
      data,
      entries.flatMap((e) => e.causes ?? []),
    );
    const citations = [...entries.flatMap((e) => e.citations ?? []), ...(relationship.citations ?? [])];
    out.push({
      relationship: recordAt<IndexedRecord<R, "relationship">>(data, position),
      stance: entry?.stance,
      trend: entry?.trend,
      entry: entry as StanceFinding<R>["entry"],
      entries: entries.map((e) => e as StanceFinding<R>["entries"][number]),
      dated: entry !== undefined && (entry.since !== undefined || entry.asOf !== undefined),
      causes,
      citations,
    });
  }
  return out;
}
