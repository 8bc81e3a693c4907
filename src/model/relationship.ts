import { z } from "zod";
import { ref } from "../core/reference.js";
import { PeriodSchema } from "../time/period.js";
import { recordShape } from "./base.js";
import { dyadSchema } from "./dyad.js";
import { datedEntryShape, historySchema } from "./history.js";

/**
 * The kinds of relationship between two parties.
 *
 * @category Relationships
 * @example
 * ```ts
 * import { RELATIONSHIP_TYPES } from "bilateral";
 * RELATIONSHIP_TYPES.includes("alliance"); //=> true
 * ```
 */
export const RELATIONSHIP_TYPES = [
  "alliance",
  "strategic-partnership",
  "security-cooperation",
  "trade-partnership",
  "diplomatic",
  "support",
  "rivalry",
  "dispute",
  "conflict",
  "other",
] as const;

/**
 * Alliance obligations, as the ATOP project codes them.
 *
 * @category Relationships
 * @example
 * ```ts
 * import { OBLIGATIONS } from "bilateral";
 * OBLIGATIONS; //=> ["defence", "offence", "neutrality", "non-aggression", "consultation"]
 * ```
 */
export const OBLIGATIONS = ["defence", "offence", "neutrality", "non-aggression", "consultation"] as const;

/**
 * The stance between two parties, from closest to most hostile.
 *
 * @category Relationships
 * @example
 * ```ts
 * import { STANCES } from "bilateral";
 * STANCES[0]; //=> "allied"
 * ```
 */
export const STANCES = ["allied", "cooperative", "neutral", "strained", "hostile"] as const;

/**
 * A stance (one of {@link STANCES}).
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { Stance } from "bilateral";
 * const stance: Stance = "strained";
 * ```
 */
export type Stance = (typeof STANCES)[number];

/**
 * Which way a relationship is moving.
 *
 * @category Relationships
 * @example
 * ```ts
 * import { TRENDS } from "bilateral";
 * TRENDS.includes("deepening"); //=> true
 * ```
 */
export const TRENDS = ["deepening", "improving", "stable", "cooling", "deteriorating"] as const;

/**
 * One entry of a relationship's stance history: the stance, the trend, and the records that cause it (the
 * attacks that strain it, say).
 *
 * @category Relationships
 * @example
 * ```ts
 * import { StanceEntrySchema } from "bilateral";
 * StanceEntrySchema.parse({ stance: "strained", causes: ["event:cross-border-attacks"] });
 * ```
 */
export const StanceEntrySchema = z.strictObject({
  ...datedEntryShape,
  /**
   * The stance between the parties, from closest to most hostile: allied, cooperative, neutral, strained,
   * hostile.
   */
  stance: z.enum(STANCES).meta({
    description:
      "The stance between the parties, from closest to most hostile: allied, cooperative, neutral, strained, hostile.",
  }),
  /** Which way the relationship is moving: deepening, improving, stable, cooling or deteriorating. */
  trend: z.enum(TRENDS).optional().meta({
    description:
      "Which way the relationship is moving: deepening, improving, stable, cooling or deteriorating.",
  }),
  /** The records of any kind that cause this stance (the attacks that strain it). */
  causes: z
    .array(ref("*"))
    .optional()
    .meta({ description: "The records of any kind that cause this stance (the attacks that strain it)." }),
});

/**
 * A stance entry (see {@link StanceEntrySchema}).
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { StanceEntry } from "bilateral";
 * const entry: StanceEntry = { stance: "cooperative", trend: "deepening", asOf: "2025-08" };
 * ```
 */
export type StanceEntry = z.output<typeof StanceEntrySchema>;

/**
 * A relationship between two parties (a dyad), of a kind, unordered unless `directed` (then from the first
 * party to the second), with ATOP-style obligations, a scope, a period and a dated stance history.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#relationship).
 *
 * @category Relationships
 * @example
 * ```ts
 * import { RelationshipSchema } from "bilateral";
 * RelationshipSchema.parse({
 *   id: "rel:iran-pakistan-security",
 *   kind: "relationship",
 *   relationshipType: "security-cooperation",
 *   parties: ["country:IRN", "country:PAK"],
 *   scope: "fighting militant groups",
 *   stanceHistory: [{ stance: "cooperative" }],
 * });
 * ```
 */
export const RelationshipSchema = z.strictObject({
  ...recordShape("relationship"),
  /** What kind of relationship it is (`alliance`, `security-cooperation`, `rivalry`...). */
  relationshipType: z.enum(RELATIONSHIP_TYPES).meta({
    description: "What kind of relationship it is (`alliance`, `security-cooperation`, `rivalry`...).",
  }),
  /** The two parties, from the first to the second when `directed`. */
  parties: dyadSchema("country", "organization", "person").meta({
    description: "The two parties, from the first to the second when `directed`.",
  }),
  /**
   * True when the relationship runs from the first party to the second (support given, say); unordered
   * otherwise.
   */
  directed: z.boolean().optional().meta({
    description:
      "True when the relationship runs from the first party to the second (support given, say); unordered otherwise.",
  }),
  /** The relationship's name as the source puts it ("Strategic alliance in fighting militant groups"). */
  label: z.string().min(1).optional().meta({
    description:
      'The relationship\'s name as the source puts it ("Strategic alliance in fighting militant groups").',
  }),
  /** What the relationship covers, in words ("fighting militant groups"). */
  scope: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'What the relationship covers, in words ("fighting militant groups").' }),
  /**
   * The alliance obligations the parties took on, as the ATOP project codes them: defence, offence,
   * neutrality, non-aggression, consultation.
   */
  obligations: z.array(z.enum(OBLIGATIONS)).optional().meta({
    description:
      "The alliance obligations the parties took on, as the ATOP project codes them: defence, offence, neutrality, non-aggression, consultation.",
  }),
  /** When the relationship holds (either side open). */
  period: PeriodSchema.optional().meta({ description: "When the relationship holds (either side open)." }),
  /** The stance between the parties over time, in time order. */
  stanceHistory: historySchema(StanceEntrySchema)
    .optional()
    .meta({ description: "The stance between the parties over time, in time order." }),
});

/**
 * A relationship record (see {@link RelationshipSchema}).
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { Relationship } from "bilateral";
 * const rel: Relationship = {
 *   id: "rel:us-pakistan",
 *   kind: "relationship",
 *   relationshipType: "strategic-partnership",
 *   parties: ["country:USA", "country:PAK"],
 * };
 * ```
 */
export interface Relationship extends z.output<typeof RelationshipSchema> {}

/**
 * A relationship record as written, before parsing.
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { RelationshipInput } from "bilateral";
 * const rel: RelationshipInput = {
 *   id: "rel:x",
 *   kind: "relationship",
 *   relationshipType: "rivalry",
 *   parties: ["country:IND", "country:PAK"],
 * };
 * ```
 */
export interface RelationshipInput extends z.input<typeof RelationshipSchema> {}
