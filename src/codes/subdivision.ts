/*
 * ISO 3166-2 subdivision codes, from the `iso-3166` package (wooorm, MIT). The subdivision list is large
 * (about 5,000 entries), so it lives in this module alone: importing the country codes does not load it.
 */
import { iso31662 } from "iso-3166/2.js";
import { z } from "zod";
import { addIssue } from "../core/issue.js";
import { toIso3 } from "./country.js";
import { quoteForMessage } from "./internal.js";

let names: Map<string, string> | undefined;

function getNames(): Map<string, string> {
  names ??= new Map(iso31662.map((entry) => [entry.code, entry.name]));
  return names;
}

/**
 * Tells whether a string is an ISO 3166-2 subdivision code (`"PK-BA"`, Balochistan). Upper-case only.
 *
 * @category Codes
 * @example
 * ```ts
 * import { isSubdivisionCode } from "bilateral";
 * isSubdivisionCode("PK-BA"); //=> true
 * isSubdivisionCode("pk-ba"); //=> false
 * isSubdivisionCode("PK-XX"); //=> false
 * ```
 */
export function isSubdivisionCode(code: string): boolean {
  return typeof code === "string" && getNames().has(code);
}

/**
 * The name of an ISO 3166-2 subdivision as the `iso-3166` package gives it (the ISO romanisation, with
 * diacritics: `"Balōchistān"`), or `undefined`.
 *
 * @category Codes
 * @example
 * ```ts
 * import { subdivisionName } from "bilateral";
 * subdivisionName("PK-BA"); //=> "Balōchistān"
 * subdivisionName("IR-11"); //=> "Sīstān va Balūchestān"
 * ```
 */
export function subdivisionName(code: string): string | undefined {
  return typeof code === "string" ? getNames().get(code) : undefined;
}

/**
 * The ISO 3166-1 alpha-3 code of the country an ISO 3166-2 subdivision belongs to, or `undefined` when the
 * code is not a subdivision code.
 *
 * @category Codes
 * @example
 * ```ts
 * import { subdivisionCountry } from "bilateral";
 * subdivisionCountry("PK-BA"); //=> "PAK"
 * ```
 */
export function subdivisionCountry(code: string): string | undefined {
  return isSubdivisionCode(code) ? toIso3(code.slice(0, 2), "iso2") : undefined;
}

/**
 * A string that is an ISO 3166-2 subdivision code (`"PK-BA"`). Anything else fails with an issue whose
 * `params.code` is `invalid_subdivision_code`.
 *
 * @category Codes
 * @example
 * ```ts
 * import { SubdivisionCodeSchema } from "bilateral";
 * SubdivisionCodeSchema.parse("PK-BA"); //=> "PK-BA"
 * SubdivisionCodeSchema.safeParse("PK-ZZ").success; //=> false
 * ```
 */
export const SubdivisionCodeSchema = z
  .string()
  .check((ctx) => {
    if (!isSubdivisionCode(ctx.value)) {
      addIssue(ctx, {
        code: "invalid_subdivision_code",
        message: `${quoteForMessage(ctx.value)} is not an ISO 3166-2 subdivision code`,
        input: ctx.value,
      });
    }
  })
  .meta({ description: "ISO 3166-2 subdivision code", pattern: "^[A-Z]{2}-[A-Z0-9]{1,3}$" });
