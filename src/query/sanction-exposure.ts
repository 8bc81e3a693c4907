import type { Ownership } from "../model/ownership.js";
import { type ShareBounds, shareBounds } from "../model/share.js";
import { periodInterval } from "../time/period.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { type KnownBy, knownByOf, knownSince } from "./internal/known.js";
import { checkParty, partyRecords } from "./internal/parties.js";
import { atOf, matchesRange, type QueryRange } from "./internal/range.js";
import { type IndexData, internalsOf, recordAt } from "./internal/store.js";
import type { AtDateOptions } from "./options.js";
import { inForceAmong, type SanctionInForce } from "./sanctions-in-force.js";

/** The share at or above which owners that are exposed expose what they own, in percent (OFAC's 50% rule). */
const THRESHOLD = 50;
/** Shares are decimals: a sum within this of the threshold reaches it. */
const TOLERANCE = 1e-9;

/**
 * Options of {@link sanctionExposure}: the date (`at`, `match`; without it, sanctions as last known and
 * ownerships without an end) and the knowledge time (`knownAt`), as {@link AtDateOptions} says.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { SanctionExposureOptions } from "bilateral";
 * const options: SanctionExposureOptions = { at: "2024-06", knownAt: "2024-06" };
 * ```
 */
export interface SanctionExposureOptions extends AtDateOptions {}

/**
 * One ownership on a path of exposure: the record, who owns (`owner`) what (`asset`), and the bounds of the
 * share it states (see `shareBounds`).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { ExposureStep } from "bilateral";
 * const describe = (step: ExposureStep) => `${step.owner} owns ${step.share.min}-${step.share.max}% of ${step.asset}`;
 * ```
 */
export interface ExposureStep<R extends IndexableRecord = IndexableRecord> {
  readonly ownership: IndexedRecord<R, "ownership">;
  readonly owner: string;
  readonly asset: string;
  readonly share: ShareBounds;
}

/**
 * A path of exposure: a chain of ownerships (`steps`) from a party a sanction targets (its `sanctions` in
 * force) down to the entity asked about, each owner on it exposed in turn. `share` is the stake the last
 * step gives the entity, the part of the aggregate this path stands for. `exposed` is true when every owner
 * on the path is exposed for certain, false when one is only possibly exposed (by the upper bounds of
 * shares).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { ExposurePath } from "bilateral";
 * const origin = (path: ExposurePath) => path.steps[0]?.owner;
 * ```
 */
export interface ExposurePath<R extends IndexableRecord = IndexableRecord> {
  readonly steps: readonly ExposureStep<R>[];
  readonly share: ShareBounds;
  readonly exposed: boolean;
  readonly sanctions: readonly SanctionInForce<R>[];
}

/**
 * What {@link sanctionExposure} finds: whether the entity is `exposed` for certain, or `possiblyExposed`
 * (by the upper bounds of stated shares); the sanctions in force that target it directly; the share of it
 * that exposed parties own together (`aggregateShare`: `min` from certain owners and lower bounds, `max` from
 * possible owners and upper bounds, each at most 100); and the `paths` that make it so, one for each
 * ownership of the entity held by an exposed or possibly exposed party.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { SanctionExposure } from "bilateral";
 * const verdict = (found: SanctionExposure) =>
 *   found.exposed ? "blocked" : found.possiblyExposed ? "check the shares" : "clear";
 * ```
 */
export interface SanctionExposure<R extends IndexableRecord = IndexableRecord> {
  readonly exposed: boolean;
  readonly possiblyExposed: boolean;
  readonly sanctions: readonly SanctionInForce<R>[];
  readonly aggregateShare: ShareBounds;
  readonly paths: readonly ExposurePath<R>[];
}

/** An ownership in force, between two entities of the owners' graph. */
interface Edge {
  readonly position: number;
  readonly owner: string;
  readonly asset: string;
  readonly share: ShareBounds;
}

/** The owners' graph above an entity: every party that owns it, directly or through others. */
interface OwnersGraph {
  /** By entity: the sanctions in force that target it. */
  readonly sanctions: Map<string, SanctionInForce[]>;
  /** By entity: the ownerships of it in force. */
  readonly owned: Map<string, Edge[]>;
  /** By entity: the ownerships it holds in the graph. */
  readonly holds: Map<string, Edge[]>;
}

/**
 * Whether an entity is exposed to sanctions through ownership at a date, by the rule OFAC states (the "50%
 * rule"): it is exposed when a sanction in force then targets it, or when parties that are themselves
 * exposed own 50% or more of it in aggregate, directly or through entities that are themselves exposed.
 * Shares are not multiplied along a chain: an exposed owner counts whole.
 *
 * Shares as stated: an exact share is itself; a range ("25-50%") counts its lower bound toward `exposed` and
 * its upper bound toward `possiblyExposed` (an open bound is 0 or 100); an unknown share counts 0 and 100.
 * So 25-50% and 30% held by exposed owners make the entity exposed (25 + 30 = 55), and 25-50% alone only
 * possibly (25 below 50, 50 reached). Two ownerships by one owner add up. A sanction counts when it targets
 * the entity's own record (a sanction on a country does not expose the country's companies, unless the
 * country owns them). An ownership counts when its period holds at `at` (without `at`, when it has no end)
 * and, with `knownAt`, when its citations had reported it by then (one with no dated citation counts always).
 *
 * Exposure starts from sanctions and spreads down the ownerships until nothing changes, so a loop of
 * ownerships never exposes itself and the walk always ends; it is iterative, so a chain of any length is
 * fine. Throws an `UnknownIdError` for an unknown id.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, parseDataset, sanctionExposure } from "bilateral";
 * const company = (id: string) => ({ id, kind: "organization", name: id, organizationType: "company" });
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:USA", kind: "country", name: "United States", code: "USA" },
 *     { id: "person:a", kind: "person", name: "A" },
 *     { id: "person:b", kind: "person", name: "B" },
 *     company("org:x"),
 *     { id: "ownership:a-x", kind: "ownership", owner: "person:a", asset: "org:x", share: { min: 25, max: 50, stated: "25-50%" } },
 *     { id: "ownership:b-x", kind: "ownership", owner: "person:b", asset: "org:x", share: { exact: 30 } },
 *     {
 *       id: "sanction:ab", kind: "sanction", authority: "country:USA", targets: ["person:a", "person:b"],
 *       statusHistory: [{ status: "imposed", since: "2022" }],
 *     },
 *   ],
 * }));
 * const found = sanctionExposure(index, "org:x", { at: "2024" });
 * found.exposed; //=> true
 * found.aggregateShare; //=> { min: 55, max: 80 }
 * found.paths.map((path) => path.steps[0]?.owner); //=> ["person:a", "person:b"]
 * ```
 */
export function sanctionExposure<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  id: string,
  options: SanctionExposureOptions = {},
): SanctionExposure<R> {
  const data = internalsOf(index);
  checkParty(data, id, "id");
  const at = atOf(options);
  const known = knownByOf(data, options);
  const graph = ownersGraph(data, id, at, known);
  const certain = settle(graph, (share) => share.min);
  const possible = settle(graph, (share) => share.max);
  const certainVia = chains(graph, certain, (share) => share.min);
  const possibleVia = chains(graph, possible, (share) => share.max);

  const paths: ExposurePath<R>[] = [];
  for (const edge of graph.owned.get(id) ?? []) {
    if (!possible.has(edge.owner)) continue;
    const exposed = certain.has(edge.owner);
    const steps = chainTo(edge.owner, exposed ? certainVia : possibleVia);
    steps.push(edge);
    const origin = (steps[0] as Edge).owner;
    paths.push({
      steps: steps.map((step) => stepOf<R>(data, step)),
      share: edge.share,
      exposed,
      sanctions: (graph.sanctions.get(origin) ?? []) as SanctionInForce<R>[],
    });
  }
  let min = 0;
  let max = 0;
  for (const path of paths) {
    if (path.exposed) min += path.share.min;
    max += path.share.max;
  }
  const aggregateShare = { min: Math.min(100, min), max: Math.min(100, max) };
  const sanctions = (graph.sanctions.get(id) ?? []) as SanctionInForce<R>[];
  const exposed = sanctions.length > 0 || aggregateShare.min >= THRESHOLD - TOLERANCE;
  return {
    exposed,
    possiblyExposed: exposed || aggregateShare.max >= THRESHOLD - TOLERANCE,
    sanctions,
    aggregateShare,
    paths,
  };
}

/** Whether an ownership counts: its period holds at the date (no end without one), and it is known by then. */
function holds(ownership: Ownership, at: QueryRange | undefined, known: KnownBy | undefined): boolean {
  if (known !== undefined) {
    const since = knownSince(ownership, known);
    if (since !== undefined && since >= known.end) return false;
  }
  if (at === undefined) return ownership.period?.end === undefined;
  const { start, end } = periodInterval(ownership.period);
  return matchesRange(start, end, at);
}

/** The owners' graph above `id`, breadth first over the ownerships in force, each entity visited once. */
function ownersGraph(
  data: IndexData,
  id: string,
  at: QueryRange | undefined,
  known: KnownBy | undefined,
): OwnersGraph {
  const graph: OwnersGraph = { sanctions: new Map(), owned: new Map(), holds: new Map() };
  const queue = [id];
  const seen = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const asset = queue[head] as string;
    const targeted = partyRecords(data, "sanction", "targets", asset, "record");
    const inForce = inForceAmong(data, targeted, at, known);
    if (inForce.length > 0) graph.sanctions.set(asset, inForce);
    const owned: Edge[] = [];
    for (const position of partyRecords(data, "ownership", "asset", asset, "record")) {
      const ownership = recordAt<Ownership>(data, position);
      if (!holds(ownership, at, known)) continue;
      const edge: Edge = { position, owner: ownership.owner, asset, share: shareBounds(ownership.share) };
      owned.push(edge);
      let held = graph.holds.get(edge.owner);
      if (held === undefined) {
        held = [];
        graph.holds.set(edge.owner, held);
      }
      held.push(edge);
      if (!seen.has(edge.owner)) {
        seen.add(edge.owner);
        queue.push(edge.owner);
      }
    }
    graph.owned.set(asset, owned);
  }
  return graph;
}

/**
 * The entities exposed when shares count by `bound`: those a sanction targets, then, until nothing changes,
 * each whose exposed owners hold `THRESHOLD` or more of it. Each entity enters once and each ownership is
 * added once, so it ends on any graph, loops included.
 */
function settle(graph: OwnersGraph, bound: (share: ShareBounds) => number): Set<string> {
  const exposed = new Set(graph.sanctions.keys());
  const work = [...exposed];
  const sums = new Map<string, number>();
  while (work.length > 0) {
    const owner = work.pop() as string;
    for (const edge of graph.holds.get(owner) ?? []) {
      if (exposed.has(edge.asset)) continue;
      const sum = (sums.get(edge.asset) ?? 0) + bound(edge.share);
      sums.set(edge.asset, sum);
      if (sum >= THRESHOLD - TOLERANCE) {
        exposed.add(edge.asset);
        work.push(edge.asset);
      }
    }
  }
  return exposed;
}

/**
 * For each exposed entity a sanction does not target, the ownership through which a shortest chain from a
 * targeted party reaches it (breadth first from every targeted party, over ownerships between exposed
 * entities that count for something under `bound`).
 */
function chains(
  graph: OwnersGraph,
  exposed: ReadonlySet<string>,
  bound: (share: ShareBounds) => number,
): Map<string, Edge> {
  const via = new Map<string, Edge>();
  const queue = [...graph.sanctions.keys()];
  const reached = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    for (const edge of graph.holds.get(queue[head] as string) ?? []) {
      if (reached.has(edge.asset) || !exposed.has(edge.asset) || bound(edge.share) <= 0) continue;
      reached.add(edge.asset);
      via.set(edge.asset, edge);
      queue.push(edge.asset);
    }
  }
  return via;
}

/** The ownerships from a targeted party down to `owner`, following `via` (empty when `owner` is targeted). */
function chainTo(owner: string, via: ReadonlyMap<string, Edge>): Edge[] {
  const steps: Edge[] = [];
  for (let edge = via.get(owner); edge !== undefined; edge = via.get(edge.owner)) steps.push(edge);
  return steps.reverse();
}

function stepOf<R extends IndexableRecord>(data: IndexData, edge: Edge): ExposureStep<R> {
  return {
    ownership: recordAt<IndexedRecord<R, "ownership">>(data, edge.position),
    owner: edge.owner,
    asset: edge.asset,
    share: edge.share,
  };
}
