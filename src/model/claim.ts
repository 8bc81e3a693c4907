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
    claimType: z.enum(CLAIM_TYPES),
    by: ref("person", "organization", "country", "source"),
    attributedAs: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    summary: z.string().min(1).optional(),
    hedges: z.array(z.string().min(1)).optional(),
    confidence: z.number().min(0).max(1).optional(),
    date: PartialDateSchema.optional(),
    parties: z.array(ref("country", "organization", "person")).optional(),
    about: z.array(ref("*")).optional(),
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
