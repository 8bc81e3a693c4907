import {
  type Csr,
  contains,
  DURATION_LIMITS,
  intersect,
  lowerBound,
  mergeSlices,
  type Posting,
  type Slice,
} from "./postings.js";
import type { QueryRange } from "./range.js";
import { dyadKey, type IndexData } from "./store.js";

/** A filter: an event passes when it is in any of the postings. @internal */
export type Clause = readonly Posting[];

/** The slice of a posting list whose events may match a range (all of it without a range). @internal */
export function sliceOf(data: IndexData, posting: Posting, range: QueryRange | undefined): Slice {
  const { ids } = posting;
  if (range === undefined) return { ids, lo: 0, hi: ids.length };
  const from = range.match === "within" ? range.start : range.start - posting.span;
  const lo = lowerBound(ids, data.starts, from, 0, ids.length);
  const hi = lowerBound(ids, data.starts, range.end, lo, ids.length);
  return { ids, lo, hi };
}

/**
 * The positions of the events that pass every clause, fall in the range and pass `accept`, in time order.
 * The clause with the fewest candidates in the range drives; the others are checked by binary search.
 * Without clauses, the range is read off the time-ordered events directly.
 * @internal
 */
export function selectEvents(
  data: IndexData,
  clauses: readonly Clause[],
  range: QueryRange | undefined,
  accept?: (position: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
): number[] {
  const out: number[] = [];
  let candidates: Int32Array;
  const sliced = clauses.map((clause) => clause.map((posting) => sliceOf(data, posting, range)));
  let driver = -1;
  let best = Number.POSITIVE_INFINITY;
  sliced.forEach((slices, i) => {
    let size = 0;
    for (const slice of slices) size += slice.hi - slice.lo;
    if (size < best) {
      best = size;
      driver = i;
    }
  });
  if (driver === -1) {
    // No filter but dates: the events of each duration class in the range.
    const slices = data.byDuration.map((posting) => sliceOf(data, posting, range));
    candidates = mergeSlices(slices.filter((slice) => slice.hi > slice.lo));
  } else {
    if (best === 0) return out;
    candidates = mergeSlices(sliced[driver] as Slice[]);
  }
  const others = sliced.filter((_, i) => i !== driver);
  const { starts, ends, datedCount } = data;
  for (let i = 0; i < candidates.length && out.length < limit; i++) {
    const position = candidates[i] as number;
    if (range !== undefined) {
      if (position >= datedCount) continue;
      const start = starts[position] as number;
      const end = ends[position] as number;
      if (
        range.match === "within"
          ? start < range.start || end > range.end
          : start >= range.end || end <= range.start
      ) {
        continue;
      }
    }
    let pass = true;
    for (const slices of others) {
      let any = false;
      for (const slice of slices) {
        if (contains(slice, position)) {
          any = true;
          break;
        }
      }
      if (!any) {
        pass = false;
        break;
      }
    }
    if (pass && (accept === undefined || accept(position))) out.push(position);
  }
  return out;
}

/** The union of the slices of some posting lists within a range. */
function unionOf(data: IndexData, postings: readonly Posting[], range: QueryRange | undefined): Slice {
  const ids = mergeSlices(postings.map((posting) => sliceOf(data, posting, range)));
  return { ids, lo: 0, hi: ids.length };
}

/** The longest duration among posting lists. */
function spanOf(postings: readonly Posting[]): number {
  let span = 0;
  for (const posting of postings) if (posting.span > span) span = posting.span;
  return span;
}

/**
 * The events from one party (by code) to another that may match a range, as one posting list: those with
 * `x` among the actors and `y` among the recipients. (Undirected dyads have posting lists of their own,
 * `IndexData.dyads`.)
 * @internal
 */
export function directedPosting(
  data: IndexData,
  actor: (code: number) => Posting[],
  recipient: (code: number) => Posting[],
  x: number,
  y: number,
  range: QueryRange | undefined,
): Posting {
  const ax = actor(x);
  const ry = recipient(y);
  const ids = intersect(unionOf(data, ax, range), unionOf(data, ry, range));
  return { ids, span: Math.max(spanOf(ax), spanOf(ry)) };
}

/** The whole posting list of a key in one duration class of a {@link Csr}, with its longest duration. */
function partOf(csr: Csr, c: number, key: number): { slice: Slice; span: number } {
  const part = csr.parts[c];
  if (part === undefined || key + 1 >= part.offsets.length) {
    return { slice: { ids: new Int32Array(0), lo: 0, hi: 0 }, span: 0 };
  }
  return {
    slice: { ids: part.ids, lo: part.offsets[key] as number, hi: part.offsets[key + 1] as number },
    span: part.spans[key] as number,
  };
}

/**
 * The events between two parties (by code), either way, one posting per duration class: those with one
 * among the actors and the other among the recipients, and those with both among the actors and no
 * recipient (a joint act). Built from the parties' lists when a dyad is first asked for, then kept: a
 * dyad's next queries read its own list.
 * @internal
 */
export function dyadPostings(data: IndexData, x: number, y: number): readonly Posting[] {
  const key = dyadKey(x, y);
  const cached = data.dyadCache.get(key);
  if (cached !== undefined) return cached;
  const { actor, recipient } = data.byParty;
  const out: Posting[] = [];
  for (let c = 0; c < DURATION_LIMITS.length; c++) {
    const [ax, ay, rx, ry] = [
      partOf(actor, c, x),
      partOf(actor, c, y),
      partOf(recipient, c, x),
      partOf(recipient, c, y),
    ];
    const both = intersect(ax.slice, ay.slice);
    let joint = 0;
    for (let i = 0; i < both.length; i++) {
      const position = both[i] as number;
      if (data.hasRecipients[position] === 0) both[joint++] = position;
    }
    const parts = [intersect(ax.slice, ry.slice), intersect(ay.slice, rx.slice), both.subarray(0, joint)];
    const ids = mergeSlices(
      parts.filter((ids) => ids.length > 0).map((ids) => ({ ids, lo: 0, hi: ids.length })),
    );
    if (ids.length > 0) out.push({ ids, span: Math.max(ax.span, ay.span, rx.span, ry.span) });
  }
  data.dyadCache.set(key, out);
  return out;
}
