import { quadClassOf } from "bilateral";
import { describe, expect, it } from "vitest";

describe("quadClassOf", () => {
  it("reads the stored quad class, else derives it from the plover-0.8 table and says so", () => {
    expect(quadClassOf({ category: "PROTEST", quadClass: { value: 3, basis: "gdelt" } })).toEqual({
      value: 3,
      basis: "gdelt",
      derived: false,
    });
    expect(quadClassOf({ category: "PROTEST" })).toEqual({ value: 4, basis: "plover-0.8", derived: true });
    expect(quadClassOf({ category: "NOT-A-CATEGORY" as never })).toBeUndefined();
  });
});
