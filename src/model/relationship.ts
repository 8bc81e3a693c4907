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
  stance: z.enum(STANCES),
  trend: z.enum(TRENDS).optional(),
  causes: z.array(ref("*")).optional(),
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
  relationshipType: z.enum(RELATIONSHIP_TYPES),
  parties: dyadSchema("country", "organization", "person"),
  directed: z.boolean().optional(),
  label: z.string().min(1).optional(),
  scope: z.string().min(1).optional(),
  obligations: z.array(z.enum(OBLIGATIONS)).optional(),
  period: PeriodSchema.optional(),
  stanceHistory: historySchema(StanceEntrySchema).optional(),
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
