import {
  defineModel,
  dyadSchema,
  EventSchema,
  entityShape,
  RECORD_SCHEMAS,
  recordShape,
  ref,
  toJsonSchemas,
} from "bilateral";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { createAjv } from "./ajv.js";

const VesselSchema = z.strictObject({ ...entityShape("vessel"), imo: z.string().regex(/^\d{7}$/) });
const EscortSchema = z.strictObject({
  ...recordShape("escort"),
  vessels: dyadSchema("vessel"),
  period: z.string().optional(),
});
const model = defineModel({
  records: {
    ...RECORD_SCHEMAS,
    event: EventSchema.safeExtend({ vessels: z.array(ref("vessel")).optional() }),
    vessel: VesselSchema,
    escort: EscortSchema,
  },
});

describe("toJsonSchemas(model)", () => {
  const schemas = toJsonSchemas(model);
  const ajv = createAjv();

  test("has the dataset, the built-in kinds and the model's own", () => {
    expect(Object.keys(schemas)).toEqual(["dataset", ...model.kinds]);
    expect(schemas.dataset.$defs?.vessel?.properties?.imo).toEqual({ type: "string", pattern: "^\\d{7}$" });
    expect(Object.keys(schemas.dataset.$defs ?? {}).slice(0, model.kinds.length)).toEqual(model.kinds);
  });

  test("an extended event keeps the event rules (safeExtend keeps the checks they come from)", () => {
    const validate = ajv.compile(schemas.event);
    const event = {
      id: "event:x",
      kind: "event",
      category: "COERCE",
      mode: "seize",
      actors: ["country:IRN"],
      vessels: ["vessel:1"],
    };
    expect(validate(event)).toBe(true);
    expect(validate({ ...event, mode: "visit" })).toBe(false);
    expect(validate({ ...event, endDate: "2025" })).toBe(false);
    expect(validate({ ...event, colour: "red" })).toBe(false);
  });

  test("a dyad of an extension gets uniqueItems too", () => {
    const validate = ajv.compile(schemas.escort);
    expect(validate({ id: "escort:1", kind: "escort", vessels: ["vessel:1", "vessel:2"] })).toBe(true);
    expect(validate({ id: "escort:1", kind: "escort", vessels: ["vessel:1", "vessel:1"] })).toBe(false);
    // A plain pair of strings is no dyad.
    const pair = z.strictObject({ ...recordShape("pair"), values: z.tuple([z.string(), z.string()]) });
    const pairs = toJsonSchemas(defineModel({ records: { pair } }));
    expect(pairs.pair.properties?.values).not.toHaveProperty("uniqueItems");
  });

  test("the dataset schema rejects an unknown kind and checks each record against its kind", () => {
    const validate = ajv.compile(schemas.dataset);
    const header = { format: "bilateral", version: "1.0" };
    expect(
      validate({ ...header, records: [{ id: "vessel:1", kind: "vessel", name: "A", imo: "1234567" }] }),
    ).toBe(true);
    expect(
      validate({ ...header, records: [{ id: "vessel:1", kind: "vessel", name: "A", imo: "123" }] }),
    ).toBe(false);
    expect(validate({ ...header, records: [{ id: "ship:1", kind: "ship" }] })).toBe(false);
    expect(validate({ ...header, records: [{ id: "vessel:1", name: "A", imo: "1234567" }] })).toBe(false);
  });

  test("the schemas use no format keyword (no format plugin needed), and name no other id", () => {
    const text = JSON.stringify(schemas);
    expect(text).not.toMatch(/"format":"(?!bilateral)/);
    expect(text).not.toMatch(/"format":\{"type":"string","format"/);
    expect(text).not.toMatch(/"id":"/);
  });

  test("a sanction effect's dyad is unique too", () => {
    const validate = ajv.compile(schemas.sanction);
    const sanction = {
      id: "sanction:x",
      kind: "sanction",
      authority: "country:USA",
      targets: ["country:IRN"],
      statusHistory: [{ status: "imposed" }],
      effects: [{ effect: "constrains-trade", parties: ["country:IRN", "country:PAK"] }],
    };
    expect(validate(sanction)).toBe(true);
    expect(
      validate({
        ...sanction,
        effects: [{ effect: "constrains-trade", parties: ["country:IRN", "country:IRN"] }],
      }),
    ).toBe(false);
  });
});
