import { contains, intersect, lowerBound, mergeSlices, type Posting, type Slice } from "./postings.js";
import type { QueryRange } from "./range.js";
import type { IndexData } from "./store.js";

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

function whole(ids: Int32Array): Slice {
  return { ids, lo: 0, hi: ids.length };
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
 * The events between two parties (by code) that may match a range, as one posting list: those with `x`
 * among the actors and `y` among the recipients; unless `directed`, also the other way round, and those with
 * both among the actors and no recipient (a joint act).
 * @internal
 */
export function dyadPosting(
  data: IndexData,
  actor: (code: number) => Posting[],
  recipient: (code: number) => Posting[],
  x: number,
  y: number,
  directed: boolean,
  range: QueryRange | undefined,
): Posting {
  const ax = actor(x);
  const ry = recipient(y);
  const actorX = unionOf(data, ax, range);
  const parts = [intersect(actorX, unionOf(data, ry, range))];
  let span = Math.max(spanOf(ax), spanOf(ry));
  if (!directed) {
    const ay = actor(y);
    const rx = recipient(x);
    const actorY = unionOf(data, ay, range);
    span = Math.max(span, spanOf(ay), spanOf(rx));
    parts.push(intersect(actorY, unionOf(data, rx, range)));
    const both = intersect(actorX, actorY);
    let joint = 0;
    for (let i = 0; i < both.length; i++) {
      const position = both[i] as number;
      if (data.hasRecipients[position] === 0) both[joint++] = position;
    }
    parts.push(both.subarray(0, joint));
  }
  const nonEmpty = parts.filter((part) => part.length > 0);
  if (nonEmpty.length === 0) return { ids: new Int32Array(0), span: 0 };
  return { ids: mergeSlices(nonEmpty.map(whole)), span };
}
