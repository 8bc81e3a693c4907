import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { dyadSummary } from "../query/dyad-summary.js";
import {
  DEFAULT_WIDTH,
  type DyadChartOptions,
  plural,
  queryOptions,
  titled,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "./spec.js";

/**
 * The quad classes as the event chart names them, in stacking order: 1 verbal cooperation, 2 material
 * cooperation, 3 verbal conflict, 4 material conflict, and `unknown` for events with no quad class stored
 * nor derivable (CAMEO-only events a feed delivered without one).
 *
 * @category Charts
 * @example
 * ```ts
 * import { QUAD_CLASS_LABELS } from "bilateral/report";
 * QUAD_CLASS_LABELS[3]; //=> "verbal conflict"
 * ```
 */
export const QUAD_CLASS_LABELS = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
  unknown: "unknown",
} as const;

const QUAD_KEYS = [1, 2, 3, 4, "unknown"] as const;
const QUAD_COLORS = ["#4c9a2a", "#1f6f3f", "#e08214", "#b2182b", "#9e9e9e"];

/**
 * One row of the events chart: a month (`period`, `2025-08`), a quad class (see {@link QUAD_CLASS_LABELS})
 * and how many of the dyad's events of that month have it.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { EventCountRow } from "bilateral/report";
 * const row: EventCountRow = { period: "2025-08", quadClass: "verbal cooperation", count: 3 };
 * ```
 */
export interface EventCountRow {
  readonly period: string;
  readonly quadClass: (typeof QUAD_CLASS_LABELS)[keyof typeof QUAD_CLASS_LABELS];
  readonly count: number;
}

/**
 * A stacked bar chart of a dyad's events per month by quad class, from {@link dyadSummary} by month (same
 * range and attribution options): one row per month and quad class (`period`, `quadClass`, `count`, zeros
 * included). Events that cannot be placed in a month (undated, or dated only to a year) are counted in the
 * subtitle.
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { eventsChart } from "bilateral/report";
 * const spec = eventsChart(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * spec.mark; //=> { type: "bar", tooltip: true }
 * ```
 */
export function eventsChart<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): VegaLiteSpec<EventCountRow> {
  const summary = dyadSummary(index, a, b, { ...queryOptions(options), by: "month" });
  const values: EventCountRow[] = summary.buckets.flatMap((bucket) =>
    QUAD_KEYS.map((key) => ({
      period: bucket.period,
      quadClass: QUAD_CLASS_LABELS[key],
      count: bucket.byQuadClass[key],
    })),
  );
  const notes: string[] = [];
  if (summary.undated > 0) notes.push(`${plural(summary.undated, "undated event")} not shown`);
  if (summary.imprecise > 0)
    notes.push(`${plural(summary.imprecise, "event")} dated only to a year not shown`);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titled("Events per month by quad class", notes),
    // A few months as bars of a readable width, many within the chart's width.
    width: summary.buckets.length <= 24 ? { step: 26 } : (options.width ?? DEFAULT_WIDTH),
    height: 160,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "period", type: "ordinal", title: "month", sort: "ascending", axis: { labelAngle: -45 } },
      y: {
        field: "count",
        type: "quantitative",
        aggregate: "sum",
        title: "events",
        axis: { tickMinStep: 1 },
      },
      color: {
        field: "quadClass",
        type: "nominal",
        title: "quad class",
        scale: { domain: QUAD_KEYS.map((key) => QUAD_CLASS_LABELS[key]), range: QUAD_COLORS },
      },
    },
  };
}
