import { addIssue, defineIssueCode, registeredIssueCodes, safeParseRecord } from "bilateral";
import { describe, expect, it } from "vitest";
import { z } from "zod";

declare module "bilateral" {
  interface IssueCodes {
    test_even: true;
  }
}

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

describe("issue codes an application declares", () => {
  it("a registered code passes through validation; an unregistered one becomes invalid_value", () => {
    const Even = z.number().refine((n) => n % 2 === 0, { message: "odd", params: { code: "test_even" } });
    expect(safeParseRecord(Even, 3).issues?.[0]?.code).toBe("invalid_value");
    // Declared for the types above; registered here at run time.
    expect(defineIssueCode("test_even", "A number that is not even.")).toBe("test_even");
    expect(safeParseRecord(Even, 3).issues?.[0]?.code).toBe("test_even");
    expect(registeredIssueCodes().get("test_even")).toBe("A number that is not even.");
  });

  it("registering again with the same description is allowed; a conflict or a built-in code throws", () => {
    expect(() => defineIssueCode("test_even", "A number that is not even.")).not.toThrow();
    expect(() => defineIssueCode("test_even", "Something else.")).toThrow(
      'defineIssueCode: "test_even" is already registered with another description',
    );
    // @ts-expect-error: a built-in code is not an application's
    expect(() => defineIssueCode("duplicate_id", "x")).toThrow("is a built-in issue code");
    // @ts-expect-error: not declared in IssueCodes
    expect(() => defineIssueCode("Not A Code", "x")).toThrow("cannot be an issue code");
  });
});
