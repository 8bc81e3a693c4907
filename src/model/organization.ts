import { z } from "zod";
import { ref } from "../core/reference.js";
import { PeriodSchema } from "../time/period.js";
import { entityShape } from "./base.js";

/**
 * The kinds of organisation the model knows.
 *
 * @category Entities
 * @example
 * ```ts
 * import { ORGANIZATION_TYPES } from "bilateral";
 * ORGANIZATION_TYPES.includes("armed-group"); //=> true
 * ```
 */
export const ORGANIZATION_TYPES = [
  "government-body",
  "armed-forces",
  "armed-group",
  "intergovernmental",
  "political-party",
  "company",
  "state-owned-enterprise",
  "non-governmental",
  "media",
  "religious",
  "other",
] as const;

/**
 * An organisation type (one of {@link ORGANIZATION_TYPES}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { OrganizationType } from "bilateral";
 * const type: OrganizationType = "government-body";
 * ```
 */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/**
 * An organisation: a government body (a ministry, an agency), an armed group, an intergovernmental body, a
 * company... `country` is the state it belongs to or is based in; `parent` the organisation it is part of;
 * `members` the members of an intergovernmental body; `activeIn` the places it operates in.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#organization).
 *
 * @category Entities
 * @example
 * ```ts
 * import { OrganizationSchema } from "bilateral";
 * OrganizationSchema.parse({
 *   id: "org:pakistan-foreign-ministry",
 *   kind: "organization",
 *   name: "Ministry of Foreign Affairs of Pakistan",
 *   organizationType: "government-body",
 *   country: "country:PAK",
 * });
 * ```
 */
export const OrganizationSchema = z.strictObject({
  ...entityShape("organization"),
  /** What kind of organisation it is (`government-body`, `armed-group`, `company`...). */
  organizationType: z.enum(ORGANIZATION_TYPES).meta({
    description: "What kind of organisation it is (`government-body`, `armed-group`, `company`...).",
  }),
  /** The country it belongs to or is based in. */
  country: ref("country").optional().meta({ description: "The country it belongs to or is based in." }),
  /**
   * The country whose law the organisation is registered under, when a source gives it apart from `country`.
   */
  jurisdiction: ref("country").optional().meta({
    description:
      "The country whose law the organisation is registered under, when a source gives it apart from `country`.",
  }),
  /** Its addresses, as text. */
  addresses: z.array(z.string().min(1)).optional().meta({ description: "Its addresses, as text." }),
  /** The organisation or country it is part of (a ministry's government). */
  parent: ref("organization", "country")
    .optional()
    .meta({ description: "The organisation or country it is part of (a ministry's government)." }),
  /** The countries and organisations that are members of it (of an intergovernmental body). */
  members: z.array(ref("country", "organization")).optional().meta({
    description: "The countries and organisations that are members of it (of an intergovernmental body).",
  }),
  /** The places and countries it operates in. */
  activeIn: z
    .array(ref("place", "country"))
    .optional()
    .meta({ description: "The places and countries it operates in." }),
  /** Its sectors as three-letter CAMEO/PLOVER actor type codes (`GOV`, `MIL`, `BUS`). */
  sectors: z
    .array(z.string().regex(/^[A-Z]{3}$/, { message: "expected a three-letter CAMEO/PLOVER sector code" }))
    .optional()
    .meta({
      description: "Its sectors as three-letter CAMEO/PLOVER actor type codes (`GOV`, `MIL`, `BUS`).",
    }),
  /** When it existed: founded or incorporated, dissolved (either side open). */
  period: PeriodSchema.optional().meta({
    description: "When it existed: founded or incorporated, dissolved (either side open).",
  }),
});

/**
 * An organisation record (see {@link OrganizationSchema}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Organization } from "bilateral";
 * const bla: Organization = {
 *   id: "org:bla",
 *   kind: "organization",
 *   name: "Balochistan Liberation Army",
 *   organizationType: "armed-group",
 *   country: "country:PAK",
 * };
 * ```
 */
export interface Organization extends z.output<typeof OrganizationSchema> {}

/**
 * An organisation record as written, before parsing.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { OrganizationInput } from "bilateral";
 * const ofac: OrganizationInput = { id: "org:ofac", kind: "organization", name: "OFAC", organizationType: "government-body" };
 * ```
 */
export interface OrganizationInput extends z.input<typeof OrganizationSchema> {}
