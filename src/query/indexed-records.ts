import { OptionError } from "../core/errors.js";
import type { PartialDate } from "../time/partial-date.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { entriesInEffect } from "./internal/history.js";
import { knownByOf, knownEntries } from "./internal/known.js";
import { attributionOf, checkPair, checkParty, pairRecords, partyRecords } from "./internal/parties.js";
import { atOf } from "./internal/range.js";
import { NO_ROLES } from "./internal/record-roles.js";
import { type IndexData, internalsOf, recordsAt } from "./internal/store.js";
import type { AtDateOptions, AttributionOptions } from "./options.js";

/**
 * What the index reads of a record kind, found in the kind's schema (the built-in one, or the one passed to
 * `createIndex` in `schemas`): `pair`, the top-level field made by `dyadSchema` (the kind is listed by that
 * pair); `references`, the top-level fields made by `ref` or a list of them (listed by the ids they hold);
 * `histories`, the top-level fields made by `historySchema`.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { IndexedFields } from "bilateral";
 * const relationship: IndexedFields = { pair: "parties", references: [], histories: ["stanceHistory"] };
 * ```
 */
export interface IndexedFields {
  readonly pair: string | undefined;
  readonly references: readonly string[];
  readonly histories: readonly string[];
}

/**
 * Options of {@link recordsNaming}: the attribution mode, and `field`, the one reference field to look in
 * (all of the kind's reference fields by default).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { NamingOptions } from "bilateral";
 * const options: NamingOptions = { field: "targets", attribution: "record" };
 * ```
 */
export interface NamingOptions extends AttributionOptions {
  readonly field?: string;
}

/**
 * A dated history entry as the index reads it: its date (`since`, else `asOf`), its note, and the fields of
 * its own kind.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { DatedHistoryEntry } from "bilateral";
 * const entry: DatedHistoryEntry = { since: "2025-03", status: "open" };
 * ```
 */
export interface DatedHistoryEntry {
  readonly since?: PartialDate | undefined;
  readonly asOf?: PartialDate | undefined;
  readonly note?: string | undefined;
  readonly [field: string]: unknown;
}

/**
 * The entry type of a history field of a record type: `HistoryEntryOf<Relationship, "stanceHistory">` is
 * `StanceEntry`, and for a model that extends the entries, the extended entry. Query results use it so that
 * an extended model's history entries keep their fields.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { HistoryEntryOf, Relationship } from "bilateral";
 * type Stance = HistoryEntryOf<Relationship, "stanceHistory">["stance"]; // "allied" | ... | "hostile"
 * ```
 */
export type HistoryEntryOf<Rec, Field extends string> = Rec extends {
  readonly [F in Field]?: readonly (infer Entry)[] | undefined;
}
  ? Entry
  : never;

/**
 * What the index reads of a record kind (see {@link IndexedFields}); no fields for a kind it has no schema
 * for.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, indexedFields } from "bilateral";
 * const index = createIndex({ format: "bilateral", version: "1.0", records: [] });
 * indexedFields(index, "sanction").references; //=> ["authority", "targets"]
 * ```
 */
export function indexedFields<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  kind: string,
): IndexedFields {
  return internalsOf(index).roles.get(kind) ?? NO_ROLES;
}

/**
 * The records of one kind between two parties: those whose dyad field (see {@link IndexedFields}) is the
 * pair, in either order, in dataset order. In country attribution (the default) a record also counts for
 * the countries its parties count for (a record naming a ministry counts for the ministry's country, one
 * naming a person for theirs); in record attribution only the ids it names count. A kind without a dyad field has none. Throws an `UnknownIdError` for an id the
 * dataset does not have.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, parseDataset, recordsBetween } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "border:irn-pak", kind: "border", parties: ["country:IRN", "country:PAK"] },
 *   ],
 * }));
 * recordsBetween(index, "border", "country:PAK", "country:IRN").map((border) => border.id); //=> ["border:irn-pak"]
 * ```
 */
export function recordsBetween<R extends IndexableRecord, K extends R["kind"]>(
  index: DatasetIndex<R>,
  kind: K,
  a: string,
  b: string,
  options: AttributionOptions = {},
): IndexedRecord<R, K>[] {
  const data = internalsOf(index);
  checkPair(data, [a, b], "pair");
  return recordsAt(data, pairRecords(data, kind, a, b, attributionOf(options)));
}

/**
 * The records of one kind that name a party in a reference field (any of the kind's reference fields, see
 * {@link IndexedFields}, or only `field`), in dataset order. In country attribution (the default) a record
 * also counts when an id it names counts for the party (a country's ministry for the country). Events are
 * answered by `findEvents`, not here. Throws an `UnknownIdError` for an unknown party and an `OptionError`
 * for a field the kind has no reference in.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, parseDataset, recordsNaming } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:USA", kind: "country", name: "United States", code: "USA" },
 *     { id: "sanction:x", kind: "sanction", authority: "country:USA", targets: ["country:IRN"], sanctionType: "trade", statusHistory: [{ status: "imposed", since: "2018-11" }] },
 *   ],
 * }));
 * recordsNaming(index, "sanction", "country:IRN", { field: "targets" }).length; //=> 1
 * recordsNaming(index, "sanction", "country:IRN", { field: "authority" }).length; //=> 0
 * ```
 */
export function recordsNaming<R extends IndexableRecord, K extends R["kind"]>(
  index: DatasetIndex<R>,
  kind: K,
  party: string,
  options: NamingOptions = {},
): IndexedRecord<R, K>[] {
  const data = internalsOf(index);
  const id = checkParty(data, party, "party");
  const mode = attributionOf(options);
  const fields = fieldsToRead(data, kind, options.field);
  if (fields.length === 1) return recordsAt(data, partyRecords(data, kind, fields[0] as string, id, mode));
  const positions = new Set<number>();
  for (const field of fields)
    for (const position of partyRecords(data, kind, field, id, mode)) positions.add(position);
  return recordsAt(
    data,
    [...positions].sort((x, y) => x - y),
  );
}

function fieldsToRead(data: IndexData, kind: string, field: string | undefined): readonly string[] {
  const references = data.roles.get(kind)?.references ?? [];
  if (field === undefined) return references;
  if (typeof field !== "string" || !references.includes(field)) {
    throw new OptionError(
      "field",
      `field: ${JSON.stringify(field)} is not a reference field of the kind "${kind}"${references.length === 0 ? " (it has none the index knows of: pass the model's schemas to createIndex)" : ` (one of ${references.join(", ")})`}`,
    );
  }
  return [field];
}

/**
 * The entries of a dated history in effect at a date, the rule the built-in queries use for stances and
 * statuses: without `at`, the last entry (the latest known state); with it, the dated entries that hold at
 * some instant of it (`match: "overlaps"`, the default) or throughout it (`"within"`). An entry holds from
 * its date (`since`, else `asOf`) until the next dated entry. With `knownAt`, only entries whose citations
 * were `reported` by then count (no index here: a cited source's `published` date is not read). Throws an
 * `OptionError` for a malformed date.
 *
 * @category Queries
 * @example
 * ```ts
 * import { historyInEffect } from "bilateral";
 * const history = [{ since: "2024-01", status: "open" }, { since: "2025-06", status: "suspended" }];
 * historyInEffect(history, { at: "2024-12" }).map((entry) => entry.status); //=> ["open"]
 * historyInEffect(history).map((entry) => entry.status); //=> ["suspended"]
 * ```
 */
export function historyInEffect<Entry extends DatedHistoryEntry>(
  history: readonly Entry[] | undefined,
  options: AtDateOptions = {},
): Entry[] {
  return entriesInEffect(knownEntries(history, {}, knownByOf(undefined, options)), atOf(options));
}
