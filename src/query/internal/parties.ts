import { OptionError } from "../../core/errors.js";
import type { Attribution, AttributionOptions } from "../options.js";
import { type IndexData, type PositionLists, pairKey } from "./store.js";
import { unknownIdError } from "./unknown-id.js";

/** The attribution mode of a query's options, checked. @internal */
export function attributionOf(options: AttributionOptions): Attribution {
  const mode = options.attribution ?? "country";
  if (mode !== "country" && mode !== "record") {
    throw new OptionError("attribution", `attribution: ${JSON.stringify(mode)} is not "country" or "record"`);
  }
  return mode;
}

/** Checks that a party id names a record of the dataset. @internal */
export function checkParty(data: IndexData, id: unknown, option: string): string {
  if (typeof id !== "string")
    throw new OptionError(option, `${option}: expected a record id, got ${typeof id}`);
  if (data.positionOf(id) === undefined) throw unknownIdError(data, id);
  return id;
}

/** Checks a pair of distinct party ids. @internal */
export function checkPair(data: IndexData, pair: unknown, option: string): readonly [string, string] {
  if (!Array.isArray(pair) || pair.length !== 2)
    throw new OptionError(option, `${option}: expected two record ids`);
  const a = checkParty(data, pair[0], option);
  const b = checkParty(data, pair[1], option);
  if (a === b)
    throw new OptionError(
      option,
      `${option}: a dyad needs two distinct parties, got ${JSON.stringify(a)} twice`,
    );
  return [a, b];
}

const NONE: readonly number[] = Object.freeze([]);

function listsIn(lists: PositionLists | undefined, key: string, mode: Attribution): readonly number[] {
  return (mode === "country" ? lists?.country : lists?.record)?.get(key) ?? NONE;
}

/**
 * The positions of the records of a kind whose dyad field (see `RecordRoles.pair`) is the unordered pair
 * `a`, `b`, in dataset order. @internal
 */
export function pairRecords(
  data: IndexData,
  kind: string,
  a: string,
  b: string,
  mode: Attribution,
): readonly number[] {
  return listsIn(data.pairs.get(kind), pairKey(a, b), mode);
}

/**
 * The positions of the records of a kind whose reference field `field` holds `id` (in country attribution,
 * or an id counting for it), in dataset order. @internal
 */
export function partyRecords(
  data: IndexData,
  kind: string,
  field: string,
  id: string,
  mode: Attribution,
): readonly number[] {
  return listsIn(data.references.get(kind)?.get(field), id, mode);
}

/**
 * The positions of the records of a kind whose field `first` holds `a` and `second` holds `b`, or the other
 * way round (a trade flow's reporter and partner), in dataset order. @internal
 */
export function fieldPairRecords(
  data: IndexData,
  kind: string,
  [first, second]: readonly [string, string],
  a: string,
  b: string,
  mode: Attribution,
): number[] {
  const hasB = new Set(partyRecords(data, kind, second, b, mode));
  const hasA = new Set(partyRecords(data, kind, second, a, mode));
  const out = new Set<number>();
  for (const position of partyRecords(data, kind, first, a, mode)) if (hasB.has(position)) out.add(position);
  for (const position of partyRecords(data, kind, first, b, mode)) if (hasA.has(position)) out.add(position);
  return [...out].sort((x, y) => x - y);
}

/** The ids a party stands for under an attribution mode: itself, and in country mode its countries. @internal */
export function partyIds(data: IndexData, id: string, mode: Attribution): readonly string[] {
  if (mode === "record") return [id];
  const out = [id];
  for (const country of data.attributor.countriesOf(id, false)) if (!out.includes(country)) out.push(country);
  return out;
}
