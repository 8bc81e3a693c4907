import { describe, expect, expectTypeOf, it } from "vitest";
import {
  isPloverCategory,
  isPloverContext,
  isPloverMode,
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  PLOVER_LEGACY_CATEGORY_NAMES,
  PLOVER_MODES,
  PLOVER_QUAD_CLASS,
  PLOVER_QUAD_CLASS_TABLE,
  type PloverCategory,
  type PloverContext,
  type PloverMode,
  type PloverModes,
} from "../../src/codes/index.js";

describe("PLOVER 0.8 categories", () => {
  it("has the 16 categories of the manual, upper-case", () => {
    expect(PLOVER_CATEGORIES).toEqual([
      "AGREE",
      "CONSULT",
      "SUPPORT",
      "CONCEDE",
      "COOPERATE",
      "AID",
      "RETREAT",
      "REQUEST",
      "ACCUSE",
      "REJECT",
      "THREATEN",
      "PROTEST",
      "SANCTION",
      "MOBILIZE",
      "COERCE",
      "ASSAULT",
    ]);
    expect(isPloverCategory("CONSULT")).toBe(true);
    for (const value of ["consult", "DEMAND", "FIGHT", "CRIME", "DOCUMENT", "", "__proto__", 4]) {
      expect(isPloverCategory(value)).toBe(false);
    }
  });

  it("gives the quad classes of the manual's main table (plover-0.8)", () => {
    expect(PLOVER_QUAD_CLASS_TABLE).toBe("plover-0.8");
    const byClass = (quad: number) =>
      PLOVER_CATEGORIES.filter((category) => PLOVER_QUAD_CLASS[category] === quad);
    expect(byClass(1)).toEqual(["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]);
    expect(byClass(2)).toEqual(["COOPERATE", "AID", "RETREAT"]);
    expect(byClass(3)).toEqual(["REQUEST", "ACCUSE", "REJECT", "THREATEN"]);
    expect(byClass(4)).toEqual(["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
  });

  it("maps the pre-0.8 category names", () => {
    expect(PLOVER_LEGACY_CATEGORY_NAMES).toEqual({
      DEMAND: "REQUEST",
      DISAPPROVE: "ACCUSE",
      INVESTIGATE: "ACCUSE",
      FIGHT: "ASSAULT",
    });
  });

  it("is frozen", () => {
    expect(Object.isFrozen(PLOVER_CATEGORIES)).toBe(true);
    expect(Object.isFrozen(PLOVER_MODES)).toBe(true);
    expect(Object.isFrozen(PLOVER_MODES.CONSULT)).toBe(true);
    expect(Object.isFrozen(PLOVER_QUAD_CLASS)).toBe(true);
    expect(Object.isFrozen(PLOVER_CONTEXTS)).toBe(true);
    expect(() => (PLOVER_MODES.CONSULT as unknown as string[]).push("x")).toThrow();
  });
});

describe("PLOVER 0.8 modes", () => {
  it("matches the manual's mode lists", () => {
    const assistChangeYieldMeet = ["assist", "change", "yield", "meet"];
    expect(PLOVER_MODES).toEqual({
      AGREE: [],
      CONSULT: ["visit", "third-party", "multilateral", "phone"],
      SUPPORT: [],
      CONCEDE: [],
      COOPERATE: [],
      AID: [],
      RETREAT: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
      REQUEST: assistChangeYieldMeet,
      ACCUSE: ["disapprove", "investigate", "allege"],
      REJECT: assistChangeYieldMeet,
      THREATEN: ["restrict", "arrest", "relations", "expel", "territory", "violence"],
      PROTEST: ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
      SANCTION: ["convict", "expel", "withdraw", "discontinue"],
      MOBILIZE: ["troops", "weapons", "police", "militia"],
      COERCE: [
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
      ],
      ASSAULT: [
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
      ],
    });
  });

  it("checks that a mode belongs to its category", () => {
    expect(isPloverMode("CONSULT", "visit")).toBe(true);
    expect(isPloverMode("SANCTION", "discontinue")).toBe(true);
    expect(isPloverMode("CONSULT", "ceasefire")).toBe(false);
    expect(isPloverMode("AGREE", "visit")).toBe(false);
    expect(isPloverMode("consult", "visit")).toBe(false);
    expect(isPloverMode("CONSULT", "Visit")).toBe(false);
    expect(isPloverMode("CONSULT", 1)).toBe(false);
    expect(isPloverMode("__proto__", "visit")).toBe(false);
  });

  it("types each category's modes, never for categories without modes", () => {
    expectTypeOf<keyof PloverModes>().toEqualTypeOf<PloverCategory>();
    expectTypeOf<PloverModes["AGREE"]>().toBeNever();
    expectTypeOf<PloverModes["COOPERATE"]>().toBeNever();
    expectTypeOf<PloverModes["CONSULT"]>().toEqualTypeOf<
      "visit" | "third-party" | "multilateral" | "phone"
    >();
    expectTypeOf<PloverMode<"SANCTION">>().toEqualTypeOf<"convict" | "expel" | "withdraw" | "discontinue">();
    expectTypeOf<"ceasefire">().toExtend<PloverMode>();
    expectTypeOf<(typeof PLOVER_MODES)["RETREAT"]>().toEqualTypeOf<
      readonly ["withdraw", "release", "disarm", "ceasefire", "access", "resign"]
    >();
  });
});

describe("PLOVER 0.8 contexts", () => {
  it("has the 37 contexts of the manual", () => {
    expect(PLOVER_CONTEXTS).toHaveLength(37);
    expect(PLOVER_CONTEXTS.slice(0, 3)).toEqual(["military", "intelligence", "executive"]);
    expect(PLOVER_CONTEXTS.slice(-3)).toEqual(["corruption", "illegal_drugs", "trafficking"]);
    for (const context of ["diplomatic", "economic", "terrorism", "territory", "cbrn"]) {
      expect(isPloverContext(context)).toBe(true);
    }
    for (const value of ["humanitarian", "democracy", "Diplomatic", "", "__proto__"]) {
      expect(isPloverContext(value)).toBe(false);
    }
    expectTypeOf<"human_rights">().toExtend<PloverContext>();
  });
});
