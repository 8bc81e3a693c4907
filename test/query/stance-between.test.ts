import { stanceBetween, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { ids } from "./helpers.js";
import { GBR, IRN, index, PAK, USA } from "./histories-fixture.js";

describe("stanceBetween", () => {
  it("gives the latest known stance without a date, from the undated entry", () => {
    const [security, ...rest] = stanceBetween(index, IRN, PAK);
    expect(security?.relationship.id).toBe("rel:security");
    expect(security?.stance).toBe("cooperative");
    expect(security?.trend).toBe("deepening");
    expect(security?.dated).toBe(false);
    // The ended relationship is not current; a relationship without history has no stance.
    expect(rest.map((f) => [f.relationship.id, f.stance])).toEqual([
      ["rel:no-history", undefined],
      ["rel:leader", "hostile"],
    ]);
  });

  it("gives the stance at a date and what supports it", () => {
    const [strained] = stanceBetween(index, IRN, PAK, { at: "2024-02", attribution: "record" });
    expect(strained?.stance).toBe("strained");
    expect(strained?.trend).toBe("deteriorating");
    expect(strained?.dated).toBe(true);
    expect(ids(strained?.causes ?? [])).toEqual(["event:attack-1", "event:attack-2"]);
    expect(strained?.citations.map((c) => c.url)).toEqual(["https://example.org/rel"]);
  });

  it("lists every entry holding over the date, the last being the stance then", () => {
    const [january] = stanceBetween(index, IRN, PAK, { at: "2024-01" });
    expect(january?.entries.map((e) => e.stance)).toEqual(["cooperative", "strained"]);
    expect(january?.stance).toBe("strained");
    // Within: only an entry that holds throughout January, and none does.
    const [within] = stanceBetween(index, IRN, PAK, { at: "2024-01", match: "within" });
    expect(within?.entries).toEqual([]);
    expect(within?.stance).toBeUndefined();
    // An asOf entry holds from its date on.
    expect(stanceBetween(index, IRN, PAK, { at: "2024-03-01" })[0]?.stance).toBe("cooperative");
    expect(stanceBetween(index, IRN, PAK, { at: "2024-02-29" })[0]?.stance).toBe("strained");
  });

  it("keeps relationships in force at the date, and nothing before the first entry", () => {
    expect(stanceBetween(index, IRN, PAK, { at: "2005" }).map((f) => [f.relationship.id, f.stance])).toEqual([
      ["rel:ended", "neutral"],
      ["rel:no-history", undefined],
      ["rel:leader", undefined],
    ]);
  });

  it("counts a leader's relationship for their country, unless asked for records", () => {
    expect(ids(stanceBetween(index, PAK, IRN).map((f) => f.relationship))).toContain("rel:leader");
    expect(
      ids(stanceBetween(index, PAK, IRN, { attribution: "record" }).map((f) => f.relationship)),
    ).not.toContain("rel:leader");
    expect(ids(stanceBetween(index, "person:leader", IRN).map((f) => f.relationship))).toEqual([
      "rel:leader",
    ]);
  });

  it("filters directed relationships by direction when asked", () => {
    expect(ids(stanceBetween(index, IRN, PAK, { directed: true }).map((f) => f.relationship))).not.toContain(
      "rel:no-history",
    );
    expect(ids(stanceBetween(index, PAK, IRN, { directed: true }).map((f) => f.relationship))).toContain(
      "rel:no-history",
    );
  });

  it("returns nothing for parties without relationships, and throws for unknown ids", () => {
    expect(stanceBetween(index, USA, GBR)).toEqual([]);
    expect(() => stanceBetween(index, USA, "country:XXX")).toThrow(UnknownIdError);
  });
});
