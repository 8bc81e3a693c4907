import { readFile, stat } from "node:fs/promises";

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

/**
 * Where a character offset falls in a text, as 1-based line and column.
 *
 * @internal
 * @example
 * ```ts ignore
 * import { lineAndColumn } from "bilateral";
 * lineAndColumn("{\n  x", 4); //=> { line: 2, column: 3 }
 * ```
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Parses JSON text, turning a syntax error into an {@link InputError} that names the line and column.
 * A leading byte order mark is accepted.
 *
 * @internal
 * @example
 * ```ts ignore
 * import { parseJsonText } from "bilateral";
 * parseJsonText('{"a": 1}', "inline"); //=> { a: 1 }
 * ```
 */
export function parseJsonText(text: string, label: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError(`${label}: the file is empty (expected JSON)`);
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) throw new InputError(`${label}: the JSON is nested too deeply to read`);
    const position = /position (\d+)/.exec(message);
    if (position !== null) {
      const { line, column } = lineAndColumn(body, Number(position[1]));
      // Cut V8's " in JSON at position N..." by index: the regular expression that did it could backtrack.
      const cut = message.indexOf(" in JSON at position ");
      const reason = cut === -1 ? message : message.slice(0, cut);
      throw new InputError(`${label}:${line}:${column}: invalid JSON (${reason})`);
    }
    throw new InputError(`${label}: invalid JSON (${message})`);
  }
}

/**
 * Reads a UTF-8 file as text, with clear errors for a missing path, a directory or invalid UTF-8.
 *
 * @internal
 * @example
 * ```ts ignore
 * import { readTextFile } from "bilateral";
 * const text = await readTextFile("package.json");
 * ```
 */
export async function readTextFile(path: string): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EACCES") throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  const bytes = await readFile(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not valid UTF-8 text`);
  }
}

/**
 * Reads a JSON file: {@link readTextFile} then {@link parseJsonText}.
 *
 * @internal
 * @example
 * ```ts ignore
 * import { readJsonFile } from "bilateral";
 * const value = await readJsonFile("dataset.json");
 * ```
 */
export async function readJsonFile(path: string): Promise<unknown> {
  return parseJsonText(await readTextFile(path), path);
}
