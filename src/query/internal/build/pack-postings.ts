import { type Csr, DURATION_LIMITS } from "../postings.js";

const INFINITY = Number.POSITIVE_INFINITY;

/** The families of event posting lists, in the order of `EventEntries.keyCounts`. @internal */
export const FAMILY = { actor: 0, recipient: 1, context: 2, location: 3 } as const;

/**
 * The (family, key) entries of each event, in dataset order, in growable typed arrays: `offsets[j]` to
 * `offsets[j + 1]` delimit the entries of the j-th event.
 * @internal
 */
export class EventEntries {
  families: Uint8Array;
  keys: Int32Array;
  length = 0;
  readonly offsets: Int32Array;

  constructor(events: number) {
    this.families = new Uint8Array(Math.max(16, events * 5));
    this.keys = new Int32Array(Math.max(16, events * 5));
    this.offsets = new Int32Array(events + 1);
  }

  /** Starts the entries of the j-th event (call for every event in order, then once with the count). */
  startEvent(j: number): void {
    this.offsets[j] = this.length;
  }

  add(family: number, key: number): void {
    if (this.length === this.keys.length) this.grow();
    this.families[this.length] = family;
    this.keys[this.length] = key;
    this.length++;
  }

  private grow(): void {
    const capacity = Math.ceil(this.length * 1.5);
    const families = new Uint8Array(capacity);
    families.set(this.families);
    const keys = new Int32Array(capacity);
    keys.set(this.keys);
    this.families = families;
    this.keys = keys;
  }
}

/** Where each event stands: its duration class (dataset order) and its interval (time order). @internal */
export interface EventTimes {
  readonly order: Int32Array;
  readonly classes: Uint8Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/**
 * Packs the entries of each event into one {@link Csr} per family, with one part per duration class,
 * positions in time order: a counting pass in dataset order, then a filling pass in time order (so each
 * list comes out ascending), which also records each key's longest duration.
 * @internal
 */
export function packFamilies(keyCounts: readonly number[], entries: EventEntries, times: EventTimes): Csr[] {
  const classCount = DURATION_LIMITS.length;
  const offsets = countEntries(keyCounts, entries, times);
  const ids = offsets.map((blocks) =>
    blocks.map((block) => new Int32Array(block[block.length - 1] as number)),
  );
  const next = offsets.map((blocks) => blocks.map((block) => block.slice(0, block.length - 1)));
  const spans = keyCounts.map((keys) => Array.from({ length: classCount }, () => new Float64Array(keys)));
  const { order, classes, starts, ends } = times;
  for (let p = 0; p < order.length; p++) {
    const j = order[p] as number;
    const c = classes[j] as number;
    const start = starts[p] as number;
    const length = start === INFINITY ? 0 : (ends[p] as number) - start;
    for (let e = entries.offsets[j] as number; e < (entries.offsets[j + 1] as number); e++) {
      const f = entries.families[e] as number;
      const key = entries.keys[e] as number;
      const cursor = (next[f] as Int32Array[])[c] as Int32Array;
      ((ids[f] as Int32Array[])[c] as Int32Array)[cursor[key] as number] = p;
      cursor[key] = (cursor[key] as number) + 1;
      const span = (spans[f] as Float64Array[])[c] as Float64Array;
      if (length > (span[key] as number)) span[key] = length;
    }
  }
  return keyCounts.map((_, f) => ({
    parts: Array.from({ length: classCount }, (_, c) => ({
      offsets: (offsets[f] as Int32Array[])[c] as Int32Array,
      ids: (ids[f] as Int32Array[])[c] as Int32Array,
      spans: (spans[f] as Float64Array[])[c] as Float64Array,
    })),
  }));
}

/** By family and duration class: the offsets of each key's list (a prefix sum of the entry counts). */
function countEntries(
  keyCounts: readonly number[],
  entries: EventEntries,
  times: EventTimes,
): Int32Array[][] {
  const classCount = DURATION_LIMITS.length;
  const offsets = keyCounts.map((keys) => Array.from({ length: classCount }, () => new Int32Array(keys + 1)));
  for (let j = 0; j < times.order.length; j++) {
    const c = times.classes[j] as number;
    for (let e = entries.offsets[j] as number; e < (entries.offsets[j + 1] as number); e++) {
      const block = (offsets[entries.families[e] as number] as Int32Array[])[c] as Int32Array;
      const at = (entries.keys[e] as number) + 1;
      block[at] = (block[at] as number) + 1;
    }
  }
  for (const blocks of offsets) {
    for (const block of blocks)
      for (let k = 1; k < block.length; k++) block[k] = (block[k] as number) + (block[k - 1] as number);
  }
  return offsets;
}
