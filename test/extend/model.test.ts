import {
  BilateralValidationError,
  createIndex,
  defineModel,
  EventSchema,
  entityShape,
  findEvents,
  RECORD_SCHEMAS,
  ref,
  safeParseDataset,
} from "bilateral";
import { seedStoryInput } from "bilateral/example";
import { describe, expect, test } from "vitest";
import { z } from "zod";

const VesselSchema = z.strictObject({
  ...entityShape("vessel"),
  imo: z.string().regex(/^\d{7}$/),
  flag: ref("country").optional(),
});

const model = defineModel({
  records: {
    ...RECORD_SCHEMAS,
    event: EventSchema.safeExtend({
      vessels: z.array(ref("vessel")).optional(),
      severity: z.number().optional(),
    }),
    vessel: VesselSchema,
  },
});

const header = { format: "bilateral", version: "1.0" } as const;
const pakistan = { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" } as const;
const vessel = {
  id: "vessel:1234567",
  kind: "vessel",
  name: "Example Star",
  imo: "1234567",
  flag: "country:PAK",
};
const seizure = {
  id: "event:seizure",
  kind: "event",
  category: "COERCE",
  mode: "seize",
  actors: ["country:PAK"],
  vessels: ["vessel:1234567"],
  severity: 2,
};

describe("defineModel", () => {
  test("the model of the built-in schemas validates as safeParseDataset does", () => {
    const builtIn = defineModel({ records: RECORD_SCHEMAS });
    expect(builtIn.kinds).toEqual(Object.keys(RECORD_SCHEMAS));
    expect(builtIn.safeParseDataset(seedStoryInput)).toEqual(safeParseDataset(seedStoryInput));
    const broken = { ...seedStoryInput, records: [...seedStoryInput.records, { id: "x:1", kind: "vessel" }] };
    expect(builtIn.safeParseDataset(broken).issues).toEqual(safeParseDataset(broken).issues);
  });

  test("a dataset with a new kind and extended events parses, nothing dropped", () => {
    const input = { ...header, records: [pakistan, vessel, seizure] };
    const dataset = model.parseDataset(input);
    expect(dataset).toEqual(input);
    const event = dataset.records.find((record) => record.kind === "event");
    expect(event?.kind === "event" ? event.vessels : undefined).toEqual(["vessel:1234567"]);
  });

  test("references to the new kind are followed: unresolved, wrong kind, and from the new kind", () => {
    const result = model.safeParseDataset({
      ...header,
      records: [
        pakistan,
        { ...vessel, flag: "country:IRN" },
        { ...seizure, vessels: ["vessel:1234567", "country:PAK", "vessel:7654321"] },
      ],
    });
    expect(result.issues.map((issue) => [issue.code, issue.path.join("/")])).toEqual([
      ["unresolved_reference", "records/1/flag"],
      ["wrong_reference_kind", "records/2/vessels/1"],
      ["unresolved_reference", "records/2/vessels/2"],
    ]);
  });

  test("the built-in rules of an extended event still hold (safeExtend keeps checks and strictness)", () => {
    const result = model.safeParseDataset({
      ...header,
      records: [pakistan, vessel, { ...seizure, mode: "visit", endDate: "2025", colour: "red" }],
    });
    expect(result.issues.map((issue) => issue.code).sort()).toEqual([
      "missing_field", // endDate without date
      "mode_category_mismatch",
      "unknown_field",
    ]);
  });

  test("a spread of .shape drops the checks: the guide says to use safeExtend for such schemas", () => {
    const spread = z.strictObject({ ...EventSchema.shape, severity: z.number().optional() });
    const input = {
      id: "event:x",
      kind: "event",
      category: "CONSULT",
      mode: "riot",
      actors: ["country:PAK"],
    };
    expect(spread.safeParse(input).success).toBe(true);
    expect(EventSchema.safeExtend({ severity: z.number().optional() }).safeParse(input).success).toBe(false);
  });

  test("a kind the model does not define is unknown_kind, naming the model's kinds", () => {
    const small = defineModel({ records: { country: RECORD_SCHEMAS.country, vessel: VesselSchema } });
    const result = small.safeParseDataset({ ...header, records: [pakistan, { ...seizure }] });
    expect(result.issues).toEqual([
      {
        code: "unknown_kind",
        message: '"event" is not a record kind (one of country, vessel, or one an extension defines)',
        path: ["records", 1, "kind"],
        recordId: "event:seizure",
      },
    ]);
  });

  test("safeParseRecord dispatches on kind and never throws", () => {
    expect(model.safeParseRecord(vessel)).toEqual({ success: true, data: vessel, issues: [], warnings: [] });
    expect(model.safeParseRecord({ ...vessel, imo: "12" }).issues.map((issue) => issue.code)).toEqual([
      "invalid_format",
    ]);
    expect(model.safeParseRecord({ id: "ship:1", kind: "ship" }).issues).toEqual([
      {
        code: "unknown_kind",
        message: expect.stringMatching(
          /^"ship" is not a record kind of this model \(one of source, .*, vessel\)$/,
        ),
        path: ["kind"],
        recordId: "ship:1",
      },
    ]);
    expect(model.safeParseRecord({ id: "x:1" }).issues[0]?.code).toBe("missing_field");
    expect(model.safeParseRecord(null).issues[0]?.code).toBe("invalid_type");
    expect(model.safeParseRecord([vessel]).issues[0]?.code).toBe("invalid_type");
  });

  test("parseRecord and parseDataset throw a BilateralValidationError carrying the issues", () => {
    expect(model.parseRecord(vessel)).toEqual(vessel);
    expect(() => model.parseRecord({ ...vessel, kind: "ship" })).toThrow(BilateralValidationError);
    expect(() => model.parseDataset({ ...header, records: [seizure] })).toThrow(/unresolved/);
  });

  test("RecordSchema is a union discriminated on kind", () => {
    expect(model.RecordSchema.parse(vessel)).toEqual(vessel);
    expect(model.RecordSchema.safeParse({ ...vessel, kind: "ship" }).success).toBe(false);
    expect(model.RecordSchema.safeParse({ ...vessel, imo: 1234567 }).success).toBe(false);
  });

  test("DatasetSchema checks shapes, then unique ids and references, with bilateral codes in params", () => {
    const input = { ...header, records: [pakistan, vessel, seizure] };
    expect(model.DatasetSchema.parse(input)).toEqual(input);
    const result = model.DatasetSchema.safeParse({
      ...header,
      records: [
        pakistan,
        pakistan,
        vessel,
        { ...seizure, actors: ["vessel:1234567"], vessels: ["vessel:0000000"] },
      ],
    });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => [
        (issue as { params?: { code?: string } }).params?.code,
        issue.path.join("/"),
      ]),
    ).toEqual([
      ["duplicate_id", "records/1/id"],
      ["wrong_reference_kind", "records/3/actors/0"],
      ["unresolved_reference", "records/3/vessels/0"],
    ]);
    // A shape error stops there: the dataset rules need well-formed records.
    const shape = model.DatasetSchema.safeParse({ ...header, records: [{ ...vessel, imo: 1 }, seizure] });
    expect(shape.error?.issues.map((issue) => issue.code)).toEqual(["invalid_type"]);
  });

  test("createChecker checks a stream record by record with the model's kinds", () => {
    const checker = model.createChecker();
    expect(checker.checkHeader(header).issues).toEqual([]);
    expect(checker.checkRecord(seizure, ["records", 0]).issues).toEqual([]);
    expect(checker.checkRecord(vessel, ["records", 1]).issues).toEqual([]);
    expect(
      checker.checkRecord({ ...vessel, id: "vessel:2", flag: "vessel:1234567" }, ["records", 2]).issues,
    ).toEqual([
      {
        code: "wrong_reference_kind",
        message: '"vessel:1234567" is a vessel, but this field takes a country',
        path: ["records", 2, "flag"],
        recordId: "vessel:2",
      },
    ]);
    expect(checker.finish().map((issue) => issue.path.join("/"))).toEqual([
      "records/0/actors/0",
      "records/1/flag",
    ]);
  });

  test("queries take the model's records: a new kind is found by id and kind, and as a party of events", () => {
    const actors = defineModel({
      records: {
        ...RECORD_SCHEMAS,
        event: EventSchema.safeExtend({
          actors: z.array(ref("country", "organization", "person", "vessel")),
        }),
        vessel: VesselSchema,
      },
    });
    const { vessels: _vessels, severity: _severity, ...plain } = seizure;
    const event = { ...plain, actors: [vessel.id], recipients: [pakistan.id] };
    const index = createIndex(actors.parseDataset({ ...header, records: [pakistan, vessel, event] }));
    expect(index.get(vessel.id, "vessel").imo).toBe("1234567");
    expect(index.ofKind("vessel").map((record) => record.name)).toEqual(["Example Star"]);
    expect(findEvents(index, { actor: vessel.id }).map((event) => event.id)).toEqual(["event:seizure"]);
    expect(findEvents(index, { between: [vessel.id, pakistan.id] }).map((event) => event.id)).toEqual([
      "event:seizure",
    ]);
  });

  test("the model and its kinds are frozen", () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.kinds)).toBe(true);
    expect(model.kinds.at(-1)).toBe("vessel");
  });
});

describe("defineModel refuses malformed definitions with a clear error", () => {
  test("no kinds", () => {
    expect(() => defineModel({ records: {} })).toThrow("defineModel: a model needs at least one record kind");
  });

  test("a kind whose schema has another kind literal", () => {
    // @ts-expect-error the schema's kind is "vessel", not "ship"
    expect(() => defineModel({ records: { ship: VesselSchema } })).toThrow(
      'defineModel: the schema of the kind "ship" must have kind: z.literal("ship") (spread recordShape("ship") or entityShape("ship") into it), got "vessel"',
    );
  });

  test("a schema without a kind literal", () => {
    const loose = z.strictObject({ id: z.string(), kind: z.string() });
    // @ts-expect-error kind must be the literal "loose"
    expect(() => defineModel({ records: { loose } })).toThrow(/got no kind literal/);
  });

  test("a kind named dataset, or not a lower-case name", () => {
    const dataset = z.strictObject({ id: z.string(), kind: z.literal("dataset") });
    // @ts-expect-error "dataset" is reserved
    expect(() => defineModel({ records: { dataset } })).toThrow(/"dataset" cannot be a record kind/);
    const upper = z.strictObject({ id: z.string(), kind: z.literal("Vessel") });
    expect(() => defineModel({ records: { Vessel: upper } })).toThrow(/"Vessel" cannot be a record kind/);
  });

  test("something that is not a zod schema", () => {
    // @ts-expect-error not a schema
    expect(() => defineModel({ records: { vessel: { kind: "vessel" } } })).toThrow(/is not a zod schema/);
  });
});
