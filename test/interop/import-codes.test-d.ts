import type { ImportWarning, SkipCode, SkippedRow, WarningCode } from "bilateral/interop";
import { describe, expectTypeOf, it } from "vitest";

describe("import codes", () => {
  it("a skipped row and a warning carry a code of the tables, and no other string", () => {
    expectTypeOf<SkippedRow["code"]>().toEqualTypeOf<SkipCode>();
    expectTypeOf<ImportWarning["code"]>().toEqualTypeOf<WarningCode>();
    expectTypeOf<"repeated_event">().toExtend<SkipCode>();
    expectTypeOf<"unknown_fips">().toExtend<WarningCode>();
    // @ts-expect-error a misspelt code is not a skip code
    const row: SkippedRow = { line: 1, code: "repeated_evnt", reason: "x" };
    // @ts-expect-error a valid CAMEO code is never skipped for want of a PLOVER category any more
    const unmapped: SkippedRow = { line: 1, code: "unmapped_cameo", reason: "x" };
    expectTypeOf(unmapped.line).toBeNumber();
    expectTypeOf(row.line).toBeNumber();
  });
});
