import { z } from "zod";
import { ref } from "../core/reference.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { distinctParties, linkShape } from "./link.js";
import { MoneySchema } from "./money.js";

/**
 * A payment from a `payer` to a `beneficiary`: the `amount` as stated (see `MoneySchema`), the `date`, and
 * the `purpose` and `programme` (the scheme or contract it was paid under) in the source's words. A payment
 * spread over time has a `period` instead of, or beside, its date.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#payment).
 *
 * @category Links
 * @example
 * ```ts
 * import { PaymentSchema } from "bilateral";
 * PaymentSchema.parse({
 *   id: "payment:ministry-shipping",
 *   kind: "payment",
 *   payer: "org:ministry",
 *   beneficiary: "org:shipping",
 *   amount: { amount: 2.5e6, currency: "EUR" },
 *   date: "2021-06-30",
 *   purpose: "port services",
 * });
 * ```
 */
export const PaymentSchema = z
  .strictObject({
    ...linkShape("payment"),
    /** The person, organisation or country that paid. */
    payer: ref("person", "organization", "country").meta({
      description: "The person, organisation or country that paid.",
    }),
    /** The person, organisation or country paid. */
    beneficiary: ref("person", "organization", "country").meta({
      description: "The person, organisation or country paid.",
    }),
    /** The amount paid as stated, with the equivalents the source gave. */
    amount: MoneySchema.optional().meta({
      description: "The amount paid as stated, with the equivalents the source gave.",
    }),
    /** When it was paid, a partial date. */
    date: PartialDateSchema.optional().meta({ description: "When it was paid, a partial date." }),
    /** What it was paid for, in the source's words. */
    purpose: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "What it was paid for, in the source's words." }),
    /** The scheme or contract it was paid under, in the source's words. */
    programme: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The scheme or contract it was paid under, in the source's words." }),
  })
  .check(distinctParties("payer", "beneficiary"));

/**
 * A payment record (see {@link PaymentSchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Payment } from "bilateral";
 * const paid: Payment = { id: "payment:x", kind: "payment", payer: "org:a", beneficiary: "person:b", date: "2020" };
 * ```
 */
export interface Payment extends z.output<typeof PaymentSchema> {}

/**
 * A payment record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { PaymentInput } from "bilateral";
 * const paid: PaymentInput = { id: "payment:y", kind: "payment", payer: "org:a", beneficiary: "org:b", amount: { amount: 100, currency: "USD" } };
 * ```
 */
export interface PaymentInput extends z.input<typeof PaymentSchema> {}
