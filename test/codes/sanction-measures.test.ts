import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { SANCTION_MEASURES, type SanctionMeasure, SanctionMeasureSchema } from "../../src/codes/index.js";

const PROGRAMS = new URL("../../../shared/reference/ftm/programs/", import.meta.url);

describe("OpenSanctions sanction measures", () => {
  it("lists the 14 values of the OpenSanctions vocabulary", () => {
    expect(SANCTION_MEASURES).toEqual([
      "Aid suspension",
      "Arms embargo",
      "Arms restrictions",
      "Asset freeze",
      "Debarment",
      "Export control",
      "Financial restrictions",
      "Import restrictions",
      "Investment ban",
      "Services ban",
      "Prohibition to satisfy claims",
      "Sectoral sanctions",
      "Transportation restrictions",
      "Travel ban",
    ]);
    expect(Object.isFrozen(SANCTION_MEASURES)).toBe(true);
    expectTypeOf<SanctionMeasure>().toExtend<string>();
    expectTypeOf<"Asset freeze">().toExtend<SanctionMeasure>();
  });

  it("covers every measure of the US-IRAN and EU-RUS programmes", () => {
    const usIran = ["Asset freeze", "Import restrictions", "Export control", "Investment ban"];
    const more = ["Financial restrictions", "Travel ban", "Arms embargo", "Prohibition to satisfy claims"];
    for (const measure of [...usIran, ...more, "Services ban", "Transportation restrictions"]) {
      expect(SanctionMeasureSchema.parse(measure)).toBe(measure);
    }
  });

  it("rejects other spellings and the retired vocabulary", () => {
    for (const value of [
      "asset freeze",
      "Asset Freeze",
      "Financial block",
      "Restrictions on goods",
      "",
      "Embargo",
    ]) {
      expect(SanctionMeasureSchema.safeParse(value).success).toBe(false);
    }
    expect(SanctionMeasureSchema.safeParse("Financial block").error?.issues[0]?.code).toBe("invalid_value");
  });

  it.skipIf(!existsSync(PROGRAMS))("accepts every measure in the reference programme files", () => {
    let seen = 0;
    for (const file of readdirSync(PROGRAMS).filter((name) => name.endsWith(".yml"))) {
      const text = readFileSync(new URL(file, PROGRAMS), "utf8");
      const block = /^measures:\n((?: {2}- .*\n?)+)/m.exec(text)?.[1] ?? "";
      for (const line of block.split("\n").filter(Boolean)) {
        expect(SanctionMeasureSchema.parse(line.replace(/^ {2}- /, "").trim())).toBeTruthy();
        seen++;
      }
    }
    expect(seen).toBe(16); // US-IRAN 6, EU-RUS 10, PK-ATA1997 none
  });
});
