import { z } from "zod";
import { addIssue, previewValue } from "../core/issue.js";
import { ref } from "../core/reference.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { recordShape } from "./base.js";

/**
 * The kinds of claim: an `assessment` (how things are, "Iran appears to be shifting towards security
 * diplomacy"), a `prediction` (what will or could happen), an `intention` (what the speaker, or those they
 * speak for, mean to do), a `position` (where the speaker stands, what they commend or reject), an
 * `allegation` (that someone did something wrong) and a `denial`. Demands and appeals are not claims but
 * acts, coded as events (PLOVER REQUEST, CAMEO 02).
 *
 * @category Claims
 * @example
 * ```ts
 * import { CLAIM_TYPES } from "bilateral";
 * CLAIM_TYPES.includes("prediction"); //=> true
 * ```
 */
export const CLAIM_TYPES = [
  "assessment",
  "prediction",
  "intention",
  "position",
  "allegation",
  "denial",
] as const;

/**
 * A kind of claim (one of {@link CLAIM_TYPES}).
 *
 * @category Claims
 * @example
 * ```ts
 * import type { ClaimType } from "bilateral";
 * const type: ClaimType = "allegation";
 * ```
 */
export type ClaimType = (typeof CLAIM_TYPES)[number];

/**
 * A claim: what someone asserts rather than does. Its type; who asserts it (`by`: a person, an organisation,
 * a country, or a source when the source itself asserts it and names nobody), once; the role as the source
 * puts it (`attributedAs`, "trade lawyer"); the words as said (`text`, verbatim) or a paraphrase (`summary`),
 * at least one of them; the hedge words as said (`hedges`: "could potentially", "believes"); a `confidence`
 * (0 to 1); when it was said (`date`, a partial date); the countries, organisations and people it concerns
 * (`parties`) and the records of any kind it is about (`about`). Its citations say where it was reported; one
 * that attributes it to someone other than `by` is an `invalid_value` (one speaker per claim). A claim is not
 * evidence that what it says is so: events stay acts.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#claim).
 *
 * @category Claims
 * @example
 * ```ts
 * import { ClaimSchema } from "bilateral";
 * ClaimSchema.parse({
 *   id: "claim:malik-sanctions",
 *   kind: "claim",
 *   claimType: "prediction",
 *   by: "person:malik",
 *   attributedAs: "trade lawyer",
 *   text: "easing tension between Tehran and Washington could potentially ease US sanctions",
 *   hedges: ["could potentially"],
 *   confidence: 0.4,
 *   parties: ["country:IRN", "country:USA"],
 *   about: ["sanction:us-iran-nuclear"],
 * });
 * ClaimSchema.safeParse({ id: "claim:x", kind: "claim", claimType: "position", by: "person:x" }).success; //=> false
 * ```
 */
export const ClaimSchema = z
  .strictObject({
    ...recordShape("claim"),
    /**
     * What kind of claim it is: an assessment, a prediction, an intention, a position, an allegation or a
     * denial.
     */
    claimType: z.enum(CLAIM_TYPES).meta({
      description:
        "What kind of claim it is: an assessment, a prediction, an intention, a position, an allegation or a denial.",
    }),
    /**
     * Who asserts it: a person, organisation or country, or a source that asserts it itself and names nobody.
     */
    by: ref("person", "organization", "country", "source").meta({
      description:
        "Who asserts it: a person, organisation or country, or a source that asserts it itself and names nobody.",
    }),
    /** The speaker's role as the source puts it ("trade lawyer"). */
    attributedAs: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The speaker\'s role as the source puts it ("trade lawyer").' }),
    /** The words as said, verbatim (a text or a summary is required). */
    text: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The words as said, verbatim (a text or a summary is required)." }),
    /** A paraphrase of what was said (a text or a summary is required). */
    summary: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A paraphrase of what was said (a text or a summary is required)." }),
    /** The hedge words as said ("could potentially", "believes"). */
    hedges: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'The hedge words as said ("could potentially", "believes").' }),
    /** How sure the speaker sounds, or the coder is, from 0 (not at all) to 1 (certain). */
    confidence: z.number().min(0).max(1).optional().meta({
      description: "How sure the speaker sounds, or the coder is, from 0 (not at all) to 1 (certain).",
    }),
    /** When the claim was made, a partial date. */
    date: PartialDateSchema.optional().meta({ description: "When the claim was made, a partial date." }),
    /** The countries, organisations and people the claim concerns. */
    parties: z
      .array(ref("country", "organization", "person"))
      .optional()
      .meta({ description: "The countries, organisations and people the claim concerns." }),
    /** The records of any kind the claim is about (a sanction, a project, an event). */
    about: z
      .array(ref("*"))
      .optional()
      .meta({ description: "The records of any kind the claim is about (a sanction, a project, an event)." }),
  })
  .check((ctx) => {
    const { by, citations, summary, text } = ctx.value;
    if (text === undefined && summary === undefined) {
      addIssue(ctx, {
        code: "missing_field",
        message: "a claim needs its words (text) or a paraphrase (summary)",
        input: ctx.value,
        path: ["text"],
      });
    }
    // One attribution per claim: a citation may repeat `by`, never name another speaker.
    citations?.forEach((citation, i) => {
      if (citation.attributedTo !== undefined && citation.attributedTo !== by) {
        addIssue(ctx, {
          code: "invalid_value",
          message: `a claim has one speaker, its by (${previewValue(by)}): a citation attributing it to ${previewValue(citation.attributedTo)} is another claim`,
          input: citation.attributedTo,
          path: ["citations", i, "attributedTo"],
        });
      }
    });
  });

/**
 * A claim record (see {@link ClaimSchema}).
 *
 * @category Claims
 * @example
 * ```ts
 * import type { ClaimRecord } from "bilateral";
 * const claim: ClaimRecord = { id: "claim:x", kind: "claim", claimType: "denial", by: "country:IRN", summary: "Iran denies it." };
 * ```
 */
export interface ClaimRecord extends z.output<typeof ClaimSchema> {}

/**
 * A claim record as written, before parsing.
 *
 * @category Claims
 * @example
 * ```ts
 * import type { ClaimInput } from "bilateral";
 * const claim: ClaimInput = { id: "claim:y", kind: "claim", claimType: "assessment", by: "source:a", text: "Iran appears to shift." };
 * ```
 */
export interface ClaimInput extends z.input<typeof ClaimSchema> {}
