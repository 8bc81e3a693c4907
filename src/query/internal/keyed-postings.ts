import { EventEntries, packFamilies } from "./build/pack-postings.js";
import { type Csr, durationClass, type KeyedPostings } from "./postings.js";
import type { IndexData } from "./store.js";

/**
 * Builds one {@link Csr} over the events (by position in time order) from the keys each one is listed under:
 * `keysOf(p, emit)` emits each key of the event at `p` once. The entries are read in time order, so the
 * packing that `createIndex` uses runs with the identity as the order.
 */
function buildCsr(
  data: IndexData,
  keyCount: number,
  keysOf: (p: number, emit: (key: number) => void) => void,
): Csr {
  const { starts, ends } = data;
  const count = data.events.length;
  const entries = new EventEntries(count);
  const classes = new Uint8Array(count);
  const order = new Int32Array(count);
  const emit = (key: number) => entries.add(0, key);
  for (let p = 0; p < count; p++) {
    order[p] = p;
    classes[p] = durationClass(starts[p] as number, ends[p] as number);
    entries.startEvent(p);
    keysOf(p, emit);
  }
  entries.startEvent(count);
  return packFamilies([keyCount], entries, { order, classes, starts, ends })[0] as Csr;
}

/**
 * The events by category, built from the category column on first use. CAMEO-only events (code -1) are
 * listed under none.
 * @internal
 */
export function categoryPostings(data: IndexData): KeyedPostings {
  const lazy = data.lazyPostings;
  if (lazy.category === undefined) {
    const { categoryOf } = data;
    const csr = buildCsr(data, data.categoryCodes.size, (p, emit) => {
      const code = categoryOf[p] as number;
      if (code >= 0) emit(code);
    });
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
