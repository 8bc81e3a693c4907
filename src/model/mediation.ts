import { z } from "zod";
import { addIssue, previewValue } from "../core/issue.js";
import { ref } from "../core/reference.js";
import { recordShape } from "./base.js";
import { dyadSchema } from "./dyad.js";
import { datedEntryShape, historySchema } from "./history.js";

/**
 * The states of a mediation.
 *
 * @category Relationships
 * @example
 * ```ts
 * import { MEDIATION_STATUSES } from "bilateral";
 * MEDIATION_STATUSES.includes("active"); //=> true
 * ```
 */
export const MEDIATION_STATUSES = [
  "offered",
  "accepted",
  "active",
  "suspended",
  "ended",
  "rejected",
] as const;

/**
 * One entry of a mediation's status history.
 *
 * @category Relationships
 * @example
 * ```ts
 * import { MediationStatusEntrySchema } from "bilateral";
 * MediationStatusEntrySchema.parse({ status: "active", asOf: "2025-08" });
 * ```
 */
export const MediationStatusEntrySchema = z.strictObject({
  ...datedEntryShape,
  /** The mediation's state: offered, accepted, active, suspended, ended or rejected. */
  status: z
    .enum(MEDIATION_STATUSES)
    .meta({ description: "The mediation's state: offered, accepted, active, suspended, ended or rejected." }),
});

/**
 * A mediation: a third party in a mediating role between two others. The mediator may not be one of them.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#mediation).
 *
 * @category Relationships
 * @example
 * ```ts
 * import { MediationSchema } from "bilateral";
 * MediationSchema.parse({
 *   id: "mediation:pakistan-iran-us",
 *   kind: "mediation",
 *   mediator: "country:PAK",
 *   between: ["country:IRN", "country:USA"],
 *   statusHistory: [{ status: "active" }],
 * });
 * ```
 */
export const MediationSchema = z
  .strictObject({
    ...recordShape("mediation"),
    /** The third party mediating, never one of the two parties. */
    mediator: ref("country", "organization", "person").meta({
      description: "The third party mediating, never one of the two parties.",
    }),
    /** The two parties mediated between. */
    between: dyadSchema("country", "organization", "person").meta({
      description: "The two parties mediated between.",
    }),
    /** What the mediation is about, in words. */
    topic: z.string().min(1).optional().meta({ description: "What the mediation is about, in words." }),
    /** The mediation's states over time, in time order. */
    statusHistory: historySchema(MediationStatusEntrySchema)
      .optional()
      .meta({ description: "The mediation's states over time, in time order." }),
  })
  .check((ctx) => {
    const index = ctx.value.between.indexOf(ctx.value.mediator);
    if (index !== -1) {
      addIssue(ctx, {
        code: "same_party",
        message: `the mediator ${previewValue(ctx.value.mediator)} cannot also be a party`,
        input: ctx.value,
        path: ["between", index],
      });
    }
  });

/**
 * A mediation record (see {@link MediationSchema}).
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { Mediation } from "bilateral";
 * const m: Mediation = { id: "mediation:x", kind: "mediation", mediator: "country:QAT", between: ["country:USA", "country:IRN"] };
 * ```
 */
export interface Mediation extends z.output<typeof MediationSchema> {}

/**
 * A mediation record as written, before parsing.
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { MediationInput } from "bilateral";
 * const m: MediationInput = { id: "mediation:y", kind: "mediation", mediator: "country:OMN", between: ["country:USA", "country:IRN"] };
 * ```
 */
export interface MediationInput extends z.input<typeof MediationSchema> {}
