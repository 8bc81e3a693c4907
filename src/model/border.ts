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
  parties: dyadSchema("country"),
  length: QuantitySchema.optional(),
  places: z.array(ref("place")).optional(),
  period: PeriodSchema.optional(),
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
