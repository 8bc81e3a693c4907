import type { DatasetIndex, IndexableRecord } from "./create-index.js";
import { knownByOf } from "./internal/known.js";
import { attributionOf, checkPair } from "./internal/parties.js";
import { atOf } from "./internal/range.js";
import { internalsOf } from "./internal/store.js";
import { tradeReasons } from "./internal/trade-reach.js";
import type { AtDateOptions, AttributionOptions } from "./options.js";
import { inForceAmong, type SanctionInForce } from "./sanctions-in-force.js";
import type { TradeReach } from "./trade-reach.js";

/**
 * A sanction in force that reaches a dyad's trade, and why (see {@link TradeReach}).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeSanction } from "bilateral";
 * const isSecondary = (found: TradeSanction) => found.reasons.some((r) => r.reason === "secondary");
 * ```
 */
export interface TradeSanction<R extends IndexableRecord = IndexableRecord> extends SanctionInForce<R> {
  readonly reasons: readonly TradeReach[];
}

/**
 * Options of {@link sanctionsOnTrade}: the date (see {@link AtDateOptions}), the attribution mode, and
 * whether third parties' primary sanctions on either party are listed too (`includePrimary`, default false).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TradeSanctionsOptions } from "bilateral";
 * const options: TradeSanctionsOptions = { at: "2025-08", includePrimary: true };
 * ```
 */
export interface TradeSanctionsOptions extends AtDateOptions, AttributionOptions {
  readonly includePrimary?: boolean;
}

/**
 * The sanctions in force at a date (the latest known state without one) that reach the trade between two
 * parties, each with the reasons it does (see {@link TradeReach}): those recorded as constraining that
 * dyad's trade, those one party imposes on the other, and third parties' secondary sanctions on either.
 * In time order of the sanctions' first status entry.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, parseDataset, sanctionsOnTrade } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "country:USA", kind: "country", name: "United States", code: "USA" },
 *     {
 *       id: "sanction:us-iran", kind: "sanction", authority: "country:USA", targets: ["country:IRN"], secondary: true,
 *       statusHistory: [{ status: "imposed", since: "2018-11-05" }],
 *     },
 *   ],
 * }));
 * sanctionsOnTrade(index, "country:IRN", "country:PAK")[0]?.reasons; //=> [{ reason: "secondary", target: "country:IRN" }]
 * ```
 */
export function sanctionsOnTrade<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: TradeSanctionsOptions = {},
): TradeSanction<R>[] {
  const data = internalsOf(index);
  checkPair(data, [a, b], "dyad");
  const mode = attributionOf(options);
  const at = atOf(options);
  const reasonsOf = tradeReasons(data, a, b, mode, options.includePrimary === true);
  return inForceAmong<R>(data, reasonsOf.keys(), at, knownByOf(data, options)).map((found) => {
    const position = data.positionOf(found.sanction.id) as number;
    return { ...found, reasons: reasonsOf.get(position) as TradeReach[] };
  });
}
