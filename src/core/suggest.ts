import { distance } from "fastest-levenshtein";

/** How many edits a word of this length may be from its suggestion: one per three characters, at least one. */
function editsAllowed(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

/**
 * The candidate closest to `input`, ignoring case, when it is within `allowed` edits (by default one per three
 * characters, at least one) and not `input` itself; `undefined` otherwise. Ties go to the first candidate.
 * @internal
 */
export function closestWord(
  input: string,
  candidates: Iterable<string>,
  allowed = editsAllowed(input),
): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    if (candidate === input || Math.abs(candidate.length - wanted.length) > allowed) continue;
    const edits = distance(wanted, candidate.toLowerCase());
    if (edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return best;
}

/**
 * The record id `input` probably meant, among `ids`: the id that differs only in case; for a bare name
 * without a namespace (`IND`), the one id whose name it is (`country:IND`), a country's first; else the
 * closest id within a few edits of its name (one per three characters of the part after the namespace).
 * `undefined` when none is close.
 * @internal
 */
export function closestId(input: string, ids: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase();
  const bare = !input.includes(":");
  const named: string[] = [];
  const all = [...ids];
  for (const id of all) {
    if (id !== input && id.toLowerCase() === wanted) return id;
    if (bare && id.slice(id.indexOf(":") + 1).toLowerCase() === wanted) named.push(id);
  }
  if (named.length > 0) return named.find((id) => id.startsWith("country:")) ?? named[0];
  return closestWord(input, all, editsAllowed(input.slice(input.indexOf(":") + 1)));
}

/**
 * The end of a message that offers a suggestion: ` (did you mean "country:IND"?)`, or `""` when there is none.
 * @internal
 */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : ` (did you mean ${JSON.stringify(suggestion)}?)`;
}
