import { entryDate } from "../model/history.js";
import type { Project, ProjectStatus } from "../model/project.js";
import type { Sanction, SanctionEffect } from "../model/sanction.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { entriesInEffect } from "./internal/history.js";
import { inForceAt } from "./internal/in-force.js";
import { knownByOf, knownEntries } from "./internal/known.js";
import { inTimeOrder } from "./internal/order.js";
import { attributionOf, checkParty, partyRecords } from "./internal/parties.js";
import { atOf } from "./internal/range.js";
import { internalsOf, recordAt } from "./internal/store.js";
import type { AtDateOptions, AttributionOptions } from "./options.js";

/**
 * The statuses that mean a project is held up: `frozen` and `suspended`.
 *
 * @category Queries
 * @example
 * ```ts
 * import { BLOCKED_PROJECT_STATUSES } from "bilateral";
 * BLOCKED_PROJECT_STATUSES.has("frozen"); //=> true
 * ```
 */
export const BLOCKED_PROJECT_STATUSES: ReadonlySet<ProjectStatus> = new Set<ProjectStatus>([
  "frozen",
  "suspended",
]);

/**
 * A sanction in force that blocks a project, with the `blocks-project` effect that says so.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { ProjectBlocker } from "bilateral";
 * const cite = (blocker: ProjectBlocker) => blocker.effect.citations?.[0]?.quote;
 * ```
 */
export interface ProjectBlocker<R extends IndexableRecord = IndexableRecord> {
  readonly sanction: IndexedRecord<R, "sanction">;
  readonly effect: Extract<SanctionEffect, { effect: "blocks-project" }>;
  readonly status: Sanction["statusHistory"][number];
}

/**
 * A project blocked at the date asked, and by what: its status then (`status`, from `statusEntry`;
 * `undefined` when its history says nothing for that date) and the sanctions in force then that block it.
 * `blockedBy` is empty for a project frozen or suspended for reasons the dataset does not record.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { BlockedProject } from "bilateral";
 * const why = (found: BlockedProject) => found.blockedBy.map((b) => b.sanction.id);
 * ```
 */
export interface BlockedProject<R extends IndexableRecord = IndexableRecord> {
  readonly project: IndexedRecord<R, "project">;
  readonly status: ProjectStatus | undefined;
  readonly statusEntry: Project["statusHistory"][number] | undefined;
  readonly blockedBy: readonly ProjectBlocker<R>[];
}

/**
 * Options of {@link blockedProjects}: the date (see {@link AtDateOptions}), and optionally a `party` whose
 * projects are wanted (with the attribution mode: in `"country"` mode a country's organisations count).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { BlockedProjectsQuery } from "bilateral";
 * const query: BlockedProjectsQuery = { party: "country:PAK" };
 * ```
 */
export interface BlockedProjectsQuery extends AtDateOptions, AttributionOptions {
  readonly party?: string;
}

/**
 * The projects blocked at a date (the latest known state without one), and by what. A project is listed
 * when a sanction in force then has a `blocks-project` effect on it, or when its status then is frozen or
 * suspended ({@link BLOCKED_PROJECT_STATUSES}). In time order of the status entry, undated last.
 *
 * @category Queries
 * @example
 * ```ts
 * import { blockedProjects, createIndex, parseDataset } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "country:USA", kind: "country", name: "United States", code: "USA" },
 *     { id: "project:pipeline", kind: "project", name: "Gas pipeline", projectType: "pipeline", parties: ["country:IRN", "country:PAK"], statusHistory: [{ status: "frozen" }] },
 *     {
 *       id: "sanction:us-iran", kind: "sanction", authority: "country:USA", targets: ["country:IRN"],
 *       statusHistory: [{ status: "imposed" }], effects: [{ effect: "blocks-project", project: "project:pipeline" }],
 *     },
 *   ],
 * }));
 * const [found] = blockedProjects(index);
 * found?.status; //=> "frozen"
 * found?.blockedBy.map((b) => b.sanction.id); //=> ["sanction:us-iran"]
 * ```
 */
export function blockedProjects<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  query: BlockedProjectsQuery = {},
): BlockedProject<R>[] {
  const data = internalsOf(index);
  const mode = attributionOf(query);
  const at = atOf(query);
  const known = knownByOf(data, query);
  const candidates =
    query.party === undefined
      ? (data.byKind.get("project") ?? [])
      : partyRecords(data, "project", "parties", checkParty(data, query.party, "party"), mode);
  const out: BlockedProject<R>[] = [];
  for (const position of candidates) {
    const project = recordAt<Project>(data, position);
    const entries = entriesInEffect(knownEntries(project.statusHistory, project, known), at);
    const statusEntry = entries[entries.length - 1];
    const blockedBy: ProjectBlocker<R>[] = [];
    for (const sanctionPosition of data.blockers.get(project.id) ?? []) {
      const sanction = recordAt<Sanction>(data, sanctionPosition);
      const inForce = inForceAt(sanction, at, known);
      if (inForce === undefined) continue;
      for (const effect of sanction.effects ?? []) {
        if (effect.effect === "blocks-project" && effect.project === project.id) {
          blockedBy.push({
            sanction: recordAt<IndexedRecord<R, "sanction">>(data, sanctionPosition),
            effect,
            status: inForce.entry,
          });
        }
      }
    }
    const status = statusEntry?.status;
    if (blockedBy.length > 0 || (status !== undefined && BLOCKED_PROJECT_STATUSES.has(status))) {
      out.push({
        project: recordAt<IndexedRecord<R, "project">>(data, position),
        status,
        statusEntry,
        blockedBy,
      });
    }
  }
  return inTimeOrder(out, (item) =>
    item.statusEntry === undefined ? undefined : entryDate(item.statusEntry),
  );
}
