/*
 * UN Comtrade partner and reporter codes that are not ISO 3166-1 countries, and Comtrade's own numeric codes
 * for countries whose ISO 3166-1 numeric code differs. Derived from UN Comtrade's list of partner areas
 * (comtrade.un.org/Data/cache/partnerAreas.json, the code list of the legacy API, which the v1 API keeps) as
 * reproduced in public code, and from the v1 API's own responses for the alphabetic codes (W00, S19, _X).
 * Credited in NOTICE. Former states (the USSR, Czechoslovakia, Yugoslavia...) are areas here: they have no
 * ISO 3166-1 code today.
 */

/**
 * UN Comtrade's partner areas that are not countries, by Comtrade code: the World (`0`, `W00`), the
 * "not elsewhere specified" areas (`490` Other Asia, nes; `899` Areas, nes...), bunkers, free zones and
 * special categories, economic groups (EU, SACU) and former states. `kind` says which; `alpha` is the v1
 * API's alphabetic code where one is known. A Comtrade flow with such a partner is held with a
 * `partnerArea` (see `TradeFlowSchema`); a reporter's trade with the World is the denominator of its shares.
 *
 * @category Codes
 * @example
 * ```ts
 * import { COMTRADE_AREAS } from "bilateral";
 * COMTRADE_AREAS["0"]; //=> { name: "World", kind: "world", alpha: "W00" }
 * COMTRADE_AREAS["490"]?.name; //=> "Other Asia, nes"
 * ```
 */
export const COMTRADE_AREAS: Readonly<Record<string, ComtradeArea>> = Object.freeze({
  "0": { name: "World", kind: "world", alpha: "W00" },
  "97": { name: "EU-28", kind: "group" },
  "58": { name: "Belgium-Luxembourg", kind: "former" },
  "129": { name: "Caribbean, nes", kind: "nes" },
  "200": { name: "Czechoslovakia", kind: "former" },
  "221": { name: "Eastern Europe, nes", kind: "nes" },
  "230": { name: "Fmr Ethiopia", kind: "former" },
  "278": { name: "Fmr Dem. Rep. of Germany", kind: "former" },
  "280": { name: "Fmr Fed. Rep. of Germany", kind: "former" },
  "290": { name: "Northern Africa, nes", kind: "nes" },
  "457": { name: "Sarawak", kind: "former" },
  "459": { name: "Peninsula Malaysia", kind: "former" },
  "461": { name: "Sabah", kind: "former" },
  "471": { name: "CACM, nes", kind: "nes" },
  "472": { name: "Africa CAMEU region, nes", kind: "nes" },
  "473": { name: "LAIA, nes", kind: "nes" },
  "490": { name: "Other Asia, nes", kind: "nes", alpha: "S19" },
  "492": { name: "Europe EU, nes", kind: "nes" },
  "527": { name: "Oceania, nes", kind: "nes" },
  "530": { name: "Neth. Antilles", kind: "former" },
  "532": { name: "Neth. Antilles and Aruba", kind: "former" },
  "536": { name: "Neutral Zone", kind: "special" },
  "568": { name: "Other Europe, nes", kind: "nes" },
  "577": { name: "Other Africa, nes", kind: "nes" },
  "582": { name: "Fmr Pacific Isds", kind: "former" },
  "588": { name: "East and West Pakistan", kind: "former" },
  "590": { name: "Fmr Panama, excl.Canal Zone", kind: "former" },
  "592": { name: "Fmr Panama-Canal-Zone", kind: "former" },
  "636": { name: "Rest of America, nes", kind: "nes" },
  "637": { name: "North America and Central America, nes", kind: "nes" },
  "647": { name: "Ryukyu Isd", kind: "former" },
  "658": { name: "Saint Kitts, Nevis and Anguilla", kind: "former" },
  "697": { name: "Europe EFTA, nes", kind: "nes" },
  "698": { name: "Sikkim", kind: "former" },
  "711": { name: "So. African Customs Union", kind: "group" },
  "717": { name: "Fmr Rhodesia Nyas", kind: "former" },
  "720": { name: "Fmr Dem. Yemen", kind: "former" },
  "810": { name: "Fmr USSR", kind: "former" },
  "835": { name: "Fmr Tanganyika", kind: "former" },
  "836": { name: "Fmr Zanzibar and Pemba Isd", kind: "former" },
  "837": { name: "Bunkers", kind: "special" },
  "838": { name: "Free Zones", kind: "special" },
  "839": { name: "Special Categories", kind: "special" },
  "849": { name: "US Misc. Pacific Isds", kind: "nes" },
  "866": { name: "Fmr Dem. Rep. of Vietnam", kind: "former" },
  "868": { name: "Fmr Rep. of Vietnam", kind: "former" },
  "879": { name: "Western Asia, nes", kind: "nes" },
  "886": { name: "Fmr Arab Rep. of Yemen", kind: "former" },
  "890": { name: "Fmr Yugoslavia", kind: "former" },
  "891": { name: "Serbia and Montenegro", kind: "former" },
  "899": { name: "Areas, nes", kind: "nes", alpha: "_X" },
});

/**
 * One entry of {@link COMTRADE_AREAS}: the name Comtrade gives the area, what kind of area it is (`world`;
 * `nes`, a "not elsewhere specified" area; `special`, bunkers, free zones, special categories and the like;
 * `group`, an economic group; `former`, a former state or territory), and the v1 API's alphabetic code when
 * known.
 *
 * @category Codes
 * @example
 * ```ts
 * import type { ComtradeArea } from "bilateral";
 * const bunkers: ComtradeArea = { name: "Bunkers", kind: "special" };
 * ```
 */
export interface ComtradeArea {
  readonly name: string;
  readonly kind: "world" | "nes" | "special" | "group" | "former";
  readonly alpha?: string;
}

/**
 * UN Comtrade's numeric codes for countries whose code is not their ISO 3166-1 numeric code (Comtrade codes
 * some countries with the territories it counts with them: 842 the USA, 699 India, 757 Switzerland with
 * Liechtenstein, 251 France with Monaco, 579 Norway with Svalbard), with the ISO 3166-1 alpha-3 code.
 *
 * @category Codes
 * @example
 * ```ts
 * import { COMTRADE_COUNTRY_CODES } from "bilateral";
 * COMTRADE_COUNTRY_CODES["842"]; //=> "USA"
 * COMTRADE_COUNTRY_CODES["699"]; //=> "IND"
 * ```
 */
export const COMTRADE_COUNTRY_CODES: Readonly<Record<string, string>> = Object.freeze({
  "251": "FRA",
  "356": "IND",
  "381": "ITA",
  "579": "NOR",
  "699": "IND",
  "736": "SDN",
  "757": "CHE",
  "841": "USA",
  "842": "USA",
});
