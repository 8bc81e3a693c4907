/**
 * The error a query raises when it is given an id that no record of the indexed dataset has, or an id whose
 * record is not of the kind the query needs. Its message names the id (and the kinds involved), so a typo
 * is reported where it is made rather than surfacing later as an empty result or an `undefined`.
 *
 * Every lookup that throws it has a `find` counterpart that returns `undefined` instead.
 *
 * @category Queries
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

  constructor(id: string, expected?: readonly string[], actual?: string) {
    const wanted = expected === undefined || expected.length === 0 ? "record" : expected.join(" or ");
    super(
      actual === undefined
        ? `no ${wanted} has the id ${JSON.stringify(id)} in this dataset`
        : `${JSON.stringify(id)} is a ${actual}, not a ${wanted}`,
    );
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }
}
