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
  parties: dyadSchema("country"),
  direction: z.enum(TRADE_DIRECTIONS),
  amount: MoneySchema,
  targetDate: PartialDateSchema.optional(),
  announced: z
    .strictObject({
      date: PartialDateSchema.optional(),
      by: z.array(ref("country", "organization", "person")).optional(),
      event: ref("event").optional(),
    })
    .optional(),
  baseline: z
    .strictObject({
      value: MoneySchema,
      period: PartialDateSchema,
      citations: z.array(CitationSchema).optional(),
    })
    .optional(),
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
