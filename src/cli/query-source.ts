import { Option } from "commander";
import type { EventRecord } from "../model/event.js";
import type { DatasetIndex } from "../query/create-index.js";
import { type DyadPanelOptions, type DyadPanelRow, dyadPanelCells, panelRows } from "../query/dyad-panel.js";
import { type DyadSummary, type DyadSummaryOptions, dyadSummary } from "../query/dyad-summary.js";
import { dyadTimeline, type TimelineItem, type TimelineOptions } from "../query/dyad-timeline.js";
import { type EventQuery, findEvents } from "../query/find-events.js";
import type { CliIo } from "./io.js";
import { type LoadOptions, loadIndex } from "./load-index.js";
import { loadModelSchemas } from "./model-option.js";
import { asUsageAsync } from "./usage.js";

/** The engines a query command can answer with. @internal */
export const ENGINES = ["memory", "duckdb"] as const;

/** An engine's name. @internal */
export type EngineName = (typeof ENGINES)[number];

/** The `--engine` option of `query events`, `timeline`, `summary` and `panel`. @internal */
export function engineOption(): Option {
  return new Option(
    "--engine <engine>",
    "memory: read the dataset file into memory (default); duckdb: query a Parquet directory written by `bilateral export parquet` through DuckDB",
  )
    .choices([...ENGINES])
    .default("memory");
}

/**
 * What the query commands ask of a dataset, whichever engine answers: the index of its records for party
 * names and ids (with DuckDB, every record but the events), and the queries, answered in memory or by the
 * DuckDB engine of `bilateral/duckdb` with the same results.
 * @internal
 */
export interface QuerySource {
  readonly index: DatasetIndex;
  findEvents(query: EventQuery): Promise<EventRecord[]>;
  dyadSummary(a: string, b: string, options: DyadSummaryOptions): Promise<DyadSummary>;
  dyadTimeline(a: string, b: string, options: TimelineOptions): Promise<TimelineItem[]>;
  /** The panel's rows; in memory, made one at a time as they are read. */
  panelRows(options: DyadPanelOptions): Promise<Iterable<DyadPanelRow>>;
  close(): Promise<void>;
}

function memorySource(index: DatasetIndex): QuerySource {
  return {
    index,
    findEvents: (query) => asUsageAsync(async () => findEvents(index, query)),
    dyadSummary: (a, b, options) => asUsageAsync(async () => dyadSummary(index, a, b, options)),
    dyadTimeline: (a, b, options) => asUsageAsync(async () => dyadTimeline(index, a, b, options)),
    panelRows: (options) =>
      asUsageAsync(async () => panelRows(index, options, dyadPanelCells(index, options))),
    close: async () => {},
  };
}

async function duckdbSource(dir: string, model: string | undefined): Promise<QuerySource> {
  const schemas = await loadModelSchemas(model);
  // Loaded only here: a user of the in-memory engine never loads DuckDB.
  const { openParquet } = await import("../duckdb/index.js");
  const engine = await openParquet(dir, { schemas });
  return {
    index: engine.index,
    findEvents: (query) => asUsageAsync(() => engine.findEvents(query)),
    dyadSummary: (a, b, options) => asUsageAsync(() => engine.dyadSummary(a, b, options)),
    dyadTimeline: (a, b, options) => asUsageAsync(() => engine.dyadTimeline(a, b, options)),
    panelRows: (options) => asUsageAsync(() => engine.dyadPanel(options)),
    close: () => engine.close(),
  };
}

/**
 * Opens the dataset a query command names: with `--engine memory`, a dataset file read, validated and indexed
 * (`undefined` when it is invalid: its issues are printed and the caller exits 1); with `--engine duckdb`, a
 * Parquet directory written by `bilateral export parquet`.
 * @internal
 */
export async function openSource(
  file: string,
  io: CliIo,
  options: LoadOptions & { readonly engine?: EngineName | undefined },
): Promise<QuerySource | undefined> {
  if (options.engine === "duckdb") return duckdbSource(file, options.model);
  const index = await loadIndex(file, io, options);
  return index === undefined ? undefined : memorySource(index);
}
