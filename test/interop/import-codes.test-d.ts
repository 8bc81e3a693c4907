import type { ImportWarning, SkipCode, SkippedRow, WarningCode } from "bilateral/interop";
import { describe, expectTypeOf, it } from "vitest";

describe("import codes", () => {
  it("a skipped row and a warning carry a code of the tables, and no other string", () => {
    expectTypeOf<SkippedRow["code"]>().toEqualTypeOf<SkipCode>();
    expectTypeOf<ImportWarning["code"]>().toEqualTypeOf<WarningCode>();
    expectTypeOf<"unmapped_cameo">().toExtend<SkipCode>();
    expectTypeOf<"geo_mismatch">().toExtend<WarningCode>();
    // @ts-expect-error a misspelt code is not a skip code
    const row: SkippedRow = { line: 1, code: "unmaped_cameo", reason: "x" };
    expectTypeOf(row.line).toBeNumber();
  });
});
