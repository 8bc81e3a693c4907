import type { SanctionEffect } from "../model/sanction.js";

/**
 * Why a sanction reaches a dyad's trade:
 * - `constrains-trade`: the sanction records a `constrains-trade` effect on this dyad;
 * - `between-parties`: one party issued it against the other (or its bodies or people);
 * - `secondary`: a third party issued it against one of the parties and it reaches third parties
 *   (`secondary: true`), so the other party's trade with the target is exposed to it;
 * - `targets-party`: a third party's primary sanction against one of the parties. Primary sanctions bind the
 *   issuer's own jurisdiction and do not by themselves reach trade between the two, so these are listed only
 *   when asked for (`includePrimary: true`).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeReach } from "bilateral";
 * const describe = (reach: TradeReach) => (reach.reason === "secondary" ? `secondary sanction on ${reach.target}` : reach.reason);
 * ```
 */
export type TradeReach =
  | {
      readonly reason: "constrains-trade";
      readonly effect: Extract<SanctionEffect, { effect: "constrains-trade" }>;
    }
  | { readonly reason: "between-parties"; readonly issuer: string; readonly target: string }
  | { readonly reason: "secondary"; readonly target: string }
  | { readonly reason: "targets-party"; readonly target: string };
