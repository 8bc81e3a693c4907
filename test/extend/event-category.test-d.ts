// CYBER ("intrusion" | "ddos") and the maritime context are declared by declaration merging in the guide's
// example (test/fixtures/extend/guide-example.ts), which is part of this program.
import {
  type CategorizedEvent,
  defineEventCategory,
  defineEventContext,
  type EventCategory,
  type EventCategoryDefinition,
  type EventContext,
  type EventMode,
  type EventRecord,
  isEventOfCategory,
  PLOVER_MODES,
} from "bilateral";
import { describe, expectTypeOf, test } from "vitest";

describe("declared categories and contexts reach every type", () => {
  test("EventCategory, EventMode and EventContext include them", () => {
    expectTypeOf<"CYBER">().toExtend<EventCategory>();
    expectTypeOf<EventMode<"CYBER">>().toEqualTypeOf<"intrusion" | "ddos">();
    expectTypeOf<"ddos">().toExtend<EventMode>();
    expectTypeOf<"maritime">().toExtend<EventContext>();
    expectTypeOf<EventRecord["category"]>().toEqualTypeOf<EventCategory | undefined>();
    expectTypeOf<EventMode<"CONSULT">>().toEqualTypeOf<"visit" | "third-party" | "multilateral" | "phone">();
    expectTypeOf<EventMode<"AGREE">>().toBeNever();
  });

  test("defineEventCategory returns the category with its modes typed", () => {
    const cyber = defineEventCategory("CYBER", { modes: ["intrusion", "ddos"], quadClass: 4 });
    expectTypeOf(cyber).toEqualTypeOf<EventCategoryDefinition<"CYBER">>();
    expectTypeOf(cyber.modes).toEqualTypeOf<readonly ("intrusion" | "ddos")[]>();
    expectTypeOf(
      defineEventCategory("CONSULT", { modes: PLOVER_MODES.CONSULT }).category,
    ).toEqualTypeOf<"CONSULT">();
    expectTypeOf(defineEventCategory("AGREE", { modes: [] }).modes).toEqualTypeOf<readonly never[]>();
    expectTypeOf(defineEventContext("maritime")).toEqualTypeOf<"maritime">();
  });
});

describe("what must not compile", () => {
  test("a category or a context that is not declared", () => {
    // @ts-expect-error "CYBR" is not declared in EventCategories
    defineEventCategory("CYBR", { modes: [] });
    // @ts-expect-error "maritim" is not declared in EventContexts
    defineEventContext("maritim");
  });

  test("modes other than the declared ones: missing, extra, of another category", () => {
    // @ts-expect-error "ddos" is missing
    defineEventCategory("CYBER", { modes: ["intrusion"] });
    // @ts-expect-error "defacement" is not declared
    defineEventCategory("CYBER", { modes: ["intrusion", "ddos", "defacement"] });
    // @ts-expect-error "visit" is a mode of CONSULT
    defineEventCategory("CYBER", { modes: ["intrusion", "ddos", "visit"] });
    // @ts-expect-error a PLOVER category's modes cannot change either
    defineEventCategory("CONSULT", { modes: ["visit", "third-party", "multilateral"] });
    // @ts-expect-error 0 is not a quad class
    defineEventCategory("CYBER", { modes: ["intrusion", "ddos"], quadClass: 0 });
    // @ts-expect-error modes is a list
    defineEventCategory("CYBER", { modes: "intrusion" });
  });

  test("an event whose mode belongs to another category", () => {
    const base = { id: "event:x", kind: "event" as const, actors: ["country:IRN"] };
    const ok: CategorizedEvent = { ...base, category: "CYBER", mode: "ddos" };
    const none: CategorizedEvent = { ...base, category: "AGREE" };
    // @ts-expect-error "riot" is a mode of PROTEST, not of CONSULT
    const riot: CategorizedEvent = { ...base, category: "CONSULT", mode: "riot" };
    // @ts-expect-error "visit" is not a mode of CYBER
    const visit: CategorizedEvent = { ...base, category: "CYBER", mode: "visit" };
    // @ts-expect-error AGREE has no modes
    const agree: CategorizedEvent = { ...base, category: "AGREE", mode: "visit" };
    expectTypeOf([ok, none, riot, visit, agree]).items.toExtend<EventRecord>();
    expectTypeOf<CategorizedEvent>().not.toBeAny();
  });

  test("isEventOfCategory narrows the mode to the category's", () => {
    const event = {} as EventRecord;
    if (isEventOfCategory(event, "CYBER")) {
      expectTypeOf(event.mode).toEqualTypeOf<"intrusion" | "ddos" | undefined>();
      // @ts-expect-error "visit" is not a mode of CYBER
      if (event.mode === "visit") expectTypeOf(event.mode).toBeNever();
    }
    // @ts-expect-error "CYBR" is not a category
    isEventOfCategory(event, "CYBR");
  });
});
