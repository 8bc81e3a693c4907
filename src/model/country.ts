import { z } from "zod";
import { CountryCodeSchema } from "../codes/country.js";
import { entityShape } from "./base.js";

/**
 * A sovereign state, identified by its ISO 3166-1 alpha-3 code. By convention its id is `country:` and the
 * code (`country:IRN`).
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#country).
 *
 * @category Entities
 * @example
 * ```ts
 * import { CountrySchema } from "bilateral";
 * CountrySchema.parse({ id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" });
 * ```
 */
export const CountrySchema = z.strictObject({
  ...entityShape("country"),
  /** The country's ISO 3166-1 alpha-3 code (`IRN`). */
  code: CountryCodeSchema.meta({ description: "The country's ISO 3166-1 alpha-3 code (`IRN`)." }),
});

/**
 * A country record (see {@link CountrySchema}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Country } from "bilateral";
 * const iran: Country = { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" };
 * ```
 */
export interface Country extends z.output<typeof CountrySchema> {}

/**
 * A country record as written, before parsing.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CountryInput } from "bilateral";
 * const usa: CountryInput = { id: "country:USA", kind: "country", name: "United States", code: "USA" };
 * ```
 */
export interface CountryInput extends z.input<typeof CountrySchema> {}
