import {
  type ClaimRecord,
  type Country,
  createIndex,
  type Dataset,
  type DatasetRecord,
  dyadTimeline,
  type EventRecord,
  findEvents,
  findStatements,
  type Ownership,
  type Sanction,
  sanctionExposure,
  sanctionsInForce,
  type TimelineItem,
} from "bilateral";
import { describe, expectTypeOf, it } from "vitest";

declare const dataset: Dataset;

describe("query types", () => {
  it("types records by kind", () => {
    const index = createIndex(dataset);
    expectTypeOf(index.get("country:IRN")).toEqualTypeOf<DatasetRecord>();
    expectTypeOf(index.get("country:IRN", "country")).toEqualTypeOf<Country>();
    expectTypeOf(index.find("country:IRN", "country")).toEqualTypeOf<Country | undefined>();
    expectTypeOf(index.ofKind("sanction")).toEqualTypeOf<readonly Sanction[]>();
    expectTypeOf(findEvents(index, {})).toEqualTypeOf<EventRecord[]>();
    expectTypeOf(sanctionsInForce(index)).items.toHaveProperty("sanction").toEqualTypeOf<Sanction>();
    const exposure = sanctionExposure(index, "org:x", { at: "2024", knownAt: "2024" });
    expectTypeOf(exposure.exposed).toEqualTypeOf<boolean>();
    expectTypeOf(exposure.aggregateShare).toEqualTypeOf<{ readonly min: number; readonly max: number }>();
    expectTypeOf(exposure.paths)
      .items.toHaveProperty("steps")
      .items.toHaveProperty("ownership")
      .toEqualTypeOf<Ownership>();
    expectTypeOf(exposure.sanctions).items.toHaveProperty("sanction").toEqualTypeOf<Sanction>();
    // @ts-expect-error: an unknown option
    sanctionExposure(index, "org:x", { attribution: "record" });
    // @ts-expect-error: not a kind of the dataset's records
    index.ofKind("vessel");
    // @ts-expect-error: an unknown option
    findEvents(index, { country: "IRN" });
  });

  it("narrows timeline items by type", () => {
    const item = dyadTimeline(createIndex(dataset), "a:1", "b:2")[0] as TimelineItem<DatasetRecord>;
    if (item.type === "stance")
      expectTypeOf(item.entry.stance).toEqualTypeOf<
        "allied" | "cooperative" | "neutral" | "strained" | "hostile"
      >();
    if (item.type === "event") expectTypeOf(item.record).toEqualTypeOf<EventRecord>();
    if (item.type === "claim") {
      expectTypeOf(item.record).toEqualTypeOf<ClaimRecord>();
      // @ts-expect-error: a claim is no history entry
      item.entry;
    }
  });

  it("types a statement's claim and hedges", () => {
    const [said] = findStatements(createIndex(dataset), { about: ["country:IRN", "country:PAK"] });
    expectTypeOf(said?.claim).toEqualTypeOf<ClaimRecord | undefined>();
    expectTypeOf(said?.hedges).toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error: a dyad is two ids
    findStatements(createIndex(dataset), { about: ["country:IRN"] });
  });

  it("keeps an extended model's own record types", () => {
    type Vessel = { readonly id: string; readonly kind: "vessel"; readonly imo: string };
    type MyEvent = EventRecord & { readonly confidence: number };
    type Mine = Vessel | MyEvent | Country;
    const index = createIndex({} as Dataset<Mine>);
    expectTypeOf(index.ofKind("vessel")).toEqualTypeOf<readonly Vessel[]>();
    expectTypeOf(findEvents(index)).toEqualTypeOf<MyEvent[]>();
    // A kind the model lacks falls back to the built-in record of that kind.
    expectTypeOf(sanctionsInForce(index)).items.toHaveProperty("sanction").toEqualTypeOf<Sanction>();
  });
});
