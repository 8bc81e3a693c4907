import type { ClaimInput, ClaimRecord, ClaimType, DatasetRecord, RecordOfKind } from "bilateral";
import { describe, expectTypeOf, it } from "vitest";

describe("ClaimRecord", () => {
  it("is the claim member of the record union", () => {
    expectTypeOf<RecordOfKind<"claim">>().toEqualTypeOf<ClaimRecord>();
    expectTypeOf<Extract<DatasetRecord, { kind: "claim" }>>().toEqualTypeOf<ClaimRecord>();
    expectTypeOf<ClaimRecord["claimType"]>().toEqualTypeOf<ClaimType>();
    expectTypeOf<ClaimRecord["by"]>().toEqualTypeOf<string>();
    expectTypeOf<ClaimRecord["hedges"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ClaimRecord["confidence"]>().toEqualTypeOf<number | undefined>();
  });

  it("checks a claim's type and its one speaker when compiled", () => {
    const ok: ClaimInput = {
      id: "claim:a",
      kind: "claim",
      claimType: "denial",
      by: "country:IRN",
      text: "No.",
    };
    const type: ClaimInput = {
      id: "claim:b",
      kind: "claim",
      // @ts-expect-error not a claim type
      claimType: "rumour",
      by: "country:IRN",
      text: "t",
    };
    const two: ClaimInput = {
      id: "claim:c",
      kind: "claim",
      claimType: "position",
      // @ts-expect-error one speaker, not a list
      by: ["a:b"],
      text: "t",
    };
    expectTypeOf([ok, type, two]).toBeArray();
  });
});
