import { isUtf8 } from "node:buffer";
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { locateSyntaxError } from "./read-json.js";

/**
 * What the line readers accept: a Node `Readable` (a file stream, `process.stdin`), any async or sync iterable
 * of byte chunks (`Uint8Array`), an iterable of strings, or a string. Byte chunks and the chunks of a
 * `Readable` are joined and split at line breaks; the strings of a plain iterable are taken as lines (a string
 * that holds line breaks is split into several lines), and so is a string given alone.
 *
 * @category Input and output
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import type { LineInput } from "bilateral/interop";
 * const fromFile: LineInput = createReadStream("events.jsonl");
 * const fromStrings: LineInput = ['{"a": 1}', '{"a": 2}'];
 * ```
 */
export type LineInput = Readable | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Options of the line readers.
 *
 * @category Input and output
 * @example
 * ```ts
 * import type { ReadLinesOptions } from "bilateral/interop";
 * const options: ReadLinesOptions = { maxLineBytes: 1 << 20 };
 * ```
 */
export interface ReadLinesOptions {
  /**
   * The longest line kept, in bytes (16 MiB by default). A longer line is reported as an error and skipped
   * without being held in memory, so that memory stays bounded whatever the input.
   */
  readonly maxLineBytes?: number;
}

/**
 * One line of text, numbered from 1, or the reason it could not be read (invalid UTF-8, too long; the reason
 * does not repeat the line number). A trailing `\r` is removed, and so is a byte order mark at the start of
 * line 1.
 *
 * @category Input and output
 * @example
 * ```ts
 * import type { TextLine } from "bilateral/interop";
 * const ok: TextLine = { line: 1, text: "hello" };
 * const bad: TextLine = { line: 2, error: "not valid UTF-8 text", code: "invalid_utf8" };
 * ```
 */
export type TextLine =
  | { readonly line: number; readonly text: string; readonly error?: undefined; readonly code?: undefined }
  | {
      readonly line: number;
      readonly text?: undefined;
      readonly error: string;
      readonly code: LineErrorCode;
    };

/**
 * Why a line could not be read: `invalid_utf8`, `line_too_long` (text lines), `invalid_json`, `too_deep`
 * (JSON Lines).
 *
 * @category Input and output
 * @example
 * ```ts
 * import type { LineErrorCode } from "bilateral/interop";
 * const code: LineErrorCode = "invalid_utf8";
 * ```
 */
export type LineErrorCode = "invalid_utf8" | "line_too_long" | "invalid_json" | "too_deep";

/**
 * One JSON Lines line, numbered from 1: its parsed value, or the reason it could not be read (invalid JSON,
 * invalid UTF-8, too long). Blank lines are not reported. The reason does not repeat the line number; for
 * invalid JSON it gives the column (1-based, in UTF-16 code units) and never quotes the text: `invalid JSON
 * (Unexpected token 'x') at column 8`.
 *
 * @category Input and output
 * @example
 * ```ts
 * import type { JsonLine } from "bilateral/interop";
 * const ok: JsonLine = { line: 1, value: { a: 1 } };
 * const bad: JsonLine = {
 *   line: 2,
 *   error: "invalid JSON (Unexpected end of JSON input) at column 9",
 *   code: "invalid_json",
 * };
 * ```
 */
export type JsonLine =
  | { readonly line: number; readonly value: unknown; readonly error?: undefined; readonly code?: undefined }
  | {
      readonly line: number;
      readonly value?: undefined;
      readonly error: string;
      readonly code: LineErrorCode;
    };

/** The longest line (or JSON element, or CSV record) the readers take by default: 16 MiB. @internal */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
const NEWLINE = 10;

function isReadable(input: unknown): input is Readable {
  return (
    typeof input === "object" &&
    input !== null &&
    typeof (input as Readable).pipe === "function" &&
    typeof (input as Readable).on === "function"
  );
}

function cleanLine(text: string, line: number): string {
  let out = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
  if (line === 1 && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  return out;
}

/**
 * Reads lines in batches (arrays), which costs far less per line than one `await` a line. The batches of
 * {@link readLines}.
 * @internal
 */
export async function* readLineBatches(
  input: LineInput,
  options: ReadLinesOptions = {},
): AsyncGenerator<TextLine[]> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const chunkMode = isReadable(input);
  let line = 0;
  // Bytes of the current, unfinished line (byte chunks), or its text (string chunks of a Readable).
  let pendingBytes: Uint8Array[] = [];
  let pendingLength = 0;
  let pendingText = "";
  // Set when the current line grew past the limit: its bytes are dropped until its end.
  let overflowing = false;

  const tooLong = (n: number): TextLine => ({
    line: n,
    error: `longer than ${maxLineBytes} bytes: skipped`,
    code: "line_too_long",
  });

  const decodeLine = (bytes: Uint8Array, n: number): TextLine => {
    if (!isUtf8(bytes)) return { line: n, error: "not valid UTF-8 text", code: "invalid_utf8" };
    return {
      line: n,
      text: cleanLine(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), n),
    };
  };

  const takePending = (tail: Uint8Array): Uint8Array => {
    if (pendingLength === 0) return tail;
    const parts = [...pendingBytes, tail];
    pendingBytes = [];
    pendingLength = 0;
    return Buffer.concat(parts);
  };

  // A string is iterable character by character: take it as a text instead.
  const items = (typeof input === "string" ? [input] : input) as AsyncIterable<string | Uint8Array>;
  for await (const item of items) {
    const batch: TextLine[] = [];
    if (typeof item === "string") {
      if (!chunkMode) {
        // A line (or several) given as a string.
        const parts = item.split("\n");
        if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
        for (const part of parts) {
          line++;
          batch.push(
            part.length > maxLineBytes && Buffer.byteLength(part) > maxLineBytes
              ? tooLong(line)
              : { line, text: cleanLine(part, line) },
          );
        }
        yield batch;
        continue;
      }
      let start = 0;
      for (;;) {
        const nl = item.indexOf("\n", start);
        if (nl === -1) {
          if (!overflowing) pendingText += item.slice(start);
          if (pendingText.length > maxLineBytes && Buffer.byteLength(pendingText) > maxLineBytes) {
            pendingText = "";
            overflowing = true;
          }
          break;
        }
        line++;
        if (overflowing) {
          batch.push(tooLong(line));
          overflowing = false;
        } else {
          const text = pendingText + item.slice(start, nl);
          pendingText = "";
          batch.push(
            Buffer.byteLength(text) > maxLineBytes ? tooLong(line) : { line, text: cleanLine(text, line) },
          );
        }
        start = nl + 1;
      }
      if (batch.length > 0) yield batch;
      continue;
    }
    if (!(item instanceof Uint8Array)) {
      throw new TypeError("expected lines as strings or bytes (Uint8Array)");
    }
    const chunk = item;
    let start = 0;
    const firstNl = chunk.indexOf(NEWLINE);
    if (firstNl === -1) {
      if (!overflowing) {
        pendingBytes.push(chunk);
        pendingLength += chunk.byteLength;
        if (pendingLength > maxLineBytes) {
          pendingBytes = [];
          pendingLength = 0;
          overflowing = true;
        }
      }
      continue;
    }
    // The end of the pending line.
    line++;
    if (overflowing) {
      batch.push(tooLong(line));
      overflowing = false;
      pendingBytes = [];
      pendingLength = 0;
    } else {
      const bytes = takePending(chunk.subarray(0, firstNl));
      batch.push(bytes.byteLength > maxLineBytes ? tooLong(line) : decodeLine(bytes, line));
    }
    start = firstNl + 1;
    const lastNl = chunk.lastIndexOf(NEWLINE);
    if (lastNl >= start) {
      const body = chunk.subarray(start, lastNl);
      if (isUtf8(body)) {
        // Fast path: every line of the chunk at once.
        const texts = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8").split("\n");
        const checkLength = body.byteLength > maxLineBytes;
        for (const text of texts) {
          line++;
          batch.push(
            checkLength && Buffer.byteLength(text) > maxLineBytes
              ? tooLong(line)
              : { line, text: cleanLine(text, line) },
          );
        }
      } else {
        let from = start;
        while (from <= lastNl) {
          const nl = chunk.indexOf(NEWLINE, from);
          line++;
          const bytes = chunk.subarray(from, nl);
          batch.push(bytes.byteLength > maxLineBytes ? tooLong(line) : decodeLine(bytes, line));
          from = nl + 1;
        }
      }
      start = lastNl + 1;
    }
    if (start < chunk.byteLength) {
      // Copy, so that a small unfinished line does not keep a large chunk alive.
      const rest = Buffer.from(chunk.subarray(start));
      pendingBytes.push(rest);
      pendingLength += rest.byteLength;
      if (pendingLength > maxLineBytes) {
        pendingBytes = [];
        pendingLength = 0;
        overflowing = true;
      }
    }
    if (batch.length > 0) yield batch;
  }
  // The last line, when the input does not end with a line break.
  if (overflowing) {
    line++;
    yield [tooLong(line)];
  } else if (pendingLength > 0) {
    line++;
    yield [decodeLine(takePending(new Uint8Array(0)), line)];
  } else if (pendingText !== "") {
    line++;
    yield [{ line, text: cleanLine(pendingText, line) }];
  }
}

/**
 * Reads text lines from a stream with bounded memory: each line numbered from 1, or the reason it could not
 * be read. Invalid UTF-8 is reported for its line (never replaced silently), and a line longer than
 * `maxLineBytes` is reported and skipped without being held in memory.
 *
 * @category Input and output
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { readLines } from "bilateral/interop";
 * for await (const entry of readLines(createReadStream("events.tsv"))) {
 *   if (entry.error !== undefined) console.error(`line ${entry.line}: ${entry.error}`);
 * }
 * ```
 */
export async function* readLines(input: LineInput, options: ReadLinesOptions = {}): AsyncGenerator<TextLine> {
  for await (const batch of readLineBatches(input, options)) yield* batch;
}

/** A text line's JSON value, or why it is not JSON; `undefined` for a blank line. @internal */
export function parseJsonLine(entry: TextLine): JsonLine | undefined {
  if (entry.error !== undefined) return { line: entry.line, error: entry.error, code: entry.code };
  const text = entry.text;
  if (text.trim() === "") return undefined;
  try {
    return { line: entry.line, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof RangeError) {
      return { line: entry.line, error: "the JSON is nested too deeply to read", code: "too_deep" };
    }
    const { offset, reason } = locateSyntaxError(
      text,
      error instanceof Error ? error.message : String(error),
    );
    return {
      line: entry.line,
      error: `invalid JSON (${reason}) at column ${offset + 1}`,
      code: "invalid_json",
    };
  }
}

/**
 * Reads JSON Lines in batches.
 * @internal
 */
export async function* readJsonLineBatches(
  input: LineInput,
  options: ReadLinesOptions = {},
): AsyncGenerator<JsonLine[]> {
  for await (const batch of readLineBatches(input, options)) {
    const out: JsonLine[] = [];
    for (const entry of batch) {
      const parsed = parseJsonLine(entry);
      if (parsed !== undefined) out.push(parsed);
    }
    if (out.length > 0) yield out;
  }
}

/**
 * Reads JSON Lines (one JSON value a line) as a stream with bounded memory: each non-blank line's value with
 * its line number, or the reason the line could not be read. A bad line never stops the reading.
 *
 * @category Input and output
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { readJsonLines } from "bilateral/interop";
 * for await (const entry of readJsonLines(createReadStream("dataset.jsonl"))) {
 *   if (entry.error !== undefined) console.error(`line ${entry.line}: ${entry.error}`);
 *   else console.log(entry.value);
 * }
 * ```
 */
export async function* readJsonLines(
  input: LineInput,
  options: ReadLinesOptions = {},
): AsyncGenerator<JsonLine> {
  for await (const batch of readJsonLineBatches(input, options)) yield* batch;
}

/**
 * Where text is written: a Node `Writable` (its back-pressure is respected) or a function.
 *
 * @category Input and output
 * @example
 * ```ts
 * import type { TextSink } from "bilateral/interop";
 * const chunks: string[] = [];
 * const sink: TextSink = (text) => {
 *   chunks.push(text);
 * };
 * ```
 */
export type TextSink = Writable | ((text: string) => void | Promise<void>);

const FLUSH_AT = 64 * 1024;

/**
 * Buffers text for a {@link TextSink} and writes it in large pieces, waiting when a stream asks to.
 * @internal
 */
export class TextWriter {
  readonly #sink: TextSink;
  #buffer: string[] = [];
  #size = 0;

  constructor(sink: TextSink) {
    this.#sink = sink;
  }

  /** Adds text; flushes when enough is buffered. */
  async write(text: string): Promise<void> {
    this.#buffer.push(text);
    this.#size += text.length;
    if (this.#size >= FLUSH_AT) await this.flush();
  }

  /** Writes what is buffered. */
  async flush(): Promise<void> {
    if (this.#size === 0) return;
    const text = this.#buffer.join("");
    this.#buffer = [];
    this.#size = 0;
    const sink = this.#sink;
    if (typeof sink === "function") {
      await sink(text);
    } else if (!sink.write(text)) {
      await once(sink, "drain");
    }
  }
}

/**
 * Serialises one value as a JSON Lines line (with its line break). Values JSON cannot hold (`undefined`, a
 * function) are refused rather than written as a blank line.
 * @internal
 */
export function toJsonLine(value: unknown): string {
  const text = JSON.stringify(value);
  if (typeof text !== "string") throw new TypeError(`cannot write ${typeof value} as a JSON Lines line`);
  return `${text}\n`;
}

/**
 * Writes values as JSON Lines, one a line, as a stream: it waits when the output asks it to (back-pressure),
 * so memory stays bounded however many values come. Returns how many lines it wrote. The output is not
 * closed.
 *
 * @category Input and output
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * import { writeJsonLines } from "bilateral/interop";
 * const count = await writeJsonLines(createWriteStream("out.jsonl"), [{ a: 1 }, { a: 2 }]);
 * ```
 */
export async function writeJsonLines(
  output: TextSink,
  values: AsyncIterable<unknown> | Iterable<unknown>,
): Promise<number> {
  const writer = new TextWriter(output);
  let count = 0;
  for await (const value of values) {
    await writer.write(toJsonLine(value));
    count++;
  }
  await writer.flush();
  return count;
}
