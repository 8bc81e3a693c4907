import { PROJECT_STATUSES } from "../model/project.js";
import { STANCES } from "../model/relationship.js";
import { SANCTION_STATUSES } from "../model/sanction.js";
import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { dyadTimeline, type TimelineItem } from "../query/dyad-timeline.js";
import { intervalOf } from "../time/partial-date.js";
import { labelOf } from "./labels.js";
import {
  DEFAULT_WIDTH,
  type DyadChartOptions,
  horizonOf,
  isoDay,
  plural,
  queryOptions,
  titled,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "./spec.js";

/**
 * One band of a status chart: an entry of a record's history (`record`, its `label`, the entry's `value`:
 * a stance or a status, and its `index` in the history) drawn `from` its date `to` the next dated entry's, or,
 * for the last one (`open`), to the charts' horizon (the end of `to`, else the latest date of the dyad's
 * timeline). An undated entry has `from` and `to` null and is named at the right of its record's row.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { StatusBand } from "bilateral/report";
 * const band: StatusBand = { record: "rel:x", label: "X", value: "strained", index: 0, from: "2024-01-01", to: "2025-01-01", open: true, text: "strained" };
 * ```
 */
export interface StatusBand {
  readonly record: string;
  readonly label: string;
  readonly value: string;
  readonly index: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly open: boolean;
  readonly text: string;
}

type BandType = "stance" | "sanction-status" | "project-status";

const PALETTES: Record<BandType, { domain: readonly string[]; range: readonly string[] }> = {
  stance: { domain: STANCES, range: ["#1a9850", "#91cf60", "#bdbdbd", "#fc8d59", "#d73027"] },
  "sanction-status": {
    domain: SANCTION_STATUSES,
    range: ["#fee08b", "#fdae61", "#d73027", "#a50026", "#f46d43", "#abd9e9", "#4575b4"],
  },
  "project-status": {
    domain: PROJECT_STATUSES,
    range: [
      "#c6dbef",
      "#9ecae1",
      "#6baed6",
      "#fd8d3c",
      "#31a354",
      "#bdbdbd",
      "#636363",
      "#d73027",
      "#006d2c",
    ],
  },
};

function entryValue(item: TimelineItem): string {
  if (item.type === "stance") return item.entry.stance;
  if (item.type === "sanction-status" || item.type === "project-status") return item.entry.status;
  return item.type;
}

/** The bands of the timeline items of one type, record by record, entries in history order. @internal */
export function statusBands<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  type: BandType,
  options: DyadChartOptions = {},
): StatusBand[] {
  // Entries before `from` still set the status at `from`: read the histories whole, then clip the bands.
  const { from, ...untilTo } = options;
  const items = dyadTimeline(index, a, b, { ...queryOptions(untilTo), include: [type] });
  const horizon = horizonOf(index, a, b, options);
  const byRecord = new Map<string, TimelineItem<R>[]>();
  for (const item of items) {
    const id = (item.record as { id: string }).id;
    const list = byRecord.get(id) ?? [];
    list.push(item);
    byRecord.set(id, list);
  }
  const bands: StatusBand[] = [];
  for (const [id, list] of byRecord) {
    const label = labelOf(index, id);
    list.forEach((item, i) => {
      const value = entryValue(item as unknown as TimelineItem);
      if (item.date === undefined) {
        bands.push({
          record: id,
          label,
          value,
          index: i,
          from: null,
          to: null,
          open: true,
          text: `${value} (undated)`,
        });
        return;
      }
      const own = intervalOf(item.date);
      const next = list.slice(i + 1).find((later) => later.date !== undefined)?.date;
      const end = next === undefined ? Math.max(own.end, horizon ?? own.end) : intervalOf(next).start;
      bands.push({
        record: id,
        label,
        value,
        index: i,
        from: isoDay(own.start),
        to: isoDay(Math.max(end, own.start)),
        open: next === undefined,
        text: value,
      });
    });
  }
  return from === undefined ? bands : clipBands(bands, isoDay(intervalOf(from).start));
}

/** The bands from `start` on: those that end before it left out, those that begin before it cut at it. */
function clipBands(bands: readonly StatusBand[], start: string): StatusBand[] {
  const out: StatusBand[] = [];
  for (const band of bands) {
    if (band.from === null || band.to === null) out.push(band);
    else if (band.to > start) out.push(band.from < start ? { ...band, from: start } : band);
  }
  return out;
}

function bandChart(
  title: string,
  type: BandType,
  bands: readonly StatusBand[],
  width: number,
): VegaLiteSpec<StatusBand> {
  const undated = bands.filter((band) => band.from === null).length;
  const records = new Set(bands.map((band) => band.record)).size;
  const notes = [
    ...(records === 0 ? ["none for this dyad in the dataset, or in the period shown"] : []),
    ...(undated > 0
      ? [`${plural(undated, "undated entry")} named at the right`.replace("entrys", "entries")]
      : []),
  ];
  const palette = PALETTES[type];
  const y = { field: "label", type: "nominal", title: null, axis: { labelLimit: 220 } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titled(title, notes),
    width,
    height: { step: 26 },
    data: { values: bands },
    layer: [
      {
        transform: [{ filter: "datum.from !== null" }],
        mark: { type: "bar", tooltip: true },
        encoding: {
          x: {
            field: "from",
            type: "temporal",
            scale: { type: "utc" },
            title: null,
            axis: { format: "%b %Y" },
          },
          x2: { field: "to" },
          y,
          color: { field: "value", type: "nominal", title: null, scale: { ...palette } },
        },
      },
      {
        transform: [{ filter: "datum.from === null" }],
        mark: { type: "text", align: "right", dx: -4 },
        encoding: {
          x: { value: "width" },
          y,
          text: { field: "text" },
          color: { field: "value", type: "nominal", title: null, scale: { ...palette } },
        },
      },
    ],
  };
}

/**
 * Stance bands: the stance history of each relationship between the two parties (those of
 * {@link dyadTimeline}), one row per relationship, each stance a coloured interval (see {@link StatusBand}).
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { stanceChart } from "bilateral/report";
 * const spec = stanceChart(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * (spec.data?.values.length ?? 0) > 0; //=> true
 * ```
 */
export function stanceChart<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): VegaLiteSpec<StatusBand> {
  const bands = statusBands(index, a, b, "stance", options);
  return bandChart("Stance", "stance", bands, options.width ?? DEFAULT_WIDTH);
}

/**
 * Sanction status periods: the status history of each sanction that reaches the dyad's trade or blocks one
 * of its joint projects (those of {@link dyadTimeline}), one row per sanction (see {@link StatusBand}).
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { sanctionsChart } from "bilateral/report";
 * const spec = sanctionsChart(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * spec.data?.values.map((band) => band.value); //=> ["imposed"]
 * ```
 */
export function sanctionsChart<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): VegaLiteSpec<StatusBand> {
  const bands = statusBands(index, a, b, "sanction-status", options);
  return bandChart("Sanction status", "sanction-status", bands, options.width ?? DEFAULT_WIDTH);
}

/**
 * Project status changes: the status history of each joint project of the two parties (those of
 * {@link dyadTimeline}), one row per project (see {@link StatusBand}).
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { projectsChart } from "bilateral/report";
 * const spec = projectsChart(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * spec.data?.values.map((band) => band.value); //=> ["frozen"]
 * ```
 */
export function projectsChart<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): VegaLiteSpec<StatusBand> {
  const bands = statusBands(index, a, b, "project-status", options);
  return bandChart("Project status", "project-status", bands, options.width ?? DEFAULT_WIDTH);
}
