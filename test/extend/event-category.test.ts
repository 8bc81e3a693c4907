// The CYBER category and the maritime context are declared for the types in the guide's example
// (test/fixtures/extend/guide-example.ts), which is part of this program; this file registers them at run time.
import {
  defineEventCategory,
  defineEventContext,
  EventSchema,
  isEventCategory,
  isEventContext,
  isEventOfCategory,
  PLOVER_MODES,
  registeredEventCategories,
  registeredEventContexts,
  safeParseRecord,
} from "bilateral";
import { describe, expect, test, vi } from "vitest";

const cyberEvent = {
  id: "event:ddos",
  kind: "event",
  category: "CYBER",
  mode: "ddos",
  contexts: ["maritime"],
  actors: ["org:unknown-group"],
};

const codes = (input: unknown) => safeParseRecord(EventSchema, input).issues.map((issue) => issue.code);

describe("defineEventCategory and defineEventContext", () => {
  test("before registration, the category and the context are unknown", () => {
    expect(isEventCategory("CYBER")).toBe(false);
    expect(isEventContext("maritime")).toBe(false);
    expect(codes(cyberEvent)).toEqual(["unknown_category", "unknown_context"]);
  });

  test("after registration, events of the category validate, and its modes are checked", () => {
    const cyber = defineEventCategory("CYBER", { modes: ["intrusion", "ddos"], quadClass: 4 });
    expect(cyber).toEqual({ category: "CYBER", modes: ["intrusion", "ddos"], quadClass: 4 });
    expect(Object.isFrozen(cyber) && Object.isFrozen(cyber.modes)).toBe(true);
    expect(defineEventContext("maritime")).toBe("maritime");
    expect(codes(cyberEvent)).toEqual([]);
    expect(codes({ ...cyberEvent, mode: "visit" })).toEqual(["mode_category_mismatch"]);
    expect(safeParseRecord(EventSchema, { ...cyberEvent, mode: "visit" }).issues[0]?.message).toBe(
      '"visit" is not a mode of CYBER (one of intrusion, ddos)',
    );
    expect(isEventCategory("CYBER")).toBe(true);
    expect(isEventContext("maritime")).toBe(true);
    expect(registeredEventCategories().at(-1)).toEqual(cyber);
    expect(registeredEventContexts().at(-1)).toBe("maritime");
  });

  test("defining again with the same modes (in any order) and quad class does nothing", () => {
    const before = registeredEventCategories().length;
    expect(defineEventCategory("CYBER", { modes: ["ddos", "intrusion"] })).toEqual({
      category: "CYBER",
      modes: ["intrusion", "ddos"],
      quadClass: 4,
    });
    expect(defineEventCategory("CYBER", { modes: ["intrusion", "ddos"], quadClass: 4 }).quadClass).toBe(4);
    defineEventContext("maritime");
    expect(registeredEventCategories()).toHaveLength(before);
    expect(registeredEventContexts().filter((context) => context === "maritime")).toHaveLength(1);
  });

  test("a PLOVER category may be restated as it is, never redefined", () => {
    expect(defineEventCategory("CONSULT", { modes: PLOVER_MODES.CONSULT })).toEqual({
      category: "CONSULT",
      modes: ["visit", "third-party", "multilateral", "phone"],
      quadClass: 1,
    });
    expect(defineEventCategory("AGREE", { modes: [] }).modes).toEqual([]);
    // @ts-expect-error the declared modes of CONSULT are missing
    expect(() => defineEventCategory("CONSULT", { modes: ["visit"] })).toThrow(
      "defineEventCategory: the PLOVER category CONSULT is already defined with modes visit, third-party, multilateral, phone; it cannot be redefined with modes visit",
    );
    expect(() => defineEventCategory("CONSULT", { modes: PLOVER_MODES.CONSULT, quadClass: 4 })).toThrow(
      "defineEventCategory: the PLOVER category CONSULT is already defined with quad class 1; it cannot be redefined with quad class 4",
    );
    // @ts-expect-error "riot" is not a mode of AGREE
    expect(() => defineEventCategory("AGREE", { modes: ["riot"] })).toThrow(/already defined with no modes/);
  });

  test("an extension category cannot be redefined with other modes or another quad class", () => {
    // @ts-expect-error "ddos" is missing
    expect(() => defineEventCategory("CYBER", { modes: ["intrusion"] })).toThrow(
      "defineEventCategory: the event category CYBER is already defined with modes intrusion, ddos; it cannot be redefined with modes intrusion",
    );
    expect(() => defineEventCategory("CYBER", { modes: ["intrusion", "ddos"], quadClass: 3 })).toThrow(
      /already defined with quad class 4; it cannot be redefined with quad class 3/,
    );
  });

  test("malformed names, repeated modes and bad quad classes are refused", () => {
    // @ts-expect-error not a declared category
    expect(() => defineEventCategory("cyber", { modes: [] })).toThrow(/"cyber" is not a category name/);
    // @ts-expect-error "DDoS" is not a declared mode
    expect(() => defineEventCategory("CYBER", { modes: ["intrusion", "DDoS"] })).toThrow(
      /"DDoS" is not a mode name/,
    );
    expect(() => defineEventCategory("CYBER", { modes: ["intrusion", "ddos", "ddos"] })).toThrow(
      "defineEventCategory(CYBER): a mode is listed twice",
    );
    // @ts-expect-error 5 is not a quad class
    expect(() => defineEventCategory("CYBER", { modes: ["intrusion", "ddos"], quadClass: 5 })).toThrow(
      "defineEventCategory(CYBER): quadClass must be 1, 2, 3 or 4, got 5",
    );
    // @ts-expect-error not a declared context
    expect(() => defineEventContext("Maritime")).toThrow(/"Maritime" is not a context name/);
    expect(defineEventContext("human_rights")).toBe("human_rights");
  });

  test("isEventOfCategory tells an event's category", () => {
    expect(isEventOfCategory(cyberEvent, "CYBER")).toBe(true);
    expect(isEventOfCategory(cyberEvent, "CONSULT")).toBe(false);
  });

  test("the registry is shared by every copy of the library in the process (ESM and CommonJS builds)", async () => {
    vi.resetModules();
    const copy = await import("bilateral");
    expect(copy.EventSchema).not.toBe(EventSchema);
    expect(copy.safeParseRecord(copy.EventSchema, cyberEvent).success).toBe(true);
    expect(copy.defineEventCategory("CYBER", { modes: ["intrusion", "ddos"] }).quadClass).toBe(4);
    // @ts-expect-error the declared modes of CONSULT are missing
    expect(() => copy.defineEventCategory("CONSULT", { modes: [] })).toThrow(/PLOVER category CONSULT/);
  });
});
