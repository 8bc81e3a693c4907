import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { dyadTimeline } from "../query/dyad-timeline.js";
import type { AttributionOptions, TimeRangeOptions } from "../query/options.js";
import { intervalOf, type PartialDate } from "../time/partial-date.js";

/**
 * A Vega-Lite specification as plain JSON: a `$schema`, inline data (`data.values`, rows of type `Row`) and whatever else
 * Vega-Lite reads (`mark`, `encoding`, `layer`, `vconcat`...). Typed loosely on purpose, so that neither this
 * package nor its users need vega-lite installed to build, store or send one.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { VegaLiteSpec } from "bilateral/report";
 * const spec: VegaLiteSpec = {
 *   $schema: "https://vega.github.io/schema/vega-lite/v6.json",
 *   data: { values: [{ x: 1 }] },
 *   mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" } },
 * };
 * ```
 */
export interface VegaLiteSpec<Row extends object = object> {
  readonly $schema?: string;
  readonly title?: string | { readonly text: string; readonly subtitle?: string | readonly string[] };
  readonly description?: string;
  readonly data?: { readonly values: readonly Row[] };
  readonly [key: string]: unknown;
}

/**
 * Options of the chart builders: a date range (see {@link TimeRangeOptions}), the attribution mode (how a
 * person counts for a country) and the width of each chart in pixels (640 by default).
 *
 * @category Charts
 * @example
 * ```ts
 * import type { DyadChartOptions } from "bilateral/report";
 * const options: DyadChartOptions = { from: "2024", to: "2025-12", width: 800 };
 * ```
 */
export interface DyadChartOptions extends TimeRangeOptions, AttributionOptions {
  readonly width?: number;
}

/** The Vega-Lite schema the specifications are written for. @internal */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** The default width of a chart, in pixels. @internal */
export const DEFAULT_WIDTH = 640;

/** A date in milliseconds as an ISO date (`2025-08-01`) or, when it has a time of day, an ISO timestamp. @internal */
export function isoDay(time: number): string {
  const iso = new Date(time).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** The range and attribution options of the chart options, for the queries. @internal */
export function queryOptions(options: DyadChartOptions): TimeRangeOptions & AttributionOptions {
  const out: { -readonly [K in keyof (TimeRangeOptions & AttributionOptions)]: unknown } = {};
  if (options.from !== undefined) out.from = options.from;
  if (options.to !== undefined) out.to = options.to;
  if (options.match !== undefined) out.match = options.match;
  if (options.attribution !== undefined) out.attribution = options.attribution;
  return out as TimeRangeOptions & AttributionOptions;
}

/**
 * Where the charts of a dyad end in time: the end of `options.to` when given, else the latest end of any
 * dated item of the dyad's timeline (claims included); `undefined` when nothing is dated. An open interval
 * (the last stance of a relationship) is drawn up to it.
 * @internal
 */
export function horizonOf<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions,
): number | undefined {
  if (options.to !== undefined) return intervalOf(options.to).end;
  let last: number | undefined;
  const items = dyadTimeline(index, a, b, {
    ...queryOptions(options),
    include: ["event", "stance", "sanction-status", "project-status", "mediation-status", "claim"],
  });
  for (const item of items) {
    const end = endOfItem(
      item.date,
      item.type === "event" ? (item.record as { endDate?: PartialDate }).endDate : undefined,
    );
    if (end !== undefined && (last === undefined || end > last)) last = end;
  }
  return last;
}

function endOfItem(date: PartialDate | undefined, endDate: PartialDate | undefined): number | undefined {
  if (date === undefined) return undefined;
  const end = intervalOf(date).end;
  return endDate === undefined ? end : Math.max(end, intervalOf(endDate).end);
}

/** A chart's title with a subtitle of notes (what it cannot show), when there are any. @internal */
export function titled(text: string, notes: readonly string[]): VegaLiteSpec["title"] & object {
  return notes.length === 0 ? { text } : { text, subtitle: [...notes] };
}

/** `n thing(s)`. @internal */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
