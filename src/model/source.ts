import { z } from "zod";
import { addIssue } from "../core/issue.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { recordShape, UrlSchema } from "./base.js";

/**
 * The kinds of source a record can cite.
 *
 * @category Provenance
 * @example
 * ```ts
 * import { SOURCE_TYPES } from "bilateral";
 * SOURCE_TYPES.includes("news"); //=> true
 * ```
 */
export const SOURCE_TYPES = [
  "news",
  "government",
  "intergovernmental",
  "dataset",
  "reference",
  "academic",
  "other",
] as const;

/**
 * A source: where claims come from. A news article, an official statement, a dataset, a reference work.
 * It needs at least a title, a URL or a publisher.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#source).
 *
 * @category Provenance
 * @example
 * ```ts
 * import { SourceSchema } from "bilateral";
 * SourceSchema.parse({
 *   id: "source:seed-article",
 *   kind: "source",
 *   sourceType: "news",
 *   title: "Iran expresses worry over the deepening US-Pakistan alliance",
 * });
 * ```
 */
export const SourceSchema = z
  .strictObject({
    ...recordShape("source"),
    /** What kind of source it is (`news`, `government`, `dataset`...). */
    sourceType: z
      .enum(SOURCE_TYPES)
      .optional()
      .meta({ description: "What kind of source it is (`news`, `government`, `dataset`...)." }),
    /** Its title (a title, a url or a publisher is required). */
    title: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Its title (a title, a url or a publisher is required)." }),
    /** Who published it: the outlet, the ministry, the agency. */
    publisher: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Who published it: the outlet, the ministry, the agency." }),
    /** Its authors' names. */
    authors: z.array(z.string().min(1)).optional().meta({ description: "Its authors' names." }),
    /** Its address, an absolute http(s) URL. */
    url: UrlSchema.optional().meta({ description: "Its address, an absolute http(s) URL." }),
    /**
     * When it was published, a partial date; it stands for the knowledge time of a citation that gives no
     * `reported` date.
     */
    published: PartialDateSchema.optional().meta({
      description:
        "When it was published, a partial date; it stands for the knowledge time of a citation that gives no `reported` date.",
    }),
    /** When it was read or downloaded, a partial date. */
    retrieved: PartialDateSchema.optional().meta({
      description: "When it was read or downloaded, a partial date.",
    }),
    /** Its language, a BCP 47 tag (`en`, `ur`, `fa-IR`). */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'expected a BCP 47 language tag such as "en"' })
      .optional()
      .meta({ description: "Its language, a BCP 47 tag (`en`, `ur`, `fa-IR`)." }),
    /** The licence it is published under. */
    licence: z.string().min(1).optional().meta({ description: "The licence it is published under." }),
  })
  .check((ctx) => {
    const { title, url, publisher } = ctx.value;
    if (title === undefined && url === undefined && publisher === undefined) {
      addIssue(ctx, {
        code: "missing_field",
        message: "a source needs at least a title, a url or a publisher",
        input: ctx.value,
      });
    }
  });

/**
 * A source record (see {@link SourceSchema}).
 *
 * @category Provenance
 * @example
 * ```ts
 * import type { Source } from "bilateral";
 * const article: Source = { id: "source:seed-article", kind: "source", title: "Iran expresses worry..." };
 * ```
 */
export interface Source extends z.output<typeof SourceSchema> {}

/**
 * A source record as written, before parsing.
 *
 * @category Provenance
 * @example
 * ```ts
 * import type { SourceInput } from "bilateral";
 * const input: SourceInput = { id: "source:ofac", kind: "source", publisher: "OFAC" };
 * ```
 */
export interface SourceInput extends z.input<typeof SourceSchema> {}
