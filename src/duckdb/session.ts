import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from "@duckdb/node-api";
import { loadDuckDb } from "./load.js";
import { sqlString } from "./sql-text.js";

/** Settings of an in-memory DuckDB session. @internal */
/**
 * A statement's parameter: a DuckDB value (`DuckDBValue` of `@duckdb/node-api`), typed loosely here so that
 * the package's declarations never name the optional peer's types.
 * @internal
 */
export type SessionValue = unknown;

export interface SessionOptions {
  /** DuckDB's `memory_limit` (`"1GB"`); DuckDB's default (80% of RAM) when absent. */
  readonly memoryLimit?: string;
  /** Where DuckDB spills what does not fit in memory. */
  readonly tempDirectory?: string;
}

/**
 * An in-memory DuckDB database and one connection to it: statements run with parameters, rows come back as
 * JavaScript values.
 * @internal
 */
export class DuckDbSession {
  readonly #instance: DuckDBInstance;
  readonly #connection: DuckDBConnection;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection) {
    this.#instance = instance;
    this.#connection = connection;
  }

  /** Opens a session (loading DuckDB on first use). */
  static async open(options: SessionOptions = {}): Promise<DuckDbSession> {
    const duckdb = await loadDuckDb();
    const instance = await duckdb.DuckDBInstance.create(":memory:");
    const session = new DuckDbSession(instance, await instance.connect());
    try {
      // SET takes no parameters: the values are quoted as SQL strings.
      if (options.memoryLimit !== undefined)
        await session.run(`SET memory_limit = ${sqlString(options.memoryLimit)}`);
      if (options.tempDirectory !== undefined)
        await session.run(`SET temp_directory = ${sqlString(options.tempDirectory)}`);
    } catch (error) {
      session.close();
      throw error;
    }
    return session;
  }

  /** Runs a statement. */
  async run(sql: string, values?: readonly SessionValue[]): Promise<void> {
    await this.#connection.run(sql, values as DuckDBValue[] | undefined);
  }

  /** Runs a query and returns its rows as JavaScript values (lists as arrays, BIGINT as bigint). */
  async rows(sql: string, values?: readonly SessionValue[]): Promise<Record<string, unknown>[]> {
    const reader = await this.#connection.runAndReadAll(sql, values as DuckDBValue[] | undefined);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }

  /** Closes the connection and the database. */
  close(): void {
    this.#connection.closeSync();
    this.#instance.closeSync();
  }
}
