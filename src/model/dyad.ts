import { z } from "zod";
import { addIssue, previewValue } from "../core/issue.js";
import { ref } from "../core/reference.js";
import { sharedRegistry } from "../core/shared-registry.js";

/**
 * Marks the schemas made by {@link dyadSchema}, so that the index lists a record kind by the pair a dyad
 * field names.
 * @internal
 */
export const dyadRegistry = /* @__PURE__ */ sharedRegistry<{ readonly dyad: true }>("dyads");

/**
 * A dyad: two references to distinct records, for a relationship, a border, a mediation or a trade target.
 * A dyad whose two parties are one record is reported with the code `same_party`. The index lists the
 * records of a kind with a dyad field by that pair (see `recordsBetween`).
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
  const schema = z.tuple([ref(...kinds), ref(...kinds)]).check((ctx) => {
    if (ctx.value[0] === ctx.value[1]) {
      addIssue(ctx, {
        code: "same_party",
        message: `a dyad needs two distinct parties, got ${previewValue(ctx.value[0])} twice`,
        input: ctx.value,
        path: [1],
      });
    }
  });
  dyadRegistry.add(schema, { dyad: true });
  return schema;
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
