import { OptionError } from "../core/errors.js";
import { entryDate } from "../model/history.js";
import { intervalOf, type PartialDate } from "../time/partial-date.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { selectQuery } from "./find-events.js";
import type { DatedHistoryEntry, HistoryEntryOf } from "./indexed-records.js";
import { attributionOf, checkPair, pairRecords, partyRecords } from "./internal/parties.js";
import { matchesRange, rangeOf } from "./internal/range.js";
import { eventAt, type IndexData, internalsOf, recordAt } from "./internal/store.js";
import { tradeReasons } from "./internal/trade-reach.js";
import type { Attribution, AttributionOptions, TimeRangeOptions } from "./options.js";

/**
 * The kinds of item a dyad timeline holds. Every one but `"claim"` is shown by default; claims (what was said
 * about the dyad, not what happened) only when `include` lists them.
 *
 * @category Queries
 * @example
 * ```ts
 * import { TIMELINE_ITEM_TYPES } from "bilateral";
 * TIMELINE_ITEM_TYPES; //=> ["event", "stance", "sanction-status", "project-status", "mediation-status", "history", "claim"]
 * ```
 */
export const TIMELINE_ITEM_TYPES = [
  "event",
  "stance",
  "sanction-status",
  "project-status",
  "mediation-status",
  "history",
  "claim",
] as const;

/**
 * A kind of timeline item (one of {@link TIMELINE_ITEM_TYPES}).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TimelineItemType } from "bilateral";
 * const type: TimelineItemType = "stance";
 * ```
 */
export type TimelineItemType = (typeof TIMELINE_ITEM_TYPES)[number];

/**
 * One item of a dyad timeline: an event, or an entry of a history (a stance change of a relationship, a
 * status change of a sanction, a project or a mediation, or an entry of a history of another kind with a
 * dyad, such as one a model defines: type `"history"`, with the history's `field`) with the record it
 * belongs to, or a claim about the dyad (type `"claim"`, when asked for). `date` is the event's or the
 * claim's `date` or the entry's date (`since`, else `asOf`); `undefined` for undated items.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TimelineItem } from "bilateral";
 * const label = (item: TimelineItem) => (item.type === "stance" ? item.entry.stance : item.type);
 * ```
 */
export type TimelineItem<R extends IndexableRecord = IndexableRecord> =
  | {
      readonly type: "event";
      readonly date: PartialDate | undefined;
      readonly record: IndexedRecord<R, "event">;
    }
  | {
      readonly type: "stance";
      readonly date: PartialDate | undefined;
      readonly record: IndexedRecord<R, "relationship">;
      readonly entry: HistoryEntryOf<IndexedRecord<R, "relationship">, "stanceHistory">;
    }
  | {
      readonly type: "sanction-status";
      readonly date: PartialDate | undefined;
      readonly record: IndexedRecord<R, "sanction">;
      readonly entry: HistoryEntryOf<IndexedRecord<R, "sanction">, "statusHistory">;
    }
  | {
      readonly type: "project-status";
      readonly date: PartialDate | undefined;
      readonly record: IndexedRecord<R, "project">;
      readonly entry: HistoryEntryOf<IndexedRecord<R, "project">, "statusHistory">;
    }
  | {
      readonly type: "mediation-status";
      readonly date: PartialDate | undefined;
      readonly record: IndexedRecord<R, "mediation">;
      readonly entry: HistoryEntryOf<IndexedRecord<R, "mediation">, "statusHistory">;
    }
  | {
      readonly type: "history";
      readonly date: PartialDate | undefined;
      readonly record: R;
      readonly field: string;
      readonly entry: DatedHistoryEntry;
    }
  | {
      readonly type: "claim";
      readonly date: PartialDate | undefined;
      readonly record: IndexedRecord<R, "claim">;
    };

/**
 * Options of {@link dyadTimeline}: a date range (see {@link TimeRangeOptions}; default `"overlaps"`), the
 * attribution mode, `directed` (events from the first party to the second only) and `include` (the item
 * types wanted; all but `"claim"` by default: list it to see the claims whose `parties` name both sides).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TimelineOptions } from "bilateral";
 * const options: TimelineOptions = { from: "2024", include: ["event", "stance", "claim"] };
 * ```
 */
export interface TimelineOptions extends TimeRangeOptions, AttributionOptions {
  readonly directed?: boolean;
  readonly include?: readonly TimelineItemType[];
}

const TYPE_ORDER: Record<TimelineItemType, number> = {
  event: 0,
  stance: 1,
  "sanction-status": 2,
  "project-status": 3,
  "mediation-status": 4,
  history: 5,
  claim: 6,
};

/** The item types shown when `include` is not given: all but claims. */
const DEFAULT_TYPES = TIMELINE_ITEM_TYPES.filter((type) => type !== "claim");

/** The kinds whose histories have item types of their own. */
const TYPED_HISTORY_KINDS = new Set(["relationship", "sanction", "project", "mediation"]);

interface Keyed<R extends IndexableRecord> {
  readonly item: TimelineItem<R>;
  readonly start: number;
  readonly end: number;
  readonly order: number;
}

function historyItems<R extends IndexableRecord>(
  data: IndexData,
  positions: Iterable<number>,
  type: Exclude<TimelineItemType, "event" | "claim">,
  field: string,
  out: Keyed<R>[],
): void {
  for (const position of positions) {
    const record = recordAt<Record<string, unknown>>(data, position);
    const history = record[field];
    if (!Array.isArray(history)) continue;
    for (const entry of history as readonly DatedHistoryEntry[]) {
      const date = entryDate(entry);
      const interval = date === undefined ? undefined : intervalOf(date);
      const item = type === "history" ? { type, date, record, field, entry } : { type, date, record, entry };
      out.push({
        item: item as TimelineItem<R>,
        start: interval?.start ?? Number.POSITIVE_INFINITY,
        end: interval?.end ?? Number.POSITIVE_INFINITY,
        order: out.length,
      });
    }
  }
}

/**
 * A dyad's timeline: its events, the stance changes of the relationships between the two parties, the status
 * changes of the sanctions that reach their trade (see {@link sanctionsOnTrade}: trade constraints on the
 * dyad, sanctions of one party on the other, third parties' secondary sanctions) or block one of their joint
 * projects, of their joint projects (projects both parties take part in) and of the mediations between them,
 * merged in time order; with `include: [..., "claim"]`, also the claims whose `parties` name both sides
 * (what was said about the dyad, dated by when it was said). Events stay acts: a claim is never an event.
 *
 * Items are ordered by the start of their date, the longer first on ties (`2025` before `2025-08`), then
 * events before stance, sanction, project, mediation entries and claims; undated items come last (events
 * first, in dataset order). With a date range, an item is kept when its date matches it, and undated items are left
 * out.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, dyadTimeline, parseDataset } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "event:visit", kind: "event", category: "CONSULT", actors: ["country:IRN"], recipients: ["country:PAK"], date: "2025-08-02" },
 *     { id: "rel:x", kind: "relationship", relationshipType: "diplomatic", parties: ["country:IRN", "country:PAK"], stanceHistory: [{ stance: "strained", since: "2024-01" }] },
 *   ],
 * }));
 * dyadTimeline(index, "country:IRN", "country:PAK").map((item) => item.type); //=> ["stance", "event"]
 * ```
 */
export function dyadTimeline<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: TimelineOptions = {},
): TimelineItem<R>[] {
  const data = internalsOf(index);
  checkPair(data, [a, b], "dyad");
  const mode = attributionOf(options);
  const range = rangeOf(options);
  const include = new Set<TimelineItemType>(options.include ?? DEFAULT_TYPES);
  for (const type of include) {
    if (!Object.hasOwn(TYPE_ORDER, type)) {
      throw new OptionError(
        "include",
        `include: ${JSON.stringify(type)} is not one of ${TIMELINE_ITEM_TYPES.join(", ")}`,
      );
    }
  }

  const entries: Keyed<R>[] = [];
  if (include.has("stance")) {
    historyItems(data, pairRecords(data, "relationship", a, b, mode), "stance", "stanceHistory", entries);
  }
  const projectsOfA = new Set(partyRecords(data, "project", "parties", a, mode));
  const joint = partyRecords(data, "project", "parties", b, mode).filter((position) =>
    projectsOfA.has(position),
  );
  if (include.has("sanction-status")) {
    const sanctions = new Set(tradeReasons(data, a, b, mode, false).keys());
    for (const position of joint) {
      const id = (data.records[position] as { id: string }).id;
      for (const blocker of data.blockers.get(id) ?? []) sanctions.add(blocker);
    }
    const sorted = [...sanctions].sort((x, y) => x - y);
    historyItems(data, sorted, "sanction-status", "statusHistory", entries);
  }
  if (include.has("project-status")) {
    historyItems(data, joint, "project-status", "statusHistory", entries);
  }
  if (include.has("mediation-status")) {
    historyItems(
      data,
      pairRecords(data, "mediation", a, b, mode),
      "mediation-status",
      "statusHistory",
      entries,
    );
  }
  if (include.has("history")) {
    for (const [kind, roles] of data.roles) {
      if (roles.pair === undefined || TYPED_HISTORY_KINDS.has(kind)) continue;
      const positions = pairRecords(data, kind, a, b, mode);
      for (const field of roles.histories) historyItems(data, positions, "history", field, entries);
    }
  }
  if (include.has("claim")) claimItems(data, a, b, mode, entries);
  const kept = (
    range === undefined
      ? entries
      : entries.filter((e) => e.start !== Number.POSITIVE_INFINITY && matchesRange(e.start, e.end, range))
  ).sort((x, y) =>
    x.start !== y.start
      ? x.start < y.start
        ? -1
        : 1
      : x.end !== y.end
        ? x.end > y.end
          ? -1
          : 1
        : TYPE_ORDER[x.item.type] - TYPE_ORDER[y.item.type] || x.order - y.order,
  );

  const events = include.has("event")
    ? selectQuery(data, {
        between: [a, b],
        directed: options.directed === true,
        attribution: mode,
        ...rangeOptions(options),
      })
    : [];
  const out: TimelineItem<R>[] = [];
  const { starts, ends } = data;
  let i = 0;
  let j = 0;
  while (i < events.length || j < kept.length) {
    const position = events[i];
    const entry = kept[j];
    const takeEvent =
      entry === undefined ||
      (position !== undefined &&
        ((starts[position] as number) < entry.start ||
          ((starts[position] as number) === entry.start && (ends[position] as number) >= entry.end)));
    if (takeEvent && position !== undefined) {
      const record = eventAt<IndexedRecord<R, "event"> & { readonly date?: PartialDate }>(data, position);
      out.push({ type: "event", date: record.date, record });
      i++;
    } else if (entry !== undefined) {
      out.push(entry.item);
      j++;
    }
  }
  return out;
}

/** The claims whose `parties` name both `a` and `b`, as keyed items, dated by the claim's `date`. */
function claimItems<R extends IndexableRecord>(
  data: IndexData,
  a: string,
  b: string,
  mode: Attribution,
  out: Keyed<R>[],
): void {
  const ofB = new Set(partyRecords(data, "claim", "parties", b, mode));
  for (const position of partyRecords(data, "claim", "parties", a, mode)) {
    if (!ofB.has(position)) continue;
    const record = recordAt<IndexedRecord<R, "claim"> & { readonly date?: PartialDate }>(data, position);
    const interval = record.date === undefined ? undefined : intervalOf(record.date);
    out.push({
      item: { type: "claim", date: record.date, record } as TimelineItem<R>,
      start: interval?.start ?? Number.POSITIVE_INFINITY,
      end: interval?.end ?? Number.POSITIVE_INFINITY,
      order: out.length,
    });
  }
}

function rangeOptions(options: TimeRangeOptions): TimeRangeOptions {
  const out: { from?: string; to?: string; match?: TimeRangeOptions["match"] } = {};
  if (options.from !== undefined) out.from = options.from;
  if (options.to !== undefined) out.to = options.to;
  if (options.match !== undefined) out.match = options.match;
  return out;
}
