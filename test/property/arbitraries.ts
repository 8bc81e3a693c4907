/**
 * fast-check arbitraries that generate valid `bilateral` datasets: every record kind, every PLOVER category
 * and mode, partial dates of every precision, money in many currencies, names in many scripts (right-to-left,
 * combining marks, emoji, astral characters, lone surrogates), references that resolve (often forward), dated
 * histories in time order.
 *
 * Every value is built to be valid by construction, never filtered through the library: a property that finds
 * a generated dataset invalid has found a disagreement between this model of the rules and `src/`.
 *
 * Numbers never include -0: JSON writes -0 as `0`, so a dataset holding -0 is not byte-for-byte
 * round-trippable (see docs/hostile-inputs.md, where -0 is tested on its own).
 */

import {
  CLAIM_TYPES,
  type Dataset,
  type DatasetRecord,
  intervalOf,
  isCameoCode,
  isCountryCode,
  isCurrencyCode,
  isSubdivisionCode,
  MEDIATION_STATUSES,
  OBLIGATIONS,
  ORGANIZATION_TYPES,
  PLACE_TYPES,
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  PLOVER_MODES,
  POSITION_ROLES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  QUANTITY_UNITS,
  RELATIONSHIP_TYPES,
  SANCTION_MEASURES,
  SANCTION_OBJECTIVES,
  SANCTION_STATUSES,
  SOURCE_TYPES,
  STANCES,
  startOf,
  TRADE_DIRECTIONS,
  TRADE_FLOWS,
  TRENDS,
} from "bilateral";
import { data as currencyData } from "currency-codes";
import fc from "fast-check";
import { iso31661 } from "iso-3166";
import { iso31662 } from "iso-3166/2.js";

type Json = Record<string, unknown>;
type Arb<T = Json> = fc.Arbitrary<T>;

// ---------------------------------------------------------------------------------------------------------
// Code lists, taken from the same packages the library uses and kept only where the library agrees.

/** Every assigned ISO 3166-1 alpha-3 code the library accepts. */
export const COUNTRY_CODES: readonly string[] = iso31661.map((entry) => entry.alpha3).filter(isCountryCode);
/** Every active ISO 4217 code the library accepts. */
export const CURRENCY_CODES: readonly string[] = currencyData
  .map((entry) => entry.code)
  .filter(isCurrencyCode);
/** Every ISO 3166-2 subdivision code the library accepts. */
export const SUBDIVISION_CODES: readonly string[] = iso31662
  .map((entry) => entry.code)
  .filter(isSubdivisionCode);
/** Every CAMEO code of the codebook: the 2-, 3- and 4-digit strings the library knows. */
export const CAMEO_CODES: readonly string[] = (() => {
  const codes: string[] = [];
  for (const width of [2, 3, 4]) {
    for (let n = 0; n < 10 ** width; n++) {
      const code = String(n).padStart(width, "0");
      if (isCameoCode(code)) codes.push(code);
    }
  }
  return codes;
})();

/** Every (category, mode) pair of PLOVER 0.8, plus (category, no mode) for each category. */
export const CATEGORY_MODES: readonly (readonly [string, string | undefined])[] = PLOVER_CATEGORIES.flatMap(
  (category) => [
    [category, undefined] as const,
    ...(PLOVER_MODES[category] as readonly string[]).map((mode) => [category, mode] as const),
  ],
);

// ---------------------------------------------------------------------------------------------------------
// Text

/** Names as people write them: right-to-left scripts, combining marks, emoji, astral and invisible characters. */
export const SCRIPT_SAMPLES: readonly string[] = [
  "جمهوری اسلامی ایران", // Persian
  "پاکستان", // Urdu
  "المملكة العربية السعودية", // Arabic
  "ישראל", // Hebrew
  "افغانستان", // Pashto
  "شہباز شریف", // Urdu, a person
  "می\u200cخواهم", // Persian with a zero-width non-joiner
  "\u200fتهران\u200e Tehran", // right-to-left and left-to-right marks, mixed directions
  "\u202egnp.exe", // a right-to-left override
  "भारत गणराज्य", // Devanagari
  "বাংলাদেশ", // Bengali
  "இலங்கை", // Tamil
  "中华人民共和国", // Chinese
  "日本国", // Japanese
  "대한민국", // Korean (precomposed)
  "\u1103\u1162\u1112\u1161\u11ab\u1106\u1175\u11ab\u1100\u116e\u11a8", // Korean as conjoining jamo (NFD)
  "Российская Федерация", // Cyrillic
  "Ελληνική Δημοκρατία", // Greek
  "საქართველო", // Georgian
  "Հայաստան", // Armenian
  "ประเทศไทย", // Thai
  "ኢትዮጵያ", // Ethiopic
  "Türkiye Cumhuriyeti", // Latin with diacritics (NFC)
  "Vie\u0323\u0302t Nam", // Vietnamese in NFD: stacked combining marks, must not be normalised
  "Zoe\u0308 Ba\u0301rtok", // NFD combining diaeresis and acute
  "Z\u0351\u0360a\u0352\u0361l\u0353g\u0354\u0362o\u0355", // many combining marks on each letter
  "🇮🇷 🇵🇰 🇺🇸", // regional indicator flags
  "👩\u200d👩\u200d👧 family", // a zero-width-joiner sequence
  "👋🏽", // an emoji with a skin-tone modifier
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀𠀁", // astral characters (mathematical letters, CJK extension B)
  "ᠮᠣᠩᠭᠣᠯ", // Mongolian
  'O\'Brien "quoted" \\ back\\slash / slash', // characters JSON escapes
  "line\nbreak\r\ntab\tform\ffeed\u2028sep\u2029par", // control and separator characters
  "\u0000nul and \u001f unit separator",
  "trailing space ",
];

const graphemeText = fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 });
// Any code point, astral ones included.
const binaryText = fc.string({ unit: "binary", minLength: 1, maxLength: 16 });
// A lone surrogate (not valid Unicode, but a valid JavaScript string): JSON escapes it and gives it back.
const loneSurrogateText = fc
  .tuple(fc.string({ unit: "grapheme-ascii", maxLength: 4 }), fc.integer({ min: 0xd800, max: 0xdfff }))
  .map(([text, unit]) => `${text}${String.fromCharCode(unit)}`);

/** A non-empty string: a name in some script, a mix of them, or arbitrary Unicode. */
export const textArb: Arb<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SCRIPT_SAMPLES) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...SCRIPT_SAMPLES), { minLength: 2, maxLength: 3 })
      .map((parts) => parts.join(" ")),
  },
  { weight: 2, arbitrary: graphemeText },
  { weight: 1, arbitrary: binaryText },
  { weight: 1, arbitrary: loneSurrogateText },
);

/** Free notes: any string, the empty one included. */
const notesArb: Arb<string> = fc.oneof(textArb, fc.constant(""));

/**
 * The part of an id after its namespace: any text in Unicode normal form C, without blanks, control,
 * invisible format characters or lone surrogates (as the id pattern reads them), at most 200 code units.
 */
const idSlugArb: Arb<string> = fc
  .oneof(fc.constantFrom(...SCRIPT_SAMPLES), graphemeText, fc.stringMatching(/^[a-z0-9-]{1,12}$/))
  .map((text) =>
    text
      .normalize("NFC")
      .replace(/[\s\p{Cc}\p{Cf}\p{Cs}]/gu, "")
      .slice(0, 200)
      .replace(/[\uD800-\uDBFF]$/, ""),
  )
  .filter((slug) => slug.length > 0 && slug === slug.normalize("NFC"));

// ---------------------------------------------------------------------------------------------------------
// Numbers (never -0, see the module comment)

const noNegativeZero = (value: number): number => (value === 0 ? 0 : value);
const double = (min?: number, max?: number): Arb<number> =>
  fc.double({ noNaN: true, noDefaultInfinity: true, min, max }).map(noNegativeZero);
const count: Arb<number> = fc.oneof(fc.nat({ max: 1000 }), fc.maxSafeNat());

// ---------------------------------------------------------------------------------------------------------
// Partial dates and periods

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

const yearArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }) },
  { weight: 1, arbitrary: fc.constantFrom(1, 1900, 2000, 2024, 2100, 9999) },
);
const ymd = fc
  .record({ year: yearArb, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysIn(year, month)) }));
const dayText = ymd.map(({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);
const zoneArb = fc.oneof(
  fc.constant("Z"),
  fc
    .record({
      sign: fc.constantFrom("+", "-"),
      hours: fc.integer({ min: 0, max: 14 }),
      minutes: fc.integer({ min: 0, max: 59 }),
    })
    .map(({ sign, hours, minutes }) => `${sign}${pad(hours)}:${pad(minutes)}`),
);
const hm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
const seconds = fc.integer({ min: 0, max: 59 });

/** Every precision a partial date has, by name. */
export const PRECISIONS = ["year", "month", "day", "minute", "second", "millisecond"] as const;

function buildPartialDate(precision: (typeof PRECISIONS)[number]): Arb<string> {
  switch (precision) {
    case "year":
      return yearArb.map((year) => pad(year, 4));
    case "month":
      return fc
        .tuple(yearArb, fc.integer({ min: 1, max: 12 }))
        .map(([year, month]) => `${pad(year, 4)}-${pad(month)}`);
    case "day":
      return dayText;
    case "minute":
      return fc.tuple(dayText, hm, zoneArb).map(([day, [h, m], zone]) => `${day}T${pad(h)}:${pad(m)}${zone}`);
    case "second":
      return fc
        .tuple(dayText, hm, seconds, zoneArb)
        .map(([day, [h, m], s, zone]) => `${day}T${pad(h)}:${pad(m)}:${pad(s)}${zone}`);
    case "millisecond":
      return fc
        .tuple(dayText, hm, seconds, fc.stringMatching(/^\d{1,3}$/), zoneArb)
        .map(([day, [h, m], s, ms, zone]) => `${day}T${pad(h)}:${pad(m)}:${pad(s)}.${ms}${zone}`);
  }
}

const byPrecision = new Map(PRECISIONS.map((precision) => [precision, buildPartialDate(precision)]));

/** A valid partial date of the given precision. */
export function partialDateOf(precision: (typeof PRECISIONS)[number]): Arb<string> {
  return byPrecision.get(precision) as Arb<string>;
}

/** A valid partial date of any precision. */
export const partialDateArb: Arb<string> = fc.oneof(...PRECISIONS.map(partialDateOf));
const flowPeriodArb = fc.oneof(partialDateOf("year"), partialDateOf("month"), partialDateArb);

/** True when a range from `start` to `end` is reversed (the library's rule: end's end <= start's start). */
export function isReversed(start: string, end: string): boolean {
  return intervalOf(end).end <= intervalOf(start).start;
}

/** Two partial dates in an order the library accepts as a range. */
const orderedPair: Arb<readonly [string, string]> = fc
  .tuple(partialDateArb, partialDateArb)
  .map(([a, b]) => (isReversed(a, b) ? ([b, a] as const) : ([a, b] as const)));

/** A valid period: either side open, the end never before the start. */
export const periodArb: Arb<Json> = fc.oneof(
  fc.constant({}),
  partialDateArb.map((start) => ({ start })),
  partialDateArb.map((end) => ({ end })),
  orderedPair.map(([start, end]) => ({ start, end })),
);

// ---------------------------------------------------------------------------------------------------------
// Small values

/** An absolute http(s) URL, ASCII or internationalised. */
export const urlArb: Arb<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "https://www.dawn.com/news/1937123",
      "https://example.org/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86?q=1#a",
      "https://ایران.example/خبر",
      "http://例え.jp/パス",
      "https://[2001:db8::1]:8443/path",
      "http://127.0.0.1/",
    ),
  },
);

const identifierArb: Arb<Json> = fc.record({
  scheme: fc.oneof(
    fc.constantFrom("wikidata", "ftm", "lei", "imo", "gdelt.actor"),
    fc.stringMatching(/^[a-z][a-z0-9_.-]{0,63}$/),
  ),
  value: textArb,
});

/** Money in a random active currency, with stated equivalents in other currencies. */
export const moneyArb: Arb<Json> = fc
  .record({
    currencies: fc.uniqueArray(fc.constantFrom(...CURRENCY_CODES), { minLength: 1, maxLength: 4 }),
    amounts: fc.array(double(0), { minLength: 4, maxLength: 4 }),
    withEquivalents: fc.boolean(),
  })
  .map(({ currencies, amounts, withEquivalents }) => {
    const [currency, ...others] = currencies as [string, ...string[]];
    const money: Json = { amount: amounts[0], currency };
    if (withEquivalents)
      money.equivalents = others.map((other, index) => ({ amount: amounts[index + 1], currency: other }));
    return money;
  });

/** A quantity with stated equivalents in other units. */
export const quantityArb: Arb<Json> = fc
  .record({
    units: fc.uniqueArray(fc.constantFrom(...QUANTITY_UNITS), { minLength: 1, maxLength: 3 }),
    values: fc.array(double(), { minLength: 3, maxLength: 3 }),
    withEquivalents: fc.boolean(),
  })
  .map(({ units, values, withEquivalents }) => {
    const [unit, ...others] = units as [string, ...string[]];
    const quantity: Json = { value: values[0], unit };
    if (withEquivalents)
      quantity.equivalents = others.map((other, index) => ({ value: values[index + 1], unit: other }));
    return quantity;
  });

// Arbitraries built once: building them (fc.stringMatching above all) costs more than drawing from them.
const countryCodeArb = fc.constantFrom(...COUNTRY_CODES);
const subdivisionArb = fc.constantFrom(...SUBDIVISION_CODES);
const cameoArb = fc.constantFrom(...CAMEO_CODES);
const categoryModeArb = fc.constantFrom(...CATEGORY_MODES);
const languageArb = fc.oneof(
  fc.constantFrom("en", "fa", "ur", "ar", "ps", "zh-Hans", "pt-BR"),
  fc.stringMatching(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/),
);
const sectorArb = fc.stringMatching(/^[A-Z]{3}$/);
const programKeyArb = fc.stringMatching(/^[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,6}){0,3}$/);
const commodityArb = fc.oneof(fc.constant("TOTAL"), fc.stringMatching(/^(?:\d{2}|\d{4}|\d{6})$/));

const coordinatesArb: Arb<Json> = fc.record({ latitude: double(-90, 90), longitude: double(-180, 180) });

// ---------------------------------------------------------------------------------------------------------
// Pools of ids, and records that reference them

/** The ids of a dataset, by kind: every reference a generated record makes is drawn from here. */
export interface Pools {
  readonly country: readonly string[];
  readonly source: readonly string[];
  readonly person: readonly string[];
  readonly organization: readonly string[];
  readonly place: readonly string[];
  readonly project: readonly string[];
  readonly event: readonly string[];
  readonly relationship: readonly string[];
  readonly border: readonly string[];
  readonly mediation: readonly string[];
  readonly sanction: readonly string[];
  readonly "trade-target": readonly string[];
  readonly "trade-flow": readonly string[];
  readonly ownership: readonly string[];
  readonly directorship: readonly string[];
  readonly employment: readonly string[];
  readonly membership: readonly string[];
  readonly representation: readonly string[];
  readonly family: readonly string[];
  readonly association: readonly string[];
  readonly payment: readonly string[];
  readonly claim: readonly string[];
}

type PoolKind = keyof Pools;

const NAMESPACES: Record<Exclude<PoolKind, "country">, readonly string[]> = {
  source: ["source", "src", "news"],
  person: ["person", "wikidata", "ftm"],
  organization: ["org", "organization", "opensanctions"],
  place: ["place", "geonames"],
  project: ["project"],
  event: ["event", "gdelt", "icews", "acled"],
  relationship: ["relationship", "rel"],
  border: ["border"],
  mediation: ["mediation"],
  sanction: ["sanction", "ofac", "eu-fsf"],
  "trade-target": ["trade-target"],
  "trade-flow": ["flow", "comtrade"],
  ownership: ["ownership", "ftm"],
  directorship: ["directorship"],
  employment: ["employment"],
  membership: ["membership"],
  representation: ["representation"],
  family: ["family"],
  association: ["association", "link"],
  payment: ["payment"],
  claim: ["claim"],
};

function union(pools: Pools, ...kinds: PoolKind[]): string[] {
  return kinds.flatMap((kind) => pools[kind]);
}

/** Builds an object from arbitraries for required fields and optional ones (absent, never `undefined`). */
function shape(
  required: { [key: string]: Arb<unknown> },
  optional: { [key: string]: Arb<unknown> | null } = {},
): Arb<Json> {
  const present = Object.fromEntries(
    Object.entries(optional).filter((entry): entry is [string, Arb<unknown>] => entry[1] !== null),
  );
  return fc.record({ ...required, ...present }, { requiredKeys: Object.keys(required) }) as Arb<Json>;
}

const pick = <T>(values: readonly T[]): Arb<T> | null =>
  values.length === 0 ? null : fc.constantFrom(...values);
const list = <T>(item: Arb<T> | null, minLength = 0): Arb<T[]> | null =>
  item === null ? null : fc.array(item, { minLength, maxLength: 3 });
const pair = (values: readonly string[]): Arb<string[]> | null =>
  values.length < 2 ? null : fc.uniqueArray(fc.constantFrom(...values), { minLength: 2, maxLength: 2 });

function citationArb(pools: Pools): Arb<Json> {
  const optional = {
    quote: textArb,
    attributedTo: pick(union(pools, "person", "organization", "country")),
    attributedAs: textArb,
    confidence: double(0, 1),
    locator: textArb,
  };
  const variants = [shape({ url: urlArb }, optional)];
  if (pools.source.length > 0) {
    variants.push(shape({ source: fc.constantFrom(...pools.source) }, { ...optional, url: urlArb }));
  }
  return fc.oneof(...variants);
}

function base(kind: string, id: string, pools: Pools) {
  return {
    required: { id: fc.constant(id), kind: fc.constant(kind) },
    optional: { citations: list(citationArb(pools)), notes: notesArb },
  };
}

function entity(kind: string, id: string, pools: Pools) {
  const { required, optional } = base(kind, id, pools);
  return {
    required: { ...required, name: textArb },
    optional: {
      ...optional,
      aliases: list(textArb),
      additionalNames: list(textArb),
      previousNames: list(textArb),
      weakAliases: list(textArb),
      identifiers: list(identifierArb),
    },
  };
}

/** A share as stated: exact, a range (one bound or both, in order) or unknown. */
const shareArb: Arb<Json> = fc.oneof(
  shape({ exact: double(0, 100) }, { stated: textArb }),
  fc
    .tuple(
      double(0, 100),
      double(0, 100),
      fc.constantFrom("both", "min", "max"),
      fc.option(textArb, { nil: undefined }),
    )
    .map(([a, b, which, stated]) => ({
      ...(which !== "max" ? { min: Math.min(a, b) } : {}),
      ...(which !== "min" ? { max: Math.max(a, b) } : {}),
      ...(stated === undefined ? {} : { stated }),
    })),
  shape({ unknown: fc.constant(true) }, { stated: textArb }),
);

const asDeliveredArb = list(
  shape({
    property: fc.stringMatching(/^[a-z][A-Za-z]{0,20}$/),
    values: fc.array(textArb, { minLength: 1, maxLength: 2 }),
  }),
);

/** A link's common fields, and its two sides: the second drawn apart from the first. */
function linkArb(
  kind: string,
  id: string,
  pools: Pools,
  [first, second]: readonly [string, string],
  [firstIds, secondIds]: readonly [readonly string[], readonly string[]],
  more: {
    readonly required?: { [key: string]: Arb<unknown> };
    readonly optional?: { [key: string]: Arb<unknown> | null };
  },
): Arb<Json> {
  const { required, optional } = base(kind, id, pools);
  return fc
    .tuple(
      fc.constantFrom(...firstIds),
      fc.constantFrom(...secondIds),
      shape(
        { ...required, ...more.required },
        { ...optional, period: periodArb, asDelivered: asDeliveredArb, ...more.optional },
      ),
    )
    .filter(([a, b]) => a !== b)
    .map(([a, b, record]) => ({ ...record, [first]: a, [second]: b }));
}

/** A dated history in time order: dated entries sorted by their start, undated ones last. */
function historyArb(entry: Arb<Json>, minLength = 0): Arb<Json[]> {
  return fc.array(entry, { minLength, maxLength: 4 }).map((entries) => {
    const dateOf = (item: Json) => (item.since ?? item.asOf) as string | undefined;
    const dated = entries.filter((item) => dateOf(item) !== undefined);
    const undated = entries.filter((item) => dateOf(item) === undefined);
    dated.sort((a, b) => startOf(dateOf(a) as string) - startOf(dateOf(b) as string));
    return [...dated, ...undated];
  });
}

function entryArb(
  pools: Pools,
  required: { [key: string]: Arb<unknown> },
  optional: { [key: string]: Arb<unknown> | null } = {},
) {
  return shape(required, {
    since: partialDateArb,
    asOf: partialDateArb,
    citations: list(citationArb(pools)),
    note: notesArb,
    ...optional,
  });
}

const enumOf = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);

/** A valid record of each kind, given its id and the pools its references are drawn from. */
export const recordArbs: { [Kind in PoolKind]: (id: string, pools: Pools) => Arb<Json> } = {
  source(id, pools) {
    const { required, optional } = base("source", id, pools);
    const rest = {
      sourceType: enumOf(SOURCE_TYPES),
      authors: list(textArb),
      published: partialDateArb,
      retrieved: partialDateArb,
      language: languageArb,
      licence: textArb,
    };
    return fc.oneof(
      shape({ ...required, title: textArb }, { ...optional, ...rest, url: urlArb, publisher: textArb }),
      shape({ ...required, url: urlArb }, { ...optional, ...rest, title: textArb, publisher: textArb }),
      shape({ ...required, publisher: textArb }, { ...optional, ...rest, title: textArb, url: urlArb }),
    );
  },
  country(id, pools) {
    const { required, optional } = entity("country", id, pools);
    return shape({ ...required, code: fc.constant(id.slice("country:".length)) }, optional);
  },
  person(id, pools) {
    const { required, optional } = entity("person", id, pools);
    const position = shape(
      { title: textArb },
      {
        role: enumOf(POSITION_ROLES),
        organization: pick(union(pools, "organization", "country")),
        country: pick(pools.country),
        period: periodArb,
        citations: list(citationArb(pools)),
      },
    );
    return shape(required, {
      ...optional,
      nationalities: list(pick(pools.country)),
      countries: list(pick(pools.country)),
      birthDate: partialDateArb,
      deathDate: partialDateArb,
      birthPlace: textArb,
      gender: fc.constantFrom("male", "female", "other"),
      addresses: list(textArb),
      positions: list(position),
      identifications: list(
        shape(
          { type: fc.constantFrom("passport", "national-id", "other"), number: textArb },
          {
            label: textArb,
            country: fc.constantFrom(...COUNTRY_CODES),
            authority: textArb,
            validFrom: fc.constantFrom("2015", "2019-05", "2019-05-01"),
            validUntil: fc.constantFrom("2029", "2030-04-30"),
            citations: list(citationArb(pools)),
          },
        ),
      ),
    });
  },
  organization(id, pools) {
    const { required, optional } = entity("organization", id, pools);
    return shape(
      { ...required, organizationType: enumOf(ORGANIZATION_TYPES) },
      {
        ...optional,
        country: pick(pools.country),
        jurisdiction: pick(pools.country),
        addresses: list(textArb),
        // Parent chains never loop (parent_cycle): a parent organisation comes earlier in the pool.
        parent: pick([...pools.organization.slice(0, pools.organization.indexOf(id)), ...pools.country]),
        members: list(pick(union(pools, "country", "organization"))),
        activeIn: list(pick(union(pools, "place", "country"))),
        sectors: list(sectorArb),
        period: periodArb,
      },
    );
  },
  place(id, pools) {
    const { required, optional } = entity("place", id, pools);
    return shape(
      { ...required, placeType: enumOf(PLACE_TYPES) },
      {
        ...optional,
        subdivision: subdivisionArb,
        countries: list(pick(pools.country)),
        // Nor do `within` chains: the enclosing place comes earlier in the pool.
        within: pick(pools.place.slice(0, pools.place.indexOf(id))),
        coordinates: coordinatesArb,
      },
    );
  },
  project(id, pools) {
    const { required, optional } = entity("project", id, pools);
    return shape(
      {
        ...required,
        projectType: enumOf(PROJECT_TYPES),
        parties: list(pick(union(pools, "country", "organization")), 1) as Arb<string[]>,
        statusHistory: historyArb(entryArb(pools, { status: enumOf(PROJECT_STATUSES) })),
      },
      {
        ...optional,
        places: list(pick(union(pools, "place", "country"))),
        length: quantityArb,
        capacity: quantityArb,
        cost: moneyArb,
      },
    );
  },
  relationship(id, pools) {
    const { required, optional } = base("relationship", id, pools);
    const allIds = union(pools, ...(Object.keys(pools) as PoolKind[]));
    const stance = entryArb(
      pools,
      { stance: enumOf(STANCES) },
      { trend: enumOf(TRENDS), causes: list(pick(allIds)) },
    );
    return shape(
      {
        ...required,
        relationshipType: enumOf(RELATIONSHIP_TYPES),
        parties: pair(union(pools, "country", "organization", "person")) as Arb<string[]>,
      },
      {
        ...optional,
        directed: fc.boolean(),
        label: textArb,
        scope: textArb,
        obligations: list(enumOf(OBLIGATIONS)),
        period: periodArb,
        stanceHistory: historyArb(stance),
      },
    );
  },
  border(id, pools) {
    const { required, optional } = base("border", id, pools);
    return shape(
      { ...required, parties: pair(pools.country) as Arb<string[]> },
      { ...optional, length: quantityArb, places: list(pick(pools.place)), period: periodArb },
    );
  },
  mediation(id, pools) {
    const { required, optional } = base("mediation", id, pools);
    const actors = union(pools, "country", "organization", "person");
    // Three distinct actors: the mediator, then the two parties between whom it mediates.
    const trio = fc.uniqueArray(fc.constantFrom(...actors), { minLength: 3, maxLength: 3 });
    return fc
      .tuple(
        trio,
        shape(required, {
          ...optional,
          topic: textArb,
          statusHistory: historyArb(entryArb(pools, { status: enumOf(MEDIATION_STATUSES) })),
        }),
      )
      .map(([[mediator, first, second], record]) => ({ ...record, mediator, between: [first, second] }));
  },
  event(id, pools) {
    const { required, optional } = base("event", id, pools);
    const actors = union(pools, "country", "organization", "person");
    const dates = fc.oneof(
      fc.constant({}),
      partialDateArb.map((date) => ({ date })),
      orderedPair.map(([date, endDate]) => ({ date, endDate })),
    );
    const location = shape(
      {},
      {
        place: pick(union(pools, "place", "country")),
        country: countryCodeArb,
        name: textArb,
        coordinates: coordinatesArb,
        featureId: textArb,
        adm1: textArb,
      },
    );
    const mention = shape(
      { entity: fc.constantFrom(...actors), text: textArb },
      { role: fc.constantFrom("actor", "recipient") },
    );
    const coding = shape(
      {},
      {
        goldstein: double(-10, 10),
        numMentions: count,
        numSources: count,
        numArticles: count,
        avgTone: double(),
        isRootEvent: fc.boolean(),
        cameoAsDelivered: textArb,
        dateAdded: partialDateArb,
      },
    );
    return fc
      .tuple(
        categoryModeArb,
        dates,
        shape(
          // An event may have no known actor (a feed that names none).
          { ...required, actors: list(pick(actors)) as Arb<string[]> },
          {
            ...optional,
            contexts: list(enumOf(PLOVER_CONTEXTS)),
            recipients: list(pick(actors)),
            location,
            summary: textArb,
            intensity: double(-10, 10),
            quadClass: shape({ value: fc.constantFrom(1, 2, 3, 4), basis: textArb }),
            casualties: shape({}, { dead: count, injured: count, arrested: count }),
            cameo: cameoArb,
            negated: fc.boolean(),
            coding,
            mentions: list(mention),
          },
        ),
      )
      .map(([[category, mode], dated, record]) => ({
        ...record,
        category,
        ...(mode === undefined ? {} : { mode }),
        ...dated,
      }));
  },
  sanction(id, pools) {
    const { required, optional } = base("sanction", id, pools);
    const program = fc.oneof(
      shape({ key: programKeyArb }, { name: textArb, url: urlArb }),
      shape({ name: textArb }, { url: urlArb }),
    );
    const effects = [
      shape(
        { effect: fc.constant("constrains-trade"), parties: pair(pools.country) as Arb<string[]> },
        { citations: list(citationArb(pools)) },
      ),
    ];
    if (pools.project.length > 0) {
      effects.push(
        shape(
          { effect: fc.constant("blocks-project"), project: fc.constantFrom(...pools.project) },
          { citations: list(citationArb(pools)) },
        ),
      );
    }
    return shape(
      {
        ...required,
        authority: pick(union(pools, "country", "organization")) as Arb<string>,
        targets: list(pick(union(pools, "country", "organization", "person")), 1) as Arb<string[]>,
        statusHistory: historyArb(entryArb(pools, { status: enumOf(SANCTION_STATUSES) }), 1),
      },
      {
        ...optional,
        program,
        legalBasis: list(textArb),
        measures: list(enumOf(SANCTION_MEASURES)),
        objective: textArb,
        objectiveType: enumOf(SANCTION_OBJECTIVES),
        secondary: fc.boolean(),
        identifiers: list(identifierArb),
        effects: list(fc.oneof(...effects)),
      },
    );
  },
  "trade-target"(id, pools) {
    const { required, optional } = base("trade-target", id, pools);
    return shape(
      {
        ...required,
        parties: pair(pools.country) as Arb<string[]>,
        direction: enumOf(TRADE_DIRECTIONS),
        amount: moneyArb,
      },
      {
        ...optional,
        targetDate: partialDateArb,
        announced: shape(
          {},
          {
            date: partialDateArb,
            by: list(pick(union(pools, "country", "organization", "person"))),
            event: pick(pools.event),
          },
        ),
        baseline: shape({ value: moneyArb, period: partialDateArb }, { citations: list(citationArb(pools)) }),
      },
    );
  },
  claim(id, pools) {
    const { required, optional } = base("claim", id, pools);
    // One speaker per claim: its citations attribute it to no one else.
    const citations = list(citationArb(pools))?.map((list) =>
      list.map(({ attributedTo: _speaker, ...citation }) => citation),
    );
    const rest = {
      ...optional,
      citations: citations ?? null,
      attributedAs: textArb,
      hedges: list(textArb),
      confidence: double(0, 1),
      date: partialDateArb,
      parties: list(pick(union(pools, "country", "organization", "person"))),
      about: list(pick(union(pools, "event", "relationship", "sanction", "project", "country"))),
    };
    const head = {
      ...required,
      claimType: enumOf(CLAIM_TYPES),
      by: fc.constantFrom(...union(pools, "person", "organization", "country", "source")),
    };
    return fc.oneof(
      shape({ ...head, text: textArb }, { ...rest, summary: textArb }),
      shape({ ...head, summary: textArb }, rest),
    );
  },
  "trade-flow"(id, pools) {
    const { required, optional } = base("trade-flow", id, pools);
    return fc
      .tuple(
        pair(pools.country) as Arb<string[]>,
        shape(
          {
            ...required,
            period: flowPeriodArb,
            flow: enumOf(TRADE_FLOWS),
            commodity: commodityArb,
            value: moneyArb,
          },
          {
            ...optional,
            classification: fc.constantFrom("HS", "H0", "H3", "H6", "S1", "S4", "BEC"),
            quantity: quantityArb,
          },
        ),
      )
      .map(([[reporter, partner], record]) => {
        const { id: recordId, kind, ...rest } = record;
        return { id: recordId, kind, reporter, partner, ...rest };
      });
  },
  ownership(id, pools) {
    const sides = [
      union(pools, "person", "organization", "country"),
      union(pools, "organization", "project", "place"),
    ] as const;
    return linkArb("ownership", id, pools, ["owner", "asset"], sides, {
      required: { share: shareArb },
      optional: { sharesCount: fc.nat(), role: textArb },
    });
  },
  directorship(id, pools) {
    const sides = [union(pools, "person", "organization"), pools.organization] as const;
    return linkArb("directorship", id, pools, ["director", "organization"], sides, {
      optional: { role: textArb },
    });
  },
  employment(id, pools) {
    const sides = [pools.person, union(pools, "organization", "person")] as const;
    return linkArb("employment", id, pools, ["employee", "employer"], sides, { optional: { role: textArb } });
  },
  membership(id, pools) {
    const sides = [union(pools, "person", "organization", "country"), pools.organization] as const;
    return linkArb("membership", id, pools, ["member", "organization"], sides, {
      optional: { role: textArb },
    });
  },
  representation(id, pools) {
    const sides = [
      union(pools, "person", "organization"),
      union(pools, "person", "organization", "country"),
    ] as const;
    return linkArb("representation", id, pools, ["agent", "client"], sides, { optional: { role: textArb } });
  },
  family(id, pools) {
    return linkArb("family", id, pools, ["person", "relative"], [pools.person, pools.person], {
      optional: { relation: textArb },
    });
  },
  association(id, pools) {
    const { required, optional } = base("association", id, pools);
    return shape(
      { ...required, parties: pair(union(pools, "person", "organization", "country")) as Arb<string[]> },
      { ...optional, period: periodArb, asDelivered: asDeliveredArb, relation: textArb },
    );
  },
  payment(id, pools) {
    const parties = union(pools, "person", "organization", "country");
    return linkArb("payment", id, pools, ["payer", "beneficiary"], [parties, parties], {
      optional: { amount: moneyArb, date: partialDateArb, purpose: textArb, programme: textArb },
    });
  },
};

/**
 * The link kinds whose sides need records the pools may lack: each is generated only when both sides can be
 * drawn, two distinct records.
 */
const LINK_SIDES: { readonly [Kind in PoolKind]?: readonly (readonly PoolKind[])[] } = {
  ownership: [
    ["person", "organization", "country"],
    ["organization", "project", "place"],
  ],
  directorship: [["person", "organization"], ["organization"]],
  employment: [["person"], ["organization", "person"]],
  membership: [["person", "organization", "country"], ["organization"]],
  representation: [
    ["person", "organization"],
    ["person", "organization", "country"],
  ],
  family: [["person"], ["person"]],
};

/** Empties the pools of link kinds whose two sides cannot be drawn apart. */
function linkable(pools: Pools): Pools {
  const out: Record<string, readonly string[]> = { ...pools };
  for (const [kind, sides] of Object.entries(LINK_SIDES)) {
    const [first, second] = (sides ?? []).map((kinds) => new Set(union(pools, ...kinds)));
    const drawable = first !== undefined && second !== undefined && first.size > 0 && second.size > 0;
    if (!drawable || new Set([...first, ...second]).size < 2) out[kind] = [];
  }
  return out as unknown as Pools;
}

// ---------------------------------------------------------------------------------------------------------
// Datasets

/** How many records of each kind a generated dataset has. */
export interface DatasetSize {
  /** At least this many of each kind (countries: at least 3, whatever this says). */
  readonly minPerKind?: number;
  /** At most this many of each kind. */
  readonly maxPerKind?: number;
}

function idsArb(kind: Exclude<PoolKind, "country">, min: number, max: number): Arb<string[]> {
  return fc
    .array(fc.tuple(fc.constantFrom(...NAMESPACES[kind]), idSlugArb), { minLength: min, maxLength: max })
    .map((parts) =>
      // The index keeps ids unique within a kind; the kind's first letters keep them unique across kinds.
      parts.map(
        ([namespace, slug], index) =>
          `${namespace}:${kind.slice(0, 3)}${index}${slug === "" ? "" : `-${slug}`}`,
      ),
    );
}

function poolsArb({ minPerKind = 0, maxPerKind = 3 }: DatasetSize): Arb<Pools> {
  const ids = (kind: Exclude<PoolKind, "country">) =>
    idsArb(kind, minPerKind, Math.max(minPerKind, maxPerKind));
  return fc
    .record({
      country: fc
        .uniqueArray(fc.constantFrom(...COUNTRY_CODES), {
          minLength: Math.max(3, minPerKind),
          maxLength: Math.max(3, maxPerKind + 2),
        })
        .map((codes) => codes.map((code) => `country:${code}`)),
      source: ids("source"),
      // Two people at least when every kind must be present: a family tie needs two.
      person: idsArb(
        "person",
        minPerKind > 0 ? Math.max(2, minPerKind) : 0,
        Math.max(2, minPerKind, maxPerKind),
      ),
      organization: ids("organization"),
      place: ids("place"),
      project: ids("project"),
      event: ids("event"),
      relationship: ids("relationship"),
      border: ids("border"),
      mediation: ids("mediation"),
      sanction: ids("sanction"),
      "trade-target": ids("trade-target"),
      "trade-flow": ids("trade-flow"),
      ownership: ids("ownership"),
      directorship: ids("directorship"),
      employment: ids("employment"),
      membership: ids("membership"),
      representation: ids("representation"),
      family: ids("family"),
      association: ids("association"),
      payment: ids("payment"),
      claim: ids("claim"),
    })
    .map(linkable);
}

/** A valid dataset header: format and version, and any of the optional fields. */
export const headerArb: Arb<Json> = shape(
  { format: fc.constant("bilateral"), version: fc.constant("1.0") },
  {
    id: textArb,
    title: textArb,
    description: textArb,
    licence: textArb,
    homepage: urlArb,
    created: partialDateArb,
  },
);

/**
 * A valid dataset: a header and records of every kind in a random order (so references often point forward),
 * each reference resolving to a record of an accepted kind.
 */
export function datasetArb(size: DatasetSize = {}): Arb<Dataset> {
  const withRecords = poolsArb(size).chain((pools) => {
    const kinds = Object.keys(pools) as PoolKind[];
    const records = kinds.flatMap((kind) => pools[kind].map((id) => recordArbs[kind](id, pools)));
    return fc
      .tuple(headerArb, fc.tuple(...records))
      .chain(([header, list]) =>
        fc
          .shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
          .map((records) => ({ ...header, records }) as unknown as Dataset),
      );
  });
  if ((size.minPerKind ?? 0) > 0) return withRecords;
  const empty = headerArb.map((header) => ({ ...header, records: [] }) as unknown as Dataset);
  return fc.oneof({ weight: 1, arbitrary: empty }, { weight: 9, arbitrary: withRecords });
}

/** A valid dataset with at least one record of every kind (for mutations that need a target of each kind). */
export const fullDatasetArb: Arb<Dataset> = datasetArb({ minPerKind: 1, maxPerKind: 2 });

/** A valid record of the given kind, inside a small valid dataset (returned with its index there). */
export function recordInDatasetArb(
  kind: PoolKind,
): Arb<{ dataset: Dataset; index: number; record: DatasetRecord }> {
  return fullDatasetArb.chain((dataset) => {
    const indexes = dataset.records.flatMap((record, index) => (record.kind === kind ? [index] : []));
    return fc
      .constantFrom(...indexes)
      .map((index) => ({ dataset, index, record: dataset.records[index] as DatasetRecord }));
  });
}

/** Writes a dataset as JSON Lines: the header on the first line, then one record a line. */
export function toJsonLines(dataset: Dataset): string {
  const { records, ...header } = dataset;
  return [JSON.stringify(header), ...records.map((record) => JSON.stringify(record))].join("\n");
}

/** Reads JSON Lines the simplest way (split on LF, parse each line): the reference the real reader must match. */
export function fromJsonLinesBySplit(text: string): unknown {
  const [first, ...rest] = text.split("\n");
  return {
    ...(JSON.parse(first as string) as Json),
    records: rest.filter((line) => line !== "").map((line) => JSON.parse(line)),
  };
}
