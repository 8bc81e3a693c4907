import { entryDate } from "../model/history.js";
import type { Mediation } from "../model/mediation.js";
import type { PartialDate } from "../time/partial-date.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import type { HistoryEntryOf } from "./indexed-records.js";
import { entriesInEffect } from "./internal/history.js";
import { knownByOf, knownEntries } from "./internal/known.js";
import { inTimeOrder } from "./internal/order.js";
import { attributionOf, checkPair, pairRecords } from "./internal/parties.js";
import { atOf } from "./internal/range.js";
import { internalsOf, recordAt } from "./internal/store.js";
import type { AtDateOptions, AttributionOptions } from "./options.js";

type MediationEntry = NonNullable<Mediation["statusHistory"]>[number];

/**
 * A third party mediating between two others: the mediation record, the mediator's record, and the
 * mediation's status at the date asked (`status` from `entry`, the last of `entries`, the entries holding
 * then; `undefined` when the mediation has no status history). `dated` is false for a status from an undated
 * entry.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { MediatorFinding } from "bilateral";
 * const active = (found: MediatorFinding) => found.status === "active";
 * ```
 */
export interface MediatorFinding<R extends IndexableRecord = IndexableRecord> {
  readonly mediation: IndexedRecord<R, "mediation">;
  readonly mediator: R;
  readonly status: MediationEntry["status"] | undefined;
  readonly entry: HistoryEntryOf<IndexedRecord<R, "mediation">, "statusHistory"> | undefined;
  readonly entries: readonly HistoryEntryOf<IndexedRecord<R, "mediation">, "statusHistory">[];
  readonly dated: boolean;
}

/**
 * Who mediates between two parties. Every mediation record between them is listed (under the attribution
 * mode: in `"country"` mode a mediation between two leaders counts for their countries), with its status.
 * With `at`, only mediations whose dated status history says something for that date; without, every one,
 * with its latest status (which may be `ended` or `rejected`: filter on `status` as needed). In time order
 * of the mediations' first status entry, undated last.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, mediatorsBetween, parseDataset } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "country:USA", kind: "country", name: "United States", code: "USA" },
 *     { id: "mediation:pak", kind: "mediation", mediator: "country:PAK", between: ["country:IRN", "country:USA"], statusHistory: [{ status: "active" }] },
 *   ],
 * }));
 * mediatorsBetween(index, "country:USA", "country:IRN").map((m) => m.mediator.id); //=> ["country:PAK"]
 * ```
 */
export function mediatorsBetween<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: AtDateOptions & AttributionOptions = {},
): MediatorFinding<R>[] {
  const data = internalsOf(index);
  checkPair(data, [a, b], "dyad");
  const mode = attributionOf(options);
  const at = atOf(options);
  const known = knownByOf(data, options);
  const out: { finding: MediatorFinding<R>; first: PartialDate | undefined }[] = [];
  for (const position of pairRecords(data, "mediation", a, b, mode)) {
    const mediation = recordAt<Mediation>(data, position);
    const entries = entriesInEffect(knownEntries(mediation.statusHistory, mediation, known), at);
    if (at !== undefined && entries.length === 0) continue;
    const entry = entries[entries.length - 1];
    const mediator = recordAt<R>(data, data.positionOf(mediation.mediator) as number);
    const finding: MediatorFinding<R> = {
      mediation: recordAt<IndexedRecord<R, "mediation">>(data, position),
      mediator,
      status: entry?.status,
      entry: entry as MediatorFinding<R>["entry"],
      entries: entries.map((e) => e as MediatorFinding<R>["entries"][number]),
      dated: entry !== undefined && entryDate(entry) !== undefined,
    };
    const first = mediation.statusHistory?.[0];
    out.push({ finding, first: first === undefined ? undefined : entryDate(first) });
  }
  return inTimeOrder(out, (item) => item.first).map((item) => item.finding);
}
