export type { CameoGoldsteinTable, CameoPloverEntry } from "./cameo.js";
export {
  CAMEO_QUAD_CLASS_BY_ROOT,
  CAMEO_QUAD_CLASS_TABLE,
  CAMEO_TO_PLOVER,
  CameoCodeSchema,
  cameoDescription,
  cameoGoldstein,
  cameoQuadClass,
  cameoToPlover,
  isCameoCode,
} from "./cameo.js";
export { COMTRADE_AREAS, COMTRADE_COUNTRY_CODES, type ComtradeArea } from "./comtrade-areas.js";
export type { CountryCrosswalk, CountrySystem } from "./country.js";
export { CountryCodeSchema, countryName, crosswalk, fromIso3, isCountryCode, toIso3 } from "./country.js";
export { CurrencyCodeSchema, currencyName, isCurrencyCode } from "./currency.js";
export type { PloverCategory, PloverContext, PloverMode, PloverModes } from "./plover.js";
export {
  isPloverCategory,
  isPloverContext,
  isPloverMode,
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  PLOVER_LEGACY_CATEGORY_NAMES,
  PLOVER_MODES,
  PLOVER_QUAD_CLASS,
  PLOVER_QUAD_CLASS_TABLE,
} from "./plover.js";
export type { SanctionMeasure } from "./sanction-measures.js";
export { SANCTION_MEASURES, SanctionMeasureSchema } from "./sanction-measures.js";
export {
  isSubdivisionCode,
  SubdivisionCodeSchema,
  subdivisionCountry,
  subdivisionName,
} from "./subdivision.js";
