import { isUtf8 } from "node:buffer";
import type { Readable } from "node:stream";
import { InputError } from "../core/errors.js";
import { DEFAULT_MAX_LINE_BYTES, type JsonLine, type LineInput, readJsonLineBatches } from "./jsonl.js";

function isReadable(input: unknown): input is Readable {
  return typeof input === "object" && input !== null && typeof (input as Readable).pipe === "function";
}

/** Byte chunks of any line input: strings of a plain iterable are lines, so each gets its line break back. */
async function* byteChunks(input: LineInput): AsyncGenerator<Uint8Array> {
  const chunked = isReadable(input);
  const items = (typeof input === "string" ? [input] : input) as AsyncIterable<string | Uint8Array>;
  for await (const item of items) {
    if (typeof item === "string") yield Buffer.from(chunked ? item : `${item}\n`, "utf8");
    else yield item;
  }
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const COLON = 0x3a;

function parseElement(bytes: Uint8Array, line: number): JsonLine {
  if (!isUtf8(bytes))
    return {
      line,
      error: `the element starting on line ${line} is not valid UTF-8 text`,
      code: "invalid_utf8",
    };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  try {
    return { line, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof RangeError)
      return { line, error: "the JSON is nested too deeply to read", code: "too_deep" };
    const message = error instanceof Error ? error.message : String(error);
    return {
      line,
      error: `invalid JSON in the element starting on line ${line} (${message})`,
      code: "invalid_json",
    };
  }
}

/**
 * Reads the elements of a top-level JSON array one by one, with the line each starts on, in bounded memory.
 * A string broken by a raw line break (a stray quote) spoils only its own element: JSON strings cannot hold
 * raw line breaks, so the scan resumes there.
 */
async function* arrayElements(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<JsonLine[]> {
  let line = 1;
  let opened = false; // the top-level "[" was seen
  let closed = false; // the top-level "]" was seen
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let inElement = false;
  let scalar = false; // the current element is a number, literal or string at depth 0
  let broken: { code: JsonLine["code"]; error: string } | undefined;
  let needComma = false;
  let startLine = 0;
  let column = 0; // bytes since the last line break
  let blankSoFar = true; // only spaces since the last line break
  let startColumn = 0; // the column of the current element's first byte
  let startByte = 0; // and that byte
  let parts: Uint8Array[] = [];
  let size = 0;
  let trailingReported = false;

  for await (const chunk of chunks) {
    const out: JsonLine[] = [];
    let from = inElement ? 0 : -1; // start of the current element's bytes in this chunk
    const finish = (end: number) => {
      if (from >= 0) parts.push(chunk.subarray(from, end));
      const bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
      if (broken !== undefined)
        out.push({
          line: startLine,
          error: broken.error,
          code: broken.code as NonNullable<JsonLine["code"]>,
        });
      else if (size + (from >= 0 ? end - from : 0) > maxBytes) {
        out.push({
          line: startLine,
          error: `the element starting on line ${startLine} is longer than ${maxBytes} bytes`,
          code: "line_too_long",
        });
      } else out.push(parseElement(bytes, startLine));
      parts = [];
      size = 0;
      from = -1;
      inElement = false;
      scalar = false;
      broken = undefined;
      needComma = true;
    };
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === NEWLINE) {
        line++;
        column = 0;
        blankSoFar = true;
      } else {
        const atLineStart = blankSoFar && !SPACE.has(byte);
        if (atLineStart) blankSoFar = false;
        // A broken element (a string cut by a line break) ends where a line starts like the element did, at
        // its column: in a pretty-printed array, that is where the next element begins.
        if (
          atLineStart &&
          inElement &&
          broken !== undefined &&
          column === startColumn &&
          byte === startByte
        ) {
          finish(i);
          needComma = false;
          inString = false;
          escaped = false;
        }
        column++;
      }
      if (inElement) {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) {
            inString = false;
            if (scalar && depth === 0) finish(i + 1);
          } else if (byte === NEWLINE) {
            inString = false;
            broken ??= {
              code: "invalid_json",
              error: `invalid JSON in the element starting on line ${startLine}: a string is not closed on line ${line - 1} (a stray quote?)`,
            };
            if (scalar && depth === 0) finish(i);
          }
          continue;
        }
        if (scalar) {
          if (byte === COMMA || byte === CLOSE_BRACKET || SPACE.has(byte)) {
            finish(i);
            i--; // the delimiter is read again below, outside the element
            if (byte === NEWLINE) line--;
            else column--;
          }
          continue;
        }
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) finish(i + 1);
        }
        continue;
      }
      if (SPACE.has(byte)) continue;
      if (!opened) {
        opened = true;
        continue; // the caller checked that this is "["
      }
      if (closed) {
        if (!trailingReported) {
          out.push({
            line,
            error: `unexpected content on line ${line} after the end of the JSON array`,
            code: "invalid_json",
          });
          trailingReported = true;
        }
        continue;
      }
      if (byte === CLOSE_BRACKET) {
        closed = true;
        continue;
      }
      if (byte === COMMA) {
        if (!needComma) {
          out.push({
            line,
            error: `invalid JSON on line ${line}: an element is missing before this comma`,
            code: "invalid_json",
          });
        }
        needComma = false;
        continue;
      }
      // An element starts.
      inElement = true;
      startLine = line;
      startColumn = column - 1;
      startByte = byte;
      from = i;
      if (needComma) {
        broken = {
          code: "invalid_json",
          error: `invalid JSON on line ${line}: a comma is missing before this element`,
        };
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        depth = 1;
      } else {
        scalar = true;
        depth = 0;
        if (byte === QUOTE) inString = true;
      }
    }
    if (inElement && from >= 0) {
      const rest = Buffer.from(chunk.subarray(from));
      size += rest.byteLength;
      if (size > maxBytes) {
        broken ??= {
          code: "line_too_long",
          error: `the element starting on line ${startLine} is longer than ${maxBytes} bytes`,
        };
        parts = [];
      } else parts.push(rest);
    }
    if (out.length > 0) yield out;
  }
  if (inElement) {
    yield [
      {
        line: startLine,
        error: `the element starting on line ${startLine} is not finished: the input ends inside it (a truncated file?)`,
        code: "invalid_json",
      },
    ];
  } else if (opened && !closed) {
    yield [
      {
        line,
        error: 'the JSON array is not closed: the input ends before its "]" (a truncated file?)',
        code: "invalid_json",
      },
    ];
  }
}

/**
 * The first byte of an input that is not white space (after a byte order mark, which is dropped), and the
 * input's bytes from the start, to be read once.
 * @internal
 */
export async function peekInput(
  input: LineInput,
): Promise<{ first: number | undefined; chunks: AsyncIterable<Uint8Array> }> {
  const chunks = byteChunks(input);
  const head: Uint8Array[] = [];
  let first: number | undefined;
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    let chunk = next.value;
    if (head.length === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
      chunk = chunk.subarray(3);
    head.push(chunk);
    for (let at = 0; at < chunk.length; at++) {
      if (!SPACE.has(chunk[at] as number)) {
        first = chunk[at];
        break;
      }
    }
    if (first !== undefined) break;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* head;
    yield* chunks;
  }
  return { first, chunks: replay() };
}

/**
 * The bytes of a top-level JSON object with everything but the array value of one of its members (`data`)
 * blanked out (line breaks kept), so that the array reader reads that array with the file's line numbers.
 * Throws an `InputError` when the object has no such member or it is not an array.
 */
async function* memberArray(chunks: AsyncIterable<Uint8Array>, member: string): AsyncGenerator<Uint8Array> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let key: number[] | undefined; // the bytes of a key of the top-level object, while it is read
  let expectKey = false;
  let lastKey: string | undefined;
  let expectArray = false;
  let state: "outside" | "inside" | "done" = "outside";
  let inner = 0;
  let line = 1;
  const keys: string[] = [];
  for await (const chunk of chunks) {
    const out = Buffer.from(chunk);
    for (let i = 0; i < out.length; i++) {
      const byte = out[i] as number;
      if (byte === NEWLINE) line++;
      if (state === "inside") {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE || byte === NEWLINE) inString = false;
        } else if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) inner++;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
          inner--;
          if (inner === 0) state = "done";
        }
        continue;
      }
      if (byte !== NEWLINE) out[i] = 0x20;
      if (state === "done") continue;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          inString = false;
          if (key !== undefined) {
            lastKey = Buffer.from(key).toString("utf8");
            if (keys.length < 20) keys.push(lastKey);
          }
          key = undefined;
        } else if (key !== undefined && key.length < 256) key.push(byte);
        continue;
      }
      if (expectArray) {
        if (SPACE.has(byte)) continue;
        if (byte !== OPEN_BRACKET)
          throw new InputError(`line ${line}: the JSON object's ${JSON.stringify(member)} is not an array`);
        out[i] = byte;
        state = "inside";
        inner = 1;
        continue;
      }
      if (byte === QUOTE) {
        inString = true;
        key = depth === 1 && expectKey ? [] : undefined;
        expectKey = false;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        depth++;
        expectKey = depth === 1;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
      else if (byte === COLON && depth === 1 && lastKey === member) expectArray = true;
      else if (byte === COMMA && depth === 1) {
        lastKey = undefined;
        expectKey = true;
      }
    }
    yield out;
  }
  if (state === "outside") {
    throw new InputError(
      `the JSON object has no ${JSON.stringify(member)} array${keys.length > 0 ? ` (its members: ${keys.join(", ")})` : ""}`,
    );
  }
}

/**
 * Reads JSON records from a JSON array (`[{...}, {...}]`, pretty-printed or not) or from JSON Lines, telling
 * them apart by the first character, as a stream with bounded memory. Each record comes with the line it
 * starts on, or the reason it could not be read. With `member`, an input that is a JSON object is read as
 * the array of that member (`{"count": 4, "data": [...]}`), still in bounded memory.
 * @internal
 */
export async function* readJsonRecords(
  input: LineInput,
  options: { readonly maxLineBytes?: number; readonly member?: string } = {},
): AsyncGenerator<JsonLine[]> {
  const maxBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const { first, chunks } = await peekInput(input);
  if (first === OPEN_BRACKET) yield* arrayElements(chunks, maxBytes);
  else if (first === OPEN_BRACE && options.member !== undefined)
    yield* arrayElements(memberArray(chunks, options.member), maxBytes);
  else yield* readJsonLineBatches(chunks, { maxLineBytes: maxBytes });
}
