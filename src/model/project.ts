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
  status: z.enum(PROJECT_STATUSES),
});

/**
 * A project shared by states or organisations (a pipeline, a railway, a trade zone), with a dated status
 * history.
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
  projectType: z.enum(PROJECT_TYPES),
  parties: z.array(ref("country", "organization")).min(1),
  places: z.array(ref("place", "country")).optional(),
  length: QuantitySchema.optional(),
  capacity: QuantitySchema.optional(),
  cost: MoneySchema.optional(),
  statusHistory: historySchema(ProjectStatusEntrySchema),
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
