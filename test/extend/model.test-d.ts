import {
  type AnyModel,
  type Dataset,
  type DatasetRecord,
  defineModel,
  type EventRecord,
  EventSchema,
  entityShape,
  type ModelDataset,
  type ModelKind,
  type ModelRecord,
  type ModelRecordInput,
  type ParseResult,
  parseDataset,
  RECORD_SCHEMAS,
  type RecordKind,
  ref,
  safeParseDataset,
} from "bilateral";
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";

const VesselSchema = z.strictObject({
  ...entityShape("vessel"),
  imo: z.string(),
  flag: ref("country").optional(),
});
const ExtendedEventSchema = EventSchema.safeExtend({
  vessels: z.array(ref("vessel")).optional(),
  severity: z.number().int().optional(),
});
const model = defineModel({
  records: { ...RECORD_SCHEMAS, event: ExtendedEventSchema, vessel: VesselSchema },
});
type M = typeof model;
type Vessel = ModelRecord<M, "vessel">;
type ExtendedEvent = ModelRecord<M, "event">;

describe("the types of a model carry its records", () => {
  test("kinds: the built-in ones and the new one", () => {
    expectTypeOf<ModelKind<M>>().toEqualTypeOf<RecordKind | "vessel">();
    expectTypeOf(model.kinds).toEqualTypeOf<readonly (RecordKind | "vessel")[]>();
    expectTypeOf(model.schemas.vessel).toEqualTypeOf<typeof VesselSchema>();
  });

  test("a new kind's record has its fields, inferred from its schema", () => {
    expectTypeOf<Vessel>().toEqualTypeOf<z.output<typeof VesselSchema>>();
    expectTypeOf<Vessel["kind"]>().toEqualTypeOf<"vessel">();
    expectTypeOf<Vessel["imo"]>().toEqualTypeOf<string>();
    expectTypeOf<Vessel["flag"]>().toEqualTypeOf<string | undefined>();
  });

  test("an extended record has the built-in fields and the new ones, and is still an EventRecord", () => {
    expectTypeOf<ExtendedEvent["severity"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ExtendedEvent["vessels"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ExtendedEvent["category"]>().toEqualTypeOf<EventRecord["category"]>();
    expectTypeOf<ExtendedEvent>().toExtend<EventRecord>();
  });

  test("records form a union discriminated on kind", () => {
    const record = {} as ModelRecord<M>;
    if (record.kind === "vessel") expectTypeOf(record).toEqualTypeOf<Vessel>();
    if (record.kind === "event") expectTypeOf(record.vessels).toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Extract<ModelRecord<M>, { kind: "country" }>>().toEqualTypeOf<ModelRecord<M, "country">>();
  });

  test("the entry points return the model's records", () => {
    expectTypeOf(model.parseDataset).returns.toEqualTypeOf<Dataset<ModelRecord<M>>>();
    expectTypeOf(model.safeParseDataset).returns.toEqualTypeOf<ParseResult<ModelDataset<M>>>();
    expectTypeOf(model.parseRecord).returns.toEqualTypeOf<ModelRecord<M>>();
    expectTypeOf(model.safeParseRecord).returns.toEqualTypeOf<ParseResult<ModelRecord<M>>>();
    expectTypeOf<z.output<typeof model.RecordSchema>>().toEqualTypeOf<ModelRecord<M>>();
    expectTypeOf<z.input<typeof model.RecordSchema>>().toEqualTypeOf<ModelRecordInput<M>>();
    expectTypeOf<z.output<typeof model.DatasetSchema>>().toEqualTypeOf<ModelDataset<M>>();
    const result = model.safeParseDataset({});
    if (result.success) {
      const vessels = result.data.records.flatMap((record) => (record.kind === "vessel" ? [record.imo] : []));
      expectTypeOf(vessels).toEqualTypeOf<string[]>();
    }
  });

  test("nothing is any, unknown or never", () => {
    expectTypeOf<ModelRecord<M>>().not.toBeAny();
    expectTypeOf<ModelRecord<M>>().not.toBeUnknown();
    expectTypeOf<ModelRecord<M>>().not.toBeNever();
    expectTypeOf<Vessel["imo"]>().not.toBeAny();
    expectTypeOf(model.parseDataset({}).records[0]).not.toBeAny();
    expectTypeOf<z.output<typeof model.DatasetSchema>["records"]>().not.toBeAny();
    expectTypeOf(model).toExtend<AnyModel>();
  });
});

describe("what must not compile", () => {
  test("a field of the wrong type, or a field no schema has", () => {
    const base = { id: "vessel:1", kind: "vessel", name: "Example" } as const;
    // @ts-expect-error imo is a string
    const wrongType: Vessel = { ...base, imo: 1234567 };
    // @ts-expect-error severity is a number
    const wrongSeverity: Partial<ExtendedEvent> = { severity: "high" };
    // @ts-expect-error no such field
    const unknownField: Vessel = { ...base, imo: "1234567", tonnage: 3 };
    expectTypeOf(wrongType).not.toBeAny();
    expectTypeOf(wrongSeverity).not.toBeAny();
    expectTypeOf(unknownField).not.toBeAny();
  });

  test("a kind the model does not have", () => {
    // @ts-expect-error "ship" is not a kind of the model
    expectTypeOf<ModelRecord<M, "ship">>().toBeNever();
    const record = {} as ModelRecord<M>;
    // @ts-expect-error "ship" can never be the kind of a record of the model
    if (record.kind === "ship") expectTypeOf(record).toBeNever();
  });

  test("a schema whose kind is not its key, or that is not a record schema", () => {
    // @ts-expect-error the schema's kind is "vessel"
    defineModel({ records: { ship: VesselSchema } });
    // @ts-expect-error kind must be a literal
    defineModel({ records: { loose: z.strictObject({ id: z.string(), kind: z.string() }) } });
    // @ts-expect-error an id is required
    defineModel({ records: { tag: z.strictObject({ kind: z.literal("tag") }) } });
    // @ts-expect-error "dataset" is reserved for the dataset's own schema
    defineModel({ records: { dataset: z.strictObject({ id: z.string(), kind: z.literal("dataset") }) } });
  });

  test("any, unknown and never schemas", () => {
    // @ts-expect-error unknown output
    defineModel({ records: { x: z.unknown() } });
    // @ts-expect-error any is not a record schema (zod cannot discriminate on it)
    defineModel({ records: { x: z.any() } });
    // @ts-expect-error never is not a record schema either
    defineModel({ records: { x: z.never() } });
    // biome-ignore lint/suspicious/noExplicitAny: the case under test
    const anything: any = RECORD_SCHEMAS;
    // @ts-expect-error records typed any would make every type any
    defineModel({ records: anything });
  });
});

describe("the library's dataset entry points are typed from the schemas passed", () => {
  test("a model's schemas give the model's records, extended kinds included", () => {
    const result = safeParseDataset({}, { schemas: model.schemas });
    if (result.success) {
      expectTypeOf(result.data.records[0]).toEqualTypeOf<ModelRecord<M> | undefined>();
      const vessel = result.data.records.find((record) => record.kind === "vessel");
      if (vessel?.kind === "vessel") expectTypeOf(vessel.imo).toBeString();
    }
    expectTypeOf(parseDataset({}, { schemas: model.schemas }).records).toEqualTypeOf<
      readonly ModelRecord<M>[]
    >();
  });

  test("without schemas, or with the built-in ones, the built-in records", () => {
    expectTypeOf(parseDataset({}).records).toEqualTypeOf<readonly DatasetRecord[]>();
    expectTypeOf(parseDataset({}, {}).records).toEqualTypeOf<readonly DatasetRecord[]>();
    expectTypeOf(parseDataset({}, { schemas: RECORD_SCHEMAS }).records).toEqualTypeOf<
      readonly DatasetRecord[]
    >();
    // @ts-expect-error the record type follows the schemas: no free type parameter to cast with
    parseDataset<{ id: string; kind: "x" }>({});
  });
});
