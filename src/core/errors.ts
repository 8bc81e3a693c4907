import { formatPath, type Issue } from "./issue.js";
import { didYouMean } from "./suggest.js";

// The library's public errors, in one module. A function that is given a bad option throws an OptionError; a
// dataset that fails validation, a BilateralValidationError; an unreadable file, an InputError; an id that no
// record has, an UnknownIdError. The CLI reports these (and only these) as a user's error, with exit code 2.

/**
 * The error a throwing entry point raises. It carries every issue found, not only the first.
 *
 * @category Errors
 * @example
 * ```ts
 * import { BilateralValidationError, parseDataset } from "bilateral";
 * try {
 *   parseDataset({ format: "bilateral", version: "1.0", records: [{ kind: "country" }] });
 * } catch (error) {
 *   if (error instanceof BilateralValidationError) console.log(error.issues.length);
 * }
 * ```
 */
export class BilateralValidationError extends Error {
  override readonly name = "BilateralValidationError";
  /** Every issue found. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const shown = issues
      .slice(0, 5)
      .map((issue) => `  ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`);
    const more = issues.length > 5 ? [`  ... and ${issues.length - 5} more`] : [];
    super(
      [`${issues.length} validation issue${issues.length === 1 ? "" : "s"}:`, ...shown, ...more].join("\n"),
    );
    this.issues = issues;
  }
}

/**
 * A file that could not be read or parsed: the message says what and where (path, line, column), never with
 * a stack trace.
 *
 * @category Errors
 * @example
 * ```ts
 * import { InputError } from "bilateral";
 * const error = new InputError("data.json: no such file");
 * error.message; //=> "data.json: no such file"
 * ```
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

/**
 * The error a query raises when it is given an id that no record of the indexed dataset has, or an id whose
 * record is not of the kind the query needs. Its message names the id (and the kinds involved), so a typo
 * is reported where it is made rather than surfacing later as an empty result or an `undefined`. When a
 * record's id is close (`IND` for `country:IND`, a letter off), the message offers it and `suggestion` holds it.
 *
 * Every lookup that throws it has a `find` counterpart that returns `undefined` instead.
 *
 * @category Errors
 * @example
 * ```ts
 * import { createIndex, UnknownIdError } from "bilateral";
 * const index = createIndex({ format: "bilateral", version: "1.0", records: [] });
 * try {
 *   index.get("country:XXX");
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.id); // "country:XXX"
 * }
 * ```
 */
export class UnknownIdError extends Error {
  override readonly name = "UnknownIdError";
  /** The id that was asked for. */
  readonly id: string;
  /** The kinds the caller expected, when it expected some. */
  readonly expected: readonly string[] | undefined;
  /** The kind of the record that has this id, when there is one but of another kind. */
  readonly actual: string | undefined;
  /** The id of a record the caller probably meant (`country:IND` for `IND`), when one is close. */
  readonly suggestion: string | undefined;

  constructor(id: string, expected?: readonly string[], actual?: string, suggestion?: string) {
    const wanted = expected === undefined || expected.length === 0 ? "record" : expected.join(" or ");
    super(
      actual === undefined
        ? `no ${wanted} has the id ${JSON.stringify(id)} in this dataset${didYouMean(suggestion)}`
        : `${JSON.stringify(id)} is a ${actual}, not a ${wanted}`,
    );
    this.id = id;
    this.expected = expected;
    this.actual = actual;
    this.suggestion = suggestion;
  }
}

/**
 * A bad option given to a library function: a value outside the option's allowed values, a range that ends
 * before it starts, a dyad of one party. Its message names the option and the value; `option` holds the
 * option's name. The CLI reports it as a usage error (exit code 2).
 *
 * @category Errors
 * @example
 * ```ts
 * import { createIndex, findEvents, OptionError } from "bilateral";
 * const index = createIndex({ format: "bilateral", version: "1.0", records: [] });
 * try {
 *   findEvents(index, { limit: -1 });
 * } catch (error) {
 *   if (error instanceof OptionError) console.log(error.option); // "limit"
 * }
 * ```
 */
export class OptionError extends Error {
  override readonly name = "OptionError";
  /** The name of the option that was wrong. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

/**
 * A Parquet directory or file that is not one `exportParquet` wrote, or is damaged: its message names the file
 * and says what is wrong (`file` holds the path), never with DuckDB's stack.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ParquetError } from "bilateral";
 * const error = new ParquetError("out/events/data_0.parquet", "not a Parquet file");
 * error.message; //=> "out/events/data_0.parquet: not a Parquet file"
 * error.file; //=> "out/events/data_0.parquet"
 * ```
 */
export class ParquetError extends Error {
  override readonly name = "ParquetError";
  /** The file or directory that was wrong. */
  readonly file: string;

  constructor(file: string, problem: string, options?: ErrorOptions) {
    super(`${file}: ${problem}`, options);
    this.file = file;
  }
}
