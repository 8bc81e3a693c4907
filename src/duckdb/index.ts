/**
 * `bilateral/duckdb`: datasets as Parquet files, through DuckDB (`@duckdb/node-api`, an optional peer
 * dependency loaded only when a function here runs). `exportParquet` writes a dataset (an object, or a JSON
 * Lines file streamed with bounded memory) as a directory of zstd Parquet files laid out for analysis: one
 * file a record kind, the events one row per dyad, sorted by dyad and date, optionally one folder a year.
 * `readParquet` reads such a directory back to the same records. The layout is in docs/parquet.md.
 *
 * @packageDocumentation
 * @module bilateral/duckdb
 */

export { DuckDbEngine, type OpenParquetOptions, openParquet } from "./engine.js";
export {
  type ExportParquetOptions,
  exportParquet,
  type ParquetExportReport,
} from "./export-parquet.js";
export { DuckDbMissingError } from "./load.js";
export type { ParquetManifest } from "./manifest.js";
export { readParquet } from "./read-parquet.js";
export { writePanelParquet } from "./write-panel.js";
