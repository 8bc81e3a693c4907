/** The DuckDB client package, an optional peer dependency. */
const PACKAGE = "@duckdb/node-api";

/** The DuckDB client module. @internal */
export type DuckDbModule = typeof import("@duckdb/node-api");

/**
 * Thrown when a function of `bilateral/duckdb` runs but `@duckdb/node-api` is not installed: it is an optional
 * peer dependency, needed only for Parquet files. The message says what to install.
 *
 * @category Parquet
 * @example
 * ```ts
 * import { DuckDbMissingError } from "bilateral/duckdb";
 * new DuckDbMissingError().message.includes("npm install @duckdb/node-api"); //=> true
 * ```
 */
export class DuckDbMissingError extends Error {
  override readonly name = "DuckDbMissingError";

  constructor(options?: { cause?: unknown }) {
    super(
      `Parquet files and the DuckDB engine need the optional peer dependency ${PACKAGE}, which is not installed: npm install ${PACKAGE}`,
      options,
    );
  }
}

function isNotFound(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    message.includes(PACKAGE)
  );
}

let loaded: Promise<DuckDbModule> | undefined;

/** Imports `@duckdb/node-api` on first use (never when the package is merely imported). @internal */
export function loadDuckDb(): Promise<DuckDbModule> {
  loaded ??= import("@duckdb/node-api").catch((error: unknown) => {
    loaded = undefined;
    throw isNotFound(error) ? new DuckDbMissingError({ cause: error }) : error;
  });
  return loaded;
}
