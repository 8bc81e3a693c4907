import type { EventRecord } from "../model/event.js";
import type { Organization, OrganizationType } from "../model/organization.js";
import type { Place } from "../model/place.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { checkPair, pairRecords, partyRecords } from "./internal/parties.js";
import { mergeSlices, namedPostings } from "./internal/postings.js";
import { type AnyRecord, eventAt, internalsOf, recordAt, recordsAt } from "./internal/store.js";

/**
 * An organisation active near a border: where (the near-border places it is active in or where its events
 * took place) and its events located there, in time order.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { ActiveNearBorder } from "bilateral";
 * const where = (found: ActiveNearBorder) => found.places.map((place) => place.name).join(", ");
 * ```
 */
export interface ActiveNearBorder<R extends IndexableRecord = IndexableRecord> {
  readonly organization: IndexedRecord<R, "organization">;
  readonly places: readonly IndexedRecord<R, "place">[];
  readonly events: readonly IndexedRecord<R, "event">[];
}

/**
 * Options of {@link activeNearBorder}: `organizationType`, the kind of organisation wanted (every kind when
 * absent).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { NearBorderQuery } from "bilateral";
 * const query: NearBorderQuery = { organizationType: "armed-group" };
 * ```
 */
export interface NearBorderQuery {
  readonly organizationType?: OrganizationType;
}

/**
 * The organisations active near the border between two countries, and where. The places near the border
 * are those the border records between them run through (`places`), the places of type `border-area` or
 * `border-crossing` that lie in both countries, and every place within those (by `within`, at any depth).
 * An organisation is active near the border when its `activeIn` names one of those places, or when it is an
 * actor of an event located at one of them. In dataset order.
 *
 * @category Queries
 * @example
 * ```ts
 * import { activeNearBorder, createIndex, parseDataset } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "place:region", kind: "place", name: "Balochistan", placeType: "region", countries: ["country:IRN", "country:PAK"] },
 *     { id: "border:x", kind: "border", parties: ["country:IRN", "country:PAK"], places: ["place:region"] },
 *     { id: "org:bla", kind: "organization", name: "BLA", organizationType: "armed-group", activeIn: ["place:region"] },
 *   ],
 * }));
 * activeNearBorder(index, "country:IRN", "country:PAK", { organizationType: "armed-group" }).map((f) => f.organization.id); //=> ["org:bla"]
 * ```
 */
export function activeNearBorder<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  query: NearBorderQuery = {},
): ActiveNearBorder<R>[] {
  const data = internalsOf(index);
  checkPair(data, [a, b], "dyad");
  const lookup = (id: string) => {
    const position = data.positionOf(id);
    return position === undefined ? undefined : (data.records[position] as AnyRecord);
  };

  // The places near the border, and every place within them.
  const near = new Set<string>();
  // Iterative: a chain of places within places may be as long as the dataset.
  const visit = (start: string) => {
    const pending = [start];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (near.has(id)) continue;
      near.add(id);
      // Children pushed last first, so that they are visited in dataset order, as a recursive walk would.
      const children = partyRecords(data, "place", "within", id, "record");
      for (let i = children.length - 1; i >= 0; i--)
        pending.push(recordAt<Place>(data, children[i] as number).id);
    }
  };
  for (const position of pairRecords(data, "border", a, b, "record")) {
    for (const place of recordAt<{ places?: readonly string[] }>(data, position).places ?? []) visit(place);
  }
  for (const position of data.byKind.get("place") ?? []) {
    const place = recordAt<Place>(data, position);
    if (
      (place.placeType === "border-area" || place.placeType === "border-crossing") &&
      place.countries?.includes(a) === true &&
      place.countries.includes(b)
    ) {
      visit(place.id);
    }
  }
  if (near.size === 0) return [];

  // Organisations active in those places, and organisations acting in events located there.
  const found = new Map<string, { places: Set<string>; events: number[] }>();
  const entry = (id: string) => {
    let item = found.get(id);
    if (item === undefined) {
      item = { places: new Set(), events: [] };
      found.set(id, item);
    }
    return item;
  };
  for (const place of near) {
    for (const position of partyRecords(data, "organization", "activeIn", place, "record"))
      entry((data.records[position] as AnyRecord).id).places.add(place);
  }
  const postings = [...near].flatMap((place) =>
    namedPostings(data.location, place).map((posting) => ({
      ids: posting.ids,
      lo: 0,
      hi: posting.ids.length,
    })),
  );
  const located = postings.length === 0 ? new Int32Array(0) : mergeSlices(postings);
  for (const position of located) {
    const event = eventAt<EventRecord>(data, position);
    for (const actor of event.actors) {
      if (lookup(actor)?.kind !== "organization") continue;
      const item = entry(actor);
      if (!item.events.includes(position)) item.events.push(position);
      if (event.location?.place !== undefined) item.places.add(event.location.place);
    }
  }

  const out: (ActiveNearBorder<R> & { order: number })[] = [];
  for (const [id, item] of found) {
    const position = data.positionOf(id) as number;
    const organization = recordAt<Organization>(data, position);
    if (query.organizationType !== undefined && organization.organizationType !== query.organizationType)
      continue;
    out.push({
      organization: recordAt<IndexedRecord<R, "organization">>(data, position),
      places: recordsAt<IndexedRecord<R, "place">>(
        data,
        [...item.places]
          .map((place) => data.positionOf(place))
          .filter((at): at is number => at !== undefined && data.records[at]?.kind === "place"),
      ),
      events: item.events.sort((x, y) => x - y).map((at) => eventAt<IndexedRecord<R, "event">>(data, at)),
      order: position,
    });
  }
  return out.sort((x, y) => x.order - y.order).map(({ order: _, ...rest }) => rest);
}
