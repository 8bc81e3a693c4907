import { z } from "zod";
import { SanctionMeasureSchema } from "../codes/sanction-measures.js";
import { addIssue } from "../core/issue.js";
import { ref } from "../core/reference.js";
import { AsDeliveredSchema } from "./as-delivered.js";
import { CitationSchema, IdentifierSchema, recordShape, UrlSchema } from "./base.js";
import { dyadSchema } from "./dyad.js";
import { datedEntryShape, historySchema } from "./history.js";

/**
 * The states a sanction can be in. `imposed` and `expanded` put it in force; `eased` keeps it in force in a
 * lighter form; `suspended` and `lifted` take it out of force; `proposed` and `threatened` come before.
 *
 * @category Sanctions
 * @example
 * ```ts
 * import { SANCTION_STATUSES } from "bilateral";
 * SANCTION_STATUSES.includes("lifted"); //=> true
 * ```
 */
export const SANCTION_STATUSES = [
  "proposed",
  "threatened",
  "imposed",
  "expanded",
  "eased",
  "suspended",
  "lifted",
] as const;

/**
 * A sanction status (one of {@link SANCTION_STATUSES}).
 *
 * @category Sanctions
 * @example
 * ```ts
 * import type { SanctionStatus } from "bilateral";
 * const status: SanctionStatus = "imposed";
 * ```
 */
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

/**
 * The statuses under which a sanction is in force.
 *
 * @category Sanctions
 * @example
 * ```ts
 * import { IN_FORCE_STATUSES } from "bilateral";
 * IN_FORCE_STATUSES.has("eased"); //=> true
 * ```
 */
export const IN_FORCE_STATUSES: ReadonlySet<SanctionStatus> = new Set(["imposed", "expanded", "eased"]);

/**
 * The broad aims sanctions pursue.
 *
 * @category Sanctions
 * @example
 * ```ts
 * import { SANCTION_OBJECTIVES } from "bilateral";
 * SANCTION_OBJECTIVES.includes("non-proliferation"); //=> true
 * ```
 */
export const SANCTION_OBJECTIVES = [
  "non-proliferation",
  "counter-terrorism",
  "human-rights",
  "democracy",
  "territorial-integrity",
  "conflict",
  "cyber",
  "corruption",
  "narcotics",
  "other",
] as const;

/**
 * One entry of a sanction's status history.
 *
 * @category Sanctions
 * @example
 * ```ts
 * import { SanctionStatusEntrySchema } from "bilateral";
 * SanctionStatusEntrySchema.parse({ status: "imposed", since: "1996-08-05" });
 * ```
 */
export const SanctionStatusEntrySchema = z.strictObject({
  ...datedEntryShape,
  /** The sanction's state: proposed, threatened, imposed, expanded, eased, suspended or lifted. */
  status: z.enum(SANCTION_STATUSES).meta({
    description: "The sanction's state: proposed, threatened, imposed, expanded, eased, suspended or lifted.",
  }),
});

/**
 * A sanctions programme: its key in the OpenSanctions convention (`US-IRAN`), its name and a URL.
 *
 * @category Sanctions
 * @example
 * ```ts
 * import { SanctionProgramSchema } from "bilateral";
 * SanctionProgramSchema.parse({ key: "US-IRAN", name: "Iran Sanctions" });
 * ```
 */
export const SanctionProgramSchema = z
  .strictObject({
    /** The programme's key in the OpenSanctions convention, upper case (`US-IRAN`). */
    key: z
      .string()
      .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, {
        message: 'expected an upper-case programme key such as "US-IRAN"',
      })
      .optional()
      .meta({ description: "The programme's key in the OpenSanctions convention, upper case (`US-IRAN`)." }),
    /** The programme's name ("Iran Sanctions"). */
    name: z.string().min(1).optional().meta({ description: 'The programme\'s name ("Iran Sanctions").' }),
    /** The programme's page, an absolute http(s) URL. */
    url: UrlSchema.optional().meta({ description: "The programme's page, an absolute http(s) URL." }),
  })
  .check((ctx) => {
    if (ctx.value.key === undefined && ctx.value.name === undefined) {
      addIssue(ctx, {
        code: "missing_field",
        message: "a programme needs a key or a name",
        input: ctx.value,
      });
    }
  });

/**
 * What a sanction does to other records: it blocks a project, or constrains the trade of a dyad.
 *
 * @category Sanctions
 * @example
 * ```ts
 * import { SanctionEffectSchema } from "bilateral";
 * SanctionEffectSchema.parse({ effect: "blocks-project", project: "project:iran-pakistan-pipeline" });
 * SanctionEffectSchema.parse({ effect: "constrains-trade", parties: ["country:IRN", "country:PAK"] });
 * ```
 */
export const SanctionEffectSchema = z.discriminatedUnion("effect", [
  z.strictObject({
    /** What the sanction does: `blocks-project` (a project) or `constrains-trade` (a dyad's trade). */
    effect: z.literal("blocks-project").meta({
      description:
        "What the sanction does: `blocks-project` (a project) or `constrains-trade` (a dyad's trade).",
    }),
    /** The project the sanction blocks. */
    project: ref("project").meta({ description: "The project the sanction blocks." }),
    /** The sources that report the effect. */
    citations: z
      .array(CitationSchema)
      .optional()
      .meta({ description: "The sources that report the effect." }),
  }),
  z.strictObject({
    /** What the sanction does: `blocks-project` (a project) or `constrains-trade` (a dyad's trade). */
    effect: z.literal("constrains-trade").meta({
      description:
        "What the sanction does: `blocks-project` (a project) or `constrains-trade` (a dyad's trade).",
    }),
    /** The two countries whose trade the sanction constrains. */
    parties: dyadSchema("country").meta({
      description: "The two countries whose trade the sanction constrains.",
    }),
    /** The sources that report the effect. */
    citations: z
      .array(CitationSchema)
      .optional()
      .meta({ description: "The sources that report the effect." }),
  }),
]);

/**
 * A sanction effect (see {@link SanctionEffectSchema}).
 *
 * @category Sanctions
 * @example
 * ```ts
 * import type { SanctionEffect } from "bilateral";
 * const effect: SanctionEffect = { effect: "blocks-project", project: "project:pipeline" };
 * ```
 */
export type SanctionEffect = z.output<typeof SanctionEffectSchema>;

/**
 * A sanction: who imposes it (`authority`), on whom (`targets`), under which programme and legal basis, which
 * measures (the OpenSanctions vocabulary), to what end, whether it reaches third parties (`secondary`), its
 * dated status history, and what it blocks or constrains.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#sanction).
 *
 * @category Sanctions
 * @example
 * ```ts
 * import { SanctionSchema } from "bilateral";
 * SanctionSchema.parse({
 *   id: "sanction:us-iran",
 *   kind: "sanction",
 *   authority: "country:USA",
 *   targets: ["country:IRN"],
 *   program: { key: "US-IRAN", name: "Iran Sanctions" },
 *   measures: ["Asset freeze", "Import restrictions"],
 *   objectiveType: "non-proliferation",
 *   secondary: true,
 *   statusHistory: [{ status: "imposed" }],
 *   effects: [{ effect: "blocks-project", project: "project:iran-pakistan-pipeline" }],
 * });
 * ```
 */
export const SanctionSchema = z.strictObject({
  ...recordShape("sanction"),
  /** Who imposes it: a country or an organisation (the EU Council, the UN Security Council). */
  authority: ref("country", "organization").meta({
    description: "Who imposes it: a country or an organisation (the EU Council, the UN Security Council).",
  }),
  /** Who it is imposed on: countries, organisations, people, at least one. */
  targets: z
    .array(ref("country", "organization", "person"))
    .min(1)
    .meta({ description: "Who it is imposed on: countries, organisations, people, at least one." }),
  /** The sanctions programme it belongs to. */
  program: SanctionProgramSchema.optional().meta({ description: "The sanctions programme it belongs to." }),
  /**
   * The legal instruments it is imposed under, as the source names them (laws, executive orders,
   * resolutions).
   */
  legalBasis: z.array(z.string().min(1)).optional().meta({
    description:
      "The legal instruments it is imposed under, as the source names them (laws, executive orders, resolutions).",
  }),
  /** What it does, in the OpenSanctions measure vocabulary ("Asset freeze", "Travel ban"). */
  measures: z.array(SanctionMeasureSchema).optional().meta({
    description: 'What it does, in the OpenSanctions measure vocabulary ("Asset freeze", "Travel ban").',
  }),
  /** Its stated aim, in the source's words. */
  objective: z.string().min(1).optional().meta({ description: "Its stated aim, in the source's words." }),
  /** Its aim, in broad terms (`non-proliferation`, `counter-terrorism`...). */
  objectiveType: z
    .enum(SANCTION_OBJECTIVES)
    .optional()
    .meta({ description: "Its aim, in broad terms (`non-proliferation`, `counter-terrorism`...)." }),
  /** True when it reaches third parties that deal with the targets (secondary sanctions). */
  secondary: z.boolean().optional().meta({
    description: "True when it reaches third parties that deal with the targets (secondary sanctions).",
  }),
  /** The sanction's states over time, in time order, at least one. */
  statusHistory: historySchema(SanctionStatusEntrySchema)
    .min(1)
    .meta({ description: "The sanction's states over time, in time order, at least one." }),
  /** What it does to other records: projects it blocks, dyads whose trade it constrains. */
  effects: z.array(SanctionEffectSchema).optional().meta({
    description: "What it does to other records: projects it blocks, dyads whose trade it constrains.",
  }),
  /** The issuer's own ids for the listing (OFAC's, the UN's...). */
  identifiers: z
    .array(IdentifierSchema)
    .optional()
    .meta({ description: "The issuer's own ids for the listing (OFAC's, the UN's...)." }),
  /** What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`). */
  asDelivered: AsDeliveredSchema.optional().meta({
    description:
      "What a source gave that the model has no field for, kept as delivered (see `AsDeliveredSchema`).",
  }),
});

/**
 * A sanction record (see {@link SanctionSchema}).
 *
 * @category Sanctions
 * @example
 * ```ts
 * import type { Sanction } from "bilateral";
 * const s: Sanction = {
 *   id: "sanction:x",
 *   kind: "sanction",
 *   authority: "country:USA",
 *   targets: ["country:IRN"],
 *   statusHistory: [{ status: "imposed" }],
 * };
 * ```
 */
export interface Sanction extends z.output<typeof SanctionSchema> {}

/**
 * A sanction record as written, before parsing.
 *
 * @category Sanctions
 * @example
 * ```ts
 * import type { SanctionInput } from "bilateral";
 * const s: SanctionInput = {
 *   id: "sanction:y",
 *   kind: "sanction",
 *   authority: "org:eu-council",
 *   targets: ["country:RUS"],
 *   statusHistory: [{ status: "imposed", since: "2014-07-31" }],
 * };
 * ```
 */
export interface SanctionInput extends z.input<typeof SanctionSchema> {}
