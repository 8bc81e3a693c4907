import { addIssue } from "bilateral";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";

describe("addIssue", () => {
  it("takes a code of ISSUE_CODES and no other string", () => {
    z.string().check((ctx) => {
      addIssue(ctx, { code: "same_party", message: "m", input: ctx.value });
      // @ts-expect-error a misspelt code
      addIssue(ctx, { code: "same_partie", message: "m", input: ctx.value });
    });
    expectTypeOf(addIssue).returns.toBeVoid();
  });
});
