import { OptionError, UnknownIdError } from "../../core/errors.js";
import type { Attribution, AttributionOptions } from "../options.js";
import type { IndexData, PairLists, PartyLists } from "./store.js";
import { pairKey } from "./store.js";

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
  if (data.positionOf(id) === undefined) throw new UnknownIdError(id);
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

/** Record positions listed under an unordered pair. @internal */
export function pairRecords(lists: PairLists, a: string, b: string, mode: Attribution): readonly number[] {
  return (mode === "country" ? lists.country : lists.record).get(pairKey(a, b)) ?? [];
}

/** Record positions listed under a party. @internal */
export function partyRecords(lists: PartyLists, id: string, mode: Attribution): readonly number[] {
  return (mode === "country" ? lists.country : lists.record).get(id) ?? [];
}

/** The ids a party stands for under an attribution mode: itself, and in country mode its countries. @internal */
export function partyIds(data: IndexData, id: string, mode: Attribution): readonly string[] {
  if (mode === "record") return [id];
  const out = [id];
  for (const country of data.attributor.countriesOf(id, false)) if (!out.includes(country)) out.push(country);
  return out;
}
