import { z } from "zod";
import { addIssue, previewValue } from "../core/issue.js";
import { ref } from "../core/reference.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { recordShape } from "./base.js";
import { MoneySchema } from "./money.js";
import { QuantitySchema } from "./quantity.js";

/**
 * The trade flows a reporter can declare, as UN Comtrade names them.
 *
 * @category Trade
 * @example
 * ```ts
 * import { TRADE_FLOWS } from "bilateral";
 * TRADE_FLOWS.includes("export"); //=> true
 * ```
 */
export const TRADE_FLOWS = ["export", "import", "re-export", "re-import"] as const;

/**
 * A trade flow: what a reporter declared it exported to, or imported from, a partner over a period (a month,
 * a quarter given as its months, or a year), for a commodity (`TOTAL` or an HS code), with its value and the
 * source of the figure.
 *
 * @category Trade
 * @example
 * ```ts
 * import { TradeFlowSchema } from "bilateral";
 * TradeFlowSchema.parse({
 *   id: "flow:pak-irn-2024-m",
 *   kind: "trade-flow",
 *   reporter: "country:PAK",
 *   partner: "country:IRN",
 *   period: "2024",
 *   flow: "import",
 *   commodity: "TOTAL",
 *   value: { amount: 1.2e9, currency: "USD" },
 * });
 * ```
 */
export const TradeFlowSchema = z
  .strictObject({
    ...recordShape("trade-flow"),
    reporter: ref("country"),
    partner: ref("country"),
    period: PartialDateSchema,
    flow: z.enum(TRADE_FLOWS),
    commodity: z.string().regex(/^(?:TOTAL|\d{2}|\d{4}|\d{6})$/, {
      message: 'expected "TOTAL" or an HS code of 2, 4 or 6 digits',
    }),
    classification: z
      .string()
      .regex(/^(?:HS|H[0-6]|S[1-4]|BEC)$/, { message: "expected HS, H0-H6, S1-S4 or BEC" })
      .optional(),
    value: MoneySchema,
    quantity: QuantitySchema.optional(),
  })
  .check((ctx) => {
    if (ctx.value.reporter === ctx.value.partner) {
      addIssue(ctx, {
        code: "same_party",
        message: `a trade flow needs a partner other than the reporter ${previewValue(ctx.value.reporter)}`,
        input: ctx.value,
        path: ["partner"],
      });
    }
  });

/**
 * A trade flow record (see {@link TradeFlowSchema}).
 *
 * @category Trade
 * @example
 * ```ts
 * import type { TradeFlow } from "bilateral";
 * const flow: TradeFlow = {
 *   id: "flow:x",
 *   kind: "trade-flow",
 *   reporter: "country:PAK",
 *   partner: "country:IRN",
 *   period: "2024",
 *   flow: "export",
 *   commodity: "TOTAL",
 *   value: { amount: 1e8, currency: "USD" },
 * };
 * ```
 */
export interface TradeFlow extends z.output<typeof TradeFlowSchema> {}

/**
 * A trade flow record as written, before parsing.
 *
 * @category Trade
 * @example
 * ```ts
 * import type { TradeFlowInput } from "bilateral";
 * const flow: TradeFlowInput = {
 *   id: "flow:y",
 *   kind: "trade-flow",
 *   reporter: "country:IRN",
 *   partner: "country:PAK",
 *   period: "2024-05",
 *   flow: "import",
 *   commodity: "27",
 *   value: { amount: 5e6, currency: "USD" },
 * };
 * ```
 */
export interface TradeFlowInput extends z.input<typeof TradeFlowSchema> {}
