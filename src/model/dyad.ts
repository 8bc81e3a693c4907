import { z } from "zod";
import { addIssue, previewValue } from "../core/issue.js";
import { ref } from "../core/reference.js";

/**
 * A dyad: two references to distinct records, for a relationship, a border, a mediation or a trade target.
 * A dyad whose two parties are one record is reported with the code `same_party`.
 *
 * @category Extending
 * @example
 * ```ts
 * import { dyadSchema } from "bilateral";
 * const CountryDyad = dyadSchema("country");
 * CountryDyad.parse(["country:IRN", "country:PAK"]);
 * CountryDyad.safeParse(["country:IRN", "country:IRN"]).success; //=> false
 * ```
 */
export function dyadSchema<const Kind extends string>(...kinds: readonly [Kind, ...Kind[]]) {
  return z.tuple([ref(...kinds), ref(...kinds)]).check((ctx) => {
    if (ctx.value[0] === ctx.value[1]) {
      addIssue(ctx, {
        code: "same_party",
        message: `a dyad needs two distinct parties, got ${previewValue(ctx.value[0])} twice`,
        input: ctx.value,
        path: [1],
      });
    }
  });
}

/**
 * A pair of record ids.
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { Dyad } from "bilateral";
 * const dyad: Dyad = ["country:IRN", "country:PAK"];
 * ```
 */
export type Dyad = readonly [string, string];
