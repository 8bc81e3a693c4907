import { addIssue, safeParseRecord } from "bilateral";
import { describe, expect, it } from "vitest";
import { z } from "zod";

describe("addIssue", () => {
  const Even = z.object({
    n: z.number().check((ctx) => {
      if (ctx.value % 2 !== 0)
        addIssue(ctx, { code: "out_of_range", message: "expected an even number", input: ctx.value });
    }),
    pair: z.tuple([z.string(), z.string()]).check((ctx) => {
      if (ctx.value[0] === ctx.value[1])
        addIssue(ctx, { code: "same_party", message: "twice", input: ctx.value, path: [1] });
    }),
  });

  it("reports the code, message and path through the library's entry points, every issue at once", () => {
    const result = safeParseRecord(Even, { n: 3, pair: ["a", "a"] });
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      { code: "out_of_range", message: "expected an even number", path: ["n"] },
      { code: "same_party", message: "twice", path: ["pair", 1] },
    ]);
    expect(safeParseRecord(Even, { n: 2, pair: ["a", "b"] }).success).toBe(true);
  });
});
