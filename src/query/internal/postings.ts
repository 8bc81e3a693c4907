/**
 * Posting lists: the positions (in the index's time order) of the events that have a given key, ascending,
 * so in time order too, with the longest duration among their dated events. Because positions follow event
 * start times, a date range maps to a contiguous slice of any posting list, found by binary search.
 * @internal
 */
export interface Posting {
  readonly ids: Int32Array;
  /** The longest `end - start` among the dated events of the list (0 when none). */
  readonly span: number;
}

/** A slice of a posting list: `ids[lo..hi)`. @internal */
export interface Slice {
  readonly ids: Int32Array;
  readonly lo: number;
  readonly hi: number;
}

/** An empty posting list. @internal */
export const EMPTY_POSTING: Posting = Object.freeze({ ids: new Int32Array(0), span: 0 });

/**
 * The duration classes events are split into, so that a few long events (a year-precision date, a long date
 * range) do not widen the date window of every posting list: up to 2 days, up to 32 days, longer. Each
 * class's posting lists have their own longest duration (span).
 * @internal
 */
export const DURATION_LIMITS: readonly number[] = [2 * 86_400_000, 32 * 86_400_000, Number.POSITIVE_INFINITY];

/** The duration class of an event (undated events are in the first). @internal */
export function durationClass(start: number, end: number): number {
  if (start === Number.POSITIVE_INFINITY) return 0;
  const length = end - start;
  let c = 0;
  while (length > (DURATION_LIMITS[c] as number)) c++;
  return c;
}

/**
 * Posting lists of many keys in one compact block (compressed sparse rows): the positions of key `k` are
 * `ids[offsets[k]..offsets[k + 1])`, and `spans[k]` is their longest duration.
 * @internal
 */
export interface CsrPart {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly spans: Float64Array;
}

/** Posting lists of many keys, one {@link CsrPart} per duration class. @internal */
export interface Csr {
  readonly parts: readonly CsrPart[];
}

/** Posting lists keyed by name (a category, a context, a place id). @internal */
export interface KeyedPostings {
  readonly codes: ReadonlyMap<string, number>;
  readonly csr: Csr;
}

/** The posting lists of a key, one per duration class that has events of it (none for an unknown key). @internal */
export function postingsOf(csr: Csr, key: number | undefined): Posting[] {
  const out: Posting[] = [];
  if (key === undefined || key < 0) return out;
  for (const part of csr.parts) {
    if (key + 1 >= part.offsets.length) continue;
    const lo = part.offsets[key] as number;
    const hi = part.offsets[key + 1] as number;
    if (lo < hi) out.push({ ids: part.ids.subarray(lo, hi), span: part.spans[key] as number });
  }
  return out;
}

/** The posting lists of a named key. @internal */
export function namedPostings(postings: KeyedPostings, name: string): Posting[] {
  return postingsOf(postings.csr, postings.codes.get(name));
}

/** The first index in `ids[lo..hi)` whose event starts at or after `time`. @internal */
export function lowerBound(
  ids: Int32Array | null,
  starts: Float64Array,
  time: number,
  lo: number,
  hi: number,
): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = starts[ids === null ? mid : (ids[mid] as number)] as number;
    if (start < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a sorted `ids[lo..hi)` contains `position`. @internal */
export function contains(slice: Slice, position: number): boolean {
  const { ids } = slice;
  let low = slice.lo;
  let high = slice.hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = ids[mid] as number;
    if (value === position) return true;
    if (value < position) low = mid + 1;
    else high = mid;
  }
  return false;
}

/** The positions in both sorted slices, ascending: a merge, or binary searches when one is much smaller. @internal */
export function intersect(a: Slice, b: Slice): Int32Array {
  const small = a.hi - a.lo <= b.hi - b.lo ? a : b;
  const large = small === a ? b : a;
  const smallSize = small.hi - small.lo;
  const largeSize = large.hi - large.lo;
  const out = new Int32Array(smallSize);
  let length = 0;
  if (smallSize === 0) return out;
  if (smallSize * 8 < largeSize) {
    let lo = large.lo;
    for (let i = small.lo; i < small.hi; i++) {
      const value = small.ids[i] as number;
      let high = large.hi;
      while (lo < high) {
        const mid = (lo + high) >>> 1;
        if ((large.ids[mid] as number) < value) lo = mid + 1;
        else high = mid;
      }
      if (lo < large.hi && large.ids[lo] === value) out[length++] = value;
    }
    return out.subarray(0, length);
  }
  let i = a.lo;
  let j = b.lo;
  while (i < a.hi && j < b.hi) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      out[length++] = x;
      i++;
      j++;
    }
  }
  return out.subarray(0, length);
}

/** Merges sorted slices into one sorted list without duplicates. @internal */
export function mergeSlices(slices: readonly Slice[]): Int32Array {
  if (slices.length === 1) {
    const only = slices[0] as Slice;
    return only.ids.subarray(only.lo, only.hi);
  }
  if (slices.length > 2) {
    let merged = mergeSlices(slices.slice(0, 2));
    for (let k = 2; k < slices.length; k++)
      merged = mergeSlices([{ ids: merged, lo: 0, hi: merged.length }, slices[k] as Slice]);
    return merged;
  }
  let total = 0;
  for (const slice of slices) total += slice.hi - slice.lo;
  const out = new Int32Array(total);
  let length = 0;
  if (slices.length === 2) {
    const [a, b] = slices as [Slice, Slice];
    let i = a.lo;
    let j = b.lo;
    while (i < a.hi && j < b.hi) {
      const x = a.ids[i] as number;
      const y = b.ids[j] as number;
      if (x < y) {
        out[length++] = x;
        i++;
      } else if (y < x) {
        out[length++] = y;
        j++;
      } else {
        out[length++] = x;
        i++;
        j++;
      }
    }
    while (i < a.hi) out[length++] = a.ids[i++] as number;
    while (j < b.hi) out[length++] = b.ids[j++] as number;
    return out.subarray(0, length);
  }
  return out.subarray(0, 0);
}
