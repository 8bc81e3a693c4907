import {
  DEFAULT_MAX_LINE_BYTES,
  type LineErrorCode,
  type LineInput,
  type ReadLinesOptions,
  readLineBatches,
} from "./jsonl.js";

/**
 * One CSV record: its fields and the line it starts on (a quoted field may hold line breaks, so a record can
 * span lines), or the reason it could not be read.
 * @internal
 */
export type CsvRecord =
  | {
      readonly line: number;
      /** The line the record ends on: after `line` when a quoted field holds line breaks. */
      readonly lastLine: number;
      readonly fields: string[];
      readonly error?: undefined;
      readonly code?: undefined;
    }
  | {
      readonly line: number;
      readonly fields?: undefined;
      readonly error: string;
      readonly code: CsvErrorCode;
    };

/** Why a CSV record could not be read: a line's reason, or a quoted field never closed. @internal */
export type CsvErrorCode = LineErrorCode | "unclosed_quote";

/** The state of a record being read: its fields so far, the field being read, whether inside quotes. */
interface Pending {
  line: number;
  fields: string[];
  field: string;
  quoted: boolean;
  size: number;
}

/**
 * Reads one physical line into a pending record (RFC 4180: fields split at commas; a field that starts with
 * `"` is quoted, `""` inside it is a quote, and it may run over line breaks). Returns true when the record is
 * complete at the end of the line.
 */
function readInto(pending: Pending, text: string): boolean {
  let field = pending.field;
  let quoted = pending.quoted;
  let i = 0;
  if (quoted) field += "\n";
  else if (!text.includes('"')) {
    const parts = text.split(",");
    parts[0] = field + parts[0];
    const last = parts.pop() as string;
    for (const part of parts) pending.fields.push(part);
    pending.fields.push(last);
    pending.field = "";
    return true;
  }
  let atStart = !quoted && field === "";
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i++;
      continue;
    }
    if (char === ",") {
      pending.fields.push(field);
      field = "";
      atStart = true;
    } else if (char === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else {
      field += char;
      atStart = false;
    }
    i++;
  }
  pending.quoted = quoted;
  if (quoted) {
    pending.field = field;
    return false;
  }
  pending.fields.push(field);
  pending.field = "";
  return true;
}

/**
 * Reads CSV records (comma-separated, RFC 4180 quoting, quoted fields over several lines) in batches, in
 * bounded memory: a record longer than `maxLineBytes` is reported and skipped. A blank line is not a record.
 * @internal
 */
export async function* readCsvBatches(
  input: LineInput,
  options: ReadLinesOptions = {},
): AsyncGenerator<CsvRecord[]> {
  const maxBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let pending: Pending | undefined;
  let broken: { line: number; error: string; code: CsvErrorCode } | undefined;
  for await (const batch of readLineBatches(input, options)) {
    const out: CsvRecord[] = [];
    for (const entry of batch) {
      if (entry.error !== undefined) {
        if (pending === undefined) out.push({ line: entry.line, error: entry.error, code: entry.code });
        else {
          broken ??= {
            line: pending.line,
            error: `the record starting on line ${pending.line} is broken on line ${entry.line}: ${entry.error}`,
            code: entry.code,
          };
        }
        continue;
      }
      if (pending === undefined) {
        if (entry.text === "") continue;
        pending = { line: entry.line, fields: [], field: "", quoted: false, size: 0 };
      }
      pending.size += entry.text.length + 1;
      if (pending.size > maxBytes) {
        broken ??= {
          line: pending.line,
          error: `the record starting on line ${pending.line} is longer than ${maxBytes} bytes (a stray quote?)`,
          code: "line_too_long",
        };
        // Resynchronise: the record is dropped, reading starts again on the next line.
        out.push(broken);
        broken = undefined;
        pending = undefined;
        continue;
      }
      if (!readInto(pending, entry.text)) continue;
      out.push(broken ?? { line: pending.line, lastLine: entry.line, fields: pending.fields });
      broken = undefined;
      pending = undefined;
    }
    if (out.length > 0) yield out;
  }
  if (pending !== undefined) {
    yield [
      broken ?? {
        line: pending.line,
        error: `the record starting on line ${pending.line} is not finished: a quoted field is not closed (a truncated file, a stray quote?)`,
        code: "unclosed_quote",
      },
    ];
  }
}
