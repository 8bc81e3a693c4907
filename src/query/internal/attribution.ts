import type { Organization } from "../../model/organization.js";
import type { Person, Position } from "../../model/person.js";
import { periodInterval } from "../../time/period.js";

const NONE: readonly string[] = Object.freeze([]);
const MAX_PARENT_DEPTH = 32;

type Lookup = (id: string) => { readonly kind: string } | undefined;

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * Works out the countries an actor belongs to (see `Attribution`): a country is itself, an organisation its
 * `country` or its parent chain's, a person the country of the positions held at a date, else their
 * nationalities. Results that do not depend on a date are cached.
 * @internal
 */
export class Attributor {
  readonly #lookup: Lookup;
  readonly #countries = new Map<string, readonly string[]>();
  readonly #organizations = new Map<string, readonly string[]>();
  readonly #undatedPeople = new Map<string, readonly string[] | null>();

  constructor(lookup: Lookup) {
    this.#lookup = lookup;
  }

  /**
   * The countries of an actor during `[start, end)`, or for its latest known state when `dated` is false
   * (then only positions without an end count). Unknown ids and kinds belong to no country.
   */
  countriesOf(id: string, dated: boolean, start = 0, end = 0): readonly string[] {
    const record = this.#lookup(id);
    if (record === undefined) return NONE;
    switch (record.kind) {
      case "country": {
        let self = this.#countries.get(id);
        if (self === undefined) {
          self = Object.freeze([id]);
          this.#countries.set(id, self);
        }
        return self;
      }
      case "organization":
        return this.#organizationCountries(id, record as Organization);
      case "person":
        return this.#personCountries(id, record as Person, dated, start, end);
      default:
        return NONE;
    }
  }

  #organizationCountries(id: string, organization: Organization): readonly string[] {
    const cached = this.#organizations.get(id);
    if (cached !== undefined) return cached;
    let result: readonly string[] = NONE;
    let current: Organization | undefined = organization;
    for (let depth = 0; current !== undefined && depth < MAX_PARENT_DEPTH; depth++) {
      if (current.country !== undefined) {
        result = [current.country];
        break;
      }
      const parent: string | undefined = current.parent;
      if (parent === undefined) break;
      const parentRecord = this.#lookup(parent);
      if (parentRecord?.kind === "country") {
        result = [parent];
        break;
      }
      current = parentRecord?.kind === "organization" ? (parentRecord as Organization) : undefined;
    }
    this.#organizations.set(id, result);
    return result;
  }

  /** The countries a position is held for: its `country`, else its organisation's. */
  positionCountries(position: Position): readonly string[] {
    const out: string[] = [];
    this.#positionCountries(position, out);
    return out;
  }

  #positionCountries(position: Position, into: string[]): void {
    if (position.country !== undefined) {
      pushUnique(into, position.country);
      return;
    }
    if (position.organization === undefined) return;
    const organization = this.#lookup(position.organization);
    if (organization?.kind === "country") pushUnique(into, position.organization);
    else if (organization?.kind === "organization") {
      for (const country of this.#organizationCountries(
        position.organization,
        organization as Organization,
      )) {
        pushUnique(into, country);
      }
    }
  }

  #personCountries(
    id: string,
    person: Person,
    dated: boolean,
    start: number,
    end: number,
  ): readonly string[] {
    let cached = this.#undatedPeople.get(id);
    if (cached === undefined) {
      // A person whose positions carry no period has the same countries at every date.
      const positions = person.positions ?? [];
      cached = positions.some((position) => position.period !== undefined)
        ? null
        : this.#fromPositions(person, () => true);
      this.#undatedPeople.set(id, cached);
    }
    if (cached !== null) return cached;
    return this.#fromPositions(person, (position) => {
      if (position.period === undefined) return true;
      if (!dated) return position.period.end === undefined;
      const held = periodInterval(position.period);
      return held.start < end && held.end > start;
    });
  }

  #fromPositions(person: Person, holds: (position: Position) => boolean): readonly string[] {
    const out: string[] = [];
    for (const position of person.positions ?? [])
      if (holds(position)) this.#positionCountries(position, out);
    if (out.length === 0) for (const nationality of person.nationalities ?? []) pushUnique(out, nationality);
    return out.length === 0 ? NONE : out;
  }
}
