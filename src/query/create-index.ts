import { toIso3 } from "../codes/country.js";
import { UnknownIdError } from "../core/errors.js";
import type { Dataset } from "../model/dataset.js";
import { type DatasetRecord, RECORD_SCHEMAS, type RecordSchemaMap } from "../model/records.js";
import type { PartialDate } from "../time/partial-date.js";
import { buildIndex } from "./internal/build.js";
import { atOf } from "./internal/range.js";
import { type AnyRecord, attach, type IndexData, recordAt, recordsAt } from "./internal/store.js";
import { unknownIdError } from "./internal/unknown-id.js";

/**
 * What an index needs of a record: an id and a kind. Records of an extended model (extra fields, extra
 * kinds) pass through the index unchanged, typed as the caller's own record type.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { IndexableRecord } from "bilateral";
 * const vessel: IndexableRecord = { id: "vessel:9321483", kind: "vessel" };
 * ```
 */
export interface IndexableRecord {
  readonly id: string;
  readonly kind: string;
}

/**
 * The records of one kind in a record type `R`: `IndexedRecord<DatasetRecord, "event">` is `EventRecord`. When `R`
 * has no member of that kind (a plain `IndexableRecord`, say), the built-in record of that kind.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { DatasetRecord, IndexedRecord } from "bilateral";
 * type Sanctions = IndexedRecord<DatasetRecord, "sanction">; // Sanction
 * ```
 */
export type IndexedRecord<R, K extends string> = [Extract<R, { readonly kind: K }>] extends [never]
  ? Extract<DatasetRecord, { readonly kind: K }>
  : Extract<R, { readonly kind: K }>;

/**
 * Options of {@link createIndex}: `schemas`, the record schemas of an extended model (`model.schemas` of
 * `defineModel`). The index reads each kind's schema to list its records: by the pair of a dyad field
 * (`dyadSchema`), by the ids of each reference field (`ref`), and the entries of its histories
 * (`historySchema`) for `dyadTimeline`. The built-in schemas are used for the kinds `schemas` leaves out.
 *
 * @category Queries
 * @example
 * ```ts
 * import { RECORD_SCHEMAS, type IndexOptions } from "bilateral";
 * const options: IndexOptions = { schemas: RECORD_SCHEMAS };
 * ```
 */
export interface IndexOptions {
  readonly schemas?: RecordSchemaMap;
}

/**
 * An index over a validated dataset, built once by {@link createIndex}. It looks records up by id and kind,
 * and the query functions (`findEvents`, `dyadTimeline`, `stanceBetween`, ...) take it as their first
 * argument.
 *
 * It keeps compact structures beside the records (the records themselves are not copied): events sorted by
 * start time with their start and end times in typed arrays, and posting lists (sorted `Int32Array`s of event
 * positions, packed per key family) per party as actor and as recipient, category, context, quad class and
 * location, each split by duration (up to 2 days, up to 32 days, longer) so that a few long events do not
 * widen every date window. A dyad is the intersection of its parties' lists, kept once computed; the lists by
 * category and quad class are built when a query first filters by them. A query with a selective filter
 * reads only the matching posting lists, and a date range only a slice of them found by binary search: it
 * does not scan all events.
 *
 * Ids of records other than events are mapped when the index is built; event ids are mapped when an event is
 * first looked up by id (`get`, `find`, `has`, or a query naming an event), since many uses never need that
 * map. The index assumes that its dataset does not change after it is built.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * const index = createIndex({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [{ id: "country:IRN", kind: "country", name: "Iran", code: "IRN" }],
 * });
 * index.get("country:IRN", "country").name; //=> "Iran"
 * ```
 */
export class DatasetIndex<R extends IndexableRecord = DatasetRecord> {
  /** The dataset the index was built over. */
  readonly dataset: Dataset<R>;
  readonly #data: IndexData;

  /** @internal Use {@link createIndex}. */
  constructor(dataset: Dataset<R>, options: IndexOptions = {}) {
    if (typeof dataset !== "object" || dataset === null || !Array.isArray(dataset.records)) {
      throw new TypeError("createIndex expects a dataset (an object with a records list): validate it first");
    }
    this.dataset = dataset;
    const schemas =
      options.schemas === undefined ? RECORD_SCHEMAS : { ...RECORD_SCHEMAS, ...options.schemas };
    this.#data = buildIndex(dataset.records as readonly AnyRecord[], schemas);
    attach(this, this.#data);
  }

  /** How many records the dataset has. */
  get size(): number {
    return this.#data.records.length;
  }

  /** How many events the dataset has, and how many of them are dated. */
  get eventCount(): { readonly total: number; readonly dated: number } {
    return { total: this.#data.events.length, dated: this.#data.datedCount };
  }

  /**
   * The record with this id, optionally checked to be of one kind. Throws an {@link UnknownIdError} naming
   * the id when there is none (or when it is of another kind).
   */
  get(id: string): R;
  get<K extends R["kind"]>(id: string, kind: K): IndexedRecord<R, K>;
  get(id: string, kind?: string): unknown {
    const record = this.find(id) as R | undefined;
    if (record === undefined) throw unknownIdError(this.#data, id, kind === undefined ? undefined : [kind]);
    if (kind !== undefined && record.kind !== kind) throw new UnknownIdError(id, [kind], record.kind);
    return record;
  }

  /** The record with this id (of this kind, when one is given), or `undefined`. */
  find(id: string): R | undefined;
  find<K extends R["kind"]>(id: string, kind: K): IndexedRecord<R, K> | undefined;
  find(id: string, kind?: string): unknown {
    const position = this.#data.positionOf(id);
    if (position === undefined) return undefined;
    const record = recordAt<R>(this.#data, position);
    return kind === undefined || record.kind === kind ? record : undefined;
  }

  /** Whether a record has this id. */
  has(id: string): boolean {
    return this.#data.positionOf(id) !== undefined;
  }

  /** The records of one kind, in dataset order (an empty list for a kind the dataset does not have). */
  ofKind<K extends R["kind"]>(kind: K): readonly IndexedRecord<R, K>[] {
    let list = this.#data.kindCache.get(kind);
    if (list === undefined) {
      list = recordsAt<IndexedRecord<R, K>>(this.#data, this.#data.byKind.get(kind) ?? []);
      this.#data.kindCache.set(kind, list);
    }
    return list as readonly IndexedRecord<R, K>[];
  }

  /** The kinds present in the dataset, with how many records each has. */
  kinds(): ReadonlyMap<string, number> {
    const out = new Map<string, number>();
    for (const [kind, positions] of this.#data.byKind) out.set(kind, positions.length);
    return out;
  }

  /**
   * The country record with this ISO 3166-1 code: alpha-3 (`"IRN"`) or alpha-2 (`"IR"`), in any case.
   * `undefined` when the code is not assigned or the dataset has no record for that country.
   */
  country(code: string): IndexedRecord<R, "country"> | undefined {
    const upper = typeof code === "string" ? code.toUpperCase() : "";
    const iso3 = upper.length === 2 ? toIso3(upper, "iso2") : upper;
    const id = iso3 === undefined ? undefined : this.#data.countryByCode.get(iso3);
    return id === undefined ? undefined : (this.find(id) as IndexedRecord<R, "country"> | undefined);
  }

  /**
   * The countries a record belongs to (see `Attribution`): itself for a country, an organisation's country,
   * the countries of the positions a person holds at `at` (an interval: any position held during it),
   * else their nationalities. Without `at`, positions without an end count. Throws an
   * {@link UnknownIdError} for an unknown id.
   */
  countriesOf(id: string, options: { readonly at?: PartialDate } = {}): readonly string[] {
    if (!this.has(id)) throw unknownIdError(this.#data, id);
    const at = atOf(options);
    return at === undefined
      ? this.#data.attributor.countriesOf(id, false)
      : this.#data.attributor.countriesOf(id, true, at.start, at.end);
  }

  /** Every event in time order: dated events by start (the longer first on ties), then undated ones. */
  eventsInOrder(): readonly IndexedRecord<R, "event">[] {
    return this.#data.events as readonly IndexedRecord<R, "event">[];
  }
}

/**
 * Builds an index over a validated dataset (see {@link DatasetIndex}), once; the queries then take it.
 * The dataset is expected to have passed `parseDataset`/`safeParseDataset`. A record without an id and a kind
 * is an error, and so is a duplicate id (found when the index is built, or, for an event's id, when event ids
 * are first looked up); other damage is not looked for again. For an extended model, pass its schemas
 * (`createIndex(dataset, { schemas: model.schemas })`): its kinds are then listed by pair and by party like
 * the built-in ones (see {@link IndexOptions}), and its records keep their types in every query.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, findEvents, parseDataset } from "bilateral";
 * const dataset = parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "event:visit", kind: "event", category: "CONSULT", mode: "visit", actors: ["country:IRN"], recipients: ["country:PAK"], date: "2025-08-02" },
 *   ],
 * });
 * const index = createIndex(dataset);
 * findEvents(index, { between: ["country:PAK", "country:IRN"] }).length; //=> 1
 * ```
 */
export function createIndex<R extends IndexableRecord = DatasetRecord>(
  dataset: Dataset<R>,
  options: IndexOptions = {},
): DatasetIndex<R> {
  return new DatasetIndex(dataset, options);
}
