import { z } from "zod";
import { ref } from "../core/reference.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { PeriodSchema } from "../time/period.js";
import { AsDeliveredSchema } from "./as-delivered.js";
import { CitationSchema, entityShape, IdentifierSchema } from "./base.js";
import { IdentificationSchema } from "./identification.js";

/**
 * Broad roles a position can have, so that queries can ask for "heads of state" or "spokespeople" whatever
 * the title says.
 *
 * @category Entities
 * @example
 * ```ts
 * import { POSITION_ROLES } from "bilateral";
 * POSITION_ROLES.includes("spokesperson"); //=> true
 * ```
 */
export const POSITION_ROLES = [
  "head-of-state",
  "head-of-government",
  "minister",
  "spokesperson",
  "diplomat",
  "official",
  "legislator",
  "military",
  "judge",
  "party-leader",
  "militant-leader",
  "expert",
  "journalist",
  "other",
] as const;

/**
 * A position a person holds or held: a title as sources give it, a broad role, the organisation and country
 * it is held for, and the period; ids in other systems and what a source gave beyond these, kept as
 * delivered.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PositionSchema } from "bilateral";
 * PositionSchema.parse({
 *   title: "Secretary of State",
 *   role: "minister",
 *   organization: "org:us-department-of-state",
 *   country: "country:USA",
 *   period: { start: "2025-01-21" },
 * });
 * ```
 */
export const PositionSchema = z.strictObject({
  title: z.string().min(1),
  role: z.enum(POSITION_ROLES).optional(),
  organization: ref("organization", "country").optional(),
  country: ref("country").optional(),
  period: PeriodSchema.optional(),
  citations: z.array(CitationSchema).optional(),
  /** Ids of the position in other systems (an FtM Occupancy's id, `ftm`, and its Position's, `ftm-position`). */
  identifiers: z.array(IdentifierSchema).optional(),
  /** What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`). */
  asDelivered: AsDeliveredSchema.optional(),
});

/**
 * A position (see {@link PositionSchema}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Position } from "bilateral";
 * const president: Position = { title: "President of Iran", role: "head-of-state", country: "country:IRN" };
 * ```
 */
export type Position = z.output<typeof PositionSchema>;

/**
 * A person, with the positions they hold over time, their nationalities and their identity documents.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PersonSchema } from "bilateral";
 * PersonSchema.parse({
 *   id: "person:masoud-pezeshkian",
 *   kind: "person",
 *   name: "Masoud Pezeshkian",
 *   positions: [{ title: "President of Iran", role: "head-of-state", country: "country:IRN" }],
 * });
 * ```
 */
export const PersonSchema = z.strictObject({
  ...entityShape("person"),
  nationalities: z.array(ref("country")).optional(),
  /** Countries a source associates with the person other than by nationality (FtM's `country`). */
  countries: z.array(ref("country")).optional(),
  birthDate: PartialDateSchema.optional(),
  deathDate: PartialDateSchema.optional(),
  birthPlace: z.string().min(1).optional(),
  gender: z.enum(["male", "female", "other"]).optional(),
  addresses: z.array(z.string().min(1)).optional(),
  positions: z.array(PositionSchema).optional(),
  /** Identity documents: passports, national ids (see {@link IdentificationSchema}). */
  identifications: z.array(IdentificationSchema).optional(),
});

/**
 * A person record (see {@link PersonSchema}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Person } from "bilateral";
 * const malik: Person = { id: "person:malik", kind: "person", name: "Malik" };
 * ```
 */
export interface Person extends z.output<typeof PersonSchema> {}

/**
 * A person record as written, before parsing.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PersonInput } from "bilateral";
 * const rubio: PersonInput = { id: "person:marco-rubio", kind: "person", name: "Marco Rubio" };
 * ```
 */
export interface PersonInput extends z.input<typeof PersonSchema> {}
