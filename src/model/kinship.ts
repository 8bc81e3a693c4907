import { z } from "zod";
import { ref } from "../core/reference.js";
import { dyadSchema } from "./dyad.js";
import { distinctParties, linkShape } from "./link.js";

/**
 * A family tie: the `relative` is the `person`'s `relation` as the source words it ("spouse", "son",
 * "brother-in-law"), never mapped to a fixed list.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#family).
 *
 * @category Links
 * @example
 * ```ts
 * import { FamilySchema } from "bilateral";
 * FamilySchema.parse({
 *   id: "family:a-c",
 *   kind: "family",
 *   person: "person:a",
 *   relative: "person:c",
 *   relation: "spouse",
 * });
 * ```
 */
export const FamilySchema = z
  .strictObject({
    ...linkShape("family"),
    /** The person whose relative is named. */
    person: ref("person").meta({ description: "The person whose relative is named." }),
    /** The relative. */
    relative: ref("person").meta({ description: "The relative." }),
    /** What the relative is to the person, as the source words it ("spouse", "son"). */
    relation: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'What the relative is to the person, as the source words it ("spouse", "son").' }),
  })
  .check(distinctParties("person", "relative"));

/**
 * A family record (see {@link FamilySchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Family } from "bilateral";
 * const tie: Family = { id: "family:x", kind: "family", person: "person:a", relative: "person:b", relation: "daughter" };
 * ```
 */
export interface Family extends z.output<typeof FamilySchema> {}

/**
 * A family record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { FamilyInput } from "bilateral";
 * const tie: FamilyInput = { id: "family:y", kind: "family", person: "person:a", relative: "person:b" };
 * ```
 */
export interface FamilyInput extends z.input<typeof FamilySchema> {}

/**
 * An association between two parties that no other link kind says: business associates, a link a source
 * names without saying what it is (FtM's Associate and UnknownLink). `parties` are two distinct records, the
 * first the subject when the source gives a direction; `relation` is the source's words ("associate",
 * "close business partner").
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#association).
 *
 * @category Links
 * @example
 * ```ts
 * import { AssociationSchema } from "bilateral";
 * AssociationSchema.parse({
 *   id: "association:a-d",
 *   kind: "association",
 *   parties: ["person:a", "person:d"],
 *   relation: "business associate",
 * });
 * ```
 */
export const AssociationSchema = z.strictObject({
  ...linkShape("association"),
  /** The two parties linked, the first the subject when the source gives a direction. */
  parties: dyadSchema("person", "organization", "country").meta({
    description: "The two parties linked, the first the subject when the source gives a direction.",
  }),
  /** What links them, as the source words it ("business associate"). */
  relation: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'What links them, as the source words it ("business associate").' }),
});

/**
 * An association record (see {@link AssociationSchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Association } from "bilateral";
 * const link: Association = { id: "association:x", kind: "association", parties: ["person:a", "org:b"] };
 * ```
 */
export interface Association extends z.output<typeof AssociationSchema> {}

/**
 * An association record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { AssociationInput } from "bilateral";
 * const link: AssociationInput = { id: "association:y", kind: "association", parties: ["person:a", "person:b"], relation: "associate" };
 * ```
 */
export interface AssociationInput extends z.input<typeof AssociationSchema> {}
