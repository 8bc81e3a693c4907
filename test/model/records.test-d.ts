import type {
  DatasetRecord,
  Event,
  EventInput,
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
    expectTypeOf<RecordOfKind<"event">>().toEqualTypeOf<Event>();
    expectTypeOf<Extract<DatasetRecord, { kind: "event" }>>().toEqualTypeOf<Event>();
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
