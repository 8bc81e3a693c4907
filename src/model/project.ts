import { z } from "zod";
import { ref } from "../core/reference.js";
import { entityShape } from "./base.js";
import { datedEntryShape, historySchema } from "./history.js";
import { MoneySchema } from "./money.js";
import { QuantitySchema } from "./quantity.js";

/**
 * The states a project can be in.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PROJECT_STATUSES } from "bilateral";
 * PROJECT_STATUSES.includes("frozen"); //=> true
 * ```
 */
export const PROJECT_STATUSES = [
  "proposed",
  "agreed",
  "planned",
  "under-construction",
  "operational",
  "suspended",
  "frozen",
  "cancelled",
  "completed",
] as const;

/**
 * A project status (one of {@link PROJECT_STATUSES}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { ProjectStatus } from "bilateral";
 * const status: ProjectStatus = "frozen";
 * ```
 */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * The kinds of project the model knows.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PROJECT_TYPES } from "bilateral";
 * PROJECT_TYPES.includes("pipeline"); //=> true
 * ```
 */
export const PROJECT_TYPES = [
  "pipeline",
  "railway",
  "road",
  "port",
  "power",
  "corridor",
  "trade-zone",
  "other",
] as const;

/**
 * One entry of a project's status history.
 *
 * @category Entities
 * @example
 * ```ts
 * import { ProjectStatusEntrySchema } from "bilateral";
 * ProjectStatusEntrySchema.parse({ status: "frozen", citations: [{ source: "source:seed-article" }] });
 * ```
 */
export const ProjectStatusEntrySchema = z.strictObject({
  ...datedEntryShape,
  /** The project's state (`proposed`, `under-construction`, `operational`, `frozen`...). */
  status: z.enum(PROJECT_STATUSES).meta({
    description: "The project's state (`proposed`, `under-construction`, `operational`, `frozen`...).",
  }),
});

/**
 * A project shared by states or organisations (a pipeline, a railway, a trade zone), with a dated status
 * history.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#project).
 *
 * @category Entities
 * @example
 * ```ts
 * import { ProjectSchema } from "bilateral";
 * ProjectSchema.parse({
 *   id: "project:iran-pakistan-pipeline",
 *   kind: "project",
 *   name: "Iran-Pakistan gas pipeline",
 *   projectType: "pipeline",
 *   parties: ["country:IRN", "country:PAK"],
 *   statusHistory: [{ status: "frozen" }],
 * });
 * ```
 */
export const ProjectSchema = z.strictObject({
  ...entityShape("project"),
  /** What kind of project it is (`pipeline`, `railway`, `port`...). */
  projectType: z
    .enum(PROJECT_TYPES)
    .meta({ description: "What kind of project it is (`pipeline`, `railway`, `port`...)." }),
  /** The countries and organisations party to it, at least one. */
  parties: z
    .array(ref("country", "organization"))
    .min(1)
    .meta({ description: "The countries and organisations party to it, at least one." }),
  /** The places and countries it runs through or is built in. */
  places: z
    .array(ref("place", "country"))
    .optional()
    .meta({ description: "The places and countries it runs through or is built in." }),
  /** Its length as stated (a pipeline's, a railway's), with the equivalents the source gave. */
  length: QuantitySchema.optional().meta({
    description: "Its length as stated (a pipeline's, a railway's), with the equivalents the source gave.",
  }),
  /** Its capacity as stated (`bcm/year`, `MW`...), with the equivalents the source gave. */
  capacity: QuantitySchema.optional().meta({
    description: "Its capacity as stated (`bcm/year`, `MW`...), with the equivalents the source gave.",
  }),
  /** Its cost as stated, with the equivalents the source gave. */
  cost: MoneySchema.optional().meta({
    description: "Its cost as stated, with the equivalents the source gave.",
  }),
  /** The project's states over time, in time order (may be empty). */
  statusHistory: historySchema(ProjectStatusEntrySchema).meta({
    description: "The project's states over time, in time order (may be empty).",
  }),
});

/**
 * A project record (see {@link ProjectSchema}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Project } from "bilateral";
 * const road: Project = {
 *   id: "project:road",
 *   kind: "project",
 *   name: "A road",
 *   projectType: "road",
 *   parties: ["country:PAK"],
 *   statusHistory: [{ status: "planned", since: "2024" }],
 * };
 * ```
 */
export interface Project extends z.output<typeof ProjectSchema> {}

/**
 * A project record as written, before parsing.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { ProjectInput } from "bilateral";
 * const input: ProjectInput = {
 *   id: "project:port",
 *   kind: "project",
 *   name: "A port",
 *   projectType: "port",
 *   parties: ["country:PAK"],
 *   statusHistory: [],
 * };
 * ```
 */
export interface ProjectInput extends z.input<typeof ProjectSchema> {}
