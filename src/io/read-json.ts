import { readFile, stat } from "node:fs/promises";
import { InputError } from "../core/errors.js";
import { jsonErrorLocation } from "./json-error-location.js";
import { escapeForTerminal } from "./terminal-text.js";

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
 * Locates a syntax error `JSON.parse` reported: V8's own position and reason when its message has them
 * (`Expected ',' or '}' after property value in JSON at position 12`), else the first error found by
 * {@link jsonErrorLocation} (V8 gives no position for an unexpected character, a bad literal, `NaN` or the
 * end of the text, and quotes a raw snippet of the text instead). The reason never holds more than one
 * character of the text, escaped for a terminal.
 *
 * @internal
 * @example
 * ```ts ignore
 * import { locateSyntaxError } from "bilateral";
 * locateSyntaxError("[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON");
 * //=> { offset: 3, reason: "Unexpected token ']'" }
 * ```
 */
export function locateSyntaxError(text: string, message: string): { offset: number; reason: string } {
  // A message that quotes the text ("Unexpected token 'x', "..." is not valid JSON") has no position of
  // its own: any "at position" in it comes from the text.
  const quotesText = message.startsWith("Unexpected token '") || message.includes(" is not valid JSON");
  const at = quotesText ? -1 : message.indexOf(" at position ");
  const digits = at === -1 ? null : /^\d+/.exec(message.slice(at + " at position ".length));
  if (digits !== null) {
    const reason = message.slice(0, at);
    return {
      offset: Number(digits[0]),
      reason: escapeForTerminal(reason.endsWith(" in JSON") ? reason.slice(0, -" in JSON".length) : reason),
    };
  }
  const found = jsonErrorLocation(text) ?? { offset: text.length, reason: "Unexpected end of JSON input" };
  return { offset: found.offset, reason: escapeForTerminal(found.reason) };
}

/**
 * Parses JSON text, turning a syntax error into an {@link InputError} on one line that names the line and
 * column: `label:line:column: invalid JSON (reason)`. A leading byte order mark is accepted.
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
    if (error instanceof RangeError) throw new InputError(`${label}: the JSON is nested too deeply to read`);
    const { offset, reason } = locateSyntaxError(
      body,
      error instanceof Error ? error.message : String(error),
    );
    const { line, column } = lineAndColumn(body, offset);
    throw new InputError(`${label}:${line}:${column}: invalid JSON (${reason})`);
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
