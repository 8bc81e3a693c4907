import { createIndex, findEvents } from "bilateral";
import { importUcdp, UCDP_COLUMNS } from "bilateral/interop";
import { describe, expect, test } from "vitest";
import { bytes, chunked, codes, imported, record, stream } from "./helpers.js";

describe("importUcdp: a GED 23.1 file", async () => {
  const { dataset, report } = await imported(importUcdp(stream("ucdp-ged-23.csv")));

  test("imports every row as an event", () => {
    expect(report.format).toBe("ucdp");
    expect(report.read).toBe(5);
    expect(report.imported).toBe(5);
    expect(report.skippedCount).toBe(0);
    expect(UCDP_COLUMNS).toContain("type_of_violence");
  });

  test("maps a state-based event: the government as its country, the rebels as an armed group, deaths", () => {
    const event = record(dataset, "ucdp:900001", "event");
    expect(event).toMatchObject({
      category: "ASSAULT",
      contexts: ["military"],
      actors: ["country:PAK"],
      recipients: ["ucdp-actor:9100"],
      date: "2024-03-20",
      location: {
        country: "PAK",
        name: "Gwadar town, Gwadar district, Balochistan province",
        coordinates: { latitude: 25.1264, longitude: 62.3225 },
      },
      casualties: {
        dead: 10,
        deadLow: 9,
        deadHigh: 12,
        deadActors: 2,
        deadRecipients: 8,
        deadCivilians: 0,
        deadUnknown: 0,
      },
      coding: { numSources: 2 },
      mentions: [{ entity: "country:PAK", text: "Government of Pakistan", role: "actor" }],
    });
    expect(event.endDate).toBeUndefined();
    expect(record(dataset, "ucdp-actor:9100", "organization")).toEqual({
      id: "ucdp-actor:9100",
      kind: "organization",
      name: "BLA",
      organizationType: "armed-group",
      identifiers: [{ scheme: "ucdp-actor", value: "9100" }],
    });
  });

  test("cites the GED by relid and each news office with its date and headline", () => {
    expect(record(dataset, "ucdp:900001", "event").citations).toEqual([
      { source: "source:ucdp-ged", locator: "relid PAK-2024-1-900-1" },
      {
        source: "ucdp-source:Dawn",
        locator: "Militants attack port complex",
        reported: "2024-03-20",
        attributedAs: "ISPR",
      },
      {
        source: "ucdp-source:Reuters",
        locator: "Gunmen killed",
        reported: "2024-03-21",
        attributedAs: "ISPR",
      },
    ]);
  });

  test("never claims more date precision than date_prec gives", () => {
    expect(record(dataset, "ucdp:900002", "event").date).toBe("2024-05"); // 4: the month
    expect(record(dataset, "ucdp:900003", "event").date).toBe("2024"); // 5: the year
    const week = record(dataset, "ucdp:900004", "event"); // 2: a range of days
    expect([week.date, week.endDate]).toEqual(["2024-06-03", "2024-06-05"]);
  });

  test("one-sided violence has no recipient record for the civilians, whose deaths are counted", () => {
    const event = record(dataset, "ucdp:900003", "event");
    expect(event.recipients).toBeUndefined();
    expect(event.contexts).toBeUndefined();
    expect(event.casualties?.deadCivilians).toBe(3);
    expect(event.notes).toContain("one-sided violence");
  });

  test("makes each state-based dyad one conflict relationship, and no relationship for other dyads", () => {
    const relationships = dataset.records.filter((item) => item.kind === "relationship");
    expect(relationships.map((item) => item.id)).toEqual(["ucdp-dyad:9001", "ucdp-dyad:9004"]);
    expect(record(dataset, "ucdp-dyad:9004", "relationship")).toMatchObject({
      relationshipType: "conflict",
      parties: ["country:IRN", "country:PAK"],
      label: "Government of Iran - Government of Pakistan",
    });
  });

  test("the events are found between the parties of their dyad", () => {
    const index = createIndex(dataset);
    const found = findEvents(index, { between: ["country:IRN", "country:PAK"] });
    expect(found.map((event) => event.id)).toEqual(["ucdp:900005"]);
  });
});

describe("importUcdp: an HDX GED 19.1 file", async () => {
  const { dataset, report } = await imported(importUcdp(stream("ucdp-hdx-19.csv")));

  test("passes over the hashtag row, reads quoted fields over lines, and reads columns by name", () => {
    expect(report.read).toBe(2);
    expect(report.imported).toBe(2);
    expect(report.notKept["HXL hashtag row"]).toBe(1);
    const event = record(dataset, "ucdp:800001", "event");
    expect(event.date).toBe("2015-02-02");
    expect(event.casualties).toMatchObject({ dead: 2, deadLow: 2, deadHigh: 2, deadActors: 2 });
    expect(event.citations?.[1]).toMatchObject({ source: "ucdp-source:Daily-Times", reported: "2015-02-03" });
  });

  test("keeps estimates that are out of order as delivered, with a warning", () => {
    expect(record(dataset, "ucdp:800002", "event").casualties).toMatchObject({
      dead: 3,
      deadLow: 0,
      deadHigh: 0,
    });
    expect(codes(report.warnings)).toEqual([[5, "inconsistent_value"]]);
  });

  test("reads the same file in chunks of any size", async () => {
    const again = await imported(importUcdp(chunked(bytes("ucdp-hdx-19.csv"), 5)));
    expect(again.dataset.records).toEqual(dataset.records);
  });
});

describe("importUcdp: bad rows", async () => {
  const { dataset, report } = await imported(importUcdp(stream("ucdp-malformed.csv")));

  test("skips a row without an id, a date or its columns, with its line and reason, and keeps the rest", () => {
    expect(report.read).toBe(7);
    expect(codes(report.skipped)).toEqual([
      [3, "invalid_id"],
      [4, "invalid_date"],
      [6, "column_count"],
      [7, "duplicate_id"],
    ]);
    expect(codes(report.warnings)).toEqual([
      [2, "not_a_government"],
      [2, "unknown_country"],
      [2, "invalid_coordinates"],
      [5, "invalid_value"],
      [8, "period_reversed"],
    ]);
  });

  test("keeps a government it cannot place as an organisation, and leaves out a count that is not one", () => {
    expect(record(dataset, "ucdp-actor:1", "organization").name).toBe("Government of Atlantis");
    expect(record(dataset, "ucdp:700003", "event").casualties).toEqual({ deadLow: 1, deadHigh: 1 });
    // An end before the start: the end is left out, and a range of days without its end is its month.
    expect(record(dataset, "ucdp:700005", "event")).toMatchObject({
      date: "2020-03",
      actors: ["ucdp-actor:9100"],
    });
    expect(record(dataset, "ucdp:700005", "event").endDate).toBeUndefined();
  });

  test("refuses a file whose header lacks the required columns", async () => {
    await expect(imported(importUcdp(["id,year,best", "1,2020,3"]))).rejects.toThrow(
      /not a UCDP GED header row: it lacks the columns date_start, type_of_violence, side_a/,
    );
  });
});

describe("importUcdp: an older release's names", async () => {
  const { dataset, report } = await imported(importUcdp(stream("ucdp-ged-old.csv")));

  test("reads upper-case names, *_est estimates, the old ids and gwno as the event's country", () => {
    expect(report.imported).toBe(1);
    expect(record(dataset, "ucdp:5001", "event")).toMatchObject({
      actors: ["country:PAK"],
      recipients: ["ucdp-actor:444"],
      date: "1999-06-10",
      location: { country: "PAK", coordinates: { latitude: 34, longitude: 71.5 } },
      casualties: { dead: 4, deadLow: 4, deadHigh: 6 },
    });
    expect(record(dataset, "ucdp-dyad:333", "relationship").parties).toEqual([
      "country:PAK",
      "ucdp-actor:444",
    ]);
  });
});

describe("a header that names one column twice", () => {
  test("reads every row, the first of the two columns wins", async () => {
    const [header, ...rows] = bytes("ucdp-ged-23.csv").toString("utf8").trimEnd().split("\n");
    // `best_est` is the old name of `best`: both fold to one column.
    const text = [`${header},best_est`, ...rows.map((row) => `${row},999`)].join("\n");
    const plain = await imported(importUcdp(stream("ucdp-ged-23.csv")));
    const twice = await imported(importUcdp(chunked(Buffer.from(text), 1 << 16)));
    expect(twice.report.skippedCount).toBe(0);
    expect(twice.report.imported).toBe(plain.report.imported);
    const deaths = (run: typeof plain) =>
      run.dataset.records.flatMap((r) => (r.kind === "event" ? [r.casualties?.dead] : []));
    expect(deaths(twice)).toEqual(deaths(plain));
  });
});
