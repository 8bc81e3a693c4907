import { dyadTimeline, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
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
