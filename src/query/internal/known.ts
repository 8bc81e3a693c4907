import type { Citation } from "../../model/base.js";
import type { Source } from "../../model/source.js";
import { isPartialDate, type PartialDate, startOf } from "../../time/partial-date.js";
import { checkedInterval } from "./range.js";
import { type IndexData, recordAt } from "./store.js";

/** The end of the `knownAt` date asked about, and how to read a cited source's publication date. @internal */
export interface KnownBy {
  readonly end: number;
  readonly published: (source: string) => PartialDate | undefined;
}

/** What knowledge time reads of an entry or a record: its citations. @internal */
interface Cited {
  readonly citations?: readonly Citation[] | undefined;
}

/**
 * The `knownAt` option as a bound, or undefined when it is not given. Throws an `OptionError` for a
 * malformed date.
 * @internal
 */
export function knownByOf(
  data: IndexData | undefined,
  options: { readonly knownAt?: PartialDate },
): KnownBy | undefined {
  if (options.knownAt === undefined) return undefined;
  const { end } = checkedInterval(options.knownAt, "knownAt");
  const published = (source: string): PartialDate | undefined => {
    const position = data?.positionOf(source);
    return position === undefined ? undefined : recordAt<Source>(data as IndexData, position).published;
  };
  return { end, published };
}

/**
 * When a thing became known, by its citations: the earliest start of a citation's `reported` date, else of
 * its source's `published` date. Undefined when no citation is dated.
 * @internal
 */
export function knownSince(cited: Cited | undefined, known: KnownBy): number | undefined {
  let earliest: number | undefined;
  const citations = Array.isArray(cited?.citations) ? cited.citations : [];
  for (const citation of citations) {
    const date =
      citation.reported ?? (citation.source === undefined ? undefined : known.published(citation.source));
    if (date === undefined || !isPartialDate(date)) continue;
    const start = startOf(date);
    if (earliest === undefined || start < earliest) earliest = start;
  }
  return earliest;
}

/**
 * The entries of a history known by `knownAt`: an entry is known from the date its own citations give
 * (see {@link knownSince}), else the date its record's citations give; an entry with no dated citation, on a
 * record with none, is taken as known at any date. Without `knownAt`, the history as it is.
 * @internal
 */
export function knownEntries<Entry extends object>(
  history: readonly Entry[] | undefined,
  record: Cited,
  known: KnownBy | undefined,
): readonly Entry[] | undefined {
  if (history === undefined || known === undefined) return history;
  const recordSince = knownSince(record, known);
  return history.filter((entry) => {
    const since = knownSince(entry as Cited, known) ?? recordSince;
    return since === undefined || since < known.end;
  });
}
