/*
 * ISO 4217 currency codes, from the `currency-codes` package (freeall, MIT), which follows ISO 4217 List One
 * (currencies and funds in use; withdrawn codes are not in it).
 */
import { type CurrencyCodeRecord, data } from "currency-codes";
import { z } from "zod";
import { addIssue } from "../core/issue.js";
import { quoteForMessage } from "./internal.js";

let byCode: Map<string, CurrencyCodeRecord> | undefined;

function getByCode(): Map<string, CurrencyCodeRecord> {
  byCode ??= new Map(data.map((record) => [record.code, record]));
  return byCode;
}

/**
 * Tells whether a string is an active ISO 4217 alphabetic currency code (ISO 4217 List One as published
 * with the `currency-codes` package, which also lists funds and the X codes such as XAU and XDR).
 * Upper-case only; withdrawn codes (DEM, HRK...) are not active.
 *
 * @category Codes
 * @example
 * ```ts
 * import { isCurrencyCode } from "bilateral";
 * isCurrencyCode("EUR"); //=> true
 * isCurrencyCode("eur"); //=> false
 * isCurrencyCode("DEM"); //=> false (withdrawn)
 * ```
 */
export function isCurrencyCode(code: string): boolean {
  return typeof code === "string" && /^[A-Z]{3}$/.test(code) && getByCode().has(code);
}

/**
 * The ISO 4217 name of an active currency (`"Pakistan Rupee"`), or `undefined`.
 *
 * @category Codes
 * @example
 * ```ts
 * import { currencyName } from "bilateral";
 * currencyName("PKR"); //=> "Pakistan Rupee"
 * currencyName("IRR"); //=> "Iranian Rial"
 * ```
 */
export function currencyName(code: string): string | undefined {
  return isCurrencyCode(code) ? getByCode().get(code)?.currency : undefined;
}

function currencyMessage(value: string): string {
  const message = `${quoteForMessage(value)} is not an active ISO 4217 currency code`;
  const upper = value.toUpperCase();
  return upper !== value && isCurrencyCode(upper) ? `${message} (codes are upper-case: "${upper}")` : message;
}

/**
 * A string that is an active ISO 4217 alphabetic currency code, upper-case (`"USD"`). Anything else fails
 * with an issue whose `params.code` is `invalid_currency`.
 *
 * @category Codes
 * @example
 * ```ts
 * import { CurrencyCodeSchema } from "bilateral";
 * CurrencyCodeSchema.parse("USD"); //=> "USD"
 * CurrencyCodeSchema.safeParse("usd").success; //=> false
 * ```
 */
export const CurrencyCodeSchema = z
  .string()
  .check((ctx) => {
    if (!isCurrencyCode(ctx.value)) {
      addIssue(ctx, { code: "invalid_currency", message: currencyMessage(ctx.value), input: ctx.value });
    }
  })
  .meta({
    description: "ISO 4217 currency code",
    enum: data.map((record) => record.code).sort(),
  });
