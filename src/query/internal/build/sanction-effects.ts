import type { Sanction } from "../../../model/sanction.js";
import { type AnyRecord, type IndexData, pairKey } from "../store.js";
import { pushOnce } from "./pairs.js";

/** What the sanction-effects phase builds (see `IndexData`). @internal */
export type SanctionEffectsPhase = Pick<IndexData, "tradeConstraints" | "blockers">;

/**
 * Lists the sanctions by the projects they block and the trade pairs they constrain (their `effects`). A
 * constrained pair names countries, so both attribution modes share one list.
 * @internal
 */
export function indexSanctionEffects(
  records: readonly AnyRecord[],
  sanctions: readonly number[],
): SanctionEffectsPhase {
  const blockers = new Map<string, number[]>();
  const constraints = new Map<string, number[]>();
  for (const position of sanctions) {
    for (const effect of (records[position] as Sanction).effects ?? []) {
      if (effect.effect === "blocks-project") pushOnce(blockers, effect.project, position);
      else if (effect.effect === "constrains-trade")
        pushOnce(constraints, pairKey(...effect.parties), position);
    }
  }
  return { tradeConstraints: { country: constraints, record: constraints }, blockers };
}
