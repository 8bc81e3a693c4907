import { importPlover, PLOVER_VERSION_ALIASES } from "bilateral/interop";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bytes, chunked, codes, imported, record, stream } from "./helpers.js";

describe("PLOVER_VERSION_ALIASES", () => {
  test("maps the 0.5/0.6 names to 0.8 and leaves 0.8 names alone", () => {
    const legacy = PLOVER_VERSION_ALIASES["0.6"];
    expect(legacy.fields).toMatchObject({
      source: "actor",
      target: "recipient",
      eventText: "event_text",
      eventLoc: "event_loc",
    });
    expect(legacy.categories).toEqual({
      DEMAND: "REQUEST",
      DISAPPROVE: "ACCUSE",
      INVESTIGATE: "ACCUSE",
      FIGHT: "ASSAULT",
      CRIME: null,
    });
    expect(legacy.modes["strike-hun"]).toBe("hunger");
    expect(PLOVER_VERSION_ALIASES["0.5"]).toBe(legacy);
    expect(PLOVER_VERSION_ALIASES["0.8"].categories).toEqual({});
  });
});

describe("importPlover: PLOVER 0.6, a JSON array", async () => {
  const { dataset, report } = await imported(importPlover(stream("plover-0.6.json")));

  test("imports the events, the DOCUMENT record as a source, and reports what it skipped", () => {
    expect(report.read).toBe(7);
    expect(report.imported).toBe(6);
    expect(codes(report.skipped)).toEqual([[61, "dropped_category"]]);
    expect(report.skipped[0]?.reason).toBe(
      'category "CRIME" (PLOVER 0.6) was dropped by PLOVER 0.8 without replacement',
    );
  });

  test("DOCUMENT is metadata: a source record, not an event", () => {
    expect(record(dataset, "plover:TEST-DOC-0001", "source")).toEqual({
      id: "plover:TEST-DOC-0001",
      kind: "source",
      sourceType: "dataset",
      publisher: "bilateral test suite",
      authors: ["bilateral"],
      published: "2025-08-10",
      licence: "CC0",
      notes: "Hand-written records in the PLOVER 0.6 style, for the bilateral tests\nNot real events",
    });
  });

  test("renames fields and categories: source/target -> actors/recipients, FIGHT -> ASSAULT, with casualties", () => {
    expect(record(dataset, "plover:TEST-FIGHT-0001", "event")).toEqual({
      id: "plover:TEST-FIGHT-0001",
      kind: "event",
      category: "ASSAULT",
      mode: "firearms",
      contexts: ["military", "terrorism"],
      actors: ["cameo-actor:PAKMIL"],
      recipients: ["cameo-actor:PAKREB"],
      date: "2025-08-03",
      location: { country: "PAK", name: "Quetta" },
      summary: "Pakistani troops clashed with militants near Quetta, killing three.",
      casualties: { dead: 3, injured: 12 },
      mentions: [
        { entity: "cameo-actor:PAKMIL", text: "Pakistani troops", role: "actor" },
        { entity: "cameo-actor:PAKREB", text: "militants", role: "recipient" },
      ],
      citations: [{ source: "plover-source:bilateral-test-suite" }],
    });
    expect(record(dataset, "cameo-actor:PAKMIL", "organization")).toEqual({
      id: "cameo-actor:PAKMIL",
      kind: "organization",
      name: "Military (Pakistan)",
      organizationType: "armed-forces",
      country: "country:PAK",
      sectors: ["MIL"],
    });
    expect(record(dataset, "plover:TEST-DEMAND-0001", "event").category).toBe("REQUEST");
  });

  test("a record without an actor (no `source`) is an event with no actors; its target stays the recipient", () => {
    expect(record(dataset, "plover:TEST-ASSAULT-0001", "event")).toMatchObject({
      category: "ASSAULT",
      mode: "explosives",
      actors: [],
      recipients: ["cameo-actor:AFGCVL"],
      mentions: [{ entity: "cameo-actor:AFGCVL", text: "villagers", role: "recipient" }],
    });
  });

  test("renames modes by the alias table (host -> visit, strike-hun -> hunger)", () => {
    expect(record(dataset, "plover:TEST-CONSULT-0001", "event")).toMatchObject({
      category: "CONSULT",
      mode: "visit",
    });
    expect(record(dataset, "plover:TEST-PROTEST-0001", "event")).toMatchObject({
      category: "PROTEST",
      mode: "hunger",
    });
  });

  test("keeps values that are not PLOVER 0.8 in the notes, with a warning, and warns of doubtful codes", () => {
    expect(codes(report.warnings)).toEqual([
      [29, "not_a_country"],
      [29, "unknown_code"],
      [51, "lower_case_code"],
      [51, "invalid_sector"],
      [51, "not_kept"],
    ]);
    expect(record(dataset, "plover:TEST-DEMAND-0001", "event").notes).toBe(
      'PLOVER 0.6 values not in PLOVER 0.8: context "political"',
    );
    expect(record(dataset, "cameo-actor:JAP", "organization")).toMatchObject({
      name: "Tokyo",
      organizationType: "other",
    });
    expect(record(dataset, "cameo-actor:PAKEDUbal", "organization").sectors).toEqual(["EDU"]);
  });
});

describe("importPlover: PLOVER 0.8, JSON Lines", async () => {
  const { dataset, report } = await imported(importPlover(stream("plover-0.8.jsonl")));

  test("maps every 0.8 field the model holds", () => {
    expect(report.imported).toBe(3);
    expect(record(dataset, "plover:p8-0001", "event")).toEqual({
      id: "plover:p8-0001",
      kind: "event",
      category: "CONSULT",
      mode: "visit",
      contexts: ["diplomatic", "economic"],
      actors: ["cameo-actor:IRNGOV"],
      recipients: ["country:PAK"],
      date: "2025-08-02",
      endDate: "2025-08-03",
      location: { country: "PAK", name: "Islamabad", coordinates: { latitude: 33.7215, longitude: 73.0433 } },
      summary: "Iranian President Masoud Pezeshkian visited Pakistan on August 2 and 3.",
      intensity: 1.9,
      quadClass: { value: 1, basis: "plover" },
      coding: { dateAdded: "2025-08-04" },
      mentions: [
        { entity: "cameo-actor:IRNGOV", text: "Iranian President Masoud Pezeshkian", role: "actor" },
        { entity: "country:PAK", text: "Pakistan", role: "recipient" },
      ],
      citations: [{ url: "https://example.org/news/visit", source: "plover-source:Example-News" }],
    });
    expect(record(dataset, "plover-source:Example-News", "source")).toMatchObject({
      publisher: "Example News",
      title: "Iran's president visits Pakistan",
    });
  });

  test("reads group codes, casualties given as strings, and an ISO alpha-2 location country", () => {
    expect(record(dataset, "plover:p8-0002", "event")).toMatchObject({
      category: "ASSAULT",
      actors: ["cameo-actor:IMG"],
      casualties: { dead: 5, injured: 2 },
      quadClass: { value: 4, basis: "plover" },
      location: { country: "IRN", name: "Sistan and Baluchestan" },
    });
    expect(record(dataset, "cameo-actor:IMG", "organization")).toMatchObject({
      name: "Jaish al-Adl",
      organizationType: "armed-group",
    });
  });

  test("warns of out-of-range values and leaves them out", () => {
    expect(codes(report.warnings)).toEqual([
      [3, "invalid_value"],
      [3, "invalid_value"],
      [3, "invalid_date"],
    ]);
    expect(report.warnings[2]?.message).toBe('dateCoded "last week" is not a date: not kept');
    const event = record(dataset, "plover:p8-0003", "event");
    expect(event.quadClass).toBeUndefined();
    expect(event.intensity).toBeUndefined();
    expect(event.coding).toBeUndefined();
    expect(event.mentions).toBeUndefined();
  });
});

describe("importPlover: malformed records", () => {
  test("JSON Lines: each bad line is skipped with its number and reason", async () => {
    const { dataset, report } = await imported(importPlover(stream("plover-malformed.jsonl")));
    expect(report.read).toBe(12);
    expect(codes(report.skipped)).toEqual([
      [2, "invalid_json"],
      [3, "invalid_json"],
      [5, "invalid_date"],
      [6, "invalid_record"],
      [7, "invalid_utf8"],
      [9, "invalid_id"],
      [10, "invalid_date"],
      [11, "unknown_category"],
      [12, "duplicate_id"],
    ]);
    expect(dataset.records.filter((item) => item.kind === "event").map((item) => item.id)).toEqual([
      "plover:m-0001",
      "plover:m-0004",
      "plover:m-0013",
    ]);
    expect(record(dataset, "plover:m-0004", "event").actors).toEqual([]);
  });

  test("a JSON array: a stray quote spoils one element only; a missing comma and a truncated end are reported", async () => {
    const { dataset, report } = await imported(importPlover(stream("plover-malformed-array.json")));
    expect(codes(report.skipped)).toEqual([
      [2, "invalid_json"],
      [5, "invalid_json"],
      [7, "invalid_json"],
    ]);
    expect(report.skipped[0]?.reason).toMatch(/a string is not closed on line 3 \(a stray quote\?\)/);
    expect(report.skipped[1]?.reason).toMatch(/a comma is missing before this element/);
    expect(report.skipped[2]?.reason).toMatch(/the input ends inside it/);
    expect(dataset.records.filter((item) => item.kind === "event").map((item) => item.id)).toEqual([
      "plover:a-0002",
      "plover:a-0004",
    ]);
  });

  test("reads a JSON array the same whatever the chunk boundaries", async () => {
    const data = bytes("plover-0.6.json");
    const whole = await imported(importPlover(stream("plover-0.6.json")));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 400 }), async (size) => {
        const cut = await imported(importPlover(chunked(data, size)));
        expect(cut.dataset).toEqual(whole.dataset);
        expect(cut.report).toEqual(whole.report);
      }),
      { numRuns: 25 },
    );
  });

  test("reads a minified one-line JSON array and elements that are not objects", async () => {
    const text =
      '[{"id":"x1","date":"2025-08-02","actor":[{"code":"IRN"}],"event":"AGREE"}, 42, "text", null]';
    const { report } = await imported(importPlover([text]));
    expect(report.read).toBe(4);
    expect(report.imported).toBe(1);
    expect(report.skippedBy).toEqual({ invalid_record: 3 });
  });

  test("reads every record as the version given, whatever its own version field says", async () => {
    const line =
      '{"id": "v1", "date": "2025-08-02", "source": [{"code": "IRN"}], "event": "FIGHT", "version": "0.8"}';
    const asDeclared = await imported(importPlover([line]));
    expect(asDeclared.report.skippedBy).toEqual({ unknown_category: 1 });
    const forced = await imported(importPlover([line], { version: "0.6" }));
    expect(record(forced.dataset, "plover:v1", "event").category).toBe("ASSAULT");
  });
});
