/**
 * `bilateral/duckdb`: Parquet files and the DuckDB engine.
 *
 * @packageDocumentation
 * @module bilateral/duckdb
 */

export { DuckDbEngine, type OpenParquetOptions, openParquet } from "./engine.js";
export { exportParquet } from "./tmp/export-parquet.js";
