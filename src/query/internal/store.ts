import type { Attributor } from "./attribution.js";
import type { Csr, KeyedPostings, Posting } from "./postings.js";
import type { RecordRoles } from "./record-roles.js";

/** A record as the index sees it: an id, a kind, and fields it reads by name. @internal */
export interface AnyRecord {
  readonly id: string;
  readonly kind: string;
  readonly [field: string]: unknown;
}

/**
 * Postings of events by party code: the events with the party among the actors, and among the recipients,
 * in country attribution (a party's list holds the events of the records that count for it, itself
 * included). A dyad is answered by intersecting them; record attribution filters their events for the
 * records named.
 * @internal
 */
export interface PartyPostings {
  readonly actor: Csr;
  readonly recipient: Csr;
}

/**
 * Record positions under a key (an unordered pair key, or an id), for each attribution mode: `record` under
 * the ids the records hold, `country` under those ids and the countries they count for. In dataset order.
 * @internal
 */
export interface PositionLists {
  readonly country: ReadonlyMap<string, readonly number[]>;
  readonly record: ReadonlyMap<string, readonly number[]>;
}

/** How an event's quad class was obtained, by event position. @internal */
export const QUAD_STORED = 1;
/** Derived from the PLOVER 0.8 table. @internal */
export const QUAD_PLOVER = 2;
/** Derived from a registered category's quad class. @internal */
export const QUAD_REGISTRY = 3;

/** Everything an index holds. @internal */
export interface IndexData {
  readonly records: readonly AnyRecord[];
  /**
   * The position of the record with this id. Event ids are mapped on first use; a duplicate id found then
   * is an error.
   */
  readonly positionOf: (id: string) => number | undefined;
  readonly byKind: ReadonlyMap<string, readonly number[]>;
  /** By kind: the records of `ofKind`, built on first use. */
  readonly kindCache: Map<string, readonly unknown[]>;
  readonly countryByCode: ReadonlyMap<string, string>;
  readonly attributor: Attributor;

  /** Events in time order: dated ones by start (then longest first), undated ones last, in dataset order. */
  readonly events: readonly AnyRecord[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly datedCount: number;
  /** Every event position by duration class (see `DURATION_LIMITS`), with the class's longest duration. */
  readonly byDuration: readonly Posting[];
  readonly quadValue: Uint8Array;
  readonly quadBasis: Uint8Array;
  /** By event position: the end of the event's own date (`date`, not `endDate`); `Infinity` when undated. */
  readonly dateEnds: Float64Array;
  /** By event position: the code of its category in `categoryCodes`, -1 for a CAMEO-only event (none). */
  readonly categoryOf: Int32Array;
  /** By event position: its intensity, `NaN` when it has none. */
  readonly intensities: Float64Array;

  /** By event position: 1 when the event has recipients. */
  readonly hasRecipients: Uint8Array;
  readonly partyCodes: ReadonlyMap<string, number>;
  readonly byParty: PartyPostings;
  /** The code of each category in `categoryOf`, in order of first sight. */
  readonly categoryCodes: ReadonlyMap<string, number>;
  readonly context: KeyedPostings;
  /** By place or country id: events whose `location.place` is it. */
  readonly location: KeyedPostings;
  /**
   * Postings by category and by quad class (0 when unknown), built from their columns on first use (see
   * `keyed-postings.ts`): many uses of an index never filter by them.
   */
  readonly lazyPostings: { category?: KeyedPostings; quadClass?: Csr };

  /** By kind: what the index reads of the kind's records, from its schema (see `RecordRoles`). */
  readonly roles: ReadonlyMap<string, RecordRoles>;
  /** By kind with a dyad field: the records by unordered pair. */
  readonly pairs: ReadonlyMap<string, PositionLists>;
  /** By kind (events left out) and reference field: the records by the ids the field holds. */
  readonly references: ReadonlyMap<string, ReadonlyMap<string, PositionLists>>;
  /** By pair of countries: the sanctions (positions) with a `constrains-trade` effect on that pair. */
  readonly tradeConstraints: PositionLists;
  /** By project id: the sanctions (positions) with a `blocks-project` effect on it. */
  readonly blockers: ReadonlyMap<string, readonly number[]>;
  /**
   * By `dyadKey` of two party codes: the dyad's events, one posting per duration class, built when the
   * dyad is first asked for.
   */
  readonly dyadCache: Map<number, readonly Posting[]>;
  /** Built on first use. */
  statements?: readonly unknown[];
}

const store = new WeakMap<object, IndexData>();

/** Attaches an index's data to its public object. @internal */
export function attach(index: object, data: IndexData): void {
  store.set(index, data);
}

/** The data of an index made by `createIndex`. @internal */
export function internalsOf(index: object): IndexData {
  const data = store.get(index);
  if (data === undefined) throw new TypeError("expected an index made by createIndex(dataset)");
  return data;
}

/** The key of an unordered pair of distinct party codes, in `IndexData.dyadCache`. @internal */
export function dyadKey(x: number, y: number): number {
  return x < y ? x * 0x4000000 + y : y * 0x4000000 + x;
}

/** The key of an unordered pair of ids. @internal */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * The records at some positions, typed as the caller's record type. Records enter the index typed as the
 * dataset's (`DatasetIndex<R>`) and are kept as {@link AnyRecord}; this is where they get their type back.
 * @internal
 */
export function recordsAt<T>(data: IndexData, positions: Iterable<number>): T[] {
  const out: T[] = [];
  for (const position of positions) out.push(data.records[position] as unknown as T);
  return out;
}

/** The record at a position, typed as the caller's record type (see {@link recordsAt}). @internal */
export function recordAt<T>(data: IndexData, position: number): T {
  return data.records[position] as unknown as T;
}

/** The event at a position in time order, typed as the caller's event type (see {@link recordsAt}). @internal */
export function eventAt<T>(data: IndexData, position: number): T {
  return data.events[position] as unknown as T;
}
