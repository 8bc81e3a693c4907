import { IdSchema, isId, safeParseRecord } from "bilateral";
import { describe, expect, it } from "vitest";

const codeOf = (id: string) => safeParseRecord(IdSchema, id).issues?.[0]?.code;

describe("ids that look like another are rejected", () => {
  it.each([
    ["a zero-width space", "country:PAK\u200b"],
    ["a zero-width joiner", "person:a\u200db"],
    ["a right-to-left override", "country:\u202eNAP"],
    ["a byte order mark", "country:\ufeffPAK"],
    ["a control character", "country:PA\u0001K"],
    ["a lone surrogate", "country:PAK\ud800"],
    ["a no-break space", "country:P\u00a0AK"],
  ])("with %s: invalid_id", (_, id) => {
    expect(codeOf(id)).toBe("invalid_id");
    expect(isId(id)).toBe(false);
  });

  it("in another Unicode normal form than NFC: invalid_id", () => {
    const decomposed = "person:zoe\u0301"; // e + combining acute
    expect(decomposed.normalize("NFC")).not.toBe(decomposed);
    expect(safeParseRecord(IdSchema, decomposed).issues?.[0]).toMatchObject({
      code: "invalid_id",
      message: expect.stringContaining("normal form C"),
    });
    expect(isId(decomposed)).toBe(false);
  });

  it("while ids in any script, in NFC, are accepted", () => {
    for (const id of ["person:zoé", "place:تهران", "org:東京都", "person:👋🏽", "country:IRN"]) {
      expect(safeParseRecord(IdSchema, id).success, id).toBe(true);
      expect(isId(id)).toBe(true);
    }
  });
});
