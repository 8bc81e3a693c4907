import type { z } from "zod";
import { appendAll } from "../core/append.js";
import { BilateralValidationError } from "../core/errors.js";
import { fromZodIssues, type Issue, type ParseResult } from "../core/issue.js";
import type { Dataset } from "../model/dataset.js";
import {
  type DatasetRecord,
  RECORD_SCHEMAS,
  type RecordSchemaMap,
  type RecordSchemas,
} from "../model/records.js";
import { DatasetChecker } from "./checker.js";

/**
 * Options of the dataset entry points.
 *
 * @category Validation
 * @example
 * ```ts
 * import { RECORD_SCHEMAS, type ParseDatasetOptions } from "bilateral";
 * const options: ParseDatasetOptions = { schemas: RECORD_SCHEMAS };
 * ```
 */
export interface ParseDatasetOptions<Schemas extends RecordSchemaMap = RecordSchemaMap> {
  /** The record schemas by kind; the built-in ones by default. A model defined by an extension passes its own. */
  readonly schemas?: Schemas;
}

/**
 * The records a map of record schemas validates to: {@link DatasetRecord} for the built-in schemas, else the
 * union of what each schema outputs. It types what `safeParseDataset` and `parseDataset` return.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { DatasetRecord, RecordOfSchemas, RecordSchemas } from "bilateral";
 * const same: RecordOfSchemas<RecordSchemas> extends DatasetRecord ? true : false = true;
 * ```
 */
export type RecordOfSchemas<Schemas extends RecordSchemaMap> = [Schemas, RecordSchemas] extends [
  RecordSchemas,
  Schemas,
]
  ? DatasetRecord
  : { [Kind in keyof Schemas]: z.output<Schemas[Kind]> }[keyof Schemas];

function issueOrder(issue: Issue): number {
  return issue.path[0] === "records" && typeof issue.path[1] === "number" ? issue.path[1] : -1;
}

/**
 * Validates a dataset and returns a result: the dataset, or every issue found. Beyond each record's shape it
 * checks that ids are unique and that every reference resolves to a record of an allowed kind. It never
 * throws, whatever the input.
 *
 * @category Validation
 * @example
 * ```ts
 * import { safeParseDataset } from "bilateral";
 * const result = safeParseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [{ id: "event:x", kind: "event", category: "CONSULT", actors: ["country:IRN"] }],
 * });
 * result.success; //=> false
 * result.issues[0]?.code; //=> "unresolved_reference"
 * ```
 */
export function safeParseDataset<Schemas extends RecordSchemaMap = RecordSchemas>(
  input: unknown,
  options: ParseDatasetOptions<Schemas> = {},
): ParseResult<Dataset<RecordOfSchemas<Schemas>>> {
  try {
    return parseInternal<RecordOfSchemas<Schemas>>(input, options.schemas ?? RECORD_SCHEMAS);
  } catch (error) {
    // A safe entry point never throws: an unexpected failure (a stack overflow on absurd nesting, say) is an issue.
    const message =
      error instanceof RangeError
        ? "the input is nested too deeply to validate"
        : `validation failed: ${String(error)}`;
    return {
      success: false,
      issues: [{ code: error instanceof RangeError ? "too_deep" : "invalid_value", message, path: [] }],
      warnings: [],
    };
  }
}

function parseInternal<Record>(input: unknown, schemas: RecordSchemaMap): ParseResult<Dataset<Record>> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      success: false,
      issues: [
        {
          code: "invalid_type",
          message: "expected a dataset (an object with format, version and records)",
          path: [],
        },
      ],
      warnings: [],
    };
  }
  const checker = new DatasetChecker(schemas);
  const fields = Object.entries(input).filter(([key]) => key !== "records");
  const { header, issues } = checker.checkHeader(Object.fromEntries(fields));
  const records = (input as { records?: unknown }).records;
  const parsed: unknown[] = [];
  if (!Object.hasOwn(input, "records")) {
    issues.push({ code: "missing_field", message: 'missing required field "records"', path: ["records"] });
  } else if (!Array.isArray(records)) {
    issues.push({ code: "invalid_type", message: "expected records to be a list", path: ["records"] });
  } else {
    for (let index = 0; index < records.length; index++) {
      const result = checker.checkRecord(records[index], ["records", index]);
      if (result.issues.length > 0) appendAll(issues, result.issues);
      if (result.record !== undefined) parsed.push(result.record);
    }
    appendAll(issues, checker.finish());
  }
  const errors = issues.filter((issue) => issue.severity !== "warning");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  if (errors.length > 0 || header === undefined) {
    return { success: false, issues: errors.sort((a, b) => issueOrder(a) - issueOrder(b)), warnings };
  }
  return { success: true, data: { ...header, records: parsed as Record[] }, issues: [], warnings };
}

/**
 * Validates a dataset and returns it, or throws a {@link BilateralValidationError} carrying every issue.
 *
 * @category Validation
 * @example
 * ```ts
 * import { parseDataset } from "bilateral";
 * const dataset = parseDataset({ format: "bilateral", version: "1.0", records: [] });
 * dataset.records.length; //=> 0
 * ```
 */
export function parseDataset<Schemas extends RecordSchemaMap = RecordSchemas>(
  input: unknown,
  options: ParseDatasetOptions<Schemas> = {},
): Dataset<RecordOfSchemas<Schemas>> {
  const result = safeParseDataset(input, options);
  if (!result.success) throw new BilateralValidationError(result.issues);
  return result.data;
}

/**
 * Validates one record against its schema and returns a result with `bilateral` issues (stable codes,
 * readable messages). Reference integrity needs the whole dataset: see {@link safeParseDataset}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { EventSchema, safeParseRecord } from "bilateral";
 * const result = safeParseRecord(EventSchema, { id: "event:x", kind: "event", category: "CONSULT", mode: "riot", actors: ["country:IRN"] });
 * result.success ? undefined : result.issues[0]?.code; //=> "mode_category_mismatch"
 * ```
 */
export function safeParseRecord<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): ParseResult<z.output<Schema>> {
  try {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { success: true, data: result.data, issues: [], warnings: [] };
    const id = typeof input === "object" && input !== null ? (input as { id?: unknown }).id : undefined;
    return {
      success: false,
      issues: fromZodIssues(result.error.issues, [], typeof id === "string" ? id : undefined),
      warnings: [],
    };
  } catch (error) {
    const message =
      error instanceof RangeError
        ? "the input is nested too deeply to validate"
        : `validation failed: ${String(error)}`;
    return {
      success: false,
      issues: [{ code: error instanceof RangeError ? "too_deep" : "invalid_value", message, path: [] }],
      warnings: [],
    };
  }
}

/**
 * Validates one record against its schema and returns it, or throws a {@link BilateralValidationError}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { CountrySchema, parseRecord } from "bilateral";
 * const iran = parseRecord(CountrySchema, { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" });
 * iran.code; //=> "IRN"
 * ```
 */
export function parseRecord<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = safeParseRecord(schema, input);
  if (!result.success) throw new BilateralValidationError(result.issues);
  return result.data;
}
