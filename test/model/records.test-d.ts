import type {
  DatasetInput,
  DatasetRecord,
  DatasetRecordInput,
  EventInput,
  EventRecord,
  RecordInputTypes,
  RecordKind,
  RecordOfKind,
  RecordSchemas,
  RecordTypes,
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
