import { OptionError, UnknownIdError } from "../core/errors.js";
import { UsageError } from "./io.js";

/**
 * Runs a query, turning the library's errors for a user's arguments (a bad option, an unknown id) into usage
 * errors; anything else is a bug and stays one (exit code 3).
 * @internal
 */
export function asUsage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw usageErrorOf(error);
  }
}

/** A bad option or an unknown id as a usage error (exit 2); any other error as it is. */
function usageErrorOf(error: unknown): unknown {
  return error instanceof OptionError || error instanceof UnknownIdError
    ? new UsageError(error.message)
    : error;
}

/** {@link asUsage} for a query that answers with a promise (the DuckDB engine's). @internal */
export async function asUsageAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw usageErrorOf(error);
  }
}
