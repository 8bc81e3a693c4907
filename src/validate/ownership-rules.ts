import type { Issue } from "../core/issue.js";
import type { Ownership } from "../model/ownership.js";
import { shareBounds } from "../model/share.js";
import { periodInterval } from "../time/period.js";

type Path = readonly (string | number)[];

/** How many entities of a loop a message names before it says how many more there are. */
const NAMED_IN_LOOP = 6;
/** Shares are decimals: a sum within this of 100 is 100. */
const TOLERANCE = 1e-9;

/** What the rules keep of an ownership: who, of what, the least share stated, when, and where it is. */
interface Stake {
  readonly id: string;
  readonly owner: string;
  readonly asset: string;
  readonly min: number;
  readonly start: number;
  readonly end: number;
  readonly path: Path;
}

/**
 * The dataset rules on ownership, beside the identity rules: an asset that owns itself through a chain of
 * ownerships is an `ownership_cycle` warning, once per loop (a group of assets that own one another, named by
 * one loop through them), and an asset whose ownerships state shares (exact, else a range's minimum) that add
 * up to more than 100% at some time is a `shares_exceed_whole` warning, once per asset. Both dataset checks
 * use it. Every walk is iterative and visits each link a bounded number of times, so a chain of any length or
 * a loop never hangs nor overflows the stack.
 * @internal
 */
export class OwnershipRules {
  readonly #stakes: Stake[] = [];

  /** Enters a record that passed its schema, found at `path`; only ownerships are kept. */
  addRecord(record: unknown, path: Path): void {
    if (typeof record !== "object" || record === null) return;
    const ownership = record as Partial<Ownership>;
    if (ownership.kind !== "ownership" || ownership.share === undefined) return;
    if (typeof ownership.owner !== "string" || typeof ownership.asset !== "string") return;
    const { start, end } = periodInterval(ownership.period);
    this.#stakes.push({
      id: ownership.id as string,
      owner: ownership.owner,
      asset: ownership.asset,
      min: shareBounds(ownership.share).min,
      start,
      end,
      path,
    });
  }

  /** Ends the check: the warnings of every loop and of every asset over 100%. */
  finish(): Issue[] {
    const issues = [...this.#loops(), ...this.#overWhole()];
    this.#stakes.length = 0;
    return issues;
  }

  /** One warning per strongly connected group of the owner-to-asset graph that holds a loop. */
  #loops(): Issue[] {
    const out = new Map<string, number[]>();
    for (const [index, stake] of this.#stakes.entries()) {
      let list = out.get(stake.owner);
      if (list === undefined) {
        list = [];
        out.set(stake.owner, list);
      }
      list.push(index);
    }
    const issues: Issue[] = [];
    for (const group of stronglyConnected(out, (index) => (this.#stakes[index] as Stake).asset)) {
      const loop = this.#loopThrough(group, out);
      if (loop !== undefined) issues.push(this.#loopIssue(loop));
    }
    return issues;
  }

  /**
   * The stakes of a shortest loop from the group's first entity back to it, inside the group (breadth first),
   * or undefined for a single entity that does not own itself.
   */
  #loopThrough(group: ReadonlySet<string>, out: ReadonlyMap<string, readonly number[]>): Stake[] | undefined {
    const start = group.values().next().value as string;
    const via = new Map<string, number>();
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head] as string;
      for (const index of out.get(at) ?? []) {
        const asset = (this.#stakes[index] as Stake).asset;
        if (!group.has(asset) || via.has(asset)) continue;
        via.set(asset, index);
        if (asset === start) {
          const loop: Stake[] = [];
          for (let node = start; ; ) {
            const stake = this.#stakes[via.get(node) as number] as Stake;
            loop.unshift(stake);
            node = stake.owner;
            if (node === start) return loop;
          }
        }
        queue.push(asset);
      }
    }
    return undefined;
  }

  #loopIssue(loop: readonly Stake[]): Issue {
    const first = loop[0] as Stake;
    const entities = loop.map((stake) => JSON.stringify(stake.owner));
    const named = entities.slice(0, NAMED_IN_LOOP + 1);
    const more =
      entities.length > NAMED_IN_LOOP + 1 ? ` and ${entities.length - NAMED_IN_LOOP - 1} more` : "";
    const what =
      loop.length === 1
        ? `owns itself (${JSON.stringify(first.id)})`
        : `owns itself through a chain: ${named.join(" owns ")}${more}, which owns ${JSON.stringify(first.owner)}`;
    return {
      code: "ownership_cycle",
      message: `${JSON.stringify(first.owner)} ${what}`,
      path: [...first.path, "asset"],
      recordId: first.id,
      severity: "warning",
    };
  }

  /** One warning per asset whose stakes in force at one time add up to more than 100%. */
  #overWhole(): Issue[] {
    const byAsset = new Map<string, Stake[]>();
    for (const stake of this.#stakes) {
      if (stake.min <= 0) continue;
      let list = byAsset.get(stake.asset);
      if (list === undefined) {
        list = [];
        byAsset.set(stake.asset, list);
      }
      list.push(stake);
    }
    const issues: Issue[] = [];
    for (const [asset, stakes] of byAsset) {
      if (stakes.length < 2) continue;
      const issue = overWholeIssue(asset, stakes);
      if (issue !== undefined) issues.push(issue);
    }
    return issues;
  }
}

/**
 * The first time an asset's stakes in force together add up to more than 100%, by a sweep over their starts
 * and ends (an end before a start at one instant: periods that touch do not overlap).
 */
function overWholeIssue(asset: string, stakes: readonly Stake[]): Issue | undefined {
  const changes: { readonly at: number; readonly stake: Stake; readonly starts: boolean }[] = [];
  for (const stake of stakes) {
    changes.push({ at: stake.start, stake, starts: true }, { at: stake.end, stake, starts: false });
  }
  changes.sort((a, b) => a.at - b.at || Number(a.starts) - Number(b.starts));
  const held = new Set<Stake>();
  let sum = 0;
  for (const change of changes) {
    if (!change.starts) {
      held.delete(change.stake);
      sum -= change.stake.min;
      continue;
    }
    held.add(change.stake);
    sum += change.stake.min;
    if (sum <= 100 + TOLERANCE) continue;
    const listed = [...held].map((stake) => `${JSON.stringify(stake.id)} ${stake.min}%`).join(", ");
    const from = Number.isFinite(change.at) ? ` from ${new Date(change.at).toISOString().slice(0, 10)}` : "";
    return {
      code: "shares_exceed_whole",
      message: `the stated shares of ${JSON.stringify(asset)} add up to ${round(sum)}%${from}, more than the whole: ${listed}`,
      path: [...change.stake.path, "share"],
      recordId: change.stake.id,
      severity: "warning",
    };
  }
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The strongly connected groups of a graph (Tarjan's algorithm, with an explicit stack), each in the order
 * its entities were first reached; nodes are taken in the order of `out`. Only groups that can hold a loop
 * are returned: more than one node, or one with an edge to itself.
 */
function stronglyConnected(
  out: ReadonlyMap<string, readonly number[]>,
  target: (edge: number) => string,
): Set<string>[] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: Set<string>[] = [];
  const visit = (node: string) => {
    order.set(node, order.size);
    low.set(node, order.size - 1);
    stack.push(node);
    onStack.add(node);
  };
  for (const root of out.keys()) {
    if (order.has(root)) continue;
    visit(root);
    const frames: { node: string; next: number }[] = [{ node: root, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: string; next: number };
      const edges = out.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = target(edges[frame.next++] as number);
        if (!order.has(to)) {
          visit(to);
          frames.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(to) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== order.get(frame.node)) continue;
      const group = new Set<string>();
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.add(member);
      } while (member !== frame.node);
      const loops = group.size > 1 || edges.some((edge) => target(edge) === frame.node);
      if (loops) groups.push(new Set([...group].reverse()));
    }
  }
  return groups;
}
