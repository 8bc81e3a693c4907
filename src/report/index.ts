/**
 * `bilateral/report`: pictures of a dyad. Vega-Lite specifications with their data inline, built from an
 * index (events per month by quad class, stance bands, sanction and project status periods, trade against
 * the trade target, claims and their speakers), for Observable, Jupyter or a dashboard; and, when vega and
 * vega-lite (optional peer dependencies) are installed, the same charts drawn to SVG in Node and a
 * self-contained HTML report. Building the specifications never loads vega.
 *
 * @packageDocumentation
 * @module bilateral/report
 */

export { type ClaimPoint, claimsChart, dyadClaims } from "./claims-chart.js";
export { DYAD_CHART_NAMES, type DyadChartName, dyadCharts, dyadReportSpec } from "./dyad-charts.js";
export { type EventCountRow, eventsChart, QUAD_CLASS_LABELS } from "./events-chart.js";
export {
  RendererMissingError,
  type RendererModules,
  type RenderOptions,
  renderDyadSvg,
  renderSpecToSvg,
} from "./render.js";
export { renderDyadReport } from "./report-html.js";
export type { DyadChartOptions, VegaLiteSpec } from "./spec.js";
export { projectsChart, type StatusBand, sanctionsChart, stanceChart } from "./status-charts.js";
export { type TradePoint, tradeChart } from "./trade-chart.js";
