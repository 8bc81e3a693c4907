import { z } from "zod";
import { addIssue } from "../core/issue.js";

/**
 * The units a quantity may have, by dimension. Kept short and explicit so that a typo (`kms`) is an issue,
 * not a new unit.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { QUANTITY_UNITS } from "bilateral";
 * QUANTITY_UNITS.includes("km"); //=> true
 * ```
 */
export const QUANTITY_UNITS = [
  // length
  "m",
  "km",
  "mi",
  "nmi",
  // area
  "km2",
  "mi2",
  "ha",
  // mass
  "kg",
  "t",
  // volume and flow of oil and gas
  "l",
  "m3",
  "bbl",
  "bcm",
  "bcm/year",
  "mmcfd",
  "bbl/day",
  // energy and power
  "MW",
  "GWh",
  // people and counts
  "people",
  "count",
  // share
  "percent",
] as const;

/**
 * A quantity unit (one of {@link QUANTITY_UNITS}).
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { QuantityUnit } from "bilateral";
 * const unit: QuantityUnit = "mi";
 * ```
 */
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

const UnitSchema = z.enum(QUANTITY_UNITS);

/**
 * A value in one unit, as stated.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { MeasureSchema } from "bilateral";
 * MeasureSchema.parse({ value: 560, unit: "mi" });
 * ```
 */
export const MeasureSchema = z.strictObject({
  /** The value, a finite number in the unit. */
  value: z.number().finite().meta({ description: "The value, a finite number in the unit." }),
  /** The unit (`km`, `mi`, `bcm/year`, `MW`...). */
  unit: UnitSchema.meta({ description: "The unit (`km`, `mi`, `bcm/year`, `MW`...)." }),
});

/**
 * A value in one unit (see {@link MeasureSchema}).
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { Measure } from "bilateral";
 * const miles: Measure = { value: 560, unit: "mi" };
 * ```
 */
export type Measure = z.output<typeof MeasureSchema>;

/**
 * A quantity: a value and its unit, with the equivalents a source stated beside it (`900 km (560 mi)`).
 * Equivalents are kept as stated, never converted; each must be in another unit.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { QuantitySchema } from "bilateral";
 * QuantitySchema.parse({ value: 900, unit: "km", equivalents: [{ value: 560, unit: "mi" }] });
 * ```
 */
export const QuantitySchema = z
  .strictObject({
    /** The value, a finite number in the unit. */
    value: z.number().finite().meta({ description: "The value, a finite number in the unit." }),
    /** The unit (`km`, `mi`, `bcm/year`, `MW`...). */
    unit: UnitSchema.meta({ description: "The unit (`km`, `mi`, `bcm/year`, `MW`...)." }),
    /** The values in other units the source stated beside it, never converted. */
    equivalents: z
      .array(MeasureSchema)
      .optional()
      .meta({ description: "The values in other units the source stated beside it, never converted." }),
  })
  .check((ctx) => {
    ctx.value.equivalents?.forEach((equivalent, index) => {
      if (equivalent.unit === ctx.value.unit) {
        addIssue(ctx, {
          code: "equivalent_same_unit",
          message: `a stated equivalent must be in another unit than ${ctx.value.unit}`,
          input: equivalent,
          path: ["equivalents", index, "unit"],
        });
      }
    });
  });

/**
 * A quantity with stated equivalents (see {@link QuantitySchema}).
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { Quantity } from "bilateral";
 * const border: Quantity = { value: 900, unit: "km", equivalents: [{ value: 560, unit: "mi" }] };
 * ```
 */
export type Quantity = z.output<typeof QuantitySchema>;
