import type {
  Association,
  DatasetInput,
  DatasetRecord,
  DatasetRecordInput,
  EventInput,
  EventRecord,
  Identification,
  Ownership,
  OwnershipInput,
  Payment,
  Person,
  RecordInputTypes,
  RecordKind,
  RecordOfKind,
  RecordSchemas,
  RecordTypes,
  Share,
} from "bilateral";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";

type Inferred = { [Kind in RecordKind]: z.output<RecordSchemas[Kind]> };

describe("record types", () => {
  it("name every built-in kind, each equal to what its schema infers", () => {
    expectTypeOf<keyof RecordTypes>().toEqualTypeOf<RecordKind>();
    expectTypeOf<RecordTypes["event"]>().toEqualTypeOf<Inferred["event"]>();
    expectTypeOf<RecordTypes["sanction"]>().toEqualTypeOf<Inferred["sanction"]>();
    expectTypeOf<RecordTypes["trade-flow"]>().toEqualTypeOf<Inferred["trade-flow"]>();
    expectTypeOf<RecordTypes["person"]>().toEqualTypeOf<Inferred["person"]>();
    expectTypeOf<RecordTypes["relationship"]>().toEqualTypeOf<Inferred["relationship"]>();
    expectTypeOf<RecordOfKind<"event">>().toEqualTypeOf<EventRecord>();
    expectTypeOf<Extract<DatasetRecord, { kind: "event" }>>().toEqualTypeOf<EventRecord>();
  });

  it("name the links between entities, each equal to what its schema infers", () => {
    expectTypeOf<RecordTypes["ownership"]>().toEqualTypeOf<Ownership>();
    expectTypeOf<RecordTypes["ownership"]>().toEqualTypeOf<Inferred["ownership"]>();
    expectTypeOf<RecordTypes["payment"]>().toEqualTypeOf<Payment>();
    expectTypeOf<RecordTypes["association"]>().toEqualTypeOf<Association>();
    for (const kind of ["directorship", "employment", "membership", "representation", "family"] as const) {
      expectTypeOf<RecordTypes[typeof kind]>().toEqualTypeOf<Inferred[typeof kind]>();
    }
    expectTypeOf<Extract<DatasetRecord, { kind: "ownership" }>>().toEqualTypeOf<Ownership>();
    expectTypeOf<Ownership["share"]>().toEqualTypeOf<Share>();
    expectTypeOf<Ownership["owner"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Person["identifications"]>[number]>().toEqualTypeOf<Identification>();
    expectTypeOf<Identification["type"]>().toEqualTypeOf<"passport" | "national-id" | "other">();
  });

  it("a share is one of exact, a range or unknown", () => {
    const exact: Share = { exact: 51 };
    const range: Share = { min: 25, max: 50, stated: "25-50%" };
    const unknown: Share = { unknown: true };
    // @ts-expect-error an exact share is a number
    const text: Share = { exact: "51%" };
    // @ts-expect-error unknown is only ever true
    const known: Share = { unknown: false };
    const stake: OwnershipInput = {
      id: "ownership:x",
      kind: "ownership",
      owner: "person:a",
      asset: "org:b",
      share: range,
    };
    // @ts-expect-error a share is required
    const none: OwnershipInput = { id: "ownership:y", kind: "ownership", owner: "person:a", asset: "org:b" };
    expectTypeOf([exact, unknown, text, known, stake, none]).toBeArray();
  });
});

describe("input types", () => {
  it("check an event's category, mode and contexts", () => {
    const ok: EventInput = {
      id: "event:x",
      kind: "event",
      category: "CONSULT",
      mode: "visit",
      contexts: ["diplomatic"],
      actors: ["country:IRN"],
    };
    expectTypeOf(ok.category).toEqualTypeOf<EventInput["category"]>();
    // @ts-expect-error not an event category
    const category: EventInput = { id: "event:x", kind: "event", category: "CONSULTS", actors: [] };
    // @ts-expect-error not a mode of any category
    const mode: EventInput = { id: "event:x", kind: "event", category: "CONSULT", mode: "vist", actors: [] };
    const context: EventInput = {
      id: "event:x",
      kind: "event",
      category: "AGREE",
      // @ts-expect-error not an event context
      contexts: ["diplomacy"],
      actors: [],
    };
    expectTypeOf([category, mode, context]).toBeArray();
  });
});

describe("input types", () => {
  type InferredInput = { [Kind in RecordKind]: z.input<RecordSchemas[Kind]> };

  it("name every kind's input, each equal to what its schema takes", () => {
    expectTypeOf<keyof RecordInputTypes>().toEqualTypeOf<RecordKind>();
    expectTypeOf<RecordInputTypes["sanction"]>().toEqualTypeOf<InferredInput["sanction"]>();
    expectTypeOf<DatasetRecordInput>().toEqualTypeOf<RecordInputTypes[RecordKind]>();
  });

  it("check a dataset literal's records when compiled", () => {
    const ok: DatasetInput = {
      format: "bilateral",
      version: "1.0",
      records: [
        { id: "event:v", kind: "event", category: "CONSULT", mode: "visit", actors: ["country:IRN"] },
      ],
    };
    expectTypeOf(ok.records).items.toEqualTypeOf<DatasetRecordInput>();
    const bad: DatasetInput = {
      format: "bilateral",
      version: "1.0",
      // @ts-expect-error: not a PLOVER category
      records: [{ id: "event:v", kind: "event", category: "CONSULTS", actors: ["country:IRN"] }],
    };
    expectTypeOf(bad).toEqualTypeOf<DatasetInput>();
  });
});
