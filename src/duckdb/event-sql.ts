import type { EventQuery } from "../query/find-events.js";
import { attributionOf } from "../query/internal/parties.js";
import { type QueryRange, rangeOf } from "../query/internal/range.js";

/** A value bound to a `?` placeholder: text, a number, or a time (µs since 1970, bound as a TIMESTAMP). */
export type SqlParam = string | number | { readonly micros: bigint } | { readonly list: readonly string[] };

/** A WHERE clause over the event rows and the values of its placeholders, in order. @internal */
export interface EventFilter {
  readonly where: string;
  readonly params: readonly SqlParam[];
}

function listOf<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** The `dyad` column's key of an unordered pair: `x|y` with x < y (JavaScript string order). @internal */
export function dyadKeyOf(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** `?, ?, ?` for a list of values. */
function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}

/**
 * The WHERE clause selecting the event rows of a query (already checked by the in-memory query code): with
 * `between`, the dyad's rows (`dyad = ?`, one row an event, read from the dyad's row groups only); else each
 * event's first row (`dyad_rank = 0`). The party, code and date filters follow `findEvents` rule for rule.
 * @internal
 */
export function eventFilter(query: EventQuery): EventFilter {
  const mode = attributionOf(query);
  const range = rangeOf(query);
  const clauses: string[] = [];
  const params: SqlParam[] = [];
  const has = (column: string, id: string) => {
    params.push(id);
    return `coalesce(list_contains(${column}, ?), false)`;
  };
  const actorSide = (id: string) =>
    mode === "record" ? has("actors", id) : `(${has("actors", id)} OR ${has("actor_countries", id)})`;
  const recipientSide = (id: string) =>
    mode === "record"
      ? has("recipients", id)
      : `(${has("recipients", id)} OR ${has("recipient_countries", id)})`;
  if (query.between !== undefined) {
    const [a, b] = query.between;
    clauses.push("dyad = ?");
    params.push(dyadKeyOf(a, b));
    if (query.directed === true) {
      clauses.push(actorSide(a), recipientSide(b));
    } else if (mode === "record" || a.includes("|") || b.includes("|")) {
      // Record attribution; or ids holding "|", whose key another pair may share ("a|b" and "c" make the
      // key of "a" and "b|c"): the pair's own test.
      const ab = `(${actorSide(a)} AND ${recipientSide(b)})`;
      const ba = `(${actorSide(b)} AND ${recipientSide(a)})`;
      const joint = `(coalesce(len(recipients), 0) = 0 AND ${actorSide(a)} AND ${actorSide(b)})`;
      clauses.push(`(${ab} OR ${ba} OR ${joint})`);
    }
  } else {
    clauses.push("dyad_rank = 0");
  }
  if (query.actor !== undefined) {
    const role = query.role ?? "either";
    const sides: string[] = [];
    if (role !== "recipient") sides.push(actorSide(query.actor));
    if (role !== "actor") sides.push(recipientSide(query.actor));
    clauses.push(`(${sides.join(" OR ")})`);
  }
  const categories = listOf(query.category);
  if (categories !== undefined) {
    clauses.push(categories.length === 0 ? "false" : `category IN (${placeholders(categories.length)})`);
    params.push(...categories);
  }
  const quadClasses = listOf(query.quadClass);
  if (quadClasses !== undefined) {
    clauses.push(quadClasses.length === 0 ? "false" : `quad_class IN (${placeholders(quadClasses.length)})`);
    params.push(...quadClasses);
  }
  const contexts = listOf(query.context);
  if (contexts !== undefined) {
    const tests = contexts.map((context) => has("contexts", context));
    clauses.push(tests.length === 0 ? "false" : `(${tests.join(" OR ")})`);
  }
  const basis = query.quadClassBasis ?? "any";
  if (basis !== "any") clauses.push(`quad_basis = '${basis === "stored" ? "stored" : "derived"}'`);
  if (range !== undefined) {
    const dated = rangeFilter(range);
    clauses.push(dated.where);
    params.push(...dated.params);
  }
  return { where: clauses.join(" AND "), params };
}

/** The order of events in every answer: the index's time order. @internal */
export const EVENT_ORDER = "starts_at NULLS LAST, ends_at DESC, seq";

/**
 * The WHERE clause of a date range, as the index matches intervals: undated events left out; `overlaps`,
 * starting before the range's end and ending after its start; `within`, inside it.
 * @internal
 */
export function rangeFilter(range: QueryRange): EventFilter {
  const clauses = ["starts_at IS NOT NULL"];
  const params: SqlParam[] = [];
  const micros = (ms: number) => ({ micros: BigInt(ms) * 1000n });
  const [startClause, endClause] =
    range.match === "within" ? ["starts_at >= ?", "ends_at <= ?"] : ["ends_at > ?", "starts_at < ?"];
  if (Number.isFinite(range.start)) {
    clauses.push(startClause);
    params.push(micros(range.start));
  }
  if (Number.isFinite(range.end)) {
    clauses.push(endClause);
    params.push(micros(range.end));
  }
  return { where: clauses.join(" AND "), params };
}
