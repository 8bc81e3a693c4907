import { z } from "zod";
import { IdSchema } from "../core/id.js";
import { addIssue } from "../core/issue.js";
import { ref } from "../core/reference.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { AsDeliveredSchema } from "./as-delivered.js";

/**
 * A URL: absolute, http or https.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { UrlSchema } from "bilateral";
 * UrlSchema.parse("https://example.org/story");
 * ```
 */
export const UrlSchema = z.string().check((ctx) => {
  if (!isHttpUrl(ctx.value)) {
    addIssue(ctx, {
      code: "invalid_format",
      message: `expected an absolute http(s) URL without spaces, got ${JSON.stringify(ctx.value.slice(0, 80))}`,
      input: ctx.value,
    });
  }
});

/** Whether a string is an absolute http(s) URL with a host and no white space; it is never rewritten. */
function isHttpUrl(value: string): boolean {
  if (value.length > 8192 || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * A citation: which source supports a record or a claim, what it says (a quote), whom it attributes the claim
 * to ("according to trade lawyer Malik"), how confident the claim is (0 to 1), and when the source reported it (`reported`, the knowledge time).
 * A citation names a source record, a URL, or both.
 *
 * @category Provenance
 * @example
 * ```ts
 * import { CitationSchema } from "bilateral";
 * CitationSchema.parse({
 *   source: "source:seed-article",
 *   quote: "easing tension between Tehran and Washington could potentially ease US sanctions",
 *   attributedTo: "person:malik",
 *   attributedAs: "trade lawyer",
 *   confidence: 0.5,
 *   reported: "2025-08-04",
 * });
 * ```
 */
export const CitationSchema = z
  .strictObject({
    /** The id of the source record cited (a source or a url is required). */
    source: ref("source")
      .optional()
      .meta({ description: "The id of the source record cited (a source or a url is required)." }),
    /** The address of the page cited, an absolute http(s) URL (a source or a url is required). */
    url: UrlSchema.optional().meta({
      description: "The address of the page cited, an absolute http(s) URL (a source or a url is required).",
    }),
    /** The words of the source that support the record, verbatim. */
    quote: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The words of the source that support the record, verbatim." }),
    /** The person, organisation or country the source attributes what it says to ("according to..."). */
    attributedTo: ref("person", "organization", "country").optional().meta({
      description:
        'The person, organisation or country the source attributes what it says to ("according to...").',
    }),
    /** The role of the one it is attributed to, as the source words it ("trade lawyer"). */
    attributedAs: z.string().min(1).optional().meta({
      description: 'The role of the one it is attributed to, as the source words it ("trade lawyer").',
    }),
    /** How sure the source, or the coder, is of what is cited, from 0 (not at all) to 1 (certain). */
    confidence: z.number().min(0).max(1).optional().meta({
      description:
        "How sure the source, or the coder, is of what is cited, from 0 (not at all) to 1 (certain).",
    }),
    /** Where in the source the support is: a page, a paragraph, a table row. */
    locator: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Where in the source the support is: a page, a paragraph, a table row." }),
    /**
     * When the source reported what it is cited for, a partial date: the knowledge time that queries'
     * `knownAt` reads (absent: the source's `published` date).
     */
    reported: PartialDateSchema.optional().meta({
      description:
        "When the source reported what it is cited for, a partial date: the knowledge time that queries' `knownAt` reads (absent: the source's `published` date).",
    }),
  })
  .check((ctx) => {
    if (ctx.value.source === undefined && ctx.value.url === undefined) {
      addIssue(ctx, {
        code: "missing_field",
        message: "a citation needs a source (a source record's id) or a url",
        input: ctx.value,
      });
    }
  });

/**
 * A citation (see {@link CitationSchema}).
 *
 * @category Provenance
 * @example
 * ```ts
 * import type { Citation } from "bilateral";
 * const citation: Citation = { source: "source:seed-article", quote: "Iran and Pakistan share a 900-kilometer (560-mile) border" };
 * ```
 */
export type Citation = z.output<typeof CitationSchema>;

/**
 * The fields every record has: an id, a kind, the citations that support it and free notes.
 * Extensions spread it into their own record schemas: `z.strictObject({ ...recordShape("vessel"), ... })`.
 *
 * @category Extending
 * @example
 * ```ts
 * import { z } from "zod";
 * import { recordShape } from "bilateral";
 * const VesselSchema = z.strictObject({ ...recordShape("vessel"), name: z.string(), imo: z.string() });
 * ```
 */
export function recordShape<const Kind extends string>(kind: Kind) {
  return {
    /**
     * The record's id, unique in the dataset and stable across its versions: a namespace, a colon and a name
     * (`country:IRN`).
     */
    id: IdSchema.meta({
      description:
        "The record's id, unique in the dataset and stable across its versions: a namespace, a colon and a name (`country:IRN`).",
    }),
    /** The record kind, which says which schema the record follows. */
    kind: z
      .literal(kind)
      .meta({ description: "The record kind, which says which schema the record follows." }),
    /** The sources that support the record. */
    citations: z
      .array(CitationSchema)
      .optional()
      .meta({ description: "The sources that support the record." }),
    /** Free text for people; no query reads it. */
    notes: z.string().optional().meta({ description: "Free text for people; no query reads it." }),
  };
}

/**
 * The fields every entity has besides {@link recordShape}: a name; the other names it goes by, each kind
 * kept apart (`additionalNames` given as names, `aliases`, `previousNames`, `weakAliases`); external
 * identifiers (`{ scheme: "wikidata", value: "Q794" }`); and what a source gave that the model has no field
 * for, `asDelivered`.
 *
 * @category Extending
 * @example
 * ```ts
 * import { z } from "zod";
 * import { entityShape } from "bilateral";
 * const VesselSchema = z.strictObject({ ...entityShape("vessel"), imo: z.string() });
 * ```
 */
export function entityShape<const Kind extends string>(kind: Kind) {
  return {
    ...recordShape(kind),
    /** The name the entity is known by. */
    name: z.string().min(1).meta({ description: "The name the entity is known by." }),
    /** Other names it goes by (FtM's `alias`), apart from `name`. */
    aliases: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: "Other names it goes by (FtM's `alias`), apart from `name`." }),
    /** Further names a source gives as its names (FtM's `name` beyond the first), apart from aliases. */
    additionalNames: z.array(z.string().min(1)).optional().meta({
      description:
        "Further names a source gives as its names (FtM's `name` beyond the first), apart from aliases.",
    }),
    /** Names it went by before (FtM's `previousName`). */
    previousNames: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: "Names it went by before (FtM's `previousName`)." }),
    /** Names too common or short to identify it on their own (FtM's `weakAlias`). */
    weakAliases: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: "Names too common or short to identify it on their own (FtM's `weakAlias`)." }),
    /** Its ids in other systems (Wikidata, FtM, LEI...). */
    identifiers: z
      .array(IdentifierSchema)
      .optional()
      .meta({ description: "Its ids in other systems (Wikidata, FtM, LEI...)." }),
    /** What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`). */
    asDelivered: AsDeliveredSchema.optional().meta({
      description:
        "What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`).",
    }),
  };
}

/**
 * An identifier of a record in another system: the scheme (`wikidata`, `ftm`, `lei`, `imo`...) and the value.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { IdentifierSchema } from "bilateral";
 * IdentifierSchema.parse({ scheme: "wikidata", value: "Q794" });
 * ```
 */
export const IdentifierSchema = z.strictObject({
  /** The system the id belongs to, in lower case (`wikidata`, `ftm`, `lei`, `imo`). */
  scheme: z
    .string()
    .regex(/^[a-z][a-z0-9_.-]{0,63}$/, { message: "expected a lower-case scheme name" })
    .meta({ description: "The system the id belongs to, in lower case (`wikidata`, `ftm`, `lei`, `imo`)." }),
  /** The id in that system, as it writes it (`Q794`). */
  value: z.string().min(1).meta({ description: "The id in that system, as it writes it (`Q794`)." }),
});

/**
 * An external identifier (see {@link IdentifierSchema}).
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { Identifier } from "bilateral";
 * const qid: Identifier = { scheme: "wikidata", value: "Q794" };
 * ```
 */
export type Identifier = z.output<typeof IdentifierSchema>;
