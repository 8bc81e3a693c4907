import type { Person } from "../../../model/person.js";
import { periodInterval } from "../../../time/period.js";
import type { Attributor } from "../attribution.js";
import type { AnyRecord } from "../store.js";
import type { EventEntries } from "./pack-postings.js";

/** A person's positions with dated periods, as party codes. */
interface DatedExpansion {
  readonly periods: readonly {
    readonly start: number;
    readonly end: number;
    readonly codes: readonly number[];
  }[];
  readonly fallback: readonly number[];
}

/**
 * Numbers the parties of events (codes `0..size-1`, in order of first sight) and works out the codes an
 * event lists a party under in country attribution: the party itself and the countries it counts for (a
 * country stands for itself only; a person with dated positions, for the countries of the positions held
 * during the event, else their nationalities).
 * @internal
 */
export class PartyCoder {
  readonly codes = new Map<string, number>();
  readonly #expansions: (readonly number[] | DatedExpansion | undefined)[] = [];
  readonly #attributor: Attributor;
  readonly #lookup: (id: string) => AnyRecord | undefined;
  readonly #seen: number[] = [];

  constructor(attributor: Attributor, lookup: (id: string) => AnyRecord | undefined) {
    this.#attributor = attributor;
    this.#lookup = lookup;
  }

  codeOf(id: string): number {
    let code = this.codes.get(id);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(id, code);
    }
    return code;
  }

  /**
   * Adds to an event's entries, under `family`, each distinct code the parties `ids` stand for during
   * `[start, end)` (or, when `dated` is false, in their latest known state).
   */
  addCodes(
    entries: EventEntries,
    family: number,
    ids: readonly string[] | undefined,
    dated: boolean,
    start: number,
    end: number,
  ): void {
    if (ids === undefined) return;
    const seen = this.#seen;
    seen.length = 0;
    for (let i = 0; i < ids.length; i++) {
      const expansion = this.#expansionOf(ids[i] as string);
      const codes = Array.isArray(expansion)
        ? (expansion as readonly number[])
        : datedCodes(expansion as DatedExpansion, dated, start, end);
      for (const code of codes) {
        if (!seen.includes(code)) {
          seen.push(code);
          entries.add(family, code);
        }
      }
    }
  }

  #expansionOf(id: string): readonly number[] | DatedExpansion {
    const code = this.codeOf(id);
    let expansion = this.#expansions[code];
    if (expansion === undefined) {
      const record = this.#lookup(id);
      const person = record?.kind === "person" ? (record as Person) : undefined;
      expansion =
        person?.positions?.some((position) => position.period !== undefined) === true
          ? this.#datedExpansion(id, person)
          : this.#expansion(id, this.#attributor.countriesOf(id, false));
      this.#expansions[code] = expansion;
    }
    return expansion;
  }

  #expansion(id: string, countries: readonly string[]): number[] {
    const out = countries.length === 1 && countries[0] === id ? [] : [this.codeOf(id)];
    for (const country of countries) {
      const countryCode = this.codeOf(country);
      if (!out.includes(countryCode)) out.push(countryCode);
    }
    return out;
  }

  #datedExpansion(id: string, person: Person): DatedExpansion {
    const periods: { start: number; end: number; codes: readonly number[] }[] = [];
    for (const position of person.positions ?? []) {
      const countries = this.#attributor.positionCountries(position);
      if (countries.length === 0) continue;
      const held = periodInterval(position.period);
      periods.push({ start: held.start, end: held.end, codes: this.#expansion(id, countries) });
    }
    return { periods, fallback: this.#expansion(id, person.nationalities ?? []) };
  }
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
