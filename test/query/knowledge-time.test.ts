import {
  createIndex,
  historyInEffect,
  OptionError,
  parseDataset,
  sanctionsInForce,
  stanceBetween,
} from "bilateral";
import { describe, expect, it } from "vitest";

const index = createIndex(
  parseDataset({
    format: "bilateral",
    version: "1.0",
    records: [
      { id: "country:USA", kind: "country", code: "USA", name: "United States" },
      { id: "country:IRN", kind: "country", code: "IRN", name: "Iran" },
      { id: "source:wire-2012", kind: "source", title: "Wire, 2012", published: "2012-02-01" },
      { id: "source:report-2017", kind: "source", title: "Annual report", published: "2017-02-15" },
      {
        id: "sanction:lifted-late",
        kind: "sanction",
        authority: "country:USA",
        targets: ["country:IRN"],
        statusHistory: [
          { status: "imposed", since: "2012-01", citations: [{ source: "source:wire-2012" }] },
          // Lifted in January 2016, reported only in the 2017 report (its published date stands in).
          { status: "lifted", since: "2016-01", citations: [{ source: "source:report-2017" }] },
        ],
      },
      {
        id: "relationship:usa-irn",
        kind: "relationship",
        parties: ["country:USA", "country:IRN"],
        relationshipType: "diplomatic",
        citations: [{ source: "source:wire-2012" }],
        stanceHistory: [
          // No dated citation of its own: the record's (2012) stands for it.
          { stance: "hostile", since: "2011" },
          {
            stance: "strained",
            since: "2015-07",
            citations: [{ url: "https://example.org/a", reported: "2015-08" }],
          },
        ],
      },
    ],
  }),
);

const inForce = (options: { at?: string; knownAt?: string }) =>
  sanctionsInForce(index, { target: "country:IRN", ...options }).map((found) => found.sanction.id);

describe("knowledge time (knownAt)", () => {
  it("answers as the sources stated it by then: a lifting reported late is not yet known", () => {
    expect(inForce({ at: "2016-11" })).toEqual([]);
    expect(inForce({ at: "2016-11", knownAt: "2016-11" })).toEqual(["sanction:lifted-late"]);
    expect(inForce({ at: "2016-11", knownAt: "2017-02" })).toEqual([]);
    // Without `at`, the latest state as known then.
    expect(inForce({ knownAt: "2016-12-31" })).toEqual(["sanction:lifted-late"]);
    expect(inForce({})).toEqual([]);
    // Before anything was reported, nothing is known.
    expect(inForce({ at: "2012-01", knownAt: "2011" })).toEqual([]);
  });

  it("reads a citation's own reported date before its source's published date", () => {
    const stance = (knownAt: string) =>
      stanceBetween(index, "country:USA", "country:IRN", { at: "2015-07-20", knownAt })[0]?.stance;
    expect(stance("2015-07-31")).toBe("hostile");
    expect(stance("2015-08")).toBe("strained");
  });

  it("takes the record's citations for an entry with none dated", () => {
    const stance = stanceBetween(index, "country:USA", "country:IRN", { at: "2011-06", knownAt: "2011-12" });
    expect(stance[0]?.stance).toBeUndefined();
    expect(
      stanceBetween(index, "country:USA", "country:IRN", { at: "2011-06", knownAt: "2012-02" })[0]?.stance,
    ).toBe("hostile");
  });

  it("applies to historyInEffect by reported dates, and counts undated knowledge at any date", () => {
    const history = [
      { since: "2020", status: "open" },
      { since: "2021", status: "closed", citations: [{ url: "https://example.org/b", reported: "2022" }] },
    ];
    expect(historyInEffect(history, { at: "2021-06", knownAt: "2021-12" }).map((e) => e.status)).toEqual([
      "open",
    ]);
    expect(historyInEffect(history, { at: "2021-06", knownAt: "2022" }).map((e) => e.status)).toEqual([
      "closed",
    ]);
  });

  it("rejects a knownAt that is not a partial date, naming the option", () => {
    expect(() => sanctionsInForce(index, { knownAt: "late 2016" })).toThrow(OptionError);
    expect(() => sanctionsInForce(index, { knownAt: "late 2016" })).toThrow(/knownAt/);
  });
});
