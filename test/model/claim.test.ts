import { ClaimSchema, RECORD_KINDS, safeParseDataset, safeParseRecord } from "bilateral";
import { describe, expect, it } from "vitest";

const base = { id: "claim:x", kind: "claim", claimType: "assessment", by: "source:a" } as const;

function dataset(claim: Record<string, unknown>) {
  return {
    format: "bilateral",
    version: "1.0",
    records: [
      { id: "source:a", kind: "source", title: "An article" },
      { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
      { id: "event:e", kind: "event", category: "AGREE", actors: ["country:IRN"] },
      claim,
    ],
  };
}

describe("the claim record", () => {
  it("is a built-in kind", () => {
    expect(RECORD_KINDS).toContain("claim");
  });

  it("takes the words as said, a paraphrase, or both", () => {
    expect(safeParseRecord(ClaimSchema, { ...base, text: "Iran appears to shift" }).success).toBe(true);
    expect(safeParseRecord(ClaimSchema, { ...base, summary: "Iran is shifting." }).success).toBe(true);
    const neither = safeParseRecord(ClaimSchema, base);
    expect(neither.issues).toEqual([
      expect.objectContaining({ code: "missing_field", path: ["text"], recordId: "claim:x" }),
    ]);
    expect(neither.issues[0]?.message).toContain("text");
  });

  it("keeps the hedges as said, in order", () => {
    const parsed = safeParseRecord(ClaimSchema, {
      ...base,
      text: "could potentially ease US sanctions",
      hedges: ["could potentially", "believed"],
    });
    expect(parsed.data?.hedges).toEqual(["could potentially", "believed"]);
    expect(safeParseRecord(ClaimSchema, { ...base, text: "t", hedges: [""] }).issues[0]?.path).toEqual([
      "hedges",
      0,
    ]);
  });

  it("resolves who asserts it and what it is about in a dataset", () => {
    const ok = safeParseDataset(
      dataset({ ...base, text: "t", parties: ["country:IRN"], about: ["event:e", "country:IRN"] }),
    );
    expect(ok.issues).toEqual([]);
    const dangling = safeParseDataset(dataset({ ...base, by: "person:nobody", text: "t" }));
    expect(dangling.issues).toContainEqual(
      expect.objectContaining({ code: "unresolved_reference", path: ["records", 3, "by"] }),
    );
    const wrongKind = safeParseDataset(dataset({ ...base, by: "event:e", text: "t", parties: ["source:a"] }));
    expect(wrongKind.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["wrong_reference_kind", ["records", 3, "by"]],
      ["wrong_reference_kind", ["records", 3, "parties", 0]],
    ]);
    const aboutNothing = safeParseDataset(dataset({ ...base, text: "t", about: ["event:gone"] }));
    expect(aboutNothing.issues).toContainEqual(
      expect.objectContaining({ code: "unresolved_reference", path: ["records", 3, "about", 0] }),
    );
  });

  it("has one speaker: a list of them is refused", () => {
    const two = safeParseRecord(ClaimSchema, { ...base, by: ["person:a", "person:b"], text: "t" });
    expect(two.issues).toContainEqual(expect.objectContaining({ code: "invalid_type", path: ["by"] }));
  });
});
