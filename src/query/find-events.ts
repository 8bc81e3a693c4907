import { runtimeRegistry } from "../codes/category-registry.js";
import { OptionError } from "../core/errors.js";
import type { EventCategory, EventContext, EventRecord } from "../model/event.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { categoryPostings, quadClassPostings } from "./internal/keyed-postings.js";
import { attributionOf, checkPair, checkParty } from "./internal/parties.js";
import { EMPTY_POSTING, namedPostings, type Posting, postingsOf } from "./internal/postings.js";
import { type QueryRange, rangeOf } from "./internal/range.js";
import { type Clause, directedPosting, dyadPostings, selectEvents } from "./internal/select.js";
import { eventAt, type IndexData, internalsOf, QUAD_STORED } from "./internal/store.js";
import type { AttributionOptions, TimeRangeOptions } from "./options.js";
import type { QuadClassValue } from "./quad-class.js";

/**
 * Which side of an event a party of {@link EventQuery.actor} must be on.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { EventRole } from "bilateral";
 * const role: EventRole = "recipient";
 * ```
 */
export type EventRole = "actor" | "recipient" | "either";

/**
 * What {@link findEvents} looks for. Every filter given must hold (they combine with AND); a list of
 * categories, quad classes or contexts matches any of them. See {@link TimeRangeOptions} for `from`, `to`
 * and `match` (default `"overlaps"`) and {@link AttributionOptions} for `attribution` (default `"country"`).
 *
 * - `between`: a dyad. Undirected by default: an event is between A and B when one is among its actors and
 *   the other among its recipients, either way, or when both are among the actors of an event without
 *   recipients (a joint act: "Iran and Pakistan agreed..."). With `directed: true`, A must be among the actors
 *   and B among the recipients.
 * - `actor` (with `role`, default `"either"`): a party on either side, or on the given side.
 * - `quadClass` (with `quadClassBasis`): the quad class read by {@link quadClassOf}, stored or derived from the
 *   "plover-0.8" table when absent; `quadClassBasis: "stored"` keeps only events that store it, `"derived"`
 *   only those whose quad class was derived.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { EventQuery } from "bilateral";
 * const query: EventQuery = { between: ["country:IRN", "country:PAK"], category: "ASSAULT", from: "2024", to: "2025" };
 * ```
 */
export interface EventQuery extends TimeRangeOptions, AttributionOptions {
  /** Two parties (record ids); events between them. */
  readonly between?: readonly [string, string];
  /** With `between`: only events from the first party (actors) to the second (recipients). Default false. */
  readonly directed?: boolean;
  /** A party (record id) taking part in the event. */
  readonly actor?: string;
  /** Which side `actor` must be on: `"actor"`, `"recipient"` or `"either"` (default). */
  readonly role?: EventRole;
  /** A category, or a list of them (any). */
  readonly category?: EventCategory | readonly EventCategory[];
  /** A quad class, or a list of them (any). */
  readonly quadClass?: QuadClassValue | readonly QuadClassValue[];
  /** Where the quad class comes from: `"any"` (default), `"stored"` or `"derived"`. */
  readonly quadClassBasis?: "any" | "stored" | "derived";
  /** A context, or a list of them (any). */
  readonly context?: EventContext | readonly EventContext[];
  /** The most events to return (the earliest ones). No limit by default. */
  readonly limit?: number;
}

function asList<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/**
 * The clauses of the party filters of a query, and, in record attribution, the test an event must pass
 * (the postings are those of country attribution, a superset).
 * @internal
 */
export function partyClauses(
  data: IndexData,
  query: EventQuery,
  range: QueryRange | undefined,
): { clauses: Clause[]; accept: ((event: EventRecord) => boolean) | undefined } {
  const mode = attributionOf(query);
  const postings = data.byParty;
  const actor = (code: number) => postingsOf(postings.actor, code);
  const recipient = (code: number) => postingsOf(postings.recipient, code);
  const clauses: Clause[] = [];
  const tests: ((event: EventRecord) => boolean)[] = [];
  if (query.between !== undefined) {
    const [a, b] = checkPair(data, query.between, "between");
    const directed = query.directed === true;
    const x = data.partyCodes.get(a);
    const y = data.partyCodes.get(b);
    if (x === undefined || y === undefined) clauses.push([EMPTY_POSTING]);
    // Undirected: the dyad's own posting lists (built on first use); directed: from the parties' lists.
    else if (!directed) clauses.push(dyadPostings(data, x, y));
    else clauses.push([directedPosting(data, actor, recipient, x, y, range)]);
    if (mode === "record") {
      tests.push((event) => {
        const recipients = event.recipients ?? [];
        if (event.actors.includes(a) && recipients.includes(b)) return true;
        if (directed) return false;
        if (event.actors.includes(b) && recipients.includes(a)) return true;
        return recipients.length === 0 && event.actors.includes(a) && event.actors.includes(b);
      });
    }
  }
  if (query.actor !== undefined) {
    const id = checkParty(data, query.actor, "actor");
    const role = query.role ?? "either";
    if (role !== "actor" && role !== "recipient" && role !== "either") {
      throw new OptionError("role", `role: ${JSON.stringify(role)} is not "actor", "recipient" or "either"`);
    }
    const x = data.partyCodes.get(id);
    const clause: Posting[] = [];
    if (x !== undefined && role !== "recipient") clause.push(...actor(x));
    if (x !== undefined && role !== "actor") clause.push(...recipient(x));
    clauses.push(clause);
    if (mode === "record") {
      tests.push(
        (event) =>
          (role !== "recipient" && event.actors.includes(id)) ||
          (role !== "actor" && (event.recipients ?? []).includes(id)),
      );
    }
  }
  const accept = tests.length === 0 ? undefined : (event: EventRecord) => tests.every((test) => test(event));
  return { clauses, accept };
}

/** The clauses of the category, quad class and context filters. @internal */
export function codeClauses(data: IndexData, query: EventQuery): Clause[] {
  const clauses: Clause[] = [];
  const categories = asList(query.category);
  if (categories !== undefined) {
    const registry = runtimeRegistry().categories;
    for (const category of categories) {
      if (!registry.has(category)) {
        throw new OptionError(
          "category",
          `category: ${JSON.stringify(category)} is not a PLOVER 0.8 event category nor a registered one`,
        );
      }
    }
    clauses.push(categories.flatMap((category) => namedPostings(categoryPostings(data), category)));
  }
  const quadClasses = asList(query.quadClass);
  if (quadClasses !== undefined) {
    for (const value of quadClasses) {
      if (value !== 1 && value !== 2 && value !== 3 && value !== 4) {
        throw new OptionError("quadClass", `quadClass: ${JSON.stringify(value)} is not 1, 2, 3 or 4`);
      }
    }
    clauses.push(quadClasses.flatMap((value) => postingsOf(quadClassPostings(data), value)));
  }
  const contexts = asList(query.context);
  if (contexts !== undefined) {
    const registry = runtimeRegistry().contexts;
    for (const context of contexts) {
      if (!registry.has(context)) {
        throw new OptionError(
          "context",
          `context: ${JSON.stringify(context)} is not a PLOVER 0.8 event context nor a registered one`,
        );
      }
    }
    clauses.push(contexts.flatMap((context) => namedPostings(data.context, context)));
  }
  return clauses;
}

/** The positions of the events a query selects. @internal */
export function selectQuery(data: IndexData, query: EventQuery): number[] {
  const range = rangeOf(query);
  const parties = partyClauses(data, query, range);
  const clauses = [...parties.clauses, ...codeClauses(data, query)];
  const basis = query.quadClassBasis ?? "any";
  if (basis !== "any" && basis !== "stored" && basis !== "derived") {
    throw new OptionError(
      "quadClassBasis",
      `quadClassBasis: ${JSON.stringify(basis)} is not "any", "stored" or "derived"`,
    );
  }
  const byBasis =
    basis === "any"
      ? undefined
      : basis === "stored"
        ? (position: number) => data.quadBasis[position] === QUAD_STORED
        : (position: number) => data.quadBasis[position] !== QUAD_STORED && data.quadValue[position] !== 0;
  const byRecord = parties.accept;
  const accept =
    byRecord === undefined
      ? byBasis
      : (position: number) =>
          (byBasis === undefined || byBasis(position)) && byRecord(eventAt<EventRecord>(data, position));
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  if (!(limit >= 0))
    throw new OptionError("limit", `limit: expected a number >= 0, got ${JSON.stringify(limit)}`);
  return selectEvents(data, clauses, range, accept, limit);
}

/**
 * Finds events by dyad (directed or not), actor, category, quad class, context and date range, with the
 * actor's country attribution (see {@link Attribution}). Returns the event records themselves, in time order
 * (by start, the longer first on ties); undated events come last, and only when no date range is given.
 *
 * An id that no record has is an {@link UnknownIdError}; an unknown category or context, a malformed date or
 * option a `RangeError`; a query that matches nothing an empty list.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, findEvents, parseDataset } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "person:pezeshkian", kind: "person", name: "Masoud Pezeshkian", positions: [{ title: "President of Iran", country: "country:IRN" }] },
 *     { id: "event:visit", kind: "event", category: "CONSULT", mode: "visit", actors: ["person:pezeshkian"], recipients: ["country:PAK"], date: "2025-08" },
 *   ],
 * }));
 * findEvents(index, { between: ["country:IRN", "country:PAK"], from: "2025-08", to: "2025-08" }).map((e) => e.id); //=> ["event:visit"]
 * findEvents(index, { between: ["country:IRN", "country:PAK"], attribution: "record" }).length; //=> 0
 * ```
 */
export function findEvents<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  query: EventQuery = {},
): IndexedRecord<R, "event">[] {
  const data = internalsOf(index);
  const positions = selectQuery(data, query);
  const out = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = data.events[positions[i] as number];
  return out;
}

/**
 * Counts the events {@link findEvents} would return, without building the list.
 *
 * @category Queries
 * @example
 * ```ts
 * import { countEvents, createIndex } from "bilateral";
 * const index = createIndex({ format: "bilateral", version: "1.0", records: [] });
 * countEvents(index, { category: "ASSAULT" }); //=> 0
 * ```
 */
export function countEvents<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  query: EventQuery = {},
): number {
  return selectQuery(internalsOf(index), query).length;
}
