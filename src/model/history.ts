import { z } from "zod";
import { addIssue } from "../core/issue.js";
import { sharedRegistry } from "../core/shared-registry.js";
import { isPartialDate, type PartialDate, PartialDateSchema, startOf } from "../time/partial-date.js";
import { CitationSchema } from "./base.js";

/**
 * The fields of one entry of a dated history: `since` (when the state began, if known), `asOf` (a date at
 * which a source reported it to hold, when the start is not known), the citations and a note.
 * An entry with neither date is "reported, date unknown" and may only come after the dated entries.
 *
 * @category Extending
 * @example
 * ```ts
 * import { z } from "zod";
 * import { datedEntryShape } from "bilateral";
 * const LicenceEntrySchema = z.strictObject({ ...datedEntryShape, licensed: z.boolean() });
 * ```
 */
export const datedEntryShape = {
  /** When this state began, a partial date, if known. */
  since: PartialDateSchema.optional().meta({
    description: "When this state began, a partial date, if known.",
  }),
  /** A date at which a source reported this state to hold, when its start is not known. */
  asOf: PartialDateSchema.optional().meta({
    description: "A date at which a source reported this state to hold, when its start is not known.",
  }),
  /** The sources that report this state. */
  citations: z.array(CitationSchema).optional().meta({ description: "The sources that report this state." }),
  /** Free text for people. */
  note: z.string().optional().meta({ description: "Free text for people." }),
};

/**
 * The date an entry of a dated history takes effect for ordering and queries: `since`, else `asOf`.
 *
 * @category Time
 * @example
 * ```ts
 * import { entryDate } from "bilateral";
 * entryDate({ asOf: "2025-08" }); //=> "2025-08"
 * entryDate({}); //=> undefined
 * ```
 */
export function entryDate(entry: {
  readonly since?: PartialDate;
  readonly asOf?: PartialDate;
}): PartialDate | undefined {
  return entry.since ?? entry.asOf;
}

/**
 * Marks the schemas made by {@link historySchema}, so that the index finds a record kind's dated histories.
 * @internal
 */
export const historyRegistry = /* @__PURE__ */ sharedRegistry<{ readonly history: true }>("histories");

/**
 * A dated history: a list of entries in time order (by {@link entryDate}), undated entries last.
 * Out-of-order entries are reported with the code `history_not_chronological`. A record kind with a dyad and
 * a history field has its entries in `dyadTimeline` (as items of type `"history"` for kinds the library does
 * not define itself).
 *
 * @category Extending
 * @example
 * ```ts
 * import { z } from "zod";
 * import { datedEntryShape, historySchema } from "bilateral";
 * const Licences = historySchema(z.strictObject({ ...datedEntryShape, licensed: z.boolean() }));
 * Licences.safeParse([{ since: "2025", licensed: true }, { since: "2024", licensed: false }]).success; //=> false
 * ```
 */
export function historySchema<
  Entry extends z.ZodType<{ since?: string | undefined; asOf?: string | undefined }>,
>(entry: Entry) {
  const schema = z.array(entry).check((ctx) => {
    let previous: { date: PartialDate; index: number } | undefined;
    let undatedAt: number | undefined;
    ctx.value.forEach((item, index) => {
      const date = entryDate(item);
      if (date !== undefined && !isPartialDate(date)) return; // reported by the date's own schema
      if (date === undefined) {
        undatedAt ??= index;
        return;
      }
      if (undatedAt !== undefined) {
        addIssue(ctx, {
          code: "history_not_chronological",
          message: `entry ${index} is dated (${date}) but follows the undated entry ${undatedAt}: undated entries come last`,
          input: item,
          path: [index],
        });
      } else if (previous !== undefined && startOf(date) < startOf(previous.date)) {
        addIssue(ctx, {
          code: "history_not_chronological",
          message: `entry ${index} (${date}) comes before entry ${previous.index} (${previous.date}): a history is in time order`,
          input: item,
          path: [index],
        });
      }
      previous = { date, index };
    });
  });
  historyRegistry.add(schema, { history: true });
  return schema;
}
