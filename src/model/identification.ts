import { z } from "zod";
import { CountryCodeSchema } from "../codes/country.js";
import { addIssue } from "../core/issue.js";
import { intervalOf, isPartialDate, PartialDateSchema } from "../time/partial-date.js";
import { AsDeliveredSchema } from "./as-delivered.js";
import { CitationSchema, IdentifierSchema } from "./base.js";

/**
 * The kinds of identity document a person can hold; `other` for any else, its name kept in `label`.
 *
 * @category Entities
 * @example
 * ```ts
 * import { IDENTIFICATION_TYPES } from "bilateral";
 * IDENTIFICATION_TYPES.includes("passport"); //=> true
 * ```
 */
export const IDENTIFICATION_TYPES = ["passport", "national-id", "other"] as const;

/**
 * An identity document of a person: its `type` (passport, national id, other), the name the source gives
 * the document (`label`: "residence permit", "tax number"), its `number`, the `country` that issued it (ISO
 * 3166-1 alpha-3), the issuing `authority`, and its validity (`validFrom`, `validUntil`; ending before it
 * starts is `period_reversed`). Properties the model has no field for are kept `asDelivered`.
 *
 * @category Entities
 * @example
 * ```ts
 * import { IdentificationSchema } from "bilateral";
 * IdentificationSchema.parse({
 *   type: "passport",
 *   number: "X1234567",
 *   country: "IRN",
 *   authority: "Passport and Visa Police",
 *   validFrom: "2019-05-01",
 *   validUntil: "2029-04-30",
 * });
 * ```
 */
export const IdentificationSchema = z
  .strictObject({
    /** The kind of document: `passport`, `national-id` or `other`. */
    type: z
      .enum(IDENTIFICATION_TYPES)
      .meta({ description: "The kind of document: `passport`, `national-id` or `other`." }),
    /** The source's name for the document ("residence permit", "tax number"). */
    label: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The source\'s name for the document ("residence permit", "tax number").' }),
    /** The document's number, as written. */
    number: z.string().min(1).meta({ description: "The document's number, as written." }),
    /** The ISO 3166-1 alpha-3 code of the country that issued it. */
    country: CountryCodeSchema.optional().meta({
      description: "The ISO 3166-1 alpha-3 code of the country that issued it.",
    }),
    /** The authority that issued it ("Passport and Visa Police"). */
    authority: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The authority that issued it ("Passport and Visa Police").' }),
    /** The date it is valid from, a partial date. */
    validFrom: PartialDateSchema.optional().meta({
      description: "The date it is valid from, a partial date.",
    }),
    /** The date it is valid until, a partial date, after `validFrom`. */
    validUntil: PartialDateSchema.optional().meta({
      description: "The date it is valid until, a partial date, after `validFrom`.",
    }),
    /** The document's ids in other systems (`{ scheme: "ftm", value: ... }` for an FtM Passport). */
    identifiers: z.array(IdentifierSchema).optional().meta({
      description:
        'The document\'s ids in other systems (`{ scheme: "ftm", value: ... }` for an FtM Passport).',
    }),
    /** The sources that give the document. */
    citations: z
      .array(CitationSchema)
      .optional()
      .meta({ description: "The sources that give the document." }),
    /** Properties the source gave for the document that the model has no field for, as delivered. */
    asDelivered: AsDeliveredSchema.optional().meta({
      description:
        "Properties the source gave for the document that the model has no field for, as delivered.",
    }),
  })
  .check((ctx) => {
    const { validFrom, validUntil } = ctx.value;
    if (
      isPartialDate(validFrom) &&
      isPartialDate(validUntil) &&
      intervalOf(validUntil as string).end <= intervalOf(validFrom as string).start
    ) {
      addIssue(ctx, {
        code: "period_reversed",
        message: `the document is valid until ${validUntil}, before it is valid from ${validFrom}`,
        input: ctx.value,
        path: ["validUntil"],
      });
    }
  });

/**
 * An identity document (see {@link IdentificationSchema}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Identification } from "bilateral";
 * const passport: Identification = { type: "passport", number: "X1234567", country: "IRN" };
 * ```
 */
export type Identification = z.output<typeof IdentificationSchema>;
