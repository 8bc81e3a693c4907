/**
 * A file that could not be read or parsed: the message says what and where (path, line, column), never with
 * a stack trace.
 *
 * @category Input and output
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
