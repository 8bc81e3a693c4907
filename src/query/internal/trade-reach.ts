import type { Sanction } from "../../model/sanction.js";
import type { Attribution } from "../options.js";
import type { TradeReach } from "../trade-reach.js";
import { partyIds, partyRecords } from "./parties.js";
import { type IndexData, pairKey, recordAt } from "./store.js";

/**
 * The sanctions (positions) that reach the trade between `a` and `b`, whatever their status, with the
 * reasons (see `TradeReach`).
 * @internal
 */
export function tradeReasons(
  data: IndexData,
  a: string,
  b: string,
  mode: Attribution,
  includePrimary: boolean,
): Map<number, TradeReach[]> {
  const candidates = new Set<number>([
    ...(data.tradeConstraints.record.get(pairKey(a, b)) ?? []),
    ...partyRecords(data, "sanction", "targets", a, mode),
    ...partyRecords(data, "sanction", "targets", b, mode),
  ]);
  const out = new Map<number, TradeReach[]>();
  for (const position of [...candidates].sort((x, y) => x - y)) {
    const sanction = recordAt<Sanction>(data, position);
    const reasons: TradeReach[] = [];
    for (const effect of sanction.effects ?? []) {
      if (effect.effect !== "constrains-trade") continue;
      const [x, y] = effect.parties;
      if ((x === a && y === b) || (x === b && y === a)) reasons.push({ reason: "constrains-trade", effect });
    }
    const issuer = partyIds(data, sanction.authority, mode);
    const targets = new Set(sanction.targets.flatMap((target) => partyIds(data, target, mode)));
    for (const [party, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!targets.has(party)) continue;
      if (issuer.includes(other)) reasons.push({ reason: "between-parties", issuer: other, target: party });
      else if (issuer.includes(party)) continue;
      else if (sanction.secondary === true) reasons.push({ reason: "secondary", target: party });
      else if (includePrimary) reasons.push({ reason: "targets-party", target: party });
    }
    if (reasons.length > 0) out.set(position, reasons);
  }
  return out;
}
