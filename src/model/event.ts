import { z } from "zod";
import { CameoCodeSchema, cameoToPlover } from "../codes/cameo.js";
import { runtimeRegistry } from "../codes/category-registry.js";
import { CountryCodeSchema } from "../codes/country.js";
import type { PloverContext, PloverModes } from "../codes/plover.js";
import { addIssue } from "../core/issue.js";
import { ref } from "../core/reference.js";
import { closestWord, didYouMean } from "../core/suggest.js";
import { intervalOf, isPartialDate, PartialDateSchema } from "../time/partial-date.js";
import { recordShape } from "./base.js";
import { CoordinatesSchema } from "./place.js";

/**
 * The event categories and their modes, as types. It starts with PLOVER 0.8's; an extension adds its own by
 * declaration merging (and registers them at run time with `defineEventCategory`):
 *
 * ```ts
 * declare module "bilateral" {
 *   interface EventCategories { CYBER: "intrusion" | "ddos" }
 * }
 * ```
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventCategories } from "bilateral";
 * type ConsultModes = EventCategories["CONSULT"]; // "visit" | "third-party" | "multilateral" | "phone"
 * ```
 */
export interface EventCategories extends PloverModes {}

/**
 * An event category: a PLOVER 0.8 category or one an extension registered.
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventCategory } from "bilateral";
 * const category: EventCategory = "CONSULT";
 * ```
 */
export type EventCategory = Extract<keyof EventCategories, string>;

/**
 * The modes of an event category (of every category when none is given).
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventMode } from "bilateral";
 * const mode: EventMode<"CONSULT"> = "visit";
 * ```
 */
export type EventMode<Category extends EventCategory = EventCategory> = EventCategories[Category];

/**
 * The event contexts, as types: PLOVER 0.8's, plus those an extension adds by declaration merging.
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventContexts } from "bilateral";
 * type HasTerrorism = "terrorism" extends keyof EventContexts ? true : false; // true
 * ```
 */
export interface EventContexts extends Record<PloverContext, true> {}

/**
 * An event context: a PLOVER 0.8 context or one an extension registered.
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventContext } from "bilateral";
 * const context: EventContext = "terrorism";
 * ```
 */
export type EventContext = Extract<keyof EventContexts, string>;

/**
 * An event category, checked against the registry (PLOVER 0.8 plus registered extensions) when parsed.
 *
 * @category Events
 * @example
 * ```ts
 * import { EventCategorySchema } from "bilateral";
 * EventCategorySchema.parse("ASSAULT"); //=> "ASSAULT"
 * EventCategorySchema.safeParse("FIGHT").success; //=> false (a PLOVER 0.6 name: importers map it to ASSAULT)
 * ```
 */
export const EventCategorySchema = z.string().check((ctx) => {
  if (!runtimeRegistry().categories.has(ctx.value)) {
    addIssue(ctx, {
      code: "unknown_category",
      message: `${JSON.stringify(ctx.value.slice(0, 60))} is not a PLOVER 0.8 event category nor a registered one${didYouMean(closestWord(ctx.value, runtimeRegistry().categories.keys()))}`,
      input: ctx.value,
    });
  }
}) as unknown as z.ZodType<EventCategory, EventCategory>;

/**
 * An event context, checked against the registry (PLOVER 0.8 plus registered extensions) when parsed.
 *
 * @category Events
 * @example
 * ```ts
 * import { EventContextSchema } from "bilateral";
 * EventContextSchema.parse("diplomatic"); //=> "diplomatic"
 * ```
 */
export const EventContextSchema = z.string().check((ctx) => {
  if (!runtimeRegistry().contexts.has(ctx.value)) {
    addIssue(ctx, {
      code: "unknown_context",
      message: `${JSON.stringify(ctx.value.slice(0, 60))} is not a PLOVER 0.8 event context nor a registered one${didYouMean(closestWord(ctx.value, runtimeRegistry().contexts))}`,
      input: ctx.value,
    });
  }
}) as unknown as z.ZodType<EventContext, EventContext>;

/**
 * A quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and
 * where it comes from: `basis` names the source that delivered it (`gdelt`, `icews`) or the table it was
 * derived from (`plover-0.8`). It is never recomputed silently.
 *
 * @category Events
 * @example
 * ```ts
 * import { QuadClassSchema } from "bilateral";
 * QuadClassSchema.parse({ value: 1, basis: "gdelt" });
 * ```
 */
export const QuadClassSchema = z.strictObject({
  /** The quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  value: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).meta({
    description:
      "The quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
  }),
  /**
   * Where the value comes from: the feed that delivered it (`gdelt`, `plover`) or the table it was derived
   * from (`plover-0.8`).
   */
  basis: z.string().min(1).meta({
    description:
      "Where the value comes from: the feed that delivered it (`gdelt`, `plover`) or the table it was derived from (`plover-0.8`).",
  }),
});

/**
 * Where an event happened: a place record, a country code, a name as given, coordinates; any of them.
 *
 * @category Events
 * @example
 * ```ts
 * import { EventLocationSchema } from "bilateral";
 * EventLocationSchema.parse({ place: "place:iran-pakistan-border", country: "PAK" });
 * ```
 */
export const EventLocationSchema = z.strictObject({
  /** The place or country record where it happened. */
  place: ref("place", "country")
    .optional()
    .meta({ description: "The place or country record where it happened." }),
  /** The ISO 3166-1 alpha-3 code of the country where it happened. */
  country: CountryCodeSchema.optional().meta({
    description: "The ISO 3166-1 alpha-3 code of the country where it happened.",
  }),
  /** The place's name as the source gives it. */
  name: z.string().min(1).optional().meta({ description: "The place's name as the source gives it." }),
  /** Where it happened, in WGS 84 degrees. */
  coordinates: CoordinatesSchema.optional().meta({ description: "Where it happened, in WGS 84 degrees." }),
  /** A feed's own place id (GDELT's GeoNames/GNS FeatureID), as delivered. */
  featureId: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "A feed's own place id (GDELT's GeoNames/GNS FeatureID), as delivered." }),
  /** A feed's first-level administrative division code (GDELT's ADM1Code, FIPS-based), as delivered. */
  adm1: z.string().min(1).optional().meta({
    description:
      "A feed's first-level administrative division code (GDELT's ADM1Code, FIPS-based), as delivered.",
  }),
  /**
   * A feed's type of the place matched, as delivered (GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4
   * world city, 5 world state).
   */
  featureType: z.string().min(1).optional().meta({
    description:
      "A feed's type of the place matched, as delivered (GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state).",
  }),
});

/**
 * Where a feed places one of an event's parties (GDELT's Actor1Geo and Actor2Geo): the party's role, the
 * entity it was recorded as (when the row names one), and the fields of an {@link EventLocationSchema}. The
 * place may be in another country than the party's own (an official speaking abroad): that is kept as
 * delivered, not read as a mismatch.
 *
 * @category Events
 * @example
 * ```ts
 * import { ActorLocationSchema } from "bilateral";
 * ActorLocationSchema.parse({ role: "actor", entity: "country:KEN", country: "USA", name: "Washington, District of Columbia, United States" });
 * ```
 */
export const ActorLocationSchema = z.strictObject({
  /** Which side of the event the party is on: `actor` or `recipient`. */
  role: z
    .enum(["actor", "recipient"])
    .meta({ description: "Which side of the event the party is on: `actor` or `recipient`." }),
  /** The country, organisation or person the party was recorded as, when the row names one. */
  entity: ref("country", "organization", "person").optional().meta({
    description: "The country, organisation or person the party was recorded as, when the row names one.",
  }),
  ...EventLocationSchema.shape,
});

/**
 * Casualties of a violent event: counts of dead, injured and arrested people. `dead` is the best estimate;
 * a source that gives a range adds `deadLow` and `deadHigh` (UCDP's low and high estimates, kept as
 * delivered), and a source that says who died adds `deadActors` (among the event's actors' side),
 * `deadRecipients` (among the recipients' side), `deadCivilians` and `deadUnknown` (whose side is not known).
 *
 * @category Events
 * @example
 * ```ts
 * import { CasualtiesSchema } from "bilateral";
 * CasualtiesSchema.parse({ dead: 3, injured: 12 });
 * CasualtiesSchema.parse({ dead: 14, deadLow: 12, deadHigh: 20, deadActors: 0, deadRecipients: 14 });
 * ```
 */
export const CasualtiesSchema = z.strictObject({
  /** The number of people killed, the best estimate. */
  dead: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "The number of people killed, the best estimate." }),
  /** The number of people injured. */
  injured: z.number().int().nonnegative().optional().meta({ description: "The number of people injured." }),
  /** The number of people arrested. */
  arrested: z.number().int().nonnegative().optional().meta({ description: "The number of people arrested." }),
  /** The low estimate of the number killed, when the source gives a range (UCDP GED's `low`). */
  deadLow: z.number().int().nonnegative().optional().meta({
    description: "The low estimate of the number killed, when the source gives a range (UCDP GED's `low`).",
  }),
  /** The high estimate of the number killed, when the source gives a range (UCDP GED's `high`). */
  deadHigh: z.number().int().nonnegative().optional().meta({
    description: "The high estimate of the number killed, when the source gives a range (UCDP GED's `high`).",
  }),
  /** The number killed on the side of the event's actors. */
  deadActors: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "The number killed on the side of the event's actors." }),
  /** The number killed on the side of the event's recipients. */
  deadRecipients: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "The number killed on the side of the event's recipients." }),
  /** The number of civilians killed. */
  deadCivilians: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "The number of civilians killed." }),
  /** The number killed whose side is not known. */
  deadUnknown: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "The number killed whose side is not known." }),
});

/**
 * Figures an event feed delivers about an event, kept exactly as delivered (GDELT's GoldsteinScale,
 * NumMentions, NumSources, NumArticles, AvgTone, IsRootEvent).
 *
 * @category Events
 * @example
 * ```ts
 * import { FeedCodingSchema } from "bilateral";
 * FeedCodingSchema.parse({ goldstein: 1, numMentions: 10, numSources: 1, numArticles: 10, avgTone: 0.63 });
 * ```
 */
export const FeedCodingSchema = z.strictObject({
  /**
   * The feed's Goldstein score, from -10 (most conflictual) to +10 (most cooperative), as delivered; queries
   * do not read it as an intensity.
   */
  goldstein: z.number().min(-10).max(10).optional().meta({
    description:
      "The feed's Goldstein score, from -10 (most conflictual) to +10 (most cooperative), as delivered; queries do not read it as an intensity.",
  }),
  /** How many times the event was mentioned in the feed's sources (GDELT's NumMentions). */
  numMentions: z.number().int().nonnegative().optional().meta({
    description: "How many times the event was mentioned in the feed's sources (GDELT's NumMentions).",
  }),
  /** How many sources mentioned the event (GDELT's NumSources). */
  numSources: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "How many sources mentioned the event (GDELT's NumSources)." }),
  /** How many articles mentioned the event (GDELT's NumArticles). */
  numArticles: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description: "How many articles mentioned the event (GDELT's NumArticles)." }),
  /**
   * The average tone of the articles that mention it, from about -100 (negative) to +100 (positive) (GDELT's
   * AvgTone).
   */
  avgTone: z.number().finite().optional().meta({
    description:
      "The average tone of the articles that mention it, from about -100 (negative) to +100 (positive) (GDELT's AvgTone).",
  }),
  /** Whether the event was coded from an article's lead paragraph (GDELT's IsRootEvent). */
  isRootEvent: z.boolean().optional().meta({
    description: "Whether the event was coded from an article's lead paragraph (GDELT's IsRootEvent).",
  }),
  /**
   * The CAMEO code exactly as the feed delivered it, when it is not a codebook code (kept, never dropped).
   */
  cameoAsDelivered: z.string().min(1).optional().meta({
    description:
      "The CAMEO code exactly as the feed delivered it, when it is not a codebook code (kept, never dropped).",
  }),
  /** When the feed added or coded the event (GDELT's DATEADDED, PLOVER's dateCoded), a partial date. */
  dateAdded: PartialDateSchema.optional().meta({
    description:
      "When the feed added or coded the event (GDELT's DATEADDED, PLOVER's dateCoded), a partial date.",
  }),
});

/**
 * How a source named an entity in an event: the entity and the text as delivered (GDELT's Actor1Name,
 * PLOVER's `entity_text`), and whether it was an actor or a recipient.
 *
 * @category Events
 * @example
 * ```ts
 * import { MentionSchema } from "bilateral";
 * MentionSchema.parse({ entity: "country:PAK", text: "ISLAMABAD", role: "actor" });
 * ```
 */
export const MentionSchema = z.strictObject({
  /** The country, organisation or person the text was read as. */
  entity: ref("country", "organization", "person").meta({
    description: "The country, organisation or person the text was read as.",
  }),
  /** The text as delivered (GDELT's Actor1Name, PLOVER's `entity_text`). */
  text: z
    .string()
    .min(1)
    .meta({ description: "The text as delivered (GDELT's Actor1Name, PLOVER's `entity_text`)." }),
  /** Whether the entity was named as an `actor` or a `recipient`. */
  role: z
    .enum(["actor", "recipient"])
    .optional()
    .meta({ description: "Whether the entity was named as an `actor` or a `recipient`." }),
});

/**
 * An event, on the PLOVER 0.8 backbone: a category and a mode that belongs to it, contexts, actors and
 * recipients (lists of entity ids), a date or a date range (partial dates), a location, where the feed places
 * each party (`actorLocations`), a summary, an intensity (-10 to +10), casualties, the CAMEO code as a string,
 * a quad class with its basis, and the feed's own figures. `date` is optional: a news story often does not
 * date what it reports. `actors` may be empty when a feed codes an event without naming who acted (GDELT often
 * does).
 *
 * `category` is optional for one case: a **CAMEO-only event**, a feed's event whose CAMEO code PLOVER has no
 * category for (roots 01 "make public statement" and 02 "appeal", which PLOVER 0.8 drops). Such an event
 * carries its `cameo` code instead (an event with neither is a `missing_field` issue) and has no `mode` (a mode
 * without a category is a `mode_category_mismatch` issue); {@link isUncategorized} tells them apart.
 * PLOVER-only queries (a `category` filter, lists by category) leave them out; counts without a category
 * filter include them, so that a dyad's count equals the feed's.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#event).
 *
 * @category Events
 * @example
 * ```ts
 * import { EventSchema } from "bilateral";
 * EventSchema.parse({
 *   id: "event:pezeshkian-visit",
 *   kind: "event",
 *   category: "CONSULT",
 *   mode: "visit",
 *   contexts: ["diplomatic"],
 *   actors: ["person:masoud-pezeshkian"],
 *   recipients: ["country:PAK"],
 *   date: "2025-08-02",
 *   endDate: "2025-08-03",
 *   summary: "Iranian President Masoud Pezeshkian visits Pakistan.",
 * });
 * ```
 */
export const EventSchema = z
  .strictObject({
    ...recordShape("event"),
    /**
     * The PLOVER 0.8 category of the act (`CONSULT`, `ASSAULT`) or one an extension registered; absent only
     * for a CAMEO-only event.
     */
    category: EventCategorySchema.optional().meta({
      description:
        "The PLOVER 0.8 category of the act (`CONSULT`, `ASSAULT`) or one an extension registered; absent only for a CAMEO-only event.",
    }),
    /** How the act was carried out, one of the modes of its category (`visit` for `CONSULT`). */
    mode: (z.string().min(1) as unknown as z.ZodType<EventMode, EventMode>).optional().meta({
      description: "How the act was carried out, one of the modes of its category (`visit` for `CONSULT`).",
    }),
    /** The PLOVER contexts the event belongs to (`diplomatic`, `terrorism`). */
    contexts: z
      .array(EventContextSchema)
      .optional()
      .meta({ description: "The PLOVER contexts the event belongs to (`diplomatic`, `terrorism`)." }),
    /** The countries, organisations and people who acted (may be empty when a feed names nobody). */
    actors: z.array(ref("country", "organization", "person")).meta({
      description:
        "The countries, organisations and people who acted (may be empty when a feed names nobody).",
    }),
    /** The countries, organisations and people acted upon or addressed. */
    recipients: z
      .array(ref("country", "organization", "person"))
      .optional()
      .meta({ description: "The countries, organisations and people acted upon or addressed." }),
    /** When it happened, or began: a partial date (`2025`, `2025-08`, `2025-08-02`). */
    date: PartialDateSchema.optional().meta({
      description: "When it happened, or began: a partial date (`2025`, `2025-08`, `2025-08-02`).",
    }),
    /** When it ended, for an event over several days: a partial date, after `date`. */
    endDate: PartialDateSchema.optional().meta({
      description: "When it ended, for an event over several days: a partial date, after `date`.",
    }),
    /** Where it happened. */
    location: EventLocationSchema.optional().meta({ description: "Where it happened." }),
    /** Where a feed places each party (GDELT's Actor1Geo and Actor2Geo), as delivered. */
    actorLocations: z.array(ActorLocationSchema).optional().meta({
      description: "Where a feed places each party (GDELT's Actor1Geo and Actor2Geo), as delivered.",
    }),
    /** What happened, in a sentence. */
    summary: z.string().min(1).optional().meta({ description: "What happened, in a sentence." }),
    /**
     * How cooperative (positive) or hostile (negative) the act is, from -10 to +10 (ICEWS's Intensity,
     * PLOVER's event_scale); `dyadSummary` averages it.
     */
    intensity: z.number().min(-10).max(10).optional().meta({
      description:
        "How cooperative (positive) or hostile (negative) the act is, from -10 to +10 (ICEWS's Intensity, PLOVER's event_scale); `dyadSummary` averages it.",
    }),
    /** The quad class and where it comes from, as delivered (absent: queries derive it from the category). */
    quadClass: QuadClassSchema.optional().meta({
      description:
        "The quad class and where it comes from, as delivered (absent: queries derive it from the category).",
    }),
    /** The people killed, injured or arrested. */
    casualties: CasualtiesSchema.optional().meta({ description: "The people killed, injured or arrested." }),
    /** The CAMEO event code, as a string with its leading zero (`042`). */
    cameo: CameoCodeSchema.optional().meta({
      description: "The CAMEO event code, as a string with its leading zero (`042`).",
    }),
    /**
     * True when the source reports that the act did not take place ("did not attack"); kept as coded, no
     * query reads it.
     */
    negated: z.boolean().optional().meta({
      description:
        'True when the source reports that the act did not take place ("did not attack"); kept as coded, no query reads it.',
    }),
    /** The feed's own figures about the event (GDELT's Goldstein score, mentions, tone), as delivered. */
    coding: FeedCodingSchema.optional().meta({
      description:
        "The feed's own figures about the event (GDELT's Goldstein score, mentions, tone), as delivered.",
    }),
    /** How the source named each party, as delivered. */
    mentions: z
      .array(MentionSchema)
      .optional()
      .meta({ description: "How the source named each party, as delivered." }),
  })
  .check((ctx) => {
    const { category, mode, date, endDate, cameo } = ctx.value;
    if (category === undefined) {
      const plover = cameo === undefined ? undefined : (cameoToPlover(cameo)?.category ?? undefined);
      if (cameo === undefined || plover !== undefined) {
        addIssue(ctx, {
          code: "missing_field",
          message:
            plover === undefined
              ? "an event needs a category, or a CAMEO code when PLOVER has no category for it"
              : `an event needs a category: CAMEO ${cameo} is PLOVER ${plover} (only a code PLOVER has no category for may stand alone)`,
          input: ctx.value,
          path: ["category"],
        });
      }
      if (mode !== undefined) {
        addIssue(ctx, {
          code: "mode_category_mismatch",
          message: `a mode needs a category: ${JSON.stringify(String(mode).slice(0, 60))} is given without one`,
          input: mode,
          path: ["mode"],
        });
      }
    } else if (typeof mode === "string") {
      const entry = runtimeRegistry().categories.get(category);
      if (entry !== undefined && !entry.modes.has(mode)) {
        const allowed = [...entry.modes];
        addIssue(ctx, {
          code: "mode_category_mismatch",
          message:
            allowed.length === 0
              ? `${category} has no modes, got ${JSON.stringify(mode.slice(0, 60))}`
              : `${JSON.stringify(mode.slice(0, 60))} is not a mode of ${category} (one of ${allowed.join(", ")})`,
          input: mode,
          path: ["mode"],
        });
      }
    }
    if (endDate !== undefined) {
      if (date === undefined) {
        addIssue(ctx, {
          code: "missing_field",
          message: "an event with an endDate needs a date (its start)",
          input: ctx.value,
          path: ["date"],
        });
      } else if (
        isPartialDate(date) &&
        isPartialDate(endDate) &&
        intervalOf(endDate).end <= intervalOf(date).start
      ) {
        addIssue(ctx, {
          code: "period_reversed",
          message: `the event ends (${endDate}) before it starts (${date})`,
          input: endDate,
          path: ["endDate"],
        });
      }
    }
  });

/**
 * An event record (see {@link EventSchema}). Named `EventRecord`, not `Event`: `Event` is a global type (the
 * DOM's and Node's), so a file that forgot to import ours would get theirs without a word.
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventRecord } from "bilateral";
 * const event: EventRecord = { id: "event:x", kind: "event", category: "AGREE", actors: ["country:IRN"] };
 * ```
 */
export interface EventRecord extends z.output<typeof EventSchema> {}

/**
 * An event record as written, before parsing.
 *
 * @category Events
 * @example
 * ```ts
 * import type { EventInput } from "bilateral";
 * const event: EventInput = { id: "event:y", kind: "event", category: "ASSAULT", actors: ["org:bla"] };
 * ```
 */
export interface EventInput extends z.input<typeof EventSchema> {}

/**
 * Tells whether an event is a CAMEO-only event: one with no PLOVER category, known by its `cameo` code alone
 * (CAMEO roots 01 and 02, statements and appeals, which PLOVER 0.8 drops). PLOVER-only queries leave such
 * events out; counts without a category filter include them (see {@link EventSchema}).
 *
 * @category Events
 * @example
 * ```ts
 * import { type EventRecord, isUncategorized } from "bilateral";
 * const statement: EventRecord = { id: "gdelt:1", kind: "event", cameo: "010", actors: ["country:USA"] };
 * isUncategorized(statement); //=> true
 * isUncategorized({ id: "event:x", kind: "event", category: "AGREE", actors: ["country:IRN"] }); //=> false
 * ```
 */
export function isUncategorized(event: EventRecord): boolean {
  return event.category === undefined;
}
