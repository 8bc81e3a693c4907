import { z } from "zod";

/**
 * Properties a source gave for a record that the model has no field for, kept as delivered so that nothing is
 * lost and an exporter can give them back: one entry per property, its name as the source spells it
 * (`sharesValue`, `sequenceNumber`) and its values as text, exactly as delivered. Links, entities,
 * sanctions, identity documents and positions have it. An importer also keeps here the properties a field
 * holds only in a reading (a date cut to the day, notes joined from several properties), and the FtM
 * entity's own fields the model has no place for (`first_seen`, `schema` when the kind does not say it):
 * an exporter writes these as delivered.
 *
 * @category Provenance
 * @example
 * ```ts
 * import { AsDeliveredSchema } from "bilateral";
 * AsDeliveredSchema.parse([{ property: "sharesValue", values: ["1000000"] }]);
 * ```
 */
export const AsDeliveredSchema = z.array(
  z.strictObject({
    /** The property's name as the source spells it (`sharesValue`). */
    property: z
      .string()
      .min(1)
      .max(256)
      .meta({ description: "The property's name as the source spells it (`sharesValue`)." }),
    /** Its values, as text. */
    values: z.array(z.string()).min(1).meta({ description: "Its values, as text." }),
  }),
);

/**
 * Properties kept as delivered (see {@link AsDeliveredSchema}).
 *
 * @category Provenance
 * @example
 * ```ts
 * import type { AsDelivered } from "bilateral";
 * const extra: AsDelivered = [{ property: "sharesType", values: ["ordinary"] }];
 * ```
 */
export type AsDelivered = z.output<typeof AsDeliveredSchema>;
