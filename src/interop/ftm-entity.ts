import { z } from "zod";
import { fromIso3, toIso3 } from "../codes/country.js";

/**
 * A FollowTheMoney entity as OpenSanctions and yente write it (one a line in `entities.ftm.json`): an id, a
 * schema name, properties (each a list of strings) and optional metadata. Unknown top-level fields are kept.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FtmEntitySchema } from "bilateral/interop";
 * FtmEntitySchema.parse({ id: "NK-1", schema: "Person", properties: { name: ["Jane Doe"], nationality: ["ir"] } });
 * ```
 */
export const FtmEntitySchema = z.looseObject({
  id: z.string().min(1),
  schema: z.string().min(1),
  properties: z.record(z.string(), z.array(z.string())),
  caption: z.string().optional(),
  referents: z.array(z.string()).optional(),
  datasets: z.array(z.string()).optional(),
  first_seen: z.string().optional(),
  last_seen: z.string().optional(),
  last_change: z.string().optional(),
  target: z.boolean().optional(),
});

/**
 * A FollowTheMoney entity (see {@link FtmEntitySchema}).
 *
 * @category Interop
 * @example
 * ```ts
 * import type { FtmEntity } from "bilateral/interop";
 * const entity: FtmEntity = { id: "NK-1", schema: "Company", properties: { name: ["Acme LLC"] } };
 * ```
 */
export type FtmEntity = z.output<typeof FtmEntitySchema>;

/**
 * The FtM properties kept as identifiers, and the identifier scheme each becomes (`innCode` -> `inn`). The
 * FtM id itself becomes the scheme `ftm`, and each of `referents` the scheme `ftm-referent`.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FTM_IDENTIFIER_SCHEMES } from "bilateral/interop";
 * FTM_IDENTIFIER_SCHEMES.wikidataId; //=> "wikidata"
 * ```
 */
export const FTM_IDENTIFIER_SCHEMES: Readonly<Record<string, string>> = Object.freeze({
  registrationNumber: "registration-number",
  idNumber: "id-number",
  taxNumber: "tax-number",
  vatCode: "vat",
  innCode: "inn",
  ogrnCode: "ogrn",
  okpoCode: "okpo",
  kppCode: "kpp",
  leiCode: "lei",
  dunsCode: "duns",
  swiftBic: "swift-bic",
  bicCode: "bic",
  imoNumber: "imo",
  passportNumber: "passport-number",
  socialSecurityNumber: "social-security-number",
  wikidataId: "wikidata",
  uniqueEntityId: "uei",
  npiCode: "npi",
  permId: "permid",
  bvdId: "bvd",
  icijId: "icij",
  sayariId: "sayari",
  brightQueryId: "brightquery",
  cageCode: "cage",
});

/**
 * The FtM Sanction properties kept as the sanction's identifiers, and the identifier scheme each becomes: the
 * issuer's own id for the listing (`authorityId`, such as OFAC's) and the UN Security Council's (`unscId`).
 * @internal
 */
export const FTM_SANCTION_IDENTIFIER_SCHEMES: Readonly<Record<string, string>> = Object.freeze({
  authorityId: "authority-id",
  unscId: "unsc",
});

/** Sanction identifier scheme -> FtM Sanction property. @internal */
export const FTM_SANCTION_PROPERTY_OF_SCHEME: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    Object.entries(FTM_SANCTION_IDENTIFIER_SCHEMES).map(([property, scheme]) => [scheme, property]),
  ),
);

/** The genders of FtM's `gender` type, which are the model's. @internal */
export const FTM_GENDERS: ReadonlySet<string> = new Set(["male", "female", "other"]);

/** Identifier scheme -> FtM property. @internal */
export const FTM_PROPERTY_OF_SCHEME: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(FTM_IDENTIFIER_SCHEMES).map(([property, scheme]) => [scheme, property])),
);

/** The scheme of the FtM id among a record's identifiers. @internal */
export const FTM_ID_SCHEME = "ftm";
/** The scheme of FtM referents among a record's identifiers. @internal */
export const FTM_REFERENT_SCHEME = "ftm-referent";
/** The scheme of the FtM id of a Position (a post) among a person's position's identifiers. @internal */
export const FTM_POSITION_SCHEME = "ftm-position";
/** The namespace of the source records that stand for FtM datasets. @internal */
export const FTM_DATASET_NAMESPACE = "ftm-dataset";
/** The note that marks the status entry made from an FtM `listingDate`. @internal */
export const FTM_LISTING_NOTE = "listed (FtM listingDate)";

/** An FtM country code (lower-case ISO alpha-2) as ISO alpha-3, or undefined. @internal */
export function ftmCountry(code: string): string | undefined {
  return /^[a-z]{2}$/.test(code) ? toIso3(code.toUpperCase(), "iso2") : undefined;
}

/** An ISO alpha-3 code as an FtM country code (lower-case alpha-2). @internal */
export function toFtmCountry(iso3: string): string | undefined {
  return fromIso3(iso3, "iso2")?.toLowerCase();
}
