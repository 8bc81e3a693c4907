import type { Attributor } from "../attribution.js";
import type { RecordRoles } from "../record-roles.js";
import type { AnyRecord, PositionLists } from "../store.js";
import { type GrowingLists, pushOnce, selfAndCountries } from "./pairs.js";

/** The ids a reference field holds: one id, or a list of them. */
function idsIn(value: unknown): readonly string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}

/**
 * Lists the records of every kind other than events by the ids of each of their reference fields (see
 * {@link RecordRoles.references}): in record attribution under each id, in country attribution under each
 * id and the countries it counts for (the latest known state). Events have posting lists of their own.
 * @internal
 */
export function indexReferences(
  records: readonly AnyRecord[],
  byKind: ReadonlyMap<string, readonly number[]>,
  roles: ReadonlyMap<string, RecordRoles>,
  attributor: Attributor,
): Map<string, Map<string, PositionLists>> {
  const out = new Map<string, Map<string, PositionLists>>();
  for (const [kind, role] of roles) {
    if (kind === "event" || role.references.length === 0) continue;
    const fields = new Map<string, PositionLists>();
    for (const field of role.references) {
      const lists: GrowingLists = { country: new Map(), record: new Map() };
      for (const position of byKind.get(kind) ?? []) {
        const ids = idsIn((records[position] as AnyRecord)[field]);
        for (const id of ids) {
          pushOnce(lists.record, id, position);
          for (const x of selfAndCountries(attributor, id)) pushOnce(lists.country, x, position);
        }
      }
      fields.set(field, lists);
    }
    out.set(kind, fields);
  }
  return out;
}
