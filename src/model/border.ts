import { z } from "zod";
import { ref } from "../core/reference.js";
import { PeriodSchema } from "../time/period.js";
import { recordShape } from "./base.js";
import { dyadSchema } from "./dyad.js";
import { QuantitySchema } from "./quantity.js";

/**
 * A border shared by two states, with its length as stated (and its stated equivalents) and the places it
 * runs through.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#border).
 *
 * @category Relationships
 * @example
 * ```ts
 * import { BorderSchema } from "bilateral";
 * BorderSchema.parse({
 *   id: "border:iran-pakistan",
 *   kind: "border",
 *   parties: ["country:IRN", "country:PAK"],
 *   length: { value: 900, unit: "km", equivalents: [{ value: 560, unit: "mi" }] },
 *   places: ["place:balochistan"],
 * });
 * ```
 */
export const BorderSchema = z.strictObject({
  ...recordShape("border"),
  /** The two countries that share the border. */
  parties: dyadSchema("country").meta({ description: "The two countries that share the border." }),
  /** The border's length as stated, with the equivalents the source gave (`900 km (560 mi)`). */
  length: QuantitySchema.optional().meta({
    description: "The border's length as stated, with the equivalents the source gave (`900 km (560 mi)`).",
  }),
  /** The places the border runs through or along (provinces, border areas, crossings). */
  places: z.array(ref("place")).optional().meta({
    description: "The places the border runs through or along (provinces, border areas, crossings).",
  }),
  /** When the border has been in place, when a source says (either side open). */
  period: PeriodSchema.optional().meta({
    description: "When the border has been in place, when a source says (either side open).",
  }),
});

/**
 * A border record (see {@link BorderSchema}).
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { Border } from "bilateral";
 * const border: Border = { id: "border:x", kind: "border", parties: ["country:IRN", "country:PAK"] };
 * ```
 */
export interface Border extends z.output<typeof BorderSchema> {}

/**
 * A border record as written, before parsing.
 *
 * @category Relationships
 * @example
 * ```ts
 * import type { BorderInput } from "bilateral";
 * const border: BorderInput = { id: "border:y", kind: "border", parties: ["country:AFG", "country:PAK"] };
 * ```
 */
export interface BorderInput extends z.input<typeof BorderSchema> {}
