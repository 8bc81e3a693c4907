import { z } from "zod";
import { ref } from "../core/reference.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { CitationSchema, recordShape } from "./base.js";
import { dyadSchema } from "./dyad.js";
import { MoneySchema } from "./money.js";

/**
 * Which trade a target counts: `total` (both directions between the two parties), `exports` (from the first
 * party to the second) or `imports` (into the first party from the second).
 *
 * @category Trade
 * @example
 * ```ts
 * import { TRADE_DIRECTIONS } from "bilateral";
 * TRADE_DIRECTIONS; //=> ["total", "exports", "imports"]
 * ```
 */
export const TRADE_DIRECTIONS = ["total", "exports", "imports"] as const;

/**
 * A declared bilateral trade target: the dyad, the direction, the amount (with the equivalents a source stated),
 * the date or year by which it should be reached, who announced it and when, and the baseline it starts from.
 * Progress toward it is computed from trade flows, never stored.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#trade-target).
 *
 * @category Trade
 * @example
 * ```ts
 * import { TradeTargetSchema } from "bilateral";
 * TradeTargetSchema.parse({
 *   id: "trade-target:iran-pakistan-10bn",
 *   kind: "trade-target",
 *   parties: ["country:IRN", "country:PAK"],
 *   direction: "total",
 *   amount: { amount: 10e9, currency: "USD", equivalents: [{ amount: 8.6e9, currency: "EUR" }] },
 * });
 * ```
 */
export const TradeTargetSchema = z.strictObject({
  ...recordShape("trade-target"),
  /** The two countries whose trade the target is for; `exports` and `imports` read from the first. */
  parties: dyadSchema("country").meta({
    description:
      "The two countries whose trade the target is for; `exports` and `imports` read from the first.",
  }),
  /**
   * Which trade it counts: `total` (both ways), `exports` (first to second) or `imports` (first from second).
   */
  direction: z.enum(TRADE_DIRECTIONS).meta({
    description:
      "Which trade it counts: `total` (both ways), `exports` (first to second) or `imports` (first from second).",
  }),
  /** The yearly trade to reach, as stated, with the equivalents the source gave. */
  amount: MoneySchema.meta({
    description: "The yearly trade to reach, as stated, with the equivalents the source gave.",
  }),
  /** The date or year by which it should be reached, a partial date. */
  targetDate: PartialDateSchema.optional().meta({
    description: "The date or year by which it should be reached, a partial date.",
  }),
  /** Who announced the target, when, and at which event. */
  announced: z
    .strictObject({
      /** When it was announced, a partial date. */
      date: PartialDateSchema.optional().meta({ description: "When it was announced, a partial date." }),
      /** The countries, organisations and people who announced it. */
      by: z
        .array(ref("country", "organization", "person"))
        .optional()
        .meta({ description: "The countries, organisations and people who announced it." }),
      /** The event at which it was announced (a visit, a meeting). */
      event: ref("event")
        .optional()
        .meta({ description: "The event at which it was announced (a visit, a meeting)." }),
    })
    .optional()
    .meta({ description: "Who announced the target, when, and at which event." }),
  /** The trade the target starts from, as a source stated it. */
  baseline: z
    .strictObject({
      /** The trade's value in the baseline period, as stated. */
      value: MoneySchema.meta({ description: "The trade's value in the baseline period, as stated." }),
      /** The period of the baseline, a partial date (a year, usually). */
      period: PartialDateSchema.meta({
        description: "The period of the baseline, a partial date (a year, usually).",
      }),
      /** The sources that give the baseline. */
      citations: z
        .array(CitationSchema)
        .optional()
        .meta({ description: "The sources that give the baseline." }),
    })
    .optional()
    .meta({ description: "The trade the target starts from, as a source stated it." }),
});

/**
 * A trade target record (see {@link TradeTargetSchema}).
 *
 * @category Trade
 * @example
 * ```ts
 * import type { TradeTarget } from "bilateral";
 * const target: TradeTarget = {
 *   id: "trade-target:x",
 *   kind: "trade-target",
 *   parties: ["country:IRN", "country:PAK"],
 *   direction: "total",
 *   amount: { amount: 10e9, currency: "USD" },
 * };
 * ```
 */
export interface TradeTarget extends z.output<typeof TradeTargetSchema> {}

/**
 * A trade target record as written, before parsing.
 *
 * @category Trade
 * @example
 * ```ts
 * import type { TradeTargetInput } from "bilateral";
 * const target: TradeTargetInput = {
 *   id: "trade-target:y",
 *   kind: "trade-target",
 *   parties: ["country:CHN", "country:PAK"],
 *   direction: "exports",
 *   amount: { amount: 1e9, currency: "USD" },
 * };
 * ```
 */
export interface TradeTargetInput extends z.input<typeof TradeTargetSchema> {}
