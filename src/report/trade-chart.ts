import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { tradeTargetProgress, tradeTargetsBetween } from "../query/trade-target-progress.js";
import { labelOf } from "./labels.js";
import {
  DEFAULT_WIDTH,
  type DyadChartOptions,
  queryOptions,
  titled,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "./spec.js";

/**
 * One point of the trade chart: for a trade target (`target`, its `label`), a year's trade value
 * (`series: "value"`, from {@link tradeTargetProgress}'s series, with who reported it and whether it is a
 * mirror figure) or the goal (`series: "goal"`, `year` the target date's year when it has one, else null);
 * `amountText` is the amount as read (`10B USD`).
 *
 * @category Charts
 * @example
 * ```ts
 * import type { TradePoint } from "bilateral/report";
 * const goal: TradePoint = { target: "trade-target:x", label: "10B USD target", series: "goal", year: "2030", amount: 10e9, currency: "USD", amountText: "10B USD", reporter: null, mirror: false };
 * ```
 */
export interface TradePoint {
  readonly target: string;
  readonly label: string;
  readonly series: "value" | "goal";
  readonly year: string | null;
  readonly amount: number;
  readonly currency: string;
  readonly amountText: string;
  readonly reporter: string | null;
  readonly mirror: boolean;
}

const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 });

function amountText(amount: number, currency: string): string {
  return `${COMPACT.format(amount)} ${currency}`;
}

/** A target's name, else its goal (`10B USD target`). */
function targetLabel<R extends IndexableRecord>(index: DatasetIndex<R>, id: string, goal: string): string {
  const label = labelOf(index, id);
  return label === id ? `${goal} target` : label;
}

/**
 * Trade flows against the trade target: for each trade target between the two parties, the annual trade
 * value toward it (a line, from {@link tradeTargetProgress}) and its goal (a horizontal rule), in the
 * currency the goal is compared in. What progress could not use (its notes) is listed in the subtitle.
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { tradeChart } from "bilateral/report";
 * const spec = tradeChart(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * spec.data?.values.map((point) => [point.series, point.amount]); //=> [["goal", 10000000000]]
 * ```
 */
export function tradeChart<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): VegaLiteSpec<TradePoint> {
  const { attribution } = queryOptions(options);
  const targets = tradeTargetsBetween(index, a, b, attribution === undefined ? {} : { attribution });
  const values: TradePoint[] = [];
  const notes: string[] = [];
  for (const target of targets) {
    const progress = tradeTargetProgress(
      index,
      target.id,
      options.to === undefined ? {} : { asOf: options.to },
    );
    const { amount, currency } = progress.goal;
    const label = targetLabel(index, target.id, amountText(amount, currency));
    for (const value of progress.series) {
      values.push({
        target: target.id,
        label,
        series: "value",
        year: value.year,
        amount: value.amount,
        currency: value.currency,
        amountText: amountText(value.amount, value.currency),
        reporter: value.reporter,
        mirror: value.mirror,
      });
    }
    const year = progress.targetDate?.slice(0, 4) ?? null;
    values.push({
      target: target.id,
      label,
      series: "goal",
      year,
      amount,
      currency,
      amountText: amountText(amount, currency),
      reporter: null,
      mirror: false,
    });
    for (const note of progress.notes) notes.push(note.message);
  }
  if (targets.length === 0) notes.push("no trade target between the two parties");
  const currencies = [...new Set(values.map((point) => point.currency))].join(", ");
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titled("Trade against the trade target", notes),
    width: options.width ?? DEFAULT_WIDTH,
    height: 160,
    data: { values },
    layer: [
      {
        transform: [{ filter: "datum.series === 'value'" }],
        mark: { type: "line", point: true, tooltip: true },
        encoding: {
          x: { field: "year", type: "ordinal", title: "year" },
          y: { field: "amount", type: "quantitative", title: currencies === "" ? "value" : currencies },
          color: { field: "label", type: "nominal", title: "target" },
        },
      },
      {
        transform: [{ filter: "datum.series === 'goal'" }],
        mark: { type: "rule", strokeDash: [6, 4], tooltip: true },
        encoding: {
          y: { field: "amount", type: "quantitative" },
          color: { field: "label", type: "nominal", title: "target" },
        },
      },
      {
        transform: [
          { filter: "datum.series === 'goal'" },
          {
            calculate: "'goal: ' + datum.amountText + (datum.year === null ? '' : ' by ' + datum.year)",
            as: "text",
          },
        ],
        mark: { type: "text", align: "left", baseline: "bottom", dx: 4, dy: -2 },
        encoding: {
          x: { value: 0 },
          y: { field: "amount", type: "quantitative" },
          text: { field: "text" },
        },
      },
    ],
  };
}
