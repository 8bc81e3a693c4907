const INFINITY = Number.POSITIVE_INFINITY;

/**
 * Orders events by start, then longest first, then dataset order: a stable counting sort over the distinct
 * (start, end) pairs, which are far fewer than the events. Undated events (start `Infinity`) come last.
 * Returns the dataset positions (within `starts`) in time order.
 * @internal
 */
export function timeOrder(starts: Float64Array, ends: Float64Array): Int32Array {
  const count = starts.length;
  const keyOf = new Map<number, Map<number, number>>();
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  const keys = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    let byEnd = keyOf.get(start);
    if (byEnd === undefined) {
      byEnd = new Map();
      keyOf.set(start, byEnd);
    }
    let key = byEnd.get(end);
    if (key === undefined) {
      key = keyStart.length;
      keyStart.push(start);
      keyEnd.push(end);
      byEnd.set(end, key);
    }
    keys[i] = key;
  }
  const rank = rankKeys(keyStart, keyEnd);
  const offsets = new Int32Array(keyStart.length + 1);
  for (let i = 0; i < count; i++) (offsets[(rank[keys[i] as number] as number) + 1] as number)++;
  for (let r = 0; r < keyStart.length; r++)
    offsets[r + 1] = (offsets[r + 1] as number) + (offsets[r] as number);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const r = rank[keys[i] as number] as number;
    order[offsets[r] as number] = i;
    offsets[r] = (offsets[r] as number) + 1;
  }
  return order;
}

/** The rank of each distinct (start, end) key: by start, the longer first, undated last. */
function rankKeys(keyStart: readonly number[], keyEnd: readonly number[]): Int32Array {
  const sortedKeys = Array.from({ length: keyStart.length }, (_, key) => key).sort(
    (a, b) =>
      Number(keyStart[a] === INFINITY) - Number(keyStart[b] === INFINITY) ||
      (keyStart[a] === INFINITY ? 0 : (keyStart[a] as number) - (keyStart[b] as number)) ||
      (keyStart[a] === INFINITY ? 0 : (keyEnd[b] as number) - (keyEnd[a] as number)),
  );
  const rank = new Int32Array(keyStart.length);
  sortedKeys.forEach((key, r) => {
    rank[key] = r;
  });
  return rank;
}
