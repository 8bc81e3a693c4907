/** The dyad key of two parties: `x|y` with `x < y` (JavaScript string order). @internal */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The dyads an event belongs to, sorted: each unordered pair `{x, y}` (`x ≠ y`) with one among the actor
 * side `actorSide` and the other among `recipientSide`, or, for a joint act (no recipients), both among the
 * actor side. This is the index's `dyadPostings` rule.
 * @internal
 */
export function dyadsOf(
  actorSide: readonly string[],
  recipientSide: readonly string[],
  joint: boolean,
): string[] {
  const keys = new Set<string>();
  const others = joint ? actorSide : recipientSide;
  for (const x of actorSide) {
    for (const y of others) if (x !== y) keys.add(dyadKey(x, y));
  }
  return [...keys].sort();
}
