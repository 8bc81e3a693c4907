import { createReadStream } from "node:fs";
import { BilateralValidationError, InputError } from "../core/errors.js";
import type { Issue } from "../core/issue.js";
import { readJsonLineBatches } from "../io/jsonl.js";
import { readJsonFile } from "../io/read-json.js";
import { type Dataset, DatasetHeaderSchema } from "../model/dataset.js";
import type { RecordSchemaMap } from "../model/records.js";
import { parseDataset, safeParseRecord } from "../validate/parse.js";

/** A record and its position in the dataset. @internal */
export interface SourceRecord {
  readonly seq: number;
  readonly record: object;
}

/** Which records a pass over a dataset yields: all, or the events. @internal */
export type SourcePass = "all" | "events";

/**
 * A dataset read in passes: a dataset object, or a JSON Lines file read again for each pass (bounded memory).
 * @internal
 */
export interface DatasetSource {
  /** The dataset's own fields (all but `records`); known after the first pass. */
  header(): Record<string, unknown>;
  /** The records of one pass, in dataset order, in batches. */
  pass(which: SourcePass): AsyncIterable<SourceRecord[]>;
}

const BATCH = 4096;

function isEvent(record: unknown): boolean {
  return (record as { kind?: unknown } | null)?.kind === "event";
}

/** A source over a dataset object (parsed already: its records are not checked again). @internal */
export function datasetSource(dataset: Dataset<object>): DatasetSource {
  const { records, ...header } = dataset;
  return {
    header: () => header,
    async *pass(which) {
      let batch: SourceRecord[] = [];
      for (let seq = 0; seq < records.length; seq++) {
        const record = records[seq] as object;
        if (which === "events" && !isEvent(record)) continue;
        batch.push({ seq, record });
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}

/**
 * A source over a dataset file: `.json` is read whole and parsed; anything else is read as JSON Lines (a header
 * line, then a record a line), once a pass, each record checked against its kind's schema in the pass that
 * yields it (an invalid record throws a `BilateralValidationError` whose issue paths start with the line).
 * @internal
 */
export async function fileSource(path: string, schemas: RecordSchemaMap): Promise<DatasetSource> {
  if (path.toLowerCase().endsWith(".json")) {
    return datasetSource(parseDataset(await readJsonFile(path), { schemas }) as Dataset<object>);
  }
  let header: Record<string, unknown> = {};
  return {
    header: () => header,
    async *pass(which) {
      let seq = 0;
      let first = true;
      for await (const lines of readJsonLineBatches(readStream(path))) {
        const batch: SourceRecord[] = [];
        for (const entry of lines) {
          if (entry.error !== undefined) throw new InputError(`${path}: line ${entry.line}: ${entry.error}`);
          if (first) {
            first = false;
            header = checkHeader(entry.value, entry.line);
            continue;
          }
          const position = seq++;
          if (which === "events" && !isEvent(entry.value)) continue;
          batch.push({ seq: position, record: checkRecord(entry.value, entry.line, schemas) });
        }
        if (batch.length > 0) yield batch;
      }
      if (first) throw new InputError(`${path}: the file is empty (expected a JSON Lines dataset)`);
    },
  };
}

function readStream(path: string): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      try {
        yield* createReadStream(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
      }
    },
  };
}

function atLine(issues: readonly Issue[], line: number): Issue[] {
  return issues.map((issue) => ({ ...issue, path: ["line", line, ...issue.path] }));
}

function checkHeader(value: unknown, line: number): Record<string, unknown> {
  const result = safeParseRecord(DatasetHeaderSchema, value);
  if (!result.success) throw new BilateralValidationError(atLine(result.issues, line));
  return result.data as Record<string, unknown>;
}

function checkRecord(value: unknown, line: number, schemas: RecordSchemaMap): object {
  const kind = (value as { kind?: unknown } | null)?.kind;
  const schema = typeof kind === "string" && Object.hasOwn(schemas, kind) ? schemas[kind] : undefined;
  if (schema === undefined) {
    const message = `${JSON.stringify(kind) ?? "no kind"} is not a record kind of this model`;
    throw new BilateralValidationError([{ code: "unknown_kind", message, path: ["line", line, "kind"] }]);
  }
  // Parse without reportInput (cheaper); parse again with it only to explain a failure.
  const first = schema.safeParse(value);
  if (first.success) return first.data as object;
  throw new BilateralValidationError(atLine(safeParseRecord(schema, value).issues, line));
}
