import type { DatasetRecord, Event, RecordKind, RecordOfKind, RecordSchemas, RecordTypes } from "bilateral";
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
