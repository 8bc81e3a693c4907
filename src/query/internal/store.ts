import type { Attributor } from "./attribution.js";
import type { Csr, KeyedPostings, Posting } from "./postings.js";

/** A record as the index sees it. @internal */
export interface AnyRecord {
  readonly id: string;
  readonly kind: string;
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

/** Record positions by unordered pair key, for each attribution mode. @internal */
export interface PairLists {
  readonly country: ReadonlyMap<string, readonly number[]>;
  readonly record: ReadonlyMap<string, readonly number[]>;
}

/** Record positions by party, for each attribution mode. @internal */
export interface PartyLists {
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
  readonly kindCache: Map<string, readonly AnyRecord[]>;
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

  /** By event position: 1 when the event has recipients. */
  readonly hasRecipients: Uint8Array;
  readonly partyCodes: ReadonlyMap<string, number>;
  readonly byParty: PartyPostings;
  readonly category: KeyedPostings;
  readonly context: KeyedPostings;
  /** Keyed by quad class value (0 when unknown). */
  readonly quadClass: Csr;
  /** By place or country id: events whose `location.place` is it. */
  readonly location: KeyedPostings;

  readonly relationships: PairLists;
  readonly mediations: PairLists;
  readonly borders: PairLists;
  readonly tradeTargets: PairLists;
  readonly tradeFlows: PairLists;
  readonly projectsByParty: PartyLists;
  readonly sanctionsByTarget: PartyLists;
  readonly sanctionsByIssuer: PartyLists;
  /** By pair of countries: the sanctions (positions) with a `constrains-trade` effect on that pair. */
  readonly tradeConstraints: PairLists;
  /** By project id: the sanctions (positions) with a `blocks-project` effect on it. */
  readonly blockers: ReadonlyMap<string, readonly number[]>;
  /** By place id: the places directly within it. */
  readonly placeChildren: ReadonlyMap<string, readonly string[]>;
  /** By place or country id: the organisations (positions) active in it. */
  readonly activeIn: ReadonlyMap<string, readonly number[]>;
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

/** The key of an unordered pair of ids. @internal */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
