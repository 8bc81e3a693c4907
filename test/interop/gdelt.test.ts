import { isUncategorized } from "bilateral";
import { GDELT_COLUMNS, importGdelt } from "bilateral/interop";
import { describe, expect, test } from "vitest";
import { bytes, chunked, codes, imported, record, stream } from "./helpers.js";

describe("importGdelt: well-formed rows", async () => {
  const { dataset, report } = await imported(importGdelt(stream("gdelt-valid.export.CSV")));

  test("reads every row and imports every one with a CAMEO code, statements and appeals included", () => {
    expect(report.format).toBe("gdelt");
    expect(report.read).toBe(11);
    expect(report.imported).toBe(11);
    expect(report.skipped).toEqual([]);
  });

  test("a CAMEO root 01 or 02 row is a CAMEO-only event: no PLOVER category, its code and quad class kept", () => {
    const event = record(dataset, "gdelt:900000008", "event");
    expect(event.category).toBeUndefined();
    expect(event.mode).toBeUndefined();
    expect(isUncategorized(event)).toBe(true);
    expect(event).toMatchObject({
      cameo: "010",
      actors: ["country:USA"],
      recipients: ["country:PAK"],
      quadClass: { value: 1, basis: "gdelt" },
    });
    expect(isUncategorized(record(dataset, "gdelt:900000001", "event"))).toBe(false);
  });

  test("maps a row to a PLOVER event with its CAMEO code, quad class and figures kept as delivered", () => {
    const event = record(dataset, "gdelt:900000001", "event");
    expect(event).toEqual({
      id: "gdelt:900000001",
      kind: "event",
      category: "CONSULT",
      mode: "visit",
      actors: ["country:IRN"],
      recipients: ["cameo-actor:PAKGOV"],
      date: "2025-08-02",
      location: {
        country: "PAK",
        name: "Islamabad, Islamabad, Pakistan",
        coordinates: { latitude: 33.7, longitude: 73.1667 },
        featureId: "-1282214",
        adm1: "PK08",
        featureType: "4",
      },
      actorLocations: [
        {
          role: "actor",
          entity: "country:IRN",
          country: "PAK",
          name: "Pakistan",
          coordinates: { latitude: 30, longitude: 70 },
          featureId: "PK",
          adm1: "PK",
          featureType: "1",
        },
        {
          role: "recipient",
          entity: "cameo-actor:PAKGOV",
          country: "PAK",
          name: "Islamabad, Islamabad, Pakistan",
          coordinates: { latitude: 33.7, longitude: 73.1667 },
          featureId: "-1282214",
          adm1: "PK08",
          featureType: "4",
        },
      ],
      quadClass: { value: 1, basis: "gdelt" },
      cameo: "042",
      coding: {
        goldstein: 1.9,
        numMentions: 12,
        numSources: 3,
        numArticles: 12,
        avgTone: 2.5,
        isRootEvent: true,
        dateAdded: "2025-08-02T10:30:00Z",
      },
      mentions: [
        { entity: "country:IRN", text: "IRAN", role: "actor" },
        { entity: "cameo-actor:PAKGOV", text: "PAKISTAN", role: "recipient" },
      ],
      citations: [{ url: "https://example.org/news/iran-pakistan-visit" }],
    });
  });

  test("a row without Actor1 is an event with no actors: Actor2 stays the recipient, not moved up", () => {
    expect(record(dataset, "gdelt:900000007", "event")).toMatchObject({
      category: "CONSULT",
      actors: [],
      recipients: ["country:PAK"],
      mentions: [{ entity: "country:PAK", text: "PAKISTAN", role: "recipient" }],
    });
    const neither = record(dataset, "gdelt:900000011", "event");
    expect(neither).toMatchObject({ category: "ASSAULT", cameo: "190", actors: [] });
    expect(neither.recipients).toBeUndefined();
    expect(neither.mentions).toBeUndefined();
    expect(neither.location).toEqual({
      country: "PAK",
      name: "Quetta, Balochistan, Pakistan",
      coordinates: { latitude: 30.1872, longitude: 67.0125 },
      featureId: "-2767741",
      adm1: "PK02",
      featureType: "4",
    });
    expect(neither.actorLocations).toBeUndefined();
  });

  test("uses the official CAMEO -> PLOVER table, contexts included (163 is COERCE, 0874 RETREAT disarm)", () => {
    expect(record(dataset, "gdelt:900000002", "event")).toMatchObject({
      category: "COERCE",
      cameo: "163",
      quadClass: { value: 4 },
    });
    expect(record(dataset, "gdelt:900000003", "event")).toMatchObject({
      category: "RETREAT",
      mode: "disarm",
      contexts: ["military"],
      cameo: "0874",
    });
    expect(record(dataset, "gdelt:900000009", "event")).toMatchObject({
      category: "SUPPORT",
      contexts: ["diplomatic"],
    });
  });

  test("creates the countries and organisations the events name, each before its first use", () => {
    expect(record(dataset, "country:IRN", "country")).toEqual({
      id: "country:IRN",
      kind: "country",
      name: "Iran, Islamic Republic of",
      code: "IRN",
    });
    expect(record(dataset, "cameo-actor:PAKGOV", "organization")).toEqual({
      id: "cameo-actor:PAKGOV",
      kind: "organization",
      name: "Government (Pakistan)",
      organizationType: "government-body",
      country: "country:PAK",
      sectors: ["GOV"],
    });
    expect(record(dataset, "cameo-actor:IGOEUREEC", "organization")).toMatchObject({
      name: "THE EU",
      organizationType: "intergovernmental",
      sectors: ["IGO"],
    });
    const seen = new Set<string>();
    for (const item of dataset.records) {
      if (item.kind === "event") {
        for (const id of [...item.actors, ...(item.recipients ?? [])])
          expect(seen.has(id), `${id} before ${item.id}`).toBe(true);
      }
      seen.add(item.id);
    }
    expect(dataset.records.filter((item) => item.id === "country:PAK")).toHaveLength(1);
  });

  test("keeps doubtful values, each with a warning on its line", () => {
    expect(codes(report.warnings)).toEqual([
      [3, "lower_case_code"],
      [3, "not_a_country"],
      [5, "unknown_cameo"],
      [6, "invalid_url"],
      [6, "invalid_value"],
      [6, "invalid_value"],
      [9, "not_a_country"],
      [10, "cameo_leading_zero"],
    ]);
    expect(record(dataset, "cameo-actor:bal", "organization")).toMatchObject({
      name: "BALOCH",
      organizationType: "other",
    });
    expect(record(dataset, "cameo-actor:AFRMIL", "organization")).toMatchObject({
      organizationType: "armed-forces",
      sectors: ["MIL"],
    });
    expect(record(dataset, "cameo-actor:AFRMIL", "organization").country).toBeUndefined();
  });

  test("keeps the actors' geography, in another country than the actor's too (a fact, not a mismatch)", () => {
    // Pakistani police (PAKCOP) placed in Amritsar, India: the actor keeps its country, the place is kept.
    const event = record(dataset, "gdelt:900000004", "event");
    expect(event.actorLocations).toEqual([
      {
        role: "actor",
        entity: "cameo-actor:PAKCOP",
        country: "IND",
        name: "Amritsar, Punjab, India",
        coordinates: { latitude: 31.6, longitude: 74.8667 },
        featureId: "-2088214",
        adm1: "IN23",
        featureType: "4",
      },
    ]);
    expect(record(dataset, "cameo-actor:PAKCOP", "organization").country).toBe("country:PAK");
    // The recipient's geography, with the entity it was recorded as.
    expect(record(dataset, "gdelt:900000009", "event").actorLocations).toEqual([
      {
        role: "recipient",
        entity: "cameo-actor:PAKGOV",
        country: "PAK",
        name: "Islamabad, Islamabad, Pakistan",
        coordinates: { latitude: 33.7, longitude: 73.1667 },
        featureId: "-1282214",
        adm1: "PK08",
        featureType: "4",
      },
    ]);
    expect(report.notKept["Actor1Geo_*"]).toBeUndefined();
  });

  test("keeps an unknown CAMEO code as delivered, with the category of its root code", () => {
    const event = record(dataset, "gdelt:900000005", "event");
    expect(event.cameo).toBeUndefined();
    expect(event.category).toBe("ACCUSE");
    expect(event.coding?.cameoAsDelivered).toBe("0999");
    expect(event.notes).toBeUndefined();
    expect(report.warnings.find((warning) => warning.code === "unknown_cameo")?.message).toBe(
      'EventCode "0999" is not in the CAMEO codebook: kept as coding.cameoAsDelivered; the event is read as EventRootCode "09"',
    );
  });

  test("keeps a SOURCEURL that is not a URL in the notes, and leaves out figures that are not numbers", () => {
    const event = record(dataset, "gdelt:900000006", "event");
    expect(event.citations).toBeUndefined();
    expect(event.notes).toBe("SOURCEURL as delivered: BBC Monitoring");
    expect(event.coding).toEqual({
      numSources: 1,
      numArticles: 1,
      avgTone: 0.5,
      isRootEvent: true,
      dateAdded: "2025-08-07T00:00:00Z",
    });
  });

  test("restores a CAMEO code's lost leading zero, keeping the delivered value", () => {
    const event = record(dataset, "gdelt:900000010", "event");
    expect(event).toMatchObject({ cameo: "042", coding: { cameoAsDelivered: "42" } });
    expect(event.notes).toBeUndefined();
  });

  test("keeps DATEADDED as a UTC date and time, and counts the fields it has no place for", () => {
    expect(record(dataset, "gdelt:900000011", "event").coding?.dateAdded).toBe("2025-08-12T09:30:00Z");
    expect(report.notKept).toEqual({ ActionGeo_ADM2Code: 1 });
  });
});

describe("importGdelt: malformed rows", () => {
  test("a malformed row is skipped with its line and reason, and the rows after it are read", async () => {
    const { dataset, report } = await imported(importGdelt(stream("gdelt-malformed.export.CSV")));
    expect(report.read).toBe(10); // the blank line 9 is not a row
    expect(codes(report.skipped)).toEqual([
      [2, "column_count"],
      [3, "invalid_date"],
      [4, "invalid_id"],
      [6, "invalid_utf8"],
      [7, "duplicate_id"],
      [8, "invalid_cameo"],
      [11, "column_count"],
    ]);
    expect(report.skipped[0]?.reason).toBe(
      "expected 61 tab-separated columns, got 58 (a truncated or GDELT 1.0 row?)",
    );
    expect(report.skipped[1]?.reason).toBe('SQLDATE "20251332" is not a date (YYYYMMDD)');
    // A stray quote is data in a tab-separated file: it neither breaks its row nor swallows the next ones.
    expect(dataset.records.filter((item) => item.kind === "event").map((item) => item.id)).toEqual([
      "gdelt:900000101",
      "gdelt:900000104",
      "gdelt:900000108",
    ]);
  });

  test("a DATEADDED that is not a date and time is left out with a warning; the row is imported", async () => {
    const row = bytes("gdelt-valid.export.CSV").toString("utf8").split("\n")[0]?.split("\t") ?? [];
    row[59] = "20250802256000";
    const { dataset, report } = await imported(importGdelt([row.join("\t")]));
    expect(report.imported).toBe(1);
    expect(report.warnings.find((warning) => warning.code === "invalid_date")?.message).toBe(
      'DATEADDED "20250802256000" is not a date and time (YYYYMMDDhhmmss): not kept',
    );
    expect(record(dataset, "gdelt:900000001", "event").coding?.dateAdded).toBeUndefined();
  });

  test("an unknown code under root 01 is a CAMEO-only event read as its base code, the delivered code kept", async () => {
    const row = bytes("gdelt-valid.export.CSV").toString("utf8").split("\n")[7]?.split("\t") ?? [];
    row[26] = "0199";
    const { dataset, report } = await imported(importGdelt([row.join("\t")]));
    const event = record(dataset, "gdelt:900000008", "event");
    expect(event.category).toBeUndefined();
    expect(event).toMatchObject({ cameo: "010", coding: { cameoAsDelivered: "0199" } });
    expect(codes(report.warnings)).toEqual([[1, "unknown_cameo"]]);
  });

  test("an Actor1Name without an Actor1Code is counted as not kept (a mention needs an actor)", async () => {
    const row = bytes("gdelt-valid.export.CSV").toString("utf8").split("\n")[6]?.split("\t") ?? [];
    row[6] = "SOMEONE";
    const { dataset, report } = await imported(importGdelt([row.join("\t")]));
    expect(record(dataset, "gdelt:900000007", "event")).toMatchObject({
      actors: [],
      mentions: [{ entity: "country:PAK", text: "PAKISTAN", role: "recipient" }],
    });
    expect(report.notKept["Actor1Name (no actor recorded for it)"]).toBe(1);
  });

  test("any input, however broken, ends with a report instead of an exception", async () => {
    const junk = [
      Buffer.from([0xff, 0xfe, 0x00, 0x0a]),
      Buffer.from("\t".repeat(60)),
      Buffer.from("\n\n\t\t\n"),
    ];
    const { report } = await imported(importGdelt(junk));
    expect(report.read).toBe(3);
    expect(report.skippedBy).toEqual({ invalid_utf8: 1, invalid_id: 1, column_count: 1 });
  });
});

describe("importGdelt: streaming", () => {
  test("gives the same records and report whatever the chunk boundaries", async () => {
    const whole = await imported(importGdelt(stream("gdelt-valid.export.CSV")));
    for (const size of [1, 7, 500]) {
      const cut = await imported(importGdelt(chunked(bytes("gdelt-valid.export.CSV"), size)));
      expect(cut.dataset).toEqual(whole.dataset);
      expect(cut.report).toEqual(whole.report);
    }
  });

  test("reads lines given as strings", async () => {
    const lines = bytes("gdelt-valid.export.CSV").toString("utf8").split("\n");
    const { report } = await imported(importGdelt(lines));
    expect(report.imported).toBe(11);
  });

  test("lists at most `reportLimit` skips but counts them all", async () => {
    const { report } = await imported(importGdelt(["a", "b", "c"], { reportLimit: 1 }));
    expect(report.skipped).toHaveLength(1);
    expect(report.skippedCount).toBe(3);
  });

  test("an import can be read once", async () => {
    const run = importGdelt([]);
    for await (const _ of run) {
      // nothing to read
    }
    await expect(async () => {
      for await (const _ of run) {
        // reading again
      }
    }).rejects.toThrow(/read once/);
  });

  test("names the 61 columns of the GDELT 2.0 event codebook", () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect([GDELT_COLUMNS[0], GDELT_COLUMNS[26], GDELT_COLUMNS[29], GDELT_COLUMNS[60]]).toEqual([
      "GLOBALEVENTID",
      "EventCode",
      "QuadClass",
      "SOURCEURL",
    ]);
  });
});

describe("importGdelt: events built from checked values", () => {
  test("are exactly what the schema pass gives (checkRecords)", async () => {
    for (const name of ["gdelt-valid.export.CSV", "gdelt-malformed.export.CSV"]) {
      const fast = await imported(importGdelt(stream(name)));
      const checked = await imported(importGdelt(stream(name), { checkRecords: true }));
      expect(fast.dataset).toEqual(checked.dataset);
      expect(fast.report).toEqual(checked.report);
    }
  });
});

describe("importGdelt: a string", () => {
  test("is read as a text, not character by character", async () => {
    const text = bytes("gdelt-valid.export.CSV").toString("utf8");
    const { report } = await imported(importGdelt(text));
    expect(report.read).toBe(11);
  });
});
