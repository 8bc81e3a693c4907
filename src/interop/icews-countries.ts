/*
 * ICEWS country names -> ISO 3166-1 alpha-3. Most ICEWS names are ISO 3166-1 English short names (from the
 * `iso-3166` package), compared without case, accents or punctuation. The alias table below covers the ICEWS
 * spellings that are not: we checked every country name ICEWS uses, as listed in
 * https://github.com/andybega/icews  data-raw/country-to-gwcode-mapping.R (commit 4a70b7c42ce16bbe5b014a47e556f8ebc30ac501,
 * MIT, (c) Andreas Beger), against the ISO names, and added the short names ICEWS uses for actors ("Russia" in
 * Target Name where Target Country says "Russian Federation").
 * Not mapped, on purpose: "Aeolian Islands" and "Bavaria" (parts of countries), "Kosovo" (no ISO 3166-1 code)
 * and "Netherlands Antilles" (dissolved in 2010; its code ANT was withdrawn).
 */
import { iso31661 } from "iso-3166/1.js";

/**
 * ICEWS country spellings that are not ISO 3166-1 short names, with their ISO alpha-3 codes.
 *
 * @category Interop
 * @example
 * ```ts
 * import { ICEWS_COUNTRY_ALIASES } from "bilateral/interop";
 * ICEWS_COUNTRY_ALIASES["Occupied Palestinian Territory"]; //=> "PSE"
 * ```
 */
export const ICEWS_COUNTRY_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  Bolivia: "BOL",
  Bonaire: "BES",
  "British Virgin Islands": "VGB",
  Brunei: "BRN",
  "Cape Verde": "CPV",
  "Cook Island": "COK",
  "Czech Republic": "CZE",
  "Democratic Republic of Congo": "COD",
  "Falkland Islands": "FLK",
  Iran: "IRN",
  Laos: "LAO",
  Micronesia: "FSM",
  Netherlands: "NLD",
  "North Korea": "PRK",
  "Occupied Palestinian Territory": "PSE",
  "Palestinian Territory, Occupied": "PSE",
  Russia: "RUS",
  "Saint Helena": "SHN",
  "Sint Maarten": "SXM",
  "South Korea": "KOR",
  Swaziland: "SWZ",
  Syria: "SYR",
  Taiwan: "TWN",
  Tanzania: "TZA",
  "the former Yugoslav Republic of Macedonia": "MKD",
  Macedonia: "MKD",
  Moldova: "MDA",
  Turkey: "TUR",
  "U.S. Virgin Islands": "VIR",
  "United Kingdom": "GBR",
  "United States": "USA",
  Venezuela: "VEN",
  Vietnam: "VNM",
});

function normalize(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

let index: Map<string, string> | undefined;

function getIndex(): Map<string, string> {
  if (index !== undefined) return index;
  index = new Map();
  for (const entry of iso31661) index.set(normalize(entry.name), entry.alpha3);
  for (const [name, code] of Object.entries(ICEWS_COUNTRY_ALIASES)) index.set(normalize(name), code);
  return index;
}

/**
 * The ISO 3166-1 alpha-3 code of a country as ICEWS names it ("Russian Federation", "Iran", "Occupied
 * Palestinian Territory"), or `undefined` for a name that is not a country (`NA`, "Kosovo", "Bavaria").
 *
 * @category Interop
 * @example
 * ```ts
 * import { icewsCountryCode } from "bilateral/interop";
 * icewsCountryCode("Russian Federation"); //=> "RUS"
 * icewsCountryCode("Iran"); //=> "IRN"
 * icewsCountryCode("Côte d'Ivoire"); //=> "CIV"
 * icewsCountryCode("Kosovo"); //=> undefined
 * ```
 */
export function icewsCountryCode(name: string): string | undefined {
  if (typeof name !== "string" || name.length > 100) return undefined;
  return getIndex().get(normalize(name));
}
