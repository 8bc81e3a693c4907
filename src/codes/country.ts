/*
 * Country codes. ISO 3166-1 (alpha-2, alpha-3, numeric, names) comes from the `iso-3166` package (wooorm,
 * MIT). COW and FIPS 10-4 come from generated tables (./tables/cow.generated.ts, ./tables/fips.generated.ts;
 * sources and licences in their headers and in NOTICE). CAMEO actor country codes are taken to be the ISO
 * alpha-3 codes (see {@link CountrySystem}).
 */
import { iso31661 } from "iso-3166/1.js";
import { z } from "zod";
import { addIssue } from "../core/issue.js";
import { quoteForMessage } from "./internal.js";
import { COW_STATES } from "./tables/cow.generated.js";
import { FIPS_TO_ISO3 } from "./tables/fips.generated.js";

/**
 * A country coding system the crosswalk knows:
 * - `iso3`: ISO 3166-1 alpha-3 (canonical in `bilateral`), `iso2`: ISO 3166-1 alpha-2;
 * - `m49`: ISO 3166-1 numeric, which is the UN M49 code for the countries M49 lists, as a three-digit
 *   string (`"004"`); numbers are accepted as input;
 * - `cow-numeric` and `cow-letters`: Correlates of War state codes (`2`, `"USA"`); historical COW states with
 *   no ISO 3166-1 country (GDR, Czechoslovakia, Zanzibar...) and Kosovo are not mapped, and COW 345
 *   (Yugoslavia) maps to Serbia, for which COW keeps that code;
 * - `fips`: FIPS 10-4, as in GDELT's `*Geo_CountryCode` fields (`"BO"` is Belarus, not Bolivia);
 * - `cameo`: CAMEO actor country codes, taken to equal ISO alpha-3 for every assigned ISO code. Exceptions in
 *   GDELT's CAMEO.country.txt (not available here) are not covered, and CAMEO regional codes such as `AFR`
 *   or `EUR` are not countries, so they are not mapped.
 *
 * @category Codes
 * @example
 * ```ts
 * import { toIso3, type CountrySystem } from "bilateral";
 * const system: CountrySystem = "fips";
 * toIso3("BO", system); //=> "BLR"
 * ```
 */
export type CountrySystem = "iso2" | "iso3" | "m49" | "cow-numeric" | "cow-letters" | "fips" | "cameo";

/**
 * Every code of one country, as returned by {@link crosswalk}. Optional fields are absent when the country
 * has no code in that system.
 *
 * @category Codes
 * @example
 * ```ts
 * import { crosswalk, type CountryCrosswalk } from "bilateral";
 * const iran: CountryCrosswalk | undefined = crosswalk("IRN");
 * iran?.cowNumeric; //=> 630
 * ```
 */
export interface CountryCrosswalk {
  /** ISO 3166-1 alpha-3. */
  readonly iso3: string;
  /** ISO 3166-1 alpha-2. */
  readonly iso2: string;
  /** ISO 3166-1 numeric / UN M49, three digits. */
  readonly m49: string;
  /** Correlates of War numeric state code. */
  readonly cowNumeric?: number;
  /** Correlates of War letter code (state abbreviation). */
  readonly cowLetters?: string;
  /** FIPS 10-4 country code. */
  readonly fips?: string;
  /** CAMEO actor country code (the ISO alpha-3 code; see {@link CountrySystem}). */
  readonly cameo?: string;
  /** ISO 3166-1 English short name. */
  readonly name: string;
}

interface CountryIndex {
  readonly byIso3: Map<string, CountryCrosswalk>;
  readonly iso2: Map<string, string>;
  readonly m49: Map<string, string>;
  readonly cowNumeric: Map<number, string>;
  readonly cowLetters: Map<string, string>;
  readonly fips: Map<string, string>;
}

let index: CountryIndex | undefined;

function getIndex(): CountryIndex {
  if (index) return index;
  const cowByIso3 = new Map<string, { code: number; letters: string }>();
  const cowNumeric = new Map<number, string>();
  const cowLetters = new Map<string, string>();
  for (const [code, letters, iso3] of COW_STATES) {
    if (iso3 === null) continue;
    cowByIso3.set(iso3, { code, letters });
    cowNumeric.set(code, iso3);
    cowLetters.set(letters, iso3);
  }
  const fipsByIso3 = new Map<string, string>();
  const fips = new Map<string, string>();
  for (const [code, iso3] of FIPS_TO_ISO3) {
    fipsByIso3.set(iso3, code);
    fips.set(code, iso3);
  }
  const byIso3 = new Map<string, CountryCrosswalk>();
  const iso2 = new Map<string, string>();
  const m49 = new Map<string, string>();
  for (const entry of iso31661) {
    const cow = cowByIso3.get(entry.alpha3);
    const fipsCode = fipsByIso3.get(entry.alpha3);
    byIso3.set(
      entry.alpha3,
      Object.freeze({
        iso3: entry.alpha3,
        iso2: entry.alpha2,
        m49: entry.numeric,
        ...(cow ? { cowNumeric: cow.code, cowLetters: cow.letters } : {}),
        ...(fipsCode ? { fips: fipsCode } : {}),
        cameo: entry.alpha3,
        name: entry.name,
      }),
    );
    iso2.set(entry.alpha2, entry.alpha3);
    m49.set(entry.numeric, entry.alpha3);
  }
  index = { byIso3, iso2, m49, cowNumeric, cowLetters, fips };
  return index;
}

/**
 * Tells whether a string is an assigned ISO 3166-1 alpha-3 country code. Upper-case only: `"usa"` is not.
 *
 * @category Codes
 * @example
 * ```ts
 * import { isCountryCode } from "bilateral";
 * isCountryCode("PAK"); //=> true
 * isCountryCode("pak"); //=> false
 * isCountryCode("EUR"); //=> false (a CAMEO region, not a country)
 * ```
 */
export function isCountryCode(code: string): boolean {
  return typeof code === "string" && getIndex().byIso3.has(code);
}

function m49Key(code: string | number): string | undefined {
  if (typeof code === "number") {
    return Number.isInteger(code) && code >= 0 && code <= 999 ? String(code).padStart(3, "0") : undefined;
  }
  return /^\d{3}$/.test(code) ? code : undefined;
}

function cowKey(code: string | number): number | undefined {
  if (typeof code === "number") return Number.isInteger(code) ? code : undefined;
  return /^[1-9]\d{0,2}$/.test(code) ? Number(code) : undefined;
}

/**
 * Converts a code of another system to the ISO 3166-1 alpha-3 code, or `undefined` when the code is not a
 * country in that system. Letter codes are case-sensitive (upper-case); M49 strings have three digits
 * (`"004"`), and numbers are accepted for the numeric systems.
 *
 * @category Codes
 * @example
 * ```ts
 * import { toIso3 } from "bilateral";
 * toIso3("PK", "iso2"); //=> "PAK"
 * toIso3(364, "m49"); //=> "IRN"
 * toIso3("630", "cow-numeric"); //=> "IRN"
 * toIso3("AUS", "cow-letters"); //=> "AUT" (COW's Austria)
 * toIso3("BO", "fips"); //=> "BLR"
 * toIso3("AFR", "cameo"); //=> undefined
 * ```
 */
export function toIso3(code: string | number, from: CountrySystem): string | undefined {
  if (typeof code !== "string" && typeof code !== "number") return undefined;
  const idx = getIndex();
  switch (from) {
    case "iso3":
    case "cameo":
      return typeof code === "string" && idx.byIso3.has(code) ? code : undefined;
    case "iso2":
      return typeof code === "string" ? idx.iso2.get(code) : undefined;
    case "m49": {
      const key = m49Key(code);
      return key === undefined ? undefined : idx.m49.get(key);
    }
    case "cow-numeric": {
      const key = cowKey(code);
      return key === undefined ? undefined : idx.cowNumeric.get(key);
    }
    case "cow-letters":
      return typeof code === "string" ? idx.cowLetters.get(code) : undefined;
    case "fips":
      return typeof code === "string" ? idx.fips.get(code) : undefined;
    default:
      return undefined;
  }
}

/**
 * Converts an ISO 3166-1 alpha-3 code to the code of another system, as a string (`"840"`, `"2"`), or
 * `undefined` when the country has no code there or the input is not an assigned alpha-3 code.
 *
 * @category Codes
 * @example
 * ```ts
 * import { fromIso3 } from "bilateral";
 * fromIso3("USA", "iso2"); //=> "US"
 * fromIso3("USA", "m49"); //=> "840"
 * fromIso3("USA", "cow-numeric"); //=> "2"
 * fromIso3("PAK", "fips"); //=> "PK"
 * ```
 */
export function fromIso3(iso3: string, to: CountrySystem): string | undefined {
  const entry = typeof iso3 === "string" ? getIndex().byIso3.get(iso3) : undefined;
  if (!entry) return undefined;
  switch (to) {
    case "iso3":
      return entry.iso3;
    case "iso2":
      return entry.iso2;
    case "m49":
      return entry.m49;
    case "cow-numeric":
      return entry.cowNumeric === undefined ? undefined : String(entry.cowNumeric);
    case "cow-letters":
      return entry.cowLetters;
    case "fips":
      return entry.fips;
    case "cameo":
      return entry.cameo;
    default:
      return undefined;
  }
}

/**
 * The ISO 3166-1 English short name of a country (`"Iran, Islamic Republic of"`), or `undefined`.
 *
 * @category Codes
 * @example
 * ```ts
 * import { countryName } from "bilateral";
 * countryName("PAK"); //=> "Pakistan"
 * ```
 */
export function countryName(iso3: string): string | undefined {
  return typeof iso3 === "string" ? getIndex().byIso3.get(iso3)?.name : undefined;
}

/**
 * Every code of one country across the systems of {@link CountrySystem}, or `undefined` when the input is
 * not an assigned ISO 3166-1 alpha-3 code. The returned object is frozen.
 *
 * @category Codes
 * @example
 * ```ts
 * import { crosswalk } from "bilateral";
 * crosswalk("USA");
 * //=> { iso3: "USA", iso2: "US", m49: "840", cowNumeric: 2, cowLetters: "USA", fips: "US",
 * //     cameo: "USA", name: "United States of America" }
 * ```
 */
export function crosswalk(iso3: string): CountryCrosswalk | undefined {
  return typeof iso3 === "string" ? getIndex().byIso3.get(iso3) : undefined;
}

function countryCodeMessage(value: string): string {
  const message = `${quoteForMessage(value)} is not an ISO 3166-1 alpha-3 country code`;
  const upper = value.toUpperCase();
  if (upper !== value && isCountryCode(upper)) return `${message} (codes are upper-case: "${upper}")`;
  const fromAlpha2 = toIso3(upper, "iso2");
  if (fromAlpha2 !== undefined)
    return `${message} (ISO alpha-2 ${quoteForMessage(upper)} is "${fromAlpha2}")`;
  return message;
}

/**
 * A string that is an assigned ISO 3166-1 alpha-3 country code, upper-case (`"IRN"`). Anything else fails
 * with an issue whose `params.code` is `invalid_country_code`.
 *
 * @category Codes
 * @example
 * ```ts
 * import { CountryCodeSchema } from "bilateral";
 * CountryCodeSchema.parse("IRN"); //=> "IRN"
 * CountryCodeSchema.safeParse("XYZ").success; //=> false
 * ```
 */
export const CountryCodeSchema = z
  .string()
  .check((ctx) => {
    if (!isCountryCode(ctx.value)) {
      addIssue(ctx, {
        code: "invalid_country_code",
        message: countryCodeMessage(ctx.value),
        input: ctx.value,
      });
    }
  })
  .meta({
    description: "ISO 3166-1 alpha-3 country code",
    enum: iso31661.map((entry) => entry.alpha3).sort(),
  });
