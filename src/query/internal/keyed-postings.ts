import { type Csr, DURATION_LIMITS, durationClass, type KeyedPostings } from "./postings.js";
import type { IndexData } from "./store.js";

const INFINITY = Number.POSITIVE_INFINITY;

/**
 * Builds one {@link Csr} over the events (by position in time order) from the keys each one is listed under:
 * `keysOf(p, emit)` emits each key of the event at `p` once. A counting pass, then a filling pass, both in
 * time order, so each list comes out ascending; each key's longest duration is kept per duration class.
 */
function buildCsr(
  data: IndexData,
  keyCount: number,
  keysOf: (p: number, emit: (key: number) => void) => void,
): Csr {
  const { starts, ends } = data;
  const count = data.events.length;
  const classes = new Uint8Array(count);
  const offsets = DURATION_LIMITS.map(() => new Int32Array(keyCount + 1));
  for (let p = 0; p < count; p++) {
    const c = durationClass(starts[p] as number, ends[p] as number);
    classes[p] = c;
    const block = offsets[c] as Int32Array;
    keysOf(p, (key) => {
      block[key + 1] = (block[key + 1] as number) + 1;
    });
  }
  for (const block of offsets)
    for (let k = 1; k < block.length; k++) block[k] = (block[k] as number) + (block[k - 1] as number);
  const ids = offsets.map((block) => new Int32Array(block[keyCount] as number));
  const next = offsets.map((block) => block.slice(0, keyCount));
  const spans = DURATION_LIMITS.map(() => new Float64Array(keyCount));
  for (let p = 0; p < count; p++) {
    const c = classes[p] as number;
    const start = starts[p] as number;
    const length = start === INFINITY ? 0 : (ends[p] as number) - start;
    const cursor = next[c] as Int32Array;
    const span = spans[c] as Float64Array;
    const into = ids[c] as Int32Array;
    keysOf(p, (key) => {
      into[cursor[key] as number] = p;
      cursor[key] = (cursor[key] as number) + 1;
      if (length > (span[key] as number)) span[key] = length;
    });
  }
  return {
    parts: DURATION_LIMITS.map((_, c) => ({
      offsets: offsets[c] as Int32Array,
      ids: ids[c] as Int32Array,
      spans: spans[c] as Float64Array,
    })),
  };
}

/** The events by category, built from the category column on first use. @internal */
export function categoryPostings(data: IndexData): KeyedPostings {
  const lazy = data.lazyPostings;
  if (lazy.category === undefined) {
    const { categoryOf } = data;
    const csr = buildCsr(data, data.categoryCodes.size, (p, emit) => emit(categoryOf[p] as number));
    lazy.category = { codes: data.categoryCodes, csr };
  }
  return lazy.category;
}

/** The events by quad class (0 when unknown), built from the quad-class column on first use. @internal */
export function quadClassPostings(data: IndexData): Csr {
  const lazy = data.lazyPostings;
  if (lazy.quadClass === undefined) {
    const { quadValue } = data;
    lazy.quadClass = buildCsr(data, 5, (p, emit) => emit(quadValue[p] as number));
  }
  return lazy.quadClass;
}
