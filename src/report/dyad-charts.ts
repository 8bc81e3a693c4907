import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { claimsChart } from "./claims-chart.js";
import { eventsChart } from "./events-chart.js";
import { labelOf } from "./labels.js";
import { type DyadChartOptions, VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./spec.js";
import { projectsChart, sanctionsChart, stanceChart } from "./status-charts.js";
import { tradeChart } from "./trade-chart.js";

/**
 * The charts of a dyad report, in the order the report shows them: `events` (per month by quad class),
 * `stance`, `sanctions`, `projects`, `trade` and `claims`.
 *
 * @category Charts
 * @example
 * ```ts
 * import { DYAD_CHART_NAMES } from "bilateral/report";
 * DYAD_CHART_NAMES[0]; //=> "events"
 * ```
 */
export const DYAD_CHART_NAMES = ["events", "stance", "sanctions", "projects", "trade", "claims"] as const;

/**
 * The name of one chart of a dyad report (one of {@link DYAD_CHART_NAMES}).
 *
 * @category Charts
 * @example
 * ```ts
 * import type { DyadChartName } from "bilateral/report";
 * const name: DyadChartName = "stance";
 * ```
 */
export type DyadChartName = (typeof DYAD_CHART_NAMES)[number];

/**
 * Every chart of a dyad as a Vega-Lite specification with its data inline, by name (see
 * {@link DYAD_CHART_NAMES}): plain JSON, for Observable, Jupyter (Altair's `alt.Chart.from_dict`), a
 * dashboard, or {@link renderDyadReport}. Building them loads no Vega.
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { dyadCharts } from "bilateral/report";
 * const charts = dyadCharts(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * const json = JSON.stringify(charts.stance); // a spec to hand to vega-embed
 * Object.keys(charts); //=> ["events", "stance", "sanctions", "projects", "trade", "claims"]
 * ```
 */
export function dyadCharts<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): Record<DyadChartName, VegaLiteSpec> {
  return {
    events: eventsChart(index, a, b, options),
    stance: stanceChart(index, a, b, options),
    sanctions: sanctionsChart(index, a, b, options),
    projects: projectsChart(index, a, b, options),
    trade: tradeChart(index, a, b, options),
    claims: claimsChart(index, a, b, options),
  };
}

/**
 * A dyad's charts as one Vega-Lite specification: the charts of {@link dyadCharts} stacked vertically
 * (`vconcat`) under a title naming the two parties. It renders to one picture (see {@link renderDyadSvg}).
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { dyadReportSpec } from "bilateral/report";
 * const spec = dyadReportSpec(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * spec.title; //=> "Iran - Pakistan"
 * ```
 */
export function dyadReportSpec<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): VegaLiteSpec {
  const charts = dyadCharts(index, a, b, options);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `${labelOf(index, a)} - ${labelOf(index, b)}`,
    vconcat: DYAD_CHART_NAMES.map((name) => {
      const { $schema: _, ...chart } = charts[name];
      return chart;
    }),
    spacing: 28,
    resolve: { scale: { color: "independent" } },
    config: { view: { stroke: null } },
  };
}
