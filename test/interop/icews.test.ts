import { isUncategorized } from "bilateral";
import { ICEWS_COUNTRY_ALIASES, icewsCountryCode, importIcews } from "bilateral/interop";
import { describe, expect, test } from "vitest";
import { bytes, chunked, codes, imported, record, stream } from "./helpers.js";

describe("icewsCountryCode", () => {
  test("maps ICEWS country names to ISO alpha-3: ISO names and the ICEWS spellings of the alias table", () => {
    expect(icewsCountryCode("Russian Federation")).toBe("RUS");
    expect(icewsCountryCode("Russia")).toBe("RUS");
    expect(icewsCountryCode("Iran")).toBe("IRN");
    expect(icewsCountryCode("Occupied Palestinian Territory")).toBe("PSE");
    expect(icewsCountryCode("Palestinian Territory, Occupied")).toBe("PSE");
    expect(icewsCountryCode("United States")).toBe("USA");
    expect(icewsCountryCode("the former Yugoslav Republic of Macedonia")).toBe("MKD");
    expect(icewsCountryCode("Cote d'Ivoire")).toBe("CIV");
    expect(icewsCountryCode("Pakistan")).toBe("PAK");
  });

  test("leaves what is not a country with an ISO code unmapped", () => {
    for (const name of ["Kosovo", "Bavaria", "Aeolian Islands", "Netherlands Antilles", "NA", ""]) {
      expect(icewsCountryCode(name), name).toBeUndefined();
    }
    expect(Object.values(ICEWS_COUNTRY_ALIASES).every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
  });
});

describe("importIcews: well-formed rows", async () => {
  const { dataset, report } = await imported(importIcews(stream("icews-valid.tab")));

  test("reads the rows after the header and imports every one with a CAMEO code, statements included", () => {
    expect(report.format).toBe("icews");
    expect(report.read).toBe(8);
    expect(report.imported).toBe(8);
    expect(report.skipped).toEqual([]);
  });

  test("a CAMEO root 01 row is a CAMEO-only event: no PLOVER category, its code kept", () => {
    const event = record(dataset, "icews:40000006", "event");
    expect(event.category).toBeUndefined();
    expect(isUncategorized(event)).toBe(true);
    expect(event).toMatchObject({
      cameo: "010",
      actors: ["country:PAK"],
      recipients: ["country:IRN"],
      intensity: 0,
    });
    expect(event.mode).toBeUndefined();
  });

  test("maps a row to an event with the CAMEO code and Intensity as delivered, the publisher as a cited source", () => {
    expect(record(dataset, "icews:40000001", "event")).toEqual({
      id: "icews:40000001",
      kind: "event",
      category: "CONSULT",
      mode: "visit",
      actors: ["country:IRN"],
      recipients: ["country:PAK"],
      date: "2025-08-02",
      location: {
        country: "PAK",
        name: "Islamabad, Islamabad Capital Territory, Pakistan",
        coordinates: { latitude: 33.7215, longitude: 73.0433 },
      },
      intensity: 1.9,
      cameo: "042",
      citations: [{ source: "icews-source:Dawn", locator: "story 9001, sentence 1" }],
    });
    expect(record(dataset, "icews-source:Dawn", "source")).toEqual({
      id: "icews-source:Dawn",
      kind: "source",
      sourceType: "news",
      publisher: "Dawn",
    });
  });

  test("makes sector actors organisations with their sectors, and a country actor the country", () => {
    expect(record(dataset, "icews-actor:Police-(Pakistan)", "organization")).toEqual({
      id: "icews-actor:Police-(Pakistan)",
      kind: "organization",
      name: "Police (Pakistan)",
      organizationType: "government-body",
      country: "country:PAK",
      sectors: ["COP", "GOV"],
      notes: "ICEWS sectors: Police, Government",
    });
    expect(record(dataset, "icews-actor:Militant-(Pakistan)", "organization")).toMatchObject({
      organizationType: "armed-group",
      sectors: ["UAF"],
    });
    // "Russia" as the target, with "Russian Federation" as its country: the country itself.
    expect(record(dataset, "icews:40000003", "event").recipients).toEqual(["country:RUS"]);
    expect(record(dataset, "icews:40000004", "event")).toMatchObject({
      actors: ["icews-actor:Hamas"],
      recipients: ["icews-actor:United-Nations"],
      location: { country: "PSE" },
    });
    expect(record(dataset, "icews-actor:Hamas", "organization")).toMatchObject({
      country: "country:PSE",
      organizationType: "non-governmental",
    });
    expect(record(dataset, "icews-actor:United-Nations", "organization")).toMatchObject({
      organizationType: "intergovernmental",
    });
    expect(record(dataset, "icews-actor:United-Nations", "organization").country).toBeUndefined();
  });

  test("keeps doubtful values with a warning: a code without its leading zero, a country without an ISO code", () => {
    expect(codes(report.warnings)).toEqual([
      [8, "cameo_leading_zero"],
      [8, "unknown_country"],
      [8, "unknown_country"],
    ]);
    const event = record(dataset, "icews:40000007", "event");
    expect(event).toMatchObject({ cameo: "042", coding: { cameoAsDelivered: "42" } });
    expect(event.notes).toBeUndefined();
    expect(record(dataset, "icews-actor:Kosovo", "organization").country).toBeUndefined();
  });

  test("an event without a target has no recipients", () => {
    expect(record(dataset, "icews:40000008", "event").recipients).toBeUndefined();
  });
});

describe("importIcews: malformed rows", () => {
  test("skips each malformed row with its line and reason and reads on", async () => {
    const { dataset, report } = await imported(importIcews(stream("icews-malformed.tab")));
    expect(report.read).toBe(8);
    expect(codes(report.skipped)).toEqual([
      [3, "column_count"],
      [4, "invalid_date"],
      [6, "invalid_utf8"],
      [7, "invalid_cameo"],
      [9, "column_count"],
    ]);
    expect(report.skipped[1]?.reason).toBe('Event Date "2025-02-30" is not a date (YYYY-MM-DD)');
    // The stray quote on line 5 is part of a name; it does not spill over.
    expect(record(dataset, 'icews-actor:Pakistan-"Army', "organization").name).toBe('Pakistan "Army');
    expect(dataset.records.filter((item) => item.kind === "event")).toHaveLength(3);
    // No Source Name: an event whose actor ICEWS does not name, the target kept as the recipient.
    expect(record(dataset, "icews:40000106", "event")).toMatchObject({
      actors: [],
      recipients: ["country:PAK"],
    });
  });

  test("refuses a file whose first line is not an ICEWS header, naming the missing columns", async () => {
    await expect(imported(importIcews(stream("icews-no-header.tab")))).rejects.toMatchObject({
      name: "InputError",
    });
    await expect(imported(importIcews(stream("icews-no-header.tab")))).rejects.toThrow(
      /line 1 is not an ICEWS header row: it lacks the columns "Event ID", "Event Date"/,
    );
  });

  test("gives the same result whatever the chunk boundaries", async () => {
    const whole = await imported(importIcews(stream("icews-valid.tab")));
    const cut = await imported(importIcews(chunked(bytes("icews-valid.tab"), 13)));
    expect(cut.dataset).toEqual(whole.dataset);
  });
});

describe("importIcews: an Event ID repeated", async () => {
  const { dataset, report } = await imported(importIcews(stream("icews-repeated.tab")));

  test("is reported once per repeating row, with its line and id, and imported once", () => {
    expect(report.read).toBe(5);
    expect(report.imported).toBe(3);
    expect(codes(report.skipped)).toEqual([
      [4, "repeated_event"],
      [5, "repeated_event"],
    ]);
    expect(report.skippedBy).toEqual({ repeated_event: 2 });
    expect(dataset.records.filter((item) => item.id === "icews:50000001")).toHaveLength(1);
    expect(record(dataset, "icews:50000001", "event").citations).toEqual([
      { source: "icews-source:Dawn", locator: "story 9101, sentence 1" },
    ]);
  });

  test("says whether the repeat's content differs from the row imported", () => {
    expect(report.skipped[0]?.reason).toBe(
      "Event ID 50000001 repeats the event imported from line 2, with the same content; not imported twice",
    );
    expect(report.skipped[1]?.reason).toMatch(
      /^Event ID 50000001 repeats the event imported from line 2, with different content .*the first row is kept/,
    );
  });

  test("imports appeals (root 02) and statements (root 01) as CAMEO-only events", () => {
    expect(record(dataset, "icews:50000002", "event")).toMatchObject({ cameo: "020", intensity: 3 });
    expect(record(dataset, "icews:50000002", "event").category).toBeUndefined();
    expect(record(dataset, "icews:50000003", "event").category).toBeUndefined();
  });
});

describe("importIcews: events built from checked values", () => {
  test("are exactly what the schema pass gives (checkRecords)", async () => {
    const fast = await imported(importIcews(stream("icews-valid.tab")));
    const checked = await imported(importIcews(stream("icews-valid.tab"), { checkRecords: true }));
    expect(fast.dataset).toEqual(checked.dataset);
    expect(fast.report).toEqual(checked.report);
  });
});
