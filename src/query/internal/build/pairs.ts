import type { Attributor } from "../attribution.js";
import type { RecordRoles } from "../record-roles.js";
import { type AnyRecord, type PositionLists, pairKey } from "../store.js";

/** Record positions under a key, built up. @internal */
export interface GrowingLists {
  readonly country: Map<string, number[]>;
  readonly record: Map<string, number[]>;
}

/** Appends a position to a key's list, once. @internal */
export function pushOnce(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** A party and the countries it counts for (see `Attribution`), without repeats. @internal */
export function selfAndCountries(attributor: Attributor, id: string): string[] {
  const out = [id];
  for (const country of attributor.countriesOf(id, false)) if (!out.includes(country)) out.push(country);
  return out;
}

/**
 * Lists the records of every kind with a dyad field (its {@link RecordRoles.pair}) by that pair: in record
 * attribution under the two ids, in country attribution under every pair of a party or its countries (the
 * parties' latest known state) with the other's, a country never paired with itself.
 * @internal
 */
export function indexPairs(
  records: readonly AnyRecord[],
  byKind: ReadonlyMap<string, readonly number[]>,
  roles: ReadonlyMap<string, RecordRoles>,
  attributor: Attributor,
): Map<string, PositionLists> {
  const out = new Map<string, PositionLists>();
  for (const [kind, role] of roles) {
    if (role.pair === undefined) continue;
    const lists: GrowingLists = { country: new Map(), record: new Map() };
    for (const position of byKind.get(kind) ?? []) {
      const pair = (records[position] as AnyRecord)[role.pair];
      if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "string") continue;
      pushOnce(lists.record, pairKey(pair[0], pair[1]), position);
      for (const x of selfAndCountries(attributor, pair[0])) {
        for (const y of selfAndCountries(attributor, pair[1])) {
          if (x !== y) pushOnce(lists.country, pairKey(x, y), position);
        }
      }
    }
    out.set(kind, lists);
  }
  return out;
}
