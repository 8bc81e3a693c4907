import { createIndex, dyadTimeline, TIMELINE_ITEM_TYPES, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset, event } from "./helpers.js";
import { IRN, index, PAK, USA } from "./timeline-fixture.js";

describe("dyadTimeline", () => {
  it("merges events and history entries in time order, undated last", () => {
    const items = dyadTimeline(index, IRN, PAK).map(
      (item) => `${item.type} ${item.date ?? "-"} ${item.record.id}`,
    );
    expect(items).toEqual([
      "project-status 2014 project:p",
      "sanction-status 2018-11 sanction:s",
      "event 2024 event:year",
      "event 2024-01-16 event:strike-back",
      "stance 2024-01-16 rel:x",
      "event 2024-01-18 event:strike",
      "mediation-status 2024-01-20 mediation:m",
      "event 2024-08 event:talks",
      "stance 2024-08 rel:x",
      "event 2024-08-02 event:visit",
      "event 2025-03-10 event:accord",
      "event - event:undated",
      "stance - rel:x",
    ]);
  });

  it("carries the history entry of each change", () => {
    const stance = dyadTimeline(index, PAK, IRN, { include: ["stance"] });
    expect(stance.map((item) => (item.type === "stance" ? item.entry.stance : undefined))).toEqual([
      "strained",
      "cooperative",
      "cooperative",
    ]);
  });

  it("restricts to a range, leaving undated items out", () => {
    const items = dyadTimeline(index, IRN, PAK, { from: "2024-08", to: "2024-08" }).map(
      (item) => item.record.id,
    );
    expect(items).toEqual(["event:year", "event:talks", "rel:x", "event:visit"]);
    const within = dyadTimeline(index, IRN, PAK, { from: "2024-08", to: "2024-08", match: "within" }).map(
      (item) => item.record.id,
    );
    expect(within).toEqual(["event:talks", "rel:x", "event:visit"]);
  });

  it("keeps directed events only when asked, and only the types asked", () => {
    const items = dyadTimeline(index, PAK, IRN, { directed: true, include: ["event"] }).map(
      (item) => item.record.id,
    );
    expect(items).toEqual(["event:strike", "event:talks"]);
    expect(() => dyadTimeline(index, PAK, IRN, { include: ["events" as never] })).toThrow(
      'include: "events"',
    );
  });

  it("is empty for a dyad with nothing, and refuses unknown ids", () => {
    expect(dyadTimeline(index, USA, "country:PAK", { include: ["event", "stance"] })).toEqual([]);
    expect(() => dyadTimeline(index, USA, "country:FRA")).toThrow(UnknownIdError);
  });
});

describe("dyadTimeline with claims", () => {
  const claim = (id: string, parties: string[], extra: Record<string, unknown> = {}) => ({
    id: `claim:${id}`,
    kind: "claim",
    claimType: "assessment",
    by: "source:a",
    summary: id,
    parties,
    ...extra,
  });
  const said = createIndex(
    dataset([
      ...countries("IRN", "PAK", "USA"),
      { id: "source:a", kind: "source", title: "A" },
      { id: "person:p", kind: "person", name: "P", positions: [{ title: "Minister", country: PAK }] },
      event("visit", IRN, PAK, "2024-08-02"),
      claim("both", [IRN, PAK], { date: "2024-08-02" }),
      claim("early", [PAK, IRN, USA], { date: "2024-03" }),
      claim("undated", [IRN, PAK]),
      claim("iran-only", [IRN], { date: "2024-05" }),
      claim("iran-us", [IRN, USA], { date: "2024-05" }),
      claim("via-person", [IRN, "person:p"], { date: "2025" }),
      // Named only in `about`, or only as the speaker: not a claim about the dyad.
      claim("about-only", [IRN], { about: [PAK] }),
      { ...claim("by-pakistan", [IRN]), by: PAK },
    ]),
  );
  const line = (item: { type: string; date?: string | undefined; record: { id: string } }) =>
    `${item.type} ${item.date ?? "-"} ${item.record.id}`;

  it("leaves claims out unless asked: events stay acts", () => {
    expect(dyadTimeline(said, IRN, PAK).map(line)).toEqual(["event 2024-08-02 event:visit"]);
    expect(TIMELINE_ITEM_TYPES).toContain("claim");
  });

  it("shows the claims whose parties name both sides, dated by when they were said, events first on a tie", () => {
    expect(dyadTimeline(said, IRN, PAK, { include: [...TIMELINE_ITEM_TYPES] }).map(line)).toEqual([
      "claim 2024-03 claim:early",
      "event 2024-08-02 event:visit",
      "claim 2024-08-02 claim:both",
      "claim 2025 claim:via-person",
      "claim - claim:undated",
    ]);
  });

  it("counts a person named among the parties for their country, unless asked for records", () => {
    const records = dyadTimeline(said, IRN, PAK, { include: ["claim"], attribution: "record" });
    expect(records.map((item) => item.record.id)).toEqual(["claim:early", "claim:both", "claim:undated"]);
  });

  it("restricts claims to a range, leaving undated ones out", () => {
    const items = dyadTimeline(said, PAK, IRN, { include: ["claim"], from: "2024-08", to: "2025" });
    expect(items.map((item) => item.record.id)).toEqual(["claim:both", "claim:via-person"]);
    const only = items[0];
    expect(only?.type === "claim" ? only.record.claimType : undefined).toBe("assessment");
  });
});
