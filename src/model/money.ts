import { z } from "zod";
import { CurrencyCodeSchema } from "../codes/currency.js";
import { addIssue } from "../core/issue.js";

const AmountSchema = z.number().finite().nonnegative();

/**
 * An amount of money in one currency, as a source stated it.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { MoneyAmountSchema } from "bilateral";
 * MoneyAmountSchema.parse({ amount: 8.6e9, currency: "EUR" });
 * ```
 */
export const MoneyAmountSchema = z.strictObject({
  /** The amount, a non-negative number in units of the currency (not cents). */
  amount: AmountSchema.meta({
    description: "The amount, a non-negative number in units of the currency (not cents).",
  }),
  /** The ISO 4217 currency code (`USD`). */
  currency: CurrencyCodeSchema.meta({ description: "The ISO 4217 currency code (`USD`)." }),
});

/**
 * An amount of money in one currency (see {@link MoneyAmountSchema}).
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { MoneyAmount } from "bilateral";
 * const euros: MoneyAmount = { amount: 8.6e9, currency: "EUR" };
 * ```
 */
export type MoneyAmount = z.output<typeof MoneyAmountSchema>;

/**
 * Money: an amount and its ISO 4217 currency, with the equivalents a source stated beside it
 * (`$10 billion (EUR 8.6 billion)`). Equivalents are kept as stated, never computed; each must be in another
 * currency than the amount.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { MoneySchema } from "bilateral";
 * MoneySchema.parse({ amount: 10e9, currency: "USD", equivalents: [{ amount: 8.6e9, currency: "EUR" }] });
 * ```
 */
export const MoneySchema = z
  .strictObject({
    /** The amount, a non-negative number in units of the currency (not cents). */
    amount: AmountSchema.meta({
      description: "The amount, a non-negative number in units of the currency (not cents).",
    }),
    /** The ISO 4217 currency code (`USD`). */
    currency: CurrencyCodeSchema.meta({ description: "The ISO 4217 currency code (`USD`)." }),
    /** The amounts in other currencies the source stated beside it, never computed. */
    equivalents: z
      .array(MoneyAmountSchema)
      .optional()
      .meta({ description: "The amounts in other currencies the source stated beside it, never computed." }),
  })
  .check((ctx) => {
    ctx.value.equivalents?.forEach((equivalent, index) => {
      if (equivalent.currency === ctx.value.currency) {
        addIssue(ctx, {
          code: "equivalent_same_unit",
          message: `a stated equivalent must be in another currency than ${ctx.value.currency}`,
          input: equivalent,
          path: ["equivalents", index, "currency"],
        });
      }
    });
  });

/**
 * Money with stated equivalents (see {@link MoneySchema}).
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { Money } from "bilateral";
 * const target: Money = { amount: 10e9, currency: "USD", equivalents: [{ amount: 8.6e9, currency: "EUR" }] };
 * ```
 */
export type Money = z.output<typeof MoneySchema>;
