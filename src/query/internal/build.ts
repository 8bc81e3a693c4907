import type { RecordSchemaMap } from "../../model/records.js";
import { Attributor } from "./attribution.js";
import { indexEvents } from "./build/events.js";
import { indexIds } from "./build/ids.js";
import { indexPairs } from "./build/pairs.js";
import { indexReferences } from "./build/references.js";
import { indexSanctionEffects } from "./build/sanction-effects.js";
import { NO_ROLES, type RecordRoles, rolesOf } from "./record-roles.js";
import type { AnyRecord, IndexData } from "./store.js";

/**
 * What the index reads of each kind, from its schema: its pair, its reference fields and its histories (see
 * {@link RecordRoles}). Every kind of `schemas` is described, and every kind present; one without a schema
 * has none.
 * @internal
 */
export function rolesByKind(schemas: RecordSchemaMap, present: Iterable<string>): Map<string, RecordRoles> {
  const out = new Map<string, RecordRoles>();
  for (const kind of new Set([...Object.keys(schemas), ...present])) {
    const schema = Object.hasOwn(schemas, kind) ? schemas[kind] : undefined;
    out.set(kind, schema === undefined ? NO_ROLES : rolesOf(schema));
  }
  return out;
}

/**
 * Builds the data of an index over records that passed dataset validation, in phases: ids and kinds; the
 * events in time order with their postings; pair lists and reference lists of the other kinds, from what
 * their schemas declare (`schemas`: the built-in ones and a model's); sanction effects.
 * @internal
 */
export function buildIndex(records: readonly AnyRecord[], schemas: RecordSchemaMap): IndexData {
  const ids = indexIds(records);
  const attributor = new Attributor(ids.lookup);
  const roles = rolesByKind(schemas, ids.byKind.keys());
  return {
    records,
    positionOf: ids.positionOf,
    byKind: ids.byKind,
    kindCache: new Map(),
    dyadCache: new Map(),
    lazyPostings: {},
    countryByCode: ids.countryByCode,
    attributor,
    ...indexEvents(records, ids.eventRecords, attributor, ids.lookup),
    roles,
    pairs: indexPairs(records, ids.byKind, roles, attributor),
    references: indexReferences(records, ids.byKind, roles, attributor),
    ...indexSanctionEffects(records, ids.byKind.get("sanction") ?? []),
  };
}
