import { z } from "zod";
import { BilateralValidationError } from "../core/errors.js";
import { type Issue, type ParseResult, previewValue } from "../core/issue.js";
import { closestWord, didYouMean } from "../core/suggest.js";
import { type Dataset, DatasetHeaderSchema, type DatasetInput } from "../model/dataset.js";
import { DatasetChecker } from "../validate/checker.js";
import { parseDataset, safeParseDataset, safeParseRecord } from "../validate/parse.js";
import { datasetIntegrityCheck } from "./dataset-integrity.js";

/**
 * A schema a model accepts for the record kind `Kind`: a zod object (or another schema zod can discriminate
 * on) whose output has an `id` and `kind: Kind`. `recordShape(kind)` and `entityShape(kind)` give those fields.
 *
 * @category Extending
 * @example
 * ```ts
 * import { z } from "zod";
 * import { entityShape, type RecordSchemaOf } from "bilateral";
 * const VesselSchema: RecordSchemaOf<"vessel"> = z.strictObject({ ...entityShape("vessel"), imo: z.string() });
 * ```
 */
export type RecordSchemaOf<Kind extends string> = z.ZodType<{ readonly id: string; readonly kind: Kind }> &
  z.core.$ZodTypeDiscriminable;

/**
 * The record schemas of a model, by kind: each key is a kind and its schema's `kind` field is that literal.
 * `"dataset"` is not a kind: it names the dataset's own JSON Schema.
 *
 * @category Extending
 * @example
 * ```ts
 * import { RECORD_SCHEMAS, type ModelRecordSchemas } from "bilateral";
 * const schemas: ModelRecordSchemas<typeof RECORD_SCHEMAS> = RECORD_SCHEMAS;
 * ```
 */
export type ModelRecordSchemas<Records> = {
  readonly [Kind in keyof Records]: Kind extends "dataset" ? never : RecordSchemaOf<Kind & string>;
};

/**
 * What {@link defineModel} takes: the record schemas by kind, usually the built-in ones
 * (`...RECORD_SCHEMAS`) with some replaced by extended versions and new kinds beside them.
 *
 * @category Extending
 * @example
 * ```ts
 * import { RECORD_SCHEMAS, type ModelDefinition } from "bilateral";
 * const definition: ModelDefinition<typeof RECORD_SCHEMAS> = { records: RECORD_SCHEMAS };
 * ```
 */
export interface ModelDefinition<Records extends ModelRecordSchemas<Records>> {
  readonly records: Records;
}

/**
 * A record kind of a model.
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineModel, RECORD_SCHEMAS, type ModelKind } from "bilateral";
 * const model = defineModel({ records: RECORD_SCHEMAS });
 * const kind: ModelKind<typeof model> = "trade-flow";
 * ```
 */
export type ModelKind<M extends AnyModel> = Extract<keyof M["schemas"], string>;

/**
 * A record of a model, as parsed: a union discriminated on `kind` (of the given kinds, of every kind by default).
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineModel, RECORD_SCHEMAS, type ModelRecord } from "bilateral";
 * const model = defineModel({ records: RECORD_SCHEMAS });
 * const iran: ModelRecord<typeof model, "country"> = { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" };
 * ```
 */
export type ModelRecord<M extends AnyModel, Kind extends ModelKind<M> = ModelKind<M>> = {
  [K in Kind]: z.output<M["schemas"][K]>;
}[Kind];

/**
 * A record of a model as written, before parsing (of the given kinds, of every kind by default).
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineModel, RECORD_SCHEMAS, type ModelRecordInput } from "bilateral";
 * const model = defineModel({ records: RECORD_SCHEMAS });
 * const input: ModelRecordInput<typeof model, "event"> = { id: "event:x", kind: "event", category: "AGREE", actors: ["country:IRN"] };
 * ```
 */
export type ModelRecordInput<M extends AnyModel, Kind extends ModelKind<M> = ModelKind<M>> = {
  [K in Kind]: z.input<M["schemas"][K]>;
}[Kind];

/**
 * A dataset of a model: the header and the model's records.
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineModel, RECORD_SCHEMAS, type ModelDataset } from "bilateral";
 * const model = defineModel({ records: RECORD_SCHEMAS });
 * const empty: ModelDataset<typeof model> = { format: "bilateral", version: "1.0", records: [] };
 * ```
 */
export type ModelDataset<M extends AnyModel> = Dataset<ModelRecord<M>>;

/**
 * Any model, whatever its kinds: the constraint of the generic helpers.
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineModel, RECORD_SCHEMAS, type AnyModel } from "bilateral";
 * const model: AnyModel = defineModel({ records: RECORD_SCHEMAS });
 * ```
 */
export interface AnyModel {
  readonly schemas: { readonly [kind: string]: RecordSchemaOf<string> };
}

/**
 * A model: record schemas by kind and everything that follows from them, typed with the model's own records.
 * Made by {@link defineModel}.
 *
 * - `schemas`, `kinds`: the record schemas and their kinds.
 * - `RecordSchema`: one record of any kind (a zod union discriminated on `kind`).
 * - `DatasetSchema`: a whole dataset (header and records) as a zod schema, with the dataset rules (unique ids,
 *   references resolved to records of an allowed kind) checked once every record has the right shape.
 * - `safeParseDataset`, `parseDataset`: the dataset entry points, with `bilateral` issues (stable codes,
 *   paths, record ids); they report shapes and dataset rules in one pass.
 * - `safeParseRecord`, `parseRecord`: one record of any kind, dispatched on its `kind`.
 * - `createChecker()`: a {@link DatasetChecker} for checking a stream (JSON Lines) record by record.
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineModel, RECORD_SCHEMAS, type Model } from "bilateral";
 * const model: Model<typeof RECORD_SCHEMAS> = defineModel({ records: RECORD_SCHEMAS });
 * model.kinds.length; //=> 22
 * ```
 */
export interface Model<Records extends ModelRecordSchemas<Records>> {
  /** The record schemas, by kind. */
  readonly schemas: Records;
  /** The record kinds, in the order the definition lists them. */
  readonly kinds: readonly Extract<keyof Records, string>[];
  /** One record of any kind of the model: a zod union discriminated on `kind`. */
  readonly RecordSchema: z.ZodType<RecordsOutput<Records>, RecordsInput<Records>>;
  /** A whole dataset: the header, and records of the model's kinds, with the dataset rules checked. */
  readonly DatasetSchema: z.ZodType<Dataset<RecordsOutput<Records>>, DatasetInput<RecordsInput<Records>>>;
  /** Validates a dataset (shapes, unique ids, references); never throws. */
  safeParseDataset(input: unknown): ParseResult<Dataset<RecordsOutput<Records>>>;
  /** Validates a dataset, or throws a `BilateralValidationError` carrying every issue. */
  parseDataset(input: unknown): Dataset<RecordsOutput<Records>>;
  /** Validates one record of any kind of the model (its `kind` picks the schema); never throws. */
  safeParseRecord(input: unknown): ParseResult<RecordsOutput<Records>>;
  /** Validates one record of any kind of the model, or throws a `BilateralValidationError`. */
  parseRecord(input: unknown): RecordsOutput<Records>;
  /** A new checker for validating a dataset record by record (a JSON Lines stream, say). */
  createChecker(): DatasetChecker;
}

/** `never` for `any` records, which would make every type of the model `any`. */
type NotAny<Records> = 0 extends 1 & Records ? never : unknown;
type RecordsOutput<Records> = { [K in keyof Records]: z.output<Records[K]> }[keyof Records];
type RecordsInput<Records> = { [K in keyof Records]: z.input<Records[K]> }[keyof Records];

const KIND_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

function kindLiteral(schema: z.core.$ZodType): readonly unknown[] | undefined {
  const values = schema._zod.propValues?.kind;
  return values === undefined ? undefined : [...values];
}

function unknownKindIssue(input: unknown, kinds: readonly string[]): Issue {
  const kind = typeof input === "object" && input !== null ? (input as { kind?: unknown }).kind : undefined;
  const id = typeof input === "object" && input !== null ? (input as { id?: unknown }).id : undefined;
  const issue: Issue =
    typeof input !== "object" || input === null || Array.isArray(input)
      ? { code: "invalid_type", message: "expected a record (an object)", path: [] }
      : kind === undefined
        ? { code: "missing_field", message: 'missing required field "kind"', path: ["kind"] }
        : {
            code: "unknown_kind",
            message: `${previewValue(kind)} is not a record kind of this model (one of ${kinds.join(", ")})${typeof kind === "string" ? didYouMean(closestWord(kind, kinds)) : ""}`,
            path: ["kind"],
          };
  return typeof id === "string" ? { ...issue, recordId: id } : issue;
}

/**
 * Defines a model: the built-in record schemas with extended ones in their place, and new record kinds beside
 * them. Everything the model returns is typed with its own records: datasets it parses have the extra fields
 * and kinds, and references to the new kinds (fields made with `ref("vessel")`) are resolved by dataset
 * validation like the built-in ones.
 *
 * Throws an `Error` when a kind is not a lower-case name (`vessel`, `port-call`), is `dataset`, or when its
 * schema's `kind` field is not that very literal.
 *
 * @category Extending
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineModel, entityShape, EventSchema, RECORD_SCHEMAS, ref } from "bilateral";
 *
 * const VesselSchema = z.strictObject({ ...entityShape("vessel"), imo: z.string().regex(/^\d{7}$/) });
 * const model = defineModel({
 *   records: {
 *     ...RECORD_SCHEMAS,
 *     event: EventSchema.safeExtend({ vessels: z.array(ref("vessel")).optional() }),
 *     vessel: VesselSchema,
 *   },
 * });
 * const dataset = model.parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "vessel:9074729", kind: "vessel", name: "Example", imo: "9074729" },
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "event:x", kind: "event", category: "COERCE", mode: "seize", actors: ["country:IRN"], vessels: ["vessel:9074729"] },
 *   ],
 * });
 * const vessels = dataset.records.flatMap((record) => (record.kind === "vessel" ? [record.imo] : [])); //=> ["9074729"]
 * ```
 */
export function defineModel<const Records extends ModelRecordSchemas<Records>>(
  definition: ModelDefinition<Records> & NotAny<Records>,
): Model<Records> {
  const schemas = definition.records;
  const kinds = Object.keys(schemas) as Extract<keyof Records, string>[];
  if (kinds.length === 0) throw new Error("defineModel: a model needs at least one record kind");
  const options: z.core.$ZodTypeDiscriminable[] = [];
  for (const kind of kinds) {
    if (!KIND_PATTERN.test(kind) || kind === "dataset") {
      throw new Error(
        `defineModel: ${JSON.stringify(kind)} cannot be a record kind: a kind is a lower-case name of letters, digits and hyphens ("vessel", "port-call"), and "dataset" is reserved for the dataset itself`,
      );
    }
    const schema = schemas[kind] as unknown;
    if (!(schema instanceof z.ZodType)) {
      throw new Error(`defineModel: the schema of the kind "${kind}" is not a zod schema`);
    }
    const literal = kindLiteral(schema);
    if (literal === undefined || literal.length !== 1 || literal[0] !== kind) {
      throw new Error(
        `defineModel: the schema of the kind "${kind}" must have kind: z.literal("${kind}") (spread recordShape("${kind}") or entityShape("${kind}") into it), got ${literal === undefined ? "no kind literal" : literal.map((value) => JSON.stringify(value)).join(" | ")}`,
      );
    }
    options.push(schema as z.ZodType & z.core.$ZodTypeDiscriminable);
  }

  const RecordSchema = z.discriminatedUnion(
    "kind",
    options as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
  ) as unknown as Model<Records>["RecordSchema"];
  const DatasetSchema = z
    .strictObject({ ...DatasetHeaderSchema.shape, records: z.array(RecordSchema) })
    .check(datasetIntegrityCheck(schemas)) as unknown as Model<Records>["DatasetSchema"];
  const map = schemas as { readonly [kind: string]: z.ZodType };
  const frozenKinds = Object.freeze([...kinds]);

  const model: Model<Records> = {
    schemas,
    kinds: frozenKinds,
    RecordSchema,
    DatasetSchema,
    // The records are what the model's schemas output; TypeScript cannot see through the generic `Records`.
    safeParseDataset: (input) =>
      safeParseDataset(input, { schemas: map }) as ParseResult<Dataset<RecordsOutput<Records>>>,
    parseDataset: (input) => parseDataset(input, { schemas: map }) as Dataset<RecordsOutput<Records>>,
    safeParseRecord(input) {
      const kind =
        typeof input === "object" && input !== null ? (input as { kind?: unknown }).kind : undefined;
      if (typeof kind !== "string" || !Object.hasOwn(map, kind)) {
        return { success: false, issues: [unknownKindIssue(input, frozenKinds)], warnings: [] };
      }
      return safeParseRecord(map[kind] as z.ZodType<RecordsOutput<Records>>, input);
    },
    parseRecord(input) {
      const result = model.safeParseRecord(input);
      if (!result.success) throw new BilateralValidationError(result.issues);
      return result.data;
    },
    createChecker: () => new DatasetChecker(map),
  };
  return Object.freeze(model);
}
