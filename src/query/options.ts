import type { PartialDate } from "../time/partial-date.js";
import type { IntervalMatch } from "../time/period.js";

/**
 * How a query counts the parties of events, relationships, sanctions and the like:
 * - `"country"` (the default), as GDELT's actor country codes do: an actor counts for the country it belongs
 *   to. A country counts for itself; an organisation for its `country` (else for the country its `parent`
 *   chain leads to); a person for the country of the position they hold at the event's date (a position's
 *   `country`, else its organisation's country), else for their nationalities. So an event of Pakistan's
 *   Foreign Ministry is a Pakistan event, and one of Iran's President an Iran event. An actor that belongs to
 *   no country (an intergovernmental body, a person with no position or nationality) counts only for itself.
 * - `"record"`: only the record named counts, so `country:PAK` means the state record alone.
 *
 * Asking for a party that is not a country (a person, an organisation) always matches that record alone.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { Attribution } from "bilateral";
 * const stateOnly: Attribution = "record";
 * ```
 */
export type Attribution = "country" | "record";

/**
 * The option every party-based query takes: see {@link Attribution}.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { AttributionOptions } from "bilateral";
 * const options: AttributionOptions = { attribution: "record" };
 * ```
 */
export interface AttributionOptions {
  /** `"country"` (default) or `"record"`: see {@link Attribution}. */
  readonly attribution?: Attribution;
}

/**
 * A date range for queries that list dated things (events, timelines, summaries). `from` and `to` are
 * partial dates, and the range runs from the start of `from` to the end of `to`, so `{ from: "2025-08", to:
 * "2025-08" }` is all of August 2025 and `{ to: "2024" }` everything up to the end of 2024. Either side may
 * be left open.
 *
 * `match` says how a record's own interval (a partial date is an interval; an event with an `endDate` runs
 * from the start of `date` to the end of `endDate`) is compared with the range: `"overlaps"` (the default)
 * keeps it when they share an instant, `"within"` only when it lies wholly inside the range.
 *
 * When a range is given (either side), undated records are left out, since nothing says they fall in it;
 * without a range they are included, after the dated ones.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { TimeRangeOptions } from "bilateral";
 * const august: TimeRangeOptions = { from: "2025-08", to: "2025-08", match: "within" };
 * ```
 */
export interface TimeRangeOptions {
  /** The partial date the range starts with (its start is included). Open when absent. */
  readonly from?: PartialDate;
  /** The partial date the range ends with (its end is included). Open when absent. */
  readonly to?: PartialDate;
  /** `"overlaps"` (default) or `"within"`. */
  readonly match?: IntervalMatch;
}

/**
 * A date for queries that ask what holds at a date (a stance, sanctions in force, a project's status, a
 * mediation's status).
 *
 * Histories are read this way: a dated entry holds from the start of its date (`since`, else `asOf`) until
 * the start of the next dated entry; the last dated entry holds on. `at` is a partial date, so an interval:
 * with `match: "overlaps"` (the default) the entries that hold at any instant of it are found (the last of
 * them is the state at the end of it); with `"within"` only an entry that holds throughout it.
 *
 * Without `at`, the query answers for the latest state the dataset knows: the last entry of each history,
 * dated or not. It never reads the machine's clock. An undated entry ("reported, date unknown") counts for
 * that latest state only, never for a given date.
 *
 * `knownAt` is the second time, knowledge time: what the sources had reported by then. A sanction lifted in
 * January 2016 but reported lifted in 2017 is still in force at late 2016 as known in late 2016.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { AtDateOptions } from "bilateral";
 * const endOf2024: AtDateOptions = { at: "2024-12-31" };
 * const asKnownThen: AtDateOptions = { at: "2016-11", knownAt: "2016-11" };
 * ```
 */
export interface AtDateOptions {
  /** The date asked about; the latest known state when absent. */
  readonly at?: PartialDate;
  /** `"overlaps"` (default) or `"within"`. */
  readonly match?: IntervalMatch;
  /**
   * Knowledge time: answer as the dataset's sources stated it by this date. A history entry counts only once
   * a citation reported it (`reported`, else the cited source's `published`; the record's citations when the
   * entry has none dated); an entry with no dated citation counts at any date. Without it, everything the
   * dataset holds counts.
   */
  readonly knownAt?: PartialDate;
}
