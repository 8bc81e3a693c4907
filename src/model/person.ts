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
  /** The title as sources give it ("Secretary of State"). */
  title: z.string().min(1).meta({ description: 'The title as sources give it ("Secretary of State").' }),
  /** The broad role, so that queries can ask for heads of state or spokespeople whatever the title. */
  role: z.enum(POSITION_ROLES).optional().meta({
    description:
      "The broad role, so that queries can ask for heads of state or spokespeople whatever the title.",
  }),
  /** The organisation or country the position is held in. */
  organization: ref("organization", "country")
    .optional()
    .meta({ description: "The organisation or country the position is held in." }),
  /** The country the position is held for. */
  country: ref("country").optional().meta({ description: "The country the position is held for." }),
  /** When the position was held (either side open). */
  period: PeriodSchema.optional().meta({ description: "When the position was held (either side open)." }),
  /** The sources that give the position. */
  citations: z.array(CitationSchema).optional().meta({ description: "The sources that give the position." }),
  /** Ids of the position in other systems (an FtM Occupancy's id, `ftm`, and its Position's, `ftm-position`). */
  identifiers: z.array(IdentifierSchema).optional().meta({
    description:
      "Ids of the position in other systems (an FtM Occupancy's id, `ftm`, and its Position's, `ftm-position`).",
  }),
  /** What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`). */
  asDelivered: AsDeliveredSchema.optional().meta({
    description:
      "What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`).",
  }),
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
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#person).
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
  /** The countries the person is a national of. */
  nationalities: z
    .array(ref("country"))
    .optional()
    .meta({ description: "The countries the person is a national of." }),
  /** Countries a source associates with the person other than by nationality (FtM's `country`). */
  countries: z.array(ref("country")).optional().meta({
    description: "Countries a source associates with the person other than by nationality (FtM's `country`).",
  }),
  /** The date of birth, a partial date. */
  birthDate: PartialDateSchema.optional().meta({ description: "The date of birth, a partial date." }),
  /** The date of death, a partial date. */
  deathDate: PartialDateSchema.optional().meta({ description: "The date of death, a partial date." }),
  /** The place of birth, as text. */
  birthPlace: z.string().min(1).optional().meta({ description: "The place of birth, as text." }),
  /** `male`, `female` or `other`, as a source gives it. */
  gender: z
    .enum(["male", "female", "other"])
    .optional()
    .meta({ description: "`male`, `female` or `other`, as a source gives it." }),
  /** The person's addresses, as text. */
  addresses: z.array(z.string().min(1)).optional().meta({ description: "The person's addresses, as text." }),
  /** The positions the person holds or held. */
  positions: z
    .array(PositionSchema)
    .optional()
    .meta({ description: "The positions the person holds or held." }),
  /** Identity documents: passports, national ids. */
  identifications: z
    .array(IdentificationSchema)
    .optional()
    .meta({ description: "Identity documents: passports, national ids." }),
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
