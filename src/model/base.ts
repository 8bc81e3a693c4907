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
    source: ref("source").optional(),
    url: UrlSchema.optional(),
    quote: z.string().min(1).optional(),
    attributedTo: ref("person", "organization", "country").optional(),
    attributedAs: z.string().min(1).optional(),
    confidence: z.number().min(0).max(1).optional(),
    locator: z.string().min(1).optional(),
    /**
     * When the source reported what it is cited for: the knowledge time that queries' `knownAt` reads. When
     * absent, the cited source's `published` date stands for it.
     */
    reported: PartialDateSchema.optional(),
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
    id: IdSchema,
    kind: z.literal(kind),
    citations: z.array(CitationSchema).optional(),
    notes: z.string().optional(),
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
    name: z.string().min(1),
    /** Other names it goes by (FtM's `alias`), apart from `name`. */
    aliases: z.array(z.string().min(1)).optional(),
    /** Further names a source gives as its names (FtM's `name` beyond the first), apart from aliases. */
    additionalNames: z.array(z.string().min(1)).optional(),
    /** Names it went by before (FtM's `previousName`). */
    previousNames: z.array(z.string().min(1)).optional(),
    /** Names too common or short to identify it on their own (FtM's `weakAlias`). */
    weakAliases: z.array(z.string().min(1)).optional(),
    identifiers: z.array(IdentifierSchema).optional(),
    /** What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`). */
    asDelivered: AsDeliveredSchema.optional(),
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
  scheme: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, { message: "expected a lower-case scheme name" }),
  value: z.string().min(1),
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
