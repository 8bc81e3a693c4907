import { runtimeRegistry } from "../../../codes/category-registry.js";
import { PLOVER_QUAD_CLASS } from "../../../codes/plover.js";
import type { EventRecord } from "../../../model/event.js";
import { intervalOf } from "../../../time/partial-date.js";
import type { Attributor } from "../attribution.js";
import { type Csr, DURATION_LIMITS, durationClass, type Posting } from "../postings.js";
import { type AnyRecord, type IndexData, QUAD_PLOVER, QUAD_REGISTRY, QUAD_STORED } from "../store.js";
import { describeRecord } from "./ids.js";
import { EventEntries, FAMILY, packFamilies } from "./pack-postings.js";
import { PartyCoder } from "./party-codes.js";
import { timeOrder } from "./time-order.js";

const INFINITY = Number.POSITIVE_INFINITY;

type CategoryRegistry = ReturnType<typeof runtimeRegistry>["categories"];

/** What the events phase builds: the events in time order, with their postings. @internal */
export type EventsPhase = Pick<
  IndexData,
  | "events"
  | "starts"
  | "ends"
  | "datedCount"
  | "byDuration"
  | "quadValue"
  | "quadBasis"
  | "dateEnds"
  | "categoryOf"
  | "intensities"
  | "hasRecipients"
  | "partyCodes"
  | "byParty"
  | "categoryCodes"
  | "context"
  | "location"
>;

/** Per event, in dataset order: what was read of it before the events are put in time order. */
interface RawEvents {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly dateEnds: Float64Array;
  readonly categoryOf: Int32Array;
  readonly intensities: Float64Array;
  readonly classes: Uint8Array;
  readonly hasRecipients: Uint8Array;
  readonly quadValue: Uint8Array;
  readonly quadBasis: Uint8Array;
  readonly entries: EventEntries;
}

function codeIn(codes: Map<string, number>, name: string): number {
  let code = codes.get(name);
  if (code === undefined) {
    code = codes.size;
    codes.set(name, code);
  }
  return code;
}

/** An event's interval, from its start date to the end of its end date (`Infinity` both when undated). */
function eventInterval(
  event: EventRecord,
  position: number,
): { start: number; end: number; dateEnd: number } {
  if (event.date === undefined) return { start: INFINITY, end: INFINITY, dateEnd: INFINITY };
  try {
    const interval = intervalOf(event.date);
    const end =
      event.endDate === undefined ? interval.end : Math.max(interval.end, intervalOf(event.endDate).end);
    return { start: interval.start, end, dateEnd: interval.end };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RangeError(`${describeRecord(position, event)}: ${message} (index a validated dataset)`);
  }
}

/** An event's quad class and where it comes from: stored, PLOVER's table, a registered category, or none. */
function quadOf(event: EventRecord, registry: CategoryRegistry): { value: number; basis: number } {
  if (event.quadClass !== undefined) return { value: event.quadClass.value, basis: QUAD_STORED };
  if (event.category === undefined) return { value: 0, basis: 0 };
  if (Object.hasOwn(PLOVER_QUAD_CLASS, event.category)) {
    return { value: PLOVER_QUAD_CLASS[event.category as keyof typeof PLOVER_QUAD_CLASS], basis: QUAD_PLOVER };
  }
  const registered = registry.get(event.category)?.quadClass;
  return registered === undefined ? { value: 0, basis: 0 } : { value: registered, basis: QUAD_REGISTRY };
}

/**
 * Builds the event part of an index. In dataset order (the order the objects were read in, so memory
 * order), each event's interval, columns and parties are read into flat arrays; the events are then put in
 * time order and the posting lists of parties, contexts and locations filled from those arrays. The lists by
 * category and quad class are built from their columns when a query first needs them (`keyed-postings.ts`).
 * @internal
 */
export function indexEvents(
  records: readonly AnyRecord[],
  eventRecords: readonly number[],
  attributor: Attributor,
  lookup: (id: string) => AnyRecord | undefined,
): EventsPhase {
  const parties = new PartyCoder(attributor, lookup);
  const names = {
    category: new Map<string, number>(),
    context: new Map<string, number>(),
    location: new Map<string, number>(),
  };
  const raw = readEvents(records, eventRecords, parties, names);
  const order = timeOrder(raw.starts, raw.ends);
  const sorted = sortEvents(records, eventRecords, raw, order);
  const partyCount = parties.codes.size;
  const keyCounts = [partyCount, partyCount, names.context.size, names.location.size];
  const families = packFamilies(keyCounts, raw.entries, {
    order,
    classes: raw.classes,
    starts: sorted.starts,
    ends: sorted.ends,
  });
  return {
    ...sorted,
    partyCodes: parties.codes,
    byParty: { actor: families[FAMILY.actor] as Csr, recipient: families[FAMILY.recipient] as Csr },
    categoryCodes: names.category,
    context: { codes: names.context, csr: families[FAMILY.context] as Csr },
    location: { codes: names.location, csr: families[FAMILY.location] as Csr },
  };
}

function readEvents(
  records: readonly AnyRecord[],
  eventRecords: readonly number[],
  parties: PartyCoder,
  names: { category: Map<string, number>; context: Map<string, number>; location: Map<string, number> },
): RawEvents {
  const count = eventRecords.length;
  const raw: RawEvents = {
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    dateEnds: new Float64Array(count),
    categoryOf: new Int32Array(count),
    intensities: new Float64Array(count),
    classes: new Uint8Array(count),
    hasRecipients: new Uint8Array(count),
    quadValue: new Uint8Array(count),
    quadBasis: new Uint8Array(count),
    entries: new EventEntries(count),
  };
  const entries = raw.entries;
  const registry = runtimeRegistry().categories;
  for (let j = 0; j < count; j++) {
    const event = records[eventRecords[j] as number] as EventRecord;
    entries.startEvent(j);
    const { start, end, dateEnd } = eventInterval(event, eventRecords[j] as number);
    raw.starts[j] = start;
    raw.ends[j] = end;
    raw.dateEnds[j] = dateEnd;
    raw.intensities[j] = event.intensity ?? Number.NaN;
    raw.classes[j] = durationClass(start, end);
    const dated = start !== INFINITY;
    parties.addCodes(entries, FAMILY.actor, event.actors, dated, start, end);
    parties.addCodes(entries, FAMILY.recipient, event.recipients, dated, start, end);
    if (event.recipients !== undefined && event.recipients.length > 0) raw.hasRecipients[j] = 1;
    // Category and quad class are columns, listed on first use (keyed-postings.ts); contexts and location
    // are listed now, while the event object is at hand.
    // A CAMEO-only event (no PLOVER category) has the code -1: listed under no category.
    raw.categoryOf[j] = event.category === undefined ? -1 : codeIn(names.category, event.category);
    const contexts = event.contexts as readonly string[] | undefined;
    for (let c = 0; c < (contexts?.length ?? 0); c++) {
      const name = (contexts as readonly string[])[c] as string;
      if ((contexts as readonly string[]).indexOf(name) === c)
        entries.add(FAMILY.context, codeIn(names.context, name));
    }
    if (event.location?.place !== undefined)
      entries.add(FAMILY.location, codeIn(names.location, event.location.place));
    const quad = quadOf(event, registry);
    raw.quadValue[j] = quad.value;
    raw.quadBasis[j] = quad.basis;
  }
  entries.startEvent(count);
  return raw;
}

/** The per-event arrays in time order, and every event's position by duration class. */
function sortEvents(
  records: readonly AnyRecord[],
  eventRecords: readonly number[],
  raw: RawEvents,
  order: Int32Array,
): Omit<EventsPhase, "partyCodes" | "byParty" | "categoryCodes" | "context" | "location"> {
  const count = order.length;
  const events: AnyRecord[] = new Array(count);
  const permuted = {
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    dateEnds: new Float64Array(count),
    categoryOf: new Int32Array(count),
    intensities: new Float64Array(count),
    hasRecipients: new Uint8Array(count),
    quadValue: new Uint8Array(count),
    quadBasis: new Uint8Array(count),
  };
  const classCounts = new Int32Array(DURATION_LIMITS.length);
  let datedCount = 0;
  for (let p = 0; p < count; p++) {
    const j = order[p] as number;
    events[p] = records[eventRecords[j] as number] as AnyRecord;
    permuted.starts[p] = raw.starts[j] as number;
    permuted.ends[p] = raw.ends[j] as number;
    permuted.dateEnds[p] = raw.dateEnds[j] as number;
    permuted.categoryOf[p] = raw.categoryOf[j] as number;
    permuted.intensities[p] = raw.intensities[j] as number;
    permuted.hasRecipients[p] = raw.hasRecipients[j] as number;
    permuted.quadValue[p] = raw.quadValue[j] as number;
    permuted.quadBasis[p] = raw.quadBasis[j] as number;
    if (permuted.starts[p] !== INFINITY) datedCount++;
    const c = raw.classes[j] as number;
    classCounts[c] = (classCounts[c] as number) + 1;
  }
  const byClass = Array.from(classCounts, (n) => new Int32Array(n));
  const filled = new Int32Array(DURATION_LIMITS.length);
  for (let p = 0; p < count; p++) {
    const c = raw.classes[order[p] as number] as number;
    (byClass[c] as Int32Array)[filled[c] as number] = p;
    filled[c] = (filled[c] as number) + 1;
  }
  return {
    events,
    ...permuted,
    datedCount,
    byDuration: byClass.map((ids) => durationPosting(ids, permuted.starts, permuted.ends)),
  };
}

function durationPosting(ids: Int32Array, starts: Float64Array, ends: Float64Array): Posting {
  let span = 0;
  for (const position of ids) {
    const start = starts[position] as number;
    if (start !== INFINITY) span = Math.max(span, (ends[position] as number) - start);
  }
  return { ids, span };
}
