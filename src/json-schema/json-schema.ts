import { iso31662 } from "iso-3166/2.js";
import { z } from "zod";
import { CameoCodeSchema } from "../codes/cameo.js";
import { runtimeRegistry } from "../codes/category-registry.js";
import { SubdivisionCodeSchema } from "../codes/subdivision.js";
import { referenceRegistry } from "../core/reference.js";
import { type AnyModel, defineModel, type ModelKind } from "../extend/model.js";
import { CitationSchema, IdentifierSchema, UrlSchema } from "../model/base.js";
import { ClaimSchema } from "../model/claim.js";
import { DATASET_FORMAT, DatasetHeaderSchema, SUPPORTED_VERSIONS } from "../model/dataset.js";
import {
  ActorLocationSchema,
  CasualtiesSchema,
  EventCategorySchema,
  EventContextSchema,
  EventLocationSchema,
  EventSchema,
  FeedCodingSchema,
  QuadClassSchema,
} from "../model/event.js";
import { MoneyAmountSchema, MoneySchema } from "../model/money.js";
import { CoordinatesSchema } from "../model/place.js";
import { MeasureSchema, QuantitySchema } from "../model/quantity.js";
import { RECORD_SCHEMAS, type RecordKind } from "../model/records.js";
import { SanctionProgramSchema } from "../model/sanction.js";
import { ShareSchema } from "../model/share.js";
import { SourceSchema } from "../model/source.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { PeriodSchema } from "../time/period.js";
import { PARTIAL_DATE_PATTERN } from "./partial-date-pattern.js";

/**
 * A JSON Schema document (draft 2020-12), as plain JSON.
 *
 * @category JSON Schema
 * @example
 * ```ts
 * import { toJsonSchemas, type JsonSchema } from "bilateral";
 * const dataset: JsonSchema = toJsonSchemas().dataset;
 * dataset.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * The JSON Schemas of a model, by name: `dataset` (a whole dataset file) and one for each record kind.
 *
 * @category JSON Schema
 * @example
 * ```ts
 * import { toJsonSchemas, type JsonSchemas } from "bilateral";
 * const schemas: JsonSchemas<"dataset" | "event"> = toJsonSchemas();
 * ```
 */
export type JsonSchemas<Name extends string> = { readonly [Key in Name]: JsonSchema };

/** An absolute http(s) URL with a host, and no white space. @internal */
export const URL_PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+(?:[/?#]\\S*)?$";

/** The JSON Schema dialect of every document. @internal */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

type Json = Record<string, unknown>;

/**
 * The shared schemas that get a name in `$defs` (the rest is written inline). Record schemas are named after
 * their kind in the dataset document.
 */
const SHARED_NAMES: readonly (readonly [z.core.$ZodType, string])[] = [
  [PartialDateSchema, "PartialDate"],
  [PeriodSchema, "Period"],
  [UrlSchema, "Url"],
  [CitationSchema, "Citation"],
  [IdentifierSchema, "Identifier"],
  [CoordinatesSchema, "Coordinates"],
  [SubdivisionCodeSchema, "SubdivisionCode"],
  [QuantitySchema, "Quantity"],
  [MeasureSchema, "Measure"],
  [MoneySchema, "Money"],
  [MoneyAmountSchema, "MoneyAmount"],
  [EventCategorySchema, "EventCategory"],
  [EventContextSchema, "EventContext"],
  [CameoCodeSchema, "CameoCode"],
  [QuadClassSchema, "QuadClass"],
  [EventLocationSchema, "EventLocation"],
  [ActorLocationSchema, "ActorLocation"],
  [CasualtiesSchema, "Casualties"],
  [FeedCodingSchema, "FeedCoding"],
  [SanctionProgramSchema, "SanctionProgram"],
  [ShareSchema, "Share"],
];

/** A metadata registry that reads zod's global one and adds the `id`s that name `$defs`. */
class NamingRegistry extends z.core.$ZodRegistry<Record<string, unknown>> {
  readonly #names = new Map<z.core.$ZodType, string>();

  name(schema: z.core.$ZodType, id: string): void {
    this.#names.set(schema, id);
  }

  override get(schema: z.core.$ZodType): Record<string, unknown> | undefined {
    const meta = z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
    const id = this.#names.get(schema);
    if (id === undefined) {
      if (meta === undefined || !("id" in meta)) return meta;
      // An id set with `.meta({ id })` elsewhere would clash across documents: leave it out.
      const { id: _dropped, ...rest } = meta;
      return rest;
    }
    return { ...meta, id };
  }
}

function checksOf(schema: z.core.$ZodType): readonly unknown[] {
  return (schema._zod.def as { checks?: readonly unknown[] }).checks ?? [];
}

function firstCheck(schema: z.core.$ZodType): unknown {
  return checksOf(schema)[0];
}

function innerOf(schema: z.core.$ZodType): z.core.$ZodType {
  return (schema._zod.def as { innerType?: z.core.$ZodType }).innerType ?? schema;
}

/** Everything the generator knows about the registry and the built-in schemas, read once per call. */
interface Rules {
  readonly bySchema: ReadonlyMap<z.core.$ZodType, (json: Json) => void>;
  readonly byCheck: ReadonlyMap<unknown, (json: Json) => void>;
}

function replace(json: Json, replacement: Json): void {
  for (const key of Object.keys(json)) if (key !== "description" && key !== "$ref") delete json[key];
  Object.assign(json, replacement);
}

function buildRules(): Rules {
  const registry = runtimeRegistry();
  const categories = [...registry.categories.keys()];
  const allModes = [
    ...new Set([...registry.categories.values()].flatMap((entry) => [...entry.modes])),
  ].sort();
  const contexts = [...registry.contexts];
  const subdivisions = iso31662.map((entry) => entry.code).sort();
  const modeSchema = innerOf(EventSchema.shape.mode);

  const bySchema = new Map<z.core.$ZodType, (json: Json) => void>([
    [PartialDateSchema, (json) => replace(json, { type: "string", pattern: PARTIAL_DATE_PATTERN })],
    [EventCategorySchema, (json) => replace(json, { type: "string", enum: categories })],
    [EventContextSchema, (json) => replace(json, { type: "string", enum: contexts })],
    [modeSchema, (json) => replace(json, { type: "string", enum: allModes })],
    [
      SubdivisionCodeSchema,
      (json) =>
        replace(json, { description: "ISO 3166-2 subdivision code", type: "string", enum: subdivisions }),
    ],
    // zod parses URLs as browsers do (WHATWG), which no JSON Schema format matches: "uri" (RFC 3986) refuses
    // internationalised URLs, and "iri" is not in ajv-formats. A pattern approximates it instead.
    [UrlSchema, (json) => replace(json, { type: "string", pattern: URL_PATTERN })],
    [DatasetHeaderSchema.shape.format, (json) => replace(json, { type: "string", const: DATASET_FORMAT })],
    [
      DatasetHeaderSchema.shape.version,
      (json) => replace(json, { type: "string", enum: [...SUPPORTED_VERSIONS] }),
    ],
  ]);

  // Rules of `.check()` refinements that JSON Schema can state. They are found by the check itself, so that a
  // schema extended with `.safeExtend()` (which keeps the checks) keeps them too.
  const modesByCategory = [...registry.categories].map(([category, entry]) =>
    ifThen(
      { properties: { category: { const: category } }, required: ["category"] },
      {
        properties: { mode: entry.modes.size === 0 ? false : { enum: [...entry.modes] } },
      },
    ),
  );
  const byCheck = new Map<unknown, (json: Json) => void>([
    [
      firstCheck(EventSchema),
      (json) => {
        json.allOf = [...((json.allOf as unknown[] | undefined) ?? []), ...modesByCategory];
        // An event has a category, or a CAMEO code when PLOVER has none for it; a mode needs a category.
        json.anyOf = [{ required: ["category"] }, { required: ["cameo"] }];
        json.dependentRequired = { endDate: ["date"], mode: ["category"] };
      },
    ],
    [firstCheck(CitationSchema), (json) => requireOneOf(json, ["source", "url"])],
    [firstCheck(SourceSchema), (json) => requireOneOf(json, ["title", "url", "publisher"])],
    [firstCheck(SanctionProgramSchema), (json) => requireOneOf(json, ["key", "name"])],
    [
      firstCheck(ShareSchema),
      (json) => {
        json.oneOf = [
          { required: ["exact"] },
          { anyOf: [{ required: ["min"] }, { required: ["max"] }] },
          { required: ["unknown"] },
        ];
      },
    ],
    [firstCheck(ClaimSchema), (json) => requireOneOf(json, ["text", "summary"])],
  ]);
  return { bySchema, byCheck };
}

/** A JSON Schema `if`/`then` pair. */
function ifThen(condition: Json, consequence: Json): Json {
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, in a plain JSON object
  return { if: condition, then: consequence };
}

function requireOneOf(json: Json, fields: readonly string[]): void {
  json.anyOf = fields.map((field) => ({ required: [field] }));
}

/**
 * Whether a tuple schema is a dyad (two references that must differ): it is one when parsing two equal ids
 * fails with `same_party`. Tried rather than recognised, so that an extension's `dyadSchema(...)` counts too.
 */
function isDyad(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; items?: readonly z.core.$ZodType[]; rest?: unknown };
  if (def.type !== "tuple" || def.items?.length !== 2 || def.rest) return false;
  const kinds =
    def.items[0] === undefined ? undefined : referenceRegistry.get(def.items[0] as z.ZodType)?.kinds;
  if (kinds === undefined || checksOf(schema).length === 0) return false;
  const id = `${kinds[0] === "*" ? "x" : kinds[0]}:same`;
  const result = z.safeParse(schema, [id, id]);
  return (
    !result.success &&
    result.error.issues.some(
      (issue) => (issue as { params?: { code?: unknown } }).params?.code === "same_party",
    )
  );
}

function override(rules: Rules, records: ReadonlyMap<z.core.$ZodType, readonly string[]>) {
  return (ctx: { zodSchema: z.core.$ZodType; jsonSchema: Json }) => {
    const { zodSchema: schema, jsonSchema: json } = ctx;
    rules.bySchema.get(schema)?.(json);
    // A copy made by `.meta()` (a field's description) has its parent's checks: the parent states them.
    const parent = schema._zod.parent;
    const inherited = parent === undefined ? [] : checksOf(parent);
    for (const check of checksOf(schema)) if (!inherited.includes(check)) rules.byCheck.get(check)?.(json);
    if (isDyad(schema)) json.uniqueItems = true;
    const kinds = records.get(schema);
    if (kinds !== undefined) {
      // A union discriminated on `kind`: if/then on the kind gives each record the errors of its own schema
      // only (`oneOf` would report those of every kind), and an unknown kind fails the `enum`.
      const options = (json.oneOf ?? json.anyOf) as Json[];
      replace(json, {
        type: "object",
        required: ["kind"],
        properties: { kind: { enum: [...kinds] } },
        allOf: kinds.map((kind, index) =>
          ifThen({ properties: { kind: { const: kind } }, required: ["kind"] }, options[index] ?? {}),
        ),
      });
    }
  };
}

function generate(
  schema: z.core.$ZodType,
  names: NamingRegistry,
  rules: Rules,
  unions: ReadonlyMap<z.core.$ZodType, readonly string[]>,
): JsonSchema {
  return z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    metadata: names,
    override: override(rules, unions),
  }) as JsonSchema;
}

let builtInModel: AnyModel | undefined;

/**
 * The JSON Schemas (draft 2020-12) of a model, generated from its zod schemas: `dataset` for a whole dataset
 * file, and one per record kind (`event`, `country`, ... and the model's own kinds). Without a model, those of
 * the built-in records; they are the files shipped under `bilateral/schema/<name>.schema.json`.
 *
 * The schemas are as exact as JSON Schema can be: event categories, modes (per category) and contexts are
 * enumerations of those registered when this runs, partial dates a pattern exact to the calendar, codes
 * (countries, currencies, subdivisions, CAMEO) enumerations. What JSON Schema cannot state (references,
 * unique ids, time order, ...) is listed in docs/json-schema.md: validate with `safeParseDataset` for those.
 *
 * @category JSON Schema
 * @example
 * ```ts
 * import { toJsonSchemas } from "bilateral";
 * const schemas = toJsonSchemas();
 * Object.keys(schemas).length; //=> 22 (the dataset and 21 record kinds)
 * schemas.country.required; //=> ["id", "kind", "name", "code"]
 * ```
 */
export function toJsonSchemas(): JsonSchemas<"dataset" | RecordKind>;
export function toJsonSchemas<M extends AnyModel>(model: M): JsonSchemas<"dataset" | ModelKind<M>>;
export function toJsonSchemas(model?: AnyModel): JsonSchemas<string> {
  builtInModel ??= defineModel({ records: RECORD_SCHEMAS });
  const { schemas } = model ?? builtInModel;
  const kinds = Object.keys(schemas);
  const rules = buildRules();
  const out: Record<string, JsonSchema> = {};

  const datasetNames = new NamingRegistry();
  for (const [schema, name] of SHARED_NAMES) datasetNames.name(schema, name);
  const options = kinds.map((kind) => schemas[kind] as z.core.$ZodType);
  for (const [index, kind] of kinds.entries()) datasetNames.name(options[index] as z.core.$ZodType, kind);
  const union = z.discriminatedUnion(
    "kind",
    options as unknown as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
  );
  const dataset = z.strictObject({ ...DatasetHeaderSchema.shape, records: z.array(union) });
  out.dataset = {
    $schema: JSON_SCHEMA_DIALECT,
    title: "bilateral dataset",
    description: `A bilateral dataset (format "${DATASET_FORMAT}", version ${SUPPORTED_VERSIONS.join(" or ")}): a header and a list of records, each discriminated by its kind.`,
    ...tidy(generate(dataset, datasetNames, rules, new Map([[union, kinds]])), kinds),
  };

  for (const kind of kinds) {
    const names = new NamingRegistry();
    for (const [schema, name] of SHARED_NAMES) names.name(schema, name);
    out[kind] = {
      $schema: JSON_SCHEMA_DIALECT,
      title: `bilateral ${kind} record`,
      ...tidy(generate(schemas[kind] as z.core.$ZodType, names, rules, new Map())),
    };
  }
  return out;
}

/** Drops the dialect (set first by the caller) and orders `$defs`: record kinds first, then by name. */
function tidy(schema: JsonSchema, kinds: readonly string[] = []): JsonSchema {
  const { $schema: _dialect, $defs, ...rest } = schema;
  if ($defs === undefined) return rest;
  const names = Object.keys($defs);
  const ordered = [
    ...kinds.filter((kind) => names.includes(kind)),
    ...names.filter((name) => !kinds.includes(name)).sort(),
  ];
  return { ...rest, $defs: Object.fromEntries(ordered.map((name) => [name, $defs[name] as JsonSchema])) };
}

/**
 * Formats a JSON Schema document as the shipped files are written: two-space indentation, lists of plain
 * values (enumerations, `required`) on one line, and a final newline.
 * @internal
 */
export function formatJsonSchema(schema: JsonSchema): string {
  return `${format(schema, "")}\n`;
}

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== "object")) {
      return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((item) => `${inner}${format(item, inner)}`).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}
