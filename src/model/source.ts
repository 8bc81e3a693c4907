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
    sourceType: z.enum(SOURCE_TYPES).optional(),
    title: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    authors: z.array(z.string().min(1)).optional(),
    url: UrlSchema.optional(),
    published: PartialDateSchema.optional(),
    retrieved: PartialDateSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'expected a BCP 47 language tag such as "en"' })
      .optional(),
    licence: z.string().min(1).optional(),
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
