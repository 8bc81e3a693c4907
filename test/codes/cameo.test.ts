import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CAMEO_QUAD_CLASS_BY_ROOT,
  CAMEO_QUAD_CLASS_TABLE,
  CAMEO_TO_PLOVER,
  CameoCodeSchema,
  cameoDescription,
  cameoGoldstein,
  cameoQuadClass,
  cameoToPlover,
  isCameoCode,
  isPloverCategory,
  isPloverContext,
  isPloverMode,
} from "../../src/codes/index.js";
import { CAMEO_CODE_ROWS } from "../../src/codes/tables/cameo-codes.generated.js";
import {
  CAMEO2PLOVER_HEADINGS,
  CAMEO2PLOVER_LINE_COUNTS,
  CAMEO2PLOVER_ROWS,
} from "../../src/codes/tables/cameo-plover.generated.js";

const REFERENCE = new URL("../../../shared/reference/", import.meta.url);
const C2P = new URL("plover/CAMEO2PLOVER-2021.txt", REFERENCE);

describe("CAMEO2PLOVER-2021", () => {
  it("accounts for every one of the table's 301 lines", () => {
    expect(CAMEO2PLOVER_LINE_COUNTS).toEqual({
      total: 301,
      entries: 257,
      headings: 19,
      comments: 4,
      blank: 20,
      terminator: 1,
    });
    expect(CAMEO2PLOVER_ROWS).toHaveLength(257);
    expect(CAMEO2PLOVER_HEADINGS).toHaveLength(19);
    // 256 distinct codes (175 is listed twice) and 18 distinct roots (08 is headed twice).
    expect(new Set(CAMEO2PLOVER_ROWS.map(([, code]) => code)).size).toBe(256);
    expect(CAMEO_TO_PLOVER.size).toBe(256 + 18);
  });

  it.skipIf(!existsSync(C2P))(
    "matches the reference file line by line (when the reference set is present)",
    () => {
      const lines = readFileSync(C2P, "utf8").replace(/\n$/, "").split("\n");
      expect(lines).toHaveLength(CAMEO2PLOVER_LINE_COUNTS.total);
      expect(lines.filter((line) => /^\d{3,4}:/.test(line))).toHaveLength(CAMEO2PLOVER_ROWS.length);
      for (const [line, code, category] of CAMEO2PLOVER_ROWS) {
        expect(lines[line - 1]?.startsWith(`${code}:`)).toBe(true);
        expect(lines[line - 1]).toContain(`${category},`);
      }
      for (const [line, root, category] of CAMEO2PLOVER_HEADINGS) {
        expect(lines[line - 1]?.trim()).toBe(`${root}: ${category}`);
      }
    },
  );

  it("maps 0874 and 040 as the table does", () => {
    expect(cameoToPlover("0874")).toEqual({
      code: "0874",
      category: "RETREAT",
      mode: "disarm",
      context: ["military"],
      description: "Retreat or surrender militarily",
    });
    expect(cameoToPlover("040")).toEqual({
      code: "040",
      category: "CONSULT",
      context: [],
      description: "Consult",
    });
    expect(cameoToPlover("042")).toMatchObject({ category: "CONSULT", mode: "visit" });
    expect(cameoToPlover("091")?.context).toEqual(["crime", "corruption"]);
    expect(cameoToPlover("196")).toMatchObject({ category: "ASSAULT", context: ["legal", "military"] });
  });

  it("keeps the table's irregular rows as written", () => {
    expect(cameoToPlover("163")?.category).toBe("COERCE"); // listed under SANCTION
    expect(cameoToPlover("1712")?.category).toBe("ASSAULT"); // listed under COERCE
    expect(cameoToPlover("191")?.category).toBe("COERCE"); // listed under root 17
    expect(cameoToPlover("175")).toMatchObject({ category: "ASSAULT", mode: "pro_autocracy" });
    expect(cameoToPlover("0842")?.mode).toBe("return");
    expect(cameoToPlover("0861")?.mode).toBe("access"); // "access " in the source
    expect(cameoToPlover("0333")?.context).toEqual(["humanitarian"]);
    expect(cameoToPlover("1214")?.category).toBe("REJECT"); // in the table, not in the CAMEO codebook
  });

  it("lists exactly the rows whose mode or context is not PLOVER 0.8's", () => {
    const badModes = CAMEO2PLOVER_ROWS.filter(
      ([, , category, mode]) => mode !== null && category !== null && !isPloverMode(category, mode),
    ).map(([, code, , mode]) => `${code}:${mode}`);
    expect(badModes).toEqual([
      "0842:return",
      "085:ease",
      "132:ban",
      "1321:political",
      "1322:ban",
      "1712:seize",
      "1722:ban",
      "185:assassinate",
      "186:assassinate",
      "175:pro_autocracy",
      "175:pro_autocracy",
      "201:cleansing",
      "200:massacre",
      "202:massacre",
      "203:cleansing",
    ]);
    const badContexts = new Set(
      CAMEO2PLOVER_ROWS.flatMap(([, , , , context]) => context.filter((c) => !isPloverContext(c))),
    );
    expect([...badContexts].sort()).toEqual(["democracy", "humanitarian"]);
  });

  it("keeps root headings, with null for the split root 08", () => {
    expect(cameoToPlover("04")).toEqual({ code: "04", category: "CONSULT", context: [] });
    expect(cameoToPlover("08")).toMatchObject({ code: "08", category: null });
    expect(cameoToPlover("08")?.note).toContain("CONCEDE");
    expect(cameoToPlover("20")?.category).toBe("ASSAULT");
    for (const entry of CAMEO_TO_PLOVER.values()) {
      if (entry.category === null) expect(entry.code).toBe("08");
      else expect(isPloverCategory(entry.category)).toBe(true);
    }
  });

  it("leaves out roots 01 and 02, which PLOVER drops", () => {
    for (const code of ["01", "010", "019", "02", "020", "0214"]) {
      expect(isCameoCode(code)).toBe(true);
      expect(cameoToPlover(code)).toBeUndefined();
    }
  });

  it("keeps codes as strings with leading zeros", () => {
    for (const [code, entry] of CAMEO_TO_PLOVER) {
      expect(typeof code).toBe("string");
      expect(code).toMatch(/^\d{2,4}$/);
      expect(entry.code).toBe(code);
      expect(Object.isFrozen(entry)).toBe(true);
    }
    expect(cameoToPlover("40")).toBeUndefined();
    expect(cameoToPlover(40 as never)).toBeUndefined();
    expect(cameoToPlover("874")).toBeUndefined();
    expect(cameoToPlover("__proto__")).toBeUndefined();
  });
});

describe("CAMEO codebook", () => {
  it("has the 312 codes of CAMEO 1.1b3, 20 roots included", () => {
    expect(CAMEO_CODE_ROWS).toHaveLength(312);
    expect(CAMEO_CODE_ROWS.filter(([code]) => code.length === 2)).toHaveLength(20);
    expect(isCameoCode("040")).toBe(true);
    expect(isCameoCode("0874")).toBe(true);
    expect(isCameoCode("106")).toBe(true); // swallowed by a defect in GDELT's lookup file
    expect(isCameoCode("1213")).toBe(true); // missing from GDELT's lookup file
    for (const code of ["40", "874", "1214", "1", "4", "0", "21", "2043", "", "04 ", "__proto__"]) {
      expect(isCameoCode(code)).toBe(false);
    }
    expect(isCameoCode(40 as never)).toBe(false);
  });

  it("describes codes with the codebook's names", () => {
    expect(cameoDescription("042")).toBe("Make a visit");
    expect(cameoDescription("04")).toBe("CONSULT");
    expect(cameoDescription("044")).toBe("Meet at a 'third' location");
    expect(cameoDescription("105")).toBe("Demand that target yields");
    expect(cameoDescription("106")).toBe("Demand meeting, negotiation");
    expect(cameoDescription("1056")).toBe("Demand de-escalation of military engagement");
    expect(cameoDescription("0874")).toBe("Retreat or surrender militarily");
    expect(cameoDescription("999")).toBeUndefined();
    for (const [code, name] of CAMEO_CODE_ROWS) expect(name, code).toMatch(/^[\x20-\x7e]+$/);
  });

  it("gives Goldstein weights from a named table", () => {
    expect(cameoGoldstein("190")).toBe(-10);
    expect(cameoGoldstein("190", "icews")).toBe(-10);
    expect(cameoGoldstein("042")).toBe(1.9);
    expect(cameoGoldstein("016")).toBe(-2);
    expect(cameoGoldstein("016", "icews")).toBe(-5);
    expect(cameoGoldstein("022")).toBe(3.2);
    expect(cameoGoldstein("022", "icews")).toBe(3.4);
    expect(cameoGoldstein("164")).toBe(-7);
    expect(cameoGoldstein("165", "icews")).toBe(-7);
    expect(cameoGoldstein("1213")).toBeUndefined();
    expect(cameoGoldstein("1213", "icews")).toBe(-4);
    expect(cameoGoldstein("999")).toBeUndefined();
    expect(cameoGoldstein("042", "other" as never)).toBeUndefined();
    for (const [code] of CAMEO_CODE_ROWS) {
      for (const table of ["gdelt", "icews"] as const) {
        const weight = cameoGoldstein(code, table);
        if (weight !== undefined) expect(Math.abs(weight)).toBeLessThanOrEqual(10);
      }
    }
  });

  it.skipIf(!existsSync(REFERENCE))("agrees with GDELT's goldstein lookup and the ICEWS sample", () => {
    const gdelt = readFileSync(new URL("cameo/CAMEO.goldsteinscale.txt", REFERENCE), "utf8")
      .trim()
      .split(/\r?\n/);
    for (const line of gdelt.slice(1)) {
      const [code = "", value] = line.split("\t");
      expect(cameoGoldstein(code), code).toBe(Number(value));
    }
    const icews = readFileSync(new URL("icews/sample-100.tab", REFERENCE), "utf8").trim().split(/\r?\n/);
    const header = icews[0]?.split("\t") ?? [];
    const codeAt = header.indexOf("CAMEO Code");
    const intensityAt = header.indexOf("Intensity");
    for (const line of icews.slice(1)) {
      const cells = line.split("\t");
      expect(cameoGoldstein(cells[codeAt] ?? "", "icews")).toBe(Number(cells[intensityAt]));
    }
  });
});

describe("GDELT quad classes by CAMEO root", () => {
  it("follows GDELT's convention: 01-05, 06-09, 10-14, 15-20", () => {
    expect(CAMEO_QUAD_CLASS_TABLE).toBe("gdelt-cameo-root");
    const roots = Object.keys(CAMEO_QUAD_CLASS_BY_ROOT).sort(); // JavaScript lists "10"-"20" before "01"-"09"
    expect(roots).toEqual(CAMEO_CODE_ROWS.filter(([code]) => code.length === 2).map(([code]) => code));
    const byClass = (quad: number) => roots.filter((root) => CAMEO_QUAD_CLASS_BY_ROOT[root as "01"] === quad);
    expect(byClass(1)).toEqual(["01", "02", "03", "04", "05"]);
    expect(byClass(2)).toEqual(["06", "07", "08", "09"]);
    expect(byClass(3)).toEqual(["10", "11", "12", "13", "14"]);
    expect(byClass(4)).toEqual(["15", "16", "17", "18", "19", "20"]);
    expect(cameoQuadClass("0874")).toBe(2);
    expect(cameoQuadClass("145")).toBe(3);
    expect(cameoQuadClass("190")).toBe(4);
    expect(cameoQuadClass("40")).toBeUndefined();
  });

  it.skipIf(!existsSync(REFERENCE))("agrees with the QuadClass of the GDELT sample rows", () => {
    const columns = readFileSync(
      new URL("gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", REFERENCE),
      "utf8",
    )
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(",")[0]);
    const codeAt = columns.indexOf("EventCode");
    const quadAt = columns.indexOf("QuadClass");
    const rows = readFileSync(new URL("gdelt/sample-150.export.CSV", REFERENCE), "latin1")
      .trim()
      .split(/\r?\n/);
    expect(rows).toHaveLength(150);
    for (const row of rows) {
      const cells = row.split("\t");
      expect(cameoQuadClass(cells[codeAt] ?? "")).toBe(Number(cells[quadAt]));
    }
  });
});

describe("CameoCodeSchema", () => {
  it("accepts codes as strings and reports invalid_cameo_code", () => {
    expect(CameoCodeSchema.parse("0874")).toBe("0874");
    expect(CameoCodeSchema.safeParse("874").error?.issues).toEqual([
      expect.objectContaining({
        code: "custom",
        params: { code: "invalid_cameo_code" },
        message: '"874" is not a CAMEO event code',
      }),
    ]);
    expect(CameoCodeSchema.safeParse(40).error?.issues[0]?.code).toBe("invalid_type");
  });
});
