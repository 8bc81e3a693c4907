import type { AnyRecord } from "../store.js";

/** What the ids phase finds: each record's position by id, and the positions of each kind. @internal */
export interface IdsPhase {
  /** The position of the record with this id; event ids are mapped on first use. */
  readonly positionOf: (id: string) => number | undefined;
  /** The record with this id, events left out (they are never actors, parties or places). */
  readonly lookup: (id: string) => AnyRecord | undefined;
  readonly byKind: ReadonlyMap<string, readonly number[]>;
  /** The positions of the events, in dataset order. */
  readonly eventRecords: readonly number[];
  /** By ISO 3166-1 alpha-3 code: the id of the first country record with it. */
  readonly countryByCode: ReadonlyMap<string, string>;
}

/** `records[3] (event:x)`: where a record stands, for an error message. @internal */
export function describeRecord(index: number, record: unknown): string {
  const id = typeof record === "object" && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === "string" ? `records[${index}] (${id})` : `records[${index}]`;
}

function duplicate(index: number, record: AnyRecord): Error {
  return new Error(
    `${describeRecord(index, record)}: duplicate id ${JSON.stringify(record.id)} (index a validated dataset)`,
  );
}

function checkRecord(index: number, record: unknown): asserts record is AnyRecord {
  if (
    typeof record !== "object" ||
    record === null ||
    typeof (record as { id?: unknown }).id !== "string" ||
    typeof (record as { kind?: unknown }).kind !== "string"
  ) {
    throw new TypeError(
      `${describeRecord(index, record)}: expected a record with a string id and kind (index a validated dataset)`,
    );
  }
}

/**
 * Maps the ids of records other than events at once (they are few, and actors, parties and places are among
 * them), and those of events when an event is first looked up by id (a million events make a large map
 * that many uses never need). A duplicate id is an error, found then.
 * @internal
 */
export function indexIds(records: readonly AnyRecord[]): IdsPhase {
  const positions = new Map<string, number>();
  const byKind = new Map<string, number[]>();
  const eventRecords: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    checkRecord(i, record);
    if (record.kind === "event") eventRecords.push(i);
    else {
      const size = positions.size;
      positions.set(record.id, i);
      if (positions.size === size) throw duplicate(i, record);
    }
    const list = byKind.get(record.kind);
    if (list === undefined) byKind.set(record.kind, [i]);
    else list.push(i);
  }
  let eventPositions: Map<string, number> | undefined;
  const mapEvents = (): Map<string, number> => {
    const map = new Map<string, number>();
    for (const i of eventRecords) {
      const record = records[i] as AnyRecord;
      const size = map.size;
      map.set(record.id, i);
      if (map.size === size || positions.has(record.id)) throw duplicate(i, record);
    }
    return map;
  };
  const positionOf = (id: string): number | undefined => {
    const position = positions.get(id);
    if (position !== undefined) return position;
    eventPositions ??= mapEvents();
    return eventPositions.get(id);
  };
  const lookup = (id: string): AnyRecord | undefined => {
    const position = positions.get(id);
    return position === undefined ? undefined : records[position];
  };
  return { positionOf, lookup, byKind, eventRecords, countryByCode: countriesByCode(records, byKind) };
}

function countriesByCode(
  records: readonly AnyRecord[],
  byKind: ReadonlyMap<string, readonly number[]>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const position of byKind.get("country") ?? []) {
    const country = records[position] as AnyRecord & { code?: unknown };
    if (typeof country.code === "string" && !out.has(country.code)) out.set(country.code, country.id);
  }
  return out;
}
