import {
  createIndex,
  datedEntryShape,
  defineModel,
  dyadSchema,
  dyadTimeline,
  historyInEffect,
  historySchema,
  type ModelDataset,
  type ModelRecord,
  RECORD_SCHEMAS,
  RelationshipSchema,
  recordShape,
  recordsBetween,
  recordsNaming,
  ref,
  type Sanction,
  StanceEntrySchema,
  stanceBetween,
} from "bilateral";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";

const CorridorSchema = z.strictObject({
  ...recordShape("corridor"),
  parties: dyadSchema("country"),
  operators: z.array(ref("organization")).optional(),
  statusHistory: historySchema(z.strictObject({ ...datedEntryShape, status: z.enum(["open", "suspended"]) })),
});
const model = defineModel({ records: { ...RECORD_SCHEMAS, corridor: CorridorSchema } });
type Corridor = ModelRecord<typeof model, "corridor">;
declare const dataset: ModelDataset<typeof model>;

describe("indexed-record queries keep a model's types", () => {
  const index = createIndex(dataset, { schemas: model.schemas });

  it("types records by the kind asked for", () => {
    expectTypeOf(recordsBetween(index, "corridor", "country:IRN", "country:PAK")).toEqualTypeOf<Corridor[]>();
    expectTypeOf(recordsNaming(index, "sanction", "country:IRN", { field: "targets" })).toEqualTypeOf<
      Sanction[]
    >();
    // @ts-expect-error: not a kind of the model
    recordsBetween(index, "vessel", "country:IRN", "country:PAK");
  });

  it("keeps the entry type of a history", () => {
    const [corridor] = recordsBetween(index, "corridor", "country:IRN", "country:PAK");
    const entries = historyInEffect(corridor?.statusHistory, { at: "2025" });
    expectTypeOf(entries).items.toHaveProperty("status").toEqualTypeOf<"open" | "suspended">();
  });

  it("gives timeline items of a model's kind its record type", () => {
    const item = dyadTimeline(index, "country:IRN", "country:PAK")[0];
    if (item?.type === "history") {
      expectTypeOf(item.field).toEqualTypeOf<string>();
      expectTypeOf(item.record).toEqualTypeOf<ModelRecord<typeof model>>();
    }
  });
});

describe("query results keep a model's extended history entries", () => {
  const Stance = StanceEntrySchema.safeExtend({ confidence: z.number().min(0).max(1).optional() });
  const Relationship = RelationshipSchema.safeExtend({ stanceHistory: historySchema(Stance).optional() });
  const scored = defineModel({ records: { ...RECORD_SCHEMAS, relationship: Relationship } });
  const index = createIndex({} as ModelDataset<typeof scored>, { schemas: scored.schemas });

  it("in stanceBetween and dyadTimeline", () => {
    const [finding] = stanceBetween(index, "country:IRN", "country:PAK");
    expectTypeOf(finding?.entry?.confidence).toEqualTypeOf<number | undefined>();
    expectTypeOf(finding?.entries[0]?.stance).toEqualTypeOf<
      "allied" | "cooperative" | "neutral" | "strained" | "hostile" | undefined
    >();
    const item = dyadTimeline(index, "country:IRN", "country:PAK")[0];
    if (item?.type === "stance") expectTypeOf(item.entry.confidence).toEqualTypeOf<number | undefined>();
  });
});
