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
 * A trade partner that is not a country: UN Comtrade's World (code `0`), its "not elsewhere specified" areas
 * (`490` Other Asia, nes; `899` Areas, nes), bunkers, free zones, special categories, economic groups and
 * former states (see `COMTRADE_AREAS`), with its code and name as the source gives them.
 *
 * @category Trade
 * @example
 * ```ts
 * import { PartnerAreaSchema } from "bilateral";
 * PartnerAreaSchema.parse({ code: "0", name: "World" });
 * ```
 */
export const PartnerAreaSchema = z.strictObject({
  /** The UN Comtrade area code, 1 to 3 digits (`0` World, `899` Areas, nes). */
  code: z
    .string()
    .regex(/^\d{1,3}$/, { message: "expected a UN Comtrade area code (1 to 3 digits)" })
    .meta({ description: "The UN Comtrade area code, 1 to 3 digits (`0` World, `899` Areas, nes)." }),
  /** The area's name as the source gives it ("World"). */
  name: z.string().min(1).meta({ description: 'The area\'s name as the source gives it ("World").' }),
});

/**
 * A trade flow: what a reporter declared it exported to, or imported from, a partner over a period (a month,
 * a quarter given as its months, or a year), for a commodity (`TOTAL` or an HS code), with its value and the
 * source of the figure. The partner is a country (`partner`) or, for a reporter's trade with the World and
 * with areas that are not countries, a `partnerArea` (exactly one of the two). Optional details as UN
 * Comtrade gives them: `cifValue` and `fobValue` (the value at the border, with or without insurance and
 * freight), `quantity` and `netWeight`/`grossWeight` (in kg), and `mirror`: the figure is not the
 * reporter's own declaration but stands in for it from its partners' reports ("mirror statistics"; Comtrade
 * marks such records `isReported: false`, estimates of the UN Statistics Division). Queries between two
 * countries never count a flow with a `partnerArea`. An import or re-import may have the reporter as its
 * partner: the partner of an import is the country of origin, and Comtrade records goods of the reporter's
 * own origin coming back that way.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#trade-flow).
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
 * TradeFlowSchema.parse({
 *   id: "flow:pak-world-2024-m",
 *   kind: "trade-flow",
 *   reporter: "country:PAK",
 *   partnerArea: { code: "0", name: "World" },
 *   period: "2024",
 *   flow: "import",
 *   commodity: "TOTAL",
 *   value: { amount: 5.4e10, currency: "USD" },
 * });
 * ```
 */
export const TradeFlowSchema = z
  .strictObject({
    ...recordShape("trade-flow"),
    /** The country that declared the flow. */
    reporter: ref("country").meta({ description: "The country that declared the flow." }),
    /**
     * The partner country: the destination of an export, the origin of an import (a partner or a partnerArea
     * is required).
     */
    partner: ref("country").optional().meta({
      description:
        "The partner country: the destination of an export, the origin of an import (a partner or a partnerArea is required).",
    }),
    /**
     * The partner when it is not a country: the World, an area "not elsewhere specified", bunkers, free
     * zones.
     */
    partnerArea: PartnerAreaSchema.optional().meta({
      description:
        'The partner when it is not a country: the World, an area "not elsewhere specified", bunkers, free zones.',
    }),
    /** The period the figure covers, a partial date: a year (`2024`) or a month (`2024-05`). */
    period: PartialDateSchema.meta({
      description: "The period the figure covers, a partial date: a year (`2024`) or a month (`2024-05`).",
    }),
    /** Which flow it is: `export`, `import`, `re-export` or `re-import`. */
    flow: z
      .enum(TRADE_FLOWS)
      .meta({ description: "Which flow it is: `export`, `import`, `re-export` or `re-import`." }),
    /** What was traded: `TOTAL`, or an HS code of 2, 4 or 6 digits (leading zeros kept). */
    commodity: z
      .string()
      .regex(/^(?:TOTAL|\d{2}|\d{4}|\d{6})$/, {
        message: 'expected "TOTAL" or an HS code of 2, 4 or 6 digits',
      })
      .meta({
        description: "What was traded: `TOTAL`, or an HS code of 2, 4 or 6 digits (leading zeros kept).",
      }),
    /** The commodity classification the code belongs to: HS, an HS edition (H0-H6), SITC (S1-S4) or BEC. */
    classification: z
      .string()
      .regex(/^(?:HS|H[0-6]|S[1-4]|BEC)$/, { message: "expected HS, H0-H6, S1-S4 or BEC" })
      .optional()
      .meta({
        description:
          "The commodity classification the code belongs to: HS, an HS edition (H0-H6), SITC (S1-S4) or BEC.",
      }),
    /** The value of the flow, as reported (UN Comtrade's primary value). */
    value: MoneySchema.meta({
      description: "The value of the flow, as reported (UN Comtrade's primary value).",
    }),
    /** The value including cost, insurance and freight to the border (CIF), as reported. */
    cifValue: MoneySchema.optional().meta({
      description: "The value including cost, insurance and freight to the border (CIF), as reported.",
    }),
    /** The value free on board at the border, without insurance and freight (FOB), as reported. */
    fobValue: MoneySchema.optional().meta({
      description: "The value free on board at the border, without insurance and freight (FOB), as reported.",
    }),
    /** The quantity traded, in its unit, as reported. */
    quantity: QuantitySchema.optional().meta({
      description: "The quantity traded, in its unit, as reported.",
    }),
    /** The net weight, in kg. */
    netWeight: QuantitySchema.optional().meta({ description: "The net weight, in kg." }),
    /** The gross weight, in kg. */
    grossWeight: QuantitySchema.optional().meta({ description: "The gross weight, in kg." }),
    /**
     * True when the figure is not the reporter's own declaration but stands in for it from its partners'
     * reports (Comtrade's `isReported: false`).
     */
    mirror: z.boolean().optional().meta({
      description:
        "True when the figure is not the reporter's own declaration but stands in for it from its partners' reports (Comtrade's `isReported: false`).",
    }),
  })
  .check((ctx) => {
    const { partner, partnerArea, reporter } = ctx.value;
    if (partner === undefined && partnerArea === undefined) {
      addIssue(ctx, {
        code: "missing_field",
        message:
          "a trade flow needs a partner: a country (partner) or an area such as the World (partnerArea)",
        input: ctx.value,
        path: ["partner"],
      });
    } else if (partner !== undefined && partnerArea !== undefined) {
      addIssue(ctx, {
        code: "invalid_value",
        message: "a trade flow has one partner: a country (partner) or an area (partnerArea), not both",
        input: ctx.value,
        path: ["partnerArea"],
      });
    }
    if (reporter === partner && ctx.value.flow !== "import" && ctx.value.flow !== "re-import") {
      addIssue(ctx, {
        code: "same_party",
        message: `an export or re-export needs a partner other than the reporter ${previewValue(reporter)}`,
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
