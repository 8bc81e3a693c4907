import { entryDate } from "../model/history.js";
import type { Sanction, SanctionStatus } from "../model/sanction.js";
import type { PartialDate } from "../time/partial-date.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import type { HistoryEntryOf } from "./indexed-records.js";
import { inForceAt } from "./internal/in-force.js";
import { type KnownBy, knownByOf } from "./internal/known.js";
import { inTimeOrder } from "./internal/order.js";
import { attributionOf, checkParty, partyRecords } from "./internal/parties.js";
import { atOf, type QueryRange } from "./internal/range.js";
import { type IndexData, internalsOf, recordAt } from "./internal/store.js";
import type { AtDateOptions, AttributionOptions } from "./options.js";

/**
 * Options of {@link sanctionsInForce}: whose sanctions (`issuer`, the authority) against whom (`target`),
 * either or both, and the date (see {@link AtDateOptions}). In `"country"` attribution (the default) a
 * country target also matches sanctions on its organisations and people, and a country issuer sanctions
 * issued by its bodies (OFAC for the United States, say).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { SanctionsQuery } from "bilateral";
 * const query: SanctionsQuery = { target: "country:IRN", issuer: "country:USA", at: "2025-08" };
 * ```
 */
export interface SanctionsQuery extends AtDateOptions, AttributionOptions {
  readonly target?: string;
  readonly issuer?: string;
}

/**
 * A sanction in force at the date asked: the record, its status then, the status entry that says so (the
 * last in-force entry holding then) and every in-force entry holding then. `dated` is false when the status
 * comes from an undated entry (in force as reported, date unknown: it only counts for the latest state).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { SanctionInForce } from "bilateral";
 * const programme = (found: SanctionInForce) => found.sanction.program?.name;
 * ```
 */
export interface SanctionInForce<R extends IndexableRecord = IndexableRecord> {
  readonly sanction: IndexedRecord<R, "sanction">;
  readonly status: SanctionStatus;
  readonly entry: HistoryEntryOf<IndexedRecord<R, "sanction">, "statusHistory">;
  readonly entries: readonly HistoryEntryOf<IndexedRecord<R, "sanction">, "statusHistory">[];
  readonly dated: boolean;
}

/** Sanctions in force among the given positions, in time order. @internal */
export function inForceAmong<R extends IndexableRecord>(
  data: IndexData,
  positions: Iterable<number>,
  at: QueryRange | undefined,
  known?: KnownBy,
): SanctionInForce<R>[] {
  const out: { finding: SanctionInForce<R>; first: PartialDate | undefined }[] = [];
  for (const position of positions) {
    const sanction = recordAt<Sanction>(data, position);
    const found = inForceAt(sanction, at, known);
    if (found === undefined) continue;
    const finding: SanctionInForce<R> = {
      sanction: recordAt<IndexedRecord<R, "sanction">>(data, position),
      status: found.entry.status,
      entry: found.entry as SanctionInForce<R>["entry"],
      entries: found.entries as SanctionInForce<R>["entries"],
      dated: entryDate(found.entry) !== undefined,
    };
    const first = sanction.statusHistory[0];
    out.push({ finding, first: first === undefined ? undefined : entryDate(first) });
  }
  return inTimeOrder(out, (item) => item.first).map((item) => item.finding);
}

/**
 * The sanctions in force at a date (the latest known state without one), by target, issuer, both or
 * neither (then every sanction). A sanction is in force when its status is imposed, expanded or eased
 * ({@link IN_FORCE_STATUSES}). Results are in time order of the sanctions' first status entry, undated last.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, parseDataset, sanctionsInForce } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:USA", kind: "country", name: "United States", code: "USA" },
 *     {
 *       id: "sanction:us-iran", kind: "sanction", authority: "country:USA", targets: ["country:IRN"],
 *       statusHistory: [{ status: "imposed", since: "2018-11-05" }],
 *     },
 *   ],
 * }));
 * sanctionsInForce(index, { target: "country:IRN", at: "2025" }).map((s) => s.sanction.id); //=> ["sanction:us-iran"]
 * sanctionsInForce(index, { target: "country:IRN", at: "2017" }).length; //=> 0
 * ```
 */
export function sanctionsInForce<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  query: SanctionsQuery = {},
): SanctionInForce<R>[] {
  const data = internalsOf(index);
  const mode = attributionOf(query);
  const at = atOf(query);
  let candidates: readonly number[] | undefined;
  if (query.target !== undefined) {
    candidates = partyRecords(data, "sanction", "targets", checkParty(data, query.target, "target"), mode);
  }
  if (query.issuer !== undefined) {
    const byIssuer = partyRecords(
      data,
      "sanction",
      "authority",
      checkParty(data, query.issuer, "issuer"),
      mode,
    );
    if (candidates === undefined) candidates = byIssuer;
    else {
      const issued = new Set(byIssuer);
      candidates = candidates.filter((position) => issued.has(position));
    }
  }
  return inForceAmong<R>(data, candidates ?? data.byKind.get("sanction") ?? [], at, knownByOf(data, query));
}
