import { runtimeRegistry } from "../../codes/category-registry.js";
import { PLOVER_QUAD_CLASS } from "../../codes/plover.js";
import type { Event } from "../../model/event.js";
import type { Mediation } from "../../model/mediation.js";
import type { Organization } from "../../model/organization.js";
import type { Person } from "../../model/person.js";
import type { Place } from "../../model/place.js";
import type { Project } from "../../model/project.js";
import type { Relationship } from "../../model/relationship.js";
import type { Sanction } from "../../model/sanction.js";
import type { TradeFlow } from "../../model/trade-flow.js";
import type { TradeTarget } from "../../model/trade-target.js";
import { intervalOf } from "../../time/partial-date.js";
import { periodInterval } from "../../time/period.js";
import { Attributor } from "./attribution.js";
import { type Csr, DURATION_LIMITS, durationClass } from "./postings.js";
import {
  type AnyRecord,
  type IndexData,
  type PartyLists,
  pairKey,
  QUAD_PLOVER,
  QUAD_REGISTRY,
  QUAD_STORED,
} from "./store.js";

const INFINITY = Number.POSITIVE_INFINITY;

function describeRecord(index: number, record: unknown): string {
  const id = typeof record === "object" && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === "string" ? `records[${index}] (${id})` : `records[${index}]`;
}

function duplicate(index: number, record: AnyRecord): Error {
  return new Error(
    `${describeRecord(index, record)}: duplicate id ${JSON.stringify(record.id)} (index a validated dataset)`,
  );
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Orders events by start, then longest first, then dataset order (a stable counting sort). */
function timeOrder(starts: Float64Array, ends: Float64Array): Int32Array {
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
  const distinct = keyStart.length;
  const sortedKeys = Array.from({ length: distinct }, (_, key) => key).sort(
    (a, b) =>
      (keyStart[a] as number) - (keyStart[b] as number) || (keyEnd[b] as number) - (keyEnd[a] as number) || 0,
  );
  // Infinity - Infinity is NaN: put undated (infinite) keys last explicitly.
  sortedKeys.sort((a, b) => Number(keyStart[a] === INFINITY) - Number(keyStart[b] === INFINITY));
  const rank = new Int32Array(distinct);
  sortedKeys.forEach((key, r) => {
    rank[key] = r;
  });
  const offsets = new Int32Array(distinct + 1);
  for (let i = 0; i < count; i++) (offsets[(rank[keys[i] as number] as number) + 1] as number)++;
  for (let r = 0; r < distinct; r++) offsets[r + 1] = (offsets[r + 1] as number) + (offsets[r] as number);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const r = rank[keys[i] as number] as number;
    order[offsets[r] as number] = i;
    offsets[r] = (offsets[r] as number) + 1;
  }
  return order;
}

/** (family, key) pairs in growable typed arrays. */
class EntryList {
  families: Uint8Array;
  keys: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.families = new Uint8Array(Math.max(16, capacity));
    this.keys = new Int32Array(Math.max(16, capacity));
  }

  add(family: number, key: number): void {
    if (this.length === this.keys.length) {
      const capacity = Math.ceil(this.length * 1.5);
      const families = new Uint8Array(capacity);
      families.set(this.families);
      const keys = new Int32Array(capacity);
      keys.set(this.keys);
      this.families = families;
      this.keys = keys;
    }
    this.families[this.length] = family;
    this.keys[this.length] = key;
    this.length++;
  }
}

// The families of posting lists.
const ACTOR = 0;
const RECIPIENT = 1;
const CATEGORY = 2;
const CONTEXT = 3;
const LOCATION = 4;
const QUAD = 5;

/**
 * Packs the (family, key) entries of each event (by dataset index, `entryOffsets` delimiting them) into one
 * {@link Csr} per family, with one part per duration class, positions in time order: a counting pass in
 * dataset order, then a filling pass in time order (so each list comes out ascending).
 */
function packFamilies(
  keyCounts: readonly number[],
  order: Int32Array,
  classes: Uint8Array,
  entryOffsets: Int32Array,
  entryFamily: Uint8Array,
  entryKey: Int32Array,
  starts: Float64Array,
  ends: Float64Array,
): Csr[] {
  const classCount = DURATION_LIMITS.length;
  const offsets = keyCounts.map((keys) => Array.from({ length: classCount }, () => new Int32Array(keys + 1)));
  for (let j = 0; j < order.length; j++) {
    const c = classes[j] as number;
    for (let e = entryOffsets[j] as number; e < (entryOffsets[j + 1] as number); e++) {
      const block = (offsets[entryFamily[e] as number] as Int32Array[])[c] as Int32Array;
      const at = (entryKey[e] as number) + 1;
      block[at] = (block[at] as number) + 1;
    }
  }
  const ids: Int32Array[][] = [];
  const next: Int32Array[][] = [];
  const spans: Float64Array[][] = [];
  keyCounts.forEach((keys, f) => {
    ids.push([]);
    next.push([]);
    spans.push([]);
    for (let c = 0; c < classCount; c++) {
      const block = (offsets[f] as Int32Array[])[c] as Int32Array;
      for (let k = 0; k < keys; k++) block[k + 1] = (block[k + 1] as number) + (block[k] as number);
      (ids[f] as Int32Array[]).push(new Int32Array(block[keys] as number));
      (next[f] as Int32Array[]).push(block.slice(0, keys));
      (spans[f] as Float64Array[]).push(new Float64Array(keys));
    }
  });
  for (let p = 0; p < order.length; p++) {
    const j = order[p] as number;
    const c = classes[j] as number;
    const start = starts[p] as number;
    const length = start === INFINITY ? 0 : (ends[p] as number) - start;
    for (let e = entryOffsets[j] as number; e < (entryOffsets[j + 1] as number); e++) {
      const f = entryFamily[e] as number;
      const key = entryKey[e] as number;
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

/** A person's positions with dated periods, as party codes. */
interface DatedExpansion {
  readonly periods: readonly {
    readonly start: number;
    readonly end: number;
    readonly codes: readonly number[];
  }[];
  readonly fallback: readonly number[];
}

/** The codes a person stands for at `[start, end)` (or now, when undated: positions without an end). */
function datedCodes(
  expansion: DatedExpansion,
  dated: boolean,
  start: number,
  end: number,
): readonly number[] {
  let out: number[] | undefined;
  for (const period of expansion.periods) {
    const holds = dated ? period.start < end && period.end > start : period.end === Number.POSITIVE_INFINITY;
    if (!holds) continue;
    if (out === undefined) out = [...period.codes];
    else for (const code of period.codes) if (!out.includes(code)) out.push(code);
  }
  return out ?? expansion.fallback;
}

function newPairLists(): { country: Map<string, number[]>; record: Map<string, number[]> } {
  return { country: new Map(), record: new Map() };
}

/**
 * Builds the data of an index over records that passed dataset validation.
 * @internal
 */
export function buildIndex(records: readonly AnyRecord[]): IndexData {
  // Ids: those of records other than events at once (they are few, and actors, parties and places are among
  // them); those of events when an event is first looked up by id (a million events make a large map that
  // many uses never need).
  const positions = new Map<string, number>();
  const byKind = new Map<string, number[]>();
  const eventRecords: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (
      typeof record !== "object" ||
      record === null ||
      typeof record.id !== "string" ||
      typeof record.kind !== "string"
    ) {
      throw new TypeError(
        `${describeRecord(i, record)}: expected a record with a string id and kind (index a validated dataset)`,
      );
    }
    if (record.kind === "event") eventRecords.push(i);
    else {
      const size = positions.size;
      positions.set(record.id, i);
      if (positions.size === size) throw duplicate(i, record);
    }
    push(byKind, record.kind, i);
  }
  let eventPositions: Map<string, number> | undefined;
  const positionOf = (id: string): number | undefined => {
    const position = positions.get(id);
    if (position !== undefined) return position;
    if (eventPositions === undefined) {
      const map = new Map<string, number>();
      for (const i of eventRecords) {
        const record = records[i] as AnyRecord;
        const size = map.size;
        map.set(record.id, i);
        if (map.size === size || positions.has(record.id)) throw duplicate(i, record);
      }
      eventPositions = map;
    }
    return eventPositions.get(id);
  };
  const lookup = (id: string) => {
    const position = positions.get(id);
    return position === undefined ? undefined : records[position];
  };
  const attributor = new Attributor(lookup);
  const countryByCode = new Map<string, string>();
  for (const position of byKind.get("country") ?? []) {
    const country = records[position] as AnyRecord & { code?: unknown };
    if (typeof country.code === "string" && !countryByCode.has(country.code))
      countryByCode.set(country.code, country.id);
  }

  // Events. In dataset order (the order their objects were read in, so memory order), each event's interval
  // and the keys it is listed under (parties, category, contexts, location, quad class) are read into flat
  // arrays; the posting lists are then filled from those arrays in time order.
  const count = eventRecords.length;
  const rawStarts = new Float64Array(count);
  const rawEnds = new Float64Array(count);
  const rawClasses = new Uint8Array(count);
  const rawHasRecipients = new Uint8Array(count);
  const rawQuadValue = new Uint8Array(count);
  const rawQuadBasis = new Uint8Array(count);
  const entryOffsets = new Int32Array(count + 1);
  const entries = new EntryList(count * 8);

  const partyCodes = new Map<string, number>();
  // By party code: the codes it stands for in country mode (itself and its countries; a country stands for
  // itself only), or, for a person with dated positions, the periods of those positions with their codes and
  // the codes to fall back on (nationalities).
  const expansions: (readonly number[] | DatedExpansion | undefined)[] = [];
  const codeOf = (id: string): number => {
    let code = partyCodes.get(id);
    if (code === undefined) {
      code = partyCodes.size;
      partyCodes.set(id, code);
    }
    return code;
  };
  const expansionOf = (id: string, countries: readonly string[]): number[] => {
    const code = codeOf(id);
    const out = countries.length === 1 && countries[0] === id ? [] : [code];
    for (const country of countries) {
      const countryCode = codeOf(country);
      if (!out.includes(countryCode)) out.push(countryCode);
    }
    return out;
  };
  const datedExpansionOf = (id: string, person: Person): DatedExpansion => {
    const periods: { start: number; end: number; codes: readonly number[] }[] = [];
    for (const position of person.positions ?? []) {
      const countries = attributor.positionCountries(position);
      if (countries.length === 0) continue;
      const held = periodInterval(position.period);
      periods.push({ start: held.start, end: held.end, codes: expansionOf(id, countries) });
    }
    return { periods, fallback: expansionOf(id, person.nationalities ?? []) };
  };
  const categoryCodes = new Map<string, number>();
  const contextCodes = new Map<string, number>();
  const locationCodes = new Map<string, number>();
  const nameCode = (codes: Map<string, number>, name: string) => {
    let code = codes.get(name);
    if (code === undefined) {
      code = codes.size;
      codes.set(name, code);
    }
    return code;
  };
  const registry = runtimeRegistry().categories;
  const seen: number[] = [];
  const addParties = (
    ids: readonly string[] | undefined,
    family: number,
    dated: boolean,
    start: number,
    end: number,
  ) => {
    if (ids === undefined) return;
    seen.length = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      const code = codeOf(id);
      let expansion = expansions[code];
      if (expansion === undefined) {
        const record = lookup(id);
        const person = record?.kind === "person" ? (record as Person) : undefined;
        expansion =
          person?.positions?.some((position) => position.period !== undefined) === true
            ? datedExpansionOf(id, person)
            : expansionOf(id, attributor.countriesOf(id, false));
        expansions[code] = expansion;
      }
      const codes = Array.isArray(expansion)
        ? (expansion as readonly number[])
        : datedCodes(expansion as DatedExpansion, dated, start, end);
      for (const x of codes) {
        if (!seen.includes(x)) {
          seen.push(x);
          entries.add(family, x);
        }
      }
    }
  };
  for (let j = 0; j < count; j++) {
    const event = records[eventRecords[j] as number] as Event;
    entryOffsets[j] = entries.length;
    let start = INFINITY;
    let end = INFINITY;
    if (event.date !== undefined) {
      try {
        const interval = intervalOf(event.date);
        start = interval.start;
        end =
          event.endDate === undefined ? interval.end : Math.max(interval.end, intervalOf(event.endDate).end);
      } catch (error) {
        const at = describeRecord(eventRecords[j] as number, event);
        throw new RangeError(
          `${at}: ${error instanceof Error ? error.message : String(error)} (index a validated dataset)`,
        );
      }
    }
    rawStarts[j] = start;
    rawEnds[j] = end;
    rawClasses[j] = durationClass(start, end);
    const dated = start !== INFINITY;
    addParties(event.actors, ACTOR, dated, start, end);
    addParties(event.recipients, RECIPIENT, dated, start, end);
    if (event.recipients !== undefined && event.recipients.length > 0) rawHasRecipients[j] = 1;
    entries.add(CATEGORY, nameCode(categoryCodes, event.category));
    if (event.contexts !== undefined) {
      const contexts = event.contexts as readonly string[];
      for (let c = 0; c < contexts.length; c++) {
        const name = contexts[c] as string;
        if (contexts.indexOf(name) === c) entries.add(CONTEXT, nameCode(contextCodes, name));
      }
    }
    if (event.location?.place !== undefined)
      entries.add(LOCATION, nameCode(locationCodes, event.location.place));
    let quad = 0;
    if (event.quadClass !== undefined) {
      quad = event.quadClass.value;
      rawQuadBasis[j] = QUAD_STORED;
    } else if (Object.hasOwn(PLOVER_QUAD_CLASS, event.category)) {
      quad = PLOVER_QUAD_CLASS[event.category as keyof typeof PLOVER_QUAD_CLASS];
      rawQuadBasis[j] = QUAD_PLOVER;
    } else {
      const registered = registry.get(event.category)?.quadClass;
      if (registered !== undefined) {
        quad = registered;
        rawQuadBasis[j] = QUAD_REGISTRY;
      }
    }
    rawQuadValue[j] = quad;
    entries.add(QUAD, quad);
  }
  entryOffsets[count] = entries.length;

  // Time order, and the per-event arrays in it.
  const order = timeOrder(rawStarts, rawEnds);
  const events: AnyRecord[] = new Array(count);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const hasRecipients = new Uint8Array(count);
  const quadValue = new Uint8Array(count);
  const quadBasis = new Uint8Array(count);
  const byDuration: number[][] = DURATION_LIMITS.map(() => []);
  let datedCount = 0;
  for (let p = 0; p < count; p++) {
    const j = order[p] as number;
    events[p] = records[eventRecords[j] as number] as AnyRecord;
    const start = rawStarts[j] as number;
    starts[p] = start;
    ends[p] = rawEnds[j] as number;
    hasRecipients[p] = rawHasRecipients[j] as number;
    quadValue[p] = rawQuadValue[j] as number;
    quadBasis[p] = rawQuadBasis[j] as number;
    if (start !== INFINITY) datedCount++;
    (byDuration[rawClasses[j] as number] as number[]).push(p);
  }

  // The posting lists, by family and duration class: count, then fill in time order.
  const parties = partyCodes.size;
  const keyCounts = [parties, parties, categoryCodes.size, contextCodes.size, locationCodes.size, 5];
  const families = packFamilies(
    keyCounts,
    order,
    rawClasses,
    entryOffsets,
    entries.families,
    entries.keys,
    starts,
    ends,
  );

  // Other records: small lists by pair or party.
  const relationships = newPairLists();
  const mediations = newPairLists();
  const borders = newPairLists();
  const tradeTargets = newPairLists();
  const tradeFlows = newPairLists();
  const projectsByParty = newPairLists();
  const sanctionsByTarget = newPairLists();
  const sanctionsByIssuer = newPairLists();
  const tradeConstraints = newPairLists();
  const blockers = new Map<string, number[]>();
  const placeChildren = new Map<string, string[]>();
  const activeIn = new Map<string, number[]>();
  const selfAndCountries = (id: string): string[] => {
    const out = [id];
    for (const country of attributor.countriesOf(id, false)) if (!out.includes(country)) out.push(country);
    return out;
  };
  const addPair = (lists: ReturnType<typeof newPairLists>, a: string, b: string, position: number) => {
    push(lists.record, pairKey(a, b), position);
    const keys: string[] = [];
    for (const x of selfAndCountries(a)) {
      for (const y of selfAndCountries(b)) {
        if (x === y) continue;
        const key = pairKey(x, y);
        if (!keys.includes(key)) {
          keys.push(key);
          push(lists.country, key, position);
        }
      }
    }
  };
  const addParty = (lists: ReturnType<typeof newPairLists>, ids: readonly string[], position: number) => {
    const seen: string[] = [];
    for (const id of ids) {
      if (!seen.includes(id)) push(lists.record, id, position);
      seen.push(id);
    }
    const countries: string[] = [];
    for (const id of ids) for (const x of selfAndCountries(id)) if (!countries.includes(x)) countries.push(x);
    for (const x of countries) push(lists.country, x, position);
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as AnyRecord;
    switch (record.kind) {
      case "relationship": {
        const [a, b] = (record as Relationship).parties;
        addPair(relationships, a, b, i);
        break;
      }
      case "mediation": {
        const [a, b] = (record as Mediation).between;
        addPair(mediations, a, b, i);
        break;
      }
      case "border": {
        const [a, b] = (record as unknown as { parties: [string, string] }).parties;
        addPair(borders, a, b, i);
        break;
      }
      case "trade-target": {
        const [a, b] = (record as TradeTarget).parties;
        addPair(tradeTargets, a, b, i);
        break;
      }
      case "trade-flow": {
        const flow = record as TradeFlow;
        if (flow.reporter !== flow.partner) addPair(tradeFlows, flow.reporter, flow.partner, i);
        break;
      }
      case "project":
        addParty(projectsByParty, (record as Project).parties, i);
        break;
      case "sanction": {
        const sanction = record as Sanction;
        addParty(sanctionsByTarget, sanction.targets, i);
        addParty(sanctionsByIssuer, [sanction.authority], i);
        for (const effect of sanction.effects ?? []) {
          if (effect.effect === "blocks-project") {
            const list = blockers.get(effect.project);
            if (list === undefined) blockers.set(effect.project, [i]);
            else if (!list.includes(i)) list.push(i);
          } else if (effect.effect === "constrains-trade") {
            const [a, b] = effect.parties;
            const key = pairKey(a, b);
            for (const lists of [tradeConstraints.record, tradeConstraints.country]) {
              const list = lists.get(key);
              if (list === undefined) lists.set(key, [i]);
              else if (!list.includes(i)) list.push(i);
            }
          }
        }
        break;
      }
      case "place": {
        const place = record as Place;
        if (place.within !== undefined) {
          const children = placeChildren.get(place.within);
          if (children === undefined) placeChildren.set(place.within, [place.id]);
          else children.push(place.id);
        }
        break;
      }
      case "organization":
        for (const place of (record as Organization).activeIn ?? []) push(activeIn, place, i);
        break;
      default:
        break;
    }
  }
  return {
    records,
    positionOf,
    byKind,
    kindCache: new Map(),
    countryByCode,
    attributor,
    events,
    starts,
    ends,
    datedCount,
    byDuration: byDuration.map((positions) => {
      const ids = Int32Array.from(positions);
      let span = 0;
      for (const position of ids) {
        const start = starts[position] as number;
        if (start !== INFINITY) span = Math.max(span, (ends[position] as number) - start);
      }
      return { ids, span };
    }),
    quadValue,
    quadBasis,
    hasRecipients,
    partyCodes,
    byParty: { actor: families[ACTOR] as Csr, recipient: families[RECIPIENT] as Csr },
    category: { codes: categoryCodes, csr: families[CATEGORY] as Csr },
    context: { codes: contextCodes, csr: families[CONTEXT] as Csr },
    quadClass: families[QUAD] as Csr,
    location: { codes: locationCodes, csr: families[LOCATION] as Csr },
    relationships,
    mediations,
    borders,
    tradeTargets,
    tradeFlows,
    projectsByParty: projectsByParty as PartyLists,
    sanctionsByTarget: sanctionsByTarget as PartyLists,
    sanctionsByIssuer: sanctionsByIssuer as PartyLists,
    tradeConstraints,
    blockers,
    placeChildren,
    activeIn,
  };
}
