import { readFileSync } from "node:fs";
import type { DatasetRecord } from "bilateral";
import { exportFtm, FTM_PROGRAMS, type FtmEntity, FtmEntitySchema, importFtm } from "bilateral/interop";
import { describe, expect, test } from "vitest";
import { codes, fixture, ftmDifferences, imported, record, stream } from "./helpers.js";

async function exported(records: readonly DatasetRecord[]) {
  const run = exportFtm(records);
  const entities: FtmEntity[] = [];
  for await (const entity of run) entities.push(entity);
  return { entities, report: run.report };
}

function originals(name: string): FtmEntity[] {
  return readFileSync(fixture(name), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => FtmEntitySchema.parse(JSON.parse(line)));
}

const values = (entity: FtmEntity | undefined, ...properties: string[]) =>
  properties.flatMap((property) => entity?.properties[property] ?? []).sort();

describe("importFtm", async () => {
  const { dataset, report } = await imported(importFtm(stream("ftm-roundtrip.jsonl")));

  test("imports persons, organisations of every schema, addresses and sanctions, each ftm:<id>", () => {
    expect(report.read).toBe(8);
    expect(report.imported).toBe(8);
    expect(record(dataset, "ftm:t-person-1", "person")).toEqual({
      id: "ftm:t-person-1",
      kind: "person",
      name: "Jane Example",
      additionalNames: ["Джейн Пример"],
      aliases: ["J. Example"],
      identifiers: [
        { scheme: "ftm", value: "t-person-1" },
        { scheme: "ftm-referent", value: "src-person-1" },
        { scheme: "ftm-referent", value: "other-person-1" },
        { scheme: "tax-number", value: "TX-1" },
        { scheme: "passport-number", value: "X1234567" },
        { scheme: "wikidata", value: "Q999999999" },
      ],
      nationalities: ["country:IRN", "country:PAK"],
      countries: ["country:ARE"],
      birthDate: "1970-03",
      deathDate: "2024-11-30",
      birthPlace: "Tehran",
      gender: "female",
      addresses: ["PO Box 1, Dubai"],
      positions: [{ title: "Director of Example Trading" }],
      citations: [{ source: "ftm-dataset:test_sdn" }],
    });
    expect(record(dataset, "ftm:t-company-1", "organization")).toMatchObject({
      organizationType: "company",
      country: "country:IRN",
      jurisdiction: "country:ARE",
      addresses: ["Office 5, Example Tower, Tehran", "PO Box 2, Dubai"],
      period: { start: "2001-02", end: "2020-12-31" },
    });
    expect(record(dataset, "ftm:t-body-1", "organization").organizationType).toBe("government-body");
    expect(record(dataset, "ftm:t-org-1", "organization")).toMatchObject({
      organizationType: "other",
      weakAliases: ["EF"],
    });
    expect(record(dataset, "ftm:t-address-1", "place")).toMatchObject({
      name: "1 Example Street, Karachi",
      placeType: "other",
      countries: ["country:PAK"],
    });
  });

  test("a sanction gets its authority, programme, measures and dates, after the entity it targets", () => {
    expect(record(dataset, "ftm:t-sanction-1", "sanction")).toEqual({
      id: "ftm:t-sanction-1",
      kind: "sanction",
      authority: "ftm-authority:Office-of-Foreign-Assets-Control",
      targets: ["ftm:t-company-1"],
      program: { key: "US-IRAN", name: "IRAN", url: "https://example.gov/programs/iran" },
      measures: ["Asset freeze", "Travel ban"],
      objective: "Supports a nuclear programme",
      statusHistory: [
        { status: "imposed", since: "2019-05-08" },
        { status: "imposed", asOf: "2019-05-10", note: "listed (FtM listingDate)" },
        { status: "lifted", since: "2024-01-31" },
      ],
      identifiers: [
        { scheme: "authority-id", value: "IRAN-EO13846-1234" },
        { scheme: "unsc", value: "IRi.001" },
      ],
      citations: [{ source: "ftm-dataset:test_sdn" }, { url: "https://example.gov/sdn/1" }],
      asDelivered: [
        { property: "authority", values: ["Office of Foreign Assets Control"] },
        { property: "program", values: ["IRAN"] },
        { property: "programId", values: ["US-IRAN"] },
        { property: "programUrl", values: ["https://example.gov/programs/iran"] },
        { property: "provisions", values: ["Asset freeze", "Travel ban"] },
        { property: "country", values: ["us"] },
      ],
    });
    expect(record(dataset, "ftm-authority:Office-of-Foreign-Assets-Control", "organization")).toEqual({
      id: "ftm-authority:Office-of-Foreign-Assets-Control",
      kind: "organization",
      name: "Office of Foreign Assets Control",
      aliases: ["OFAC"],
      organizationType: "government-body",
      country: "country:USA",
    });
    const order = dataset.records.map((item) => item.id);
    expect(order.indexOf("ftm:t-sanction-1")).toBeGreaterThan(order.indexOf("ftm:t-company-1"));
  });

  test("a known programme fills in what the sanction lacks: its issuer, title, URL and measures", () => {
    expect(record(dataset, "ftm:t-sanction-2", "sanction")).toMatchObject({
      authority: "ftm-authority:Council-of-the-European-Union",
      program: { key: "EU-RUS", name: "EU Sanctions against Russia", url: FTM_PROGRAMS["EU-RUS"]?.url },
      measures: FTM_PROGRAMS["EU-RUS"]?.measures,
    });
    expect(
      record(dataset, "ftm-authority:Council-of-the-European-Union", "organization").organizationType,
    ).toBe("intergovernmental");
  });

  test("without an authority or a known programme, the sanctioning country is the authority", () => {
    expect(record(dataset, "ftm:t-sanction-3", "sanction")).toMatchObject({
      authority: "country:PAK",
      program: { name: "Anti-Terrorism Act 1997, First Schedule" },
      measures: ["Asset freeze"],
    });
  });
});

describe("importFtm: links, identity documents and positions", async () => {
  const { dataset, report } = await imported(importFtm(stream("ftm-links.jsonl")));

  test("imports every schema of the export, links read before the entities they name included", () => {
    expect(report.read).toBe(26);
    expect(report.imported).toBe(26);
    expect(report.skippedCount).toBe(0);
    expect(report.attached).toBe(5);
    const kinds = dataset.records.filter((item) => item.id.startsWith("ftm:")).map((item) => item.kind);
    expect(kinds.sort()).toEqual([
      "association",
      "association",
      "association",
      "directorship",
      "employment",
      "family",
      "membership",
      "organization",
      "organization",
      "organization",
      "organization",
      "ownership",
      "payment",
      "payment",
      "payment",
      "person",
      "person",
      "person",
      "place",
      "representation",
      "sanction",
    ]);
  });

  test("an ownership keeps its share as stated, its period, citations and what the model has no field for", () => {
    expect(record(dataset, "ftm:l-ownership-1", "ownership")).toEqual({
      id: "ftm:l-ownership-1",
      kind: "ownership",
      owner: "ftm:l-person-1",
      asset: "ftm:l-company-1",
      share: { min: 25, max: 50, stated: "25-50%" },
      period: { start: "2016-05" },
      citations: [{ source: "ftm-dataset:test_pep" }, { url: "https://example.org/registry/1" }],
      asDelivered: [
        { property: "caption", values: ["Ownership"] },
        { property: "first_seen", values: ["2023-01-01T00:00:00"] },
        { property: "last_seen", values: ["2024-06-01T10:57:03"] },
        { property: "target", values: ["false"] },
        { property: "sharesValue", values: ["1000000"] },
        { property: "sharesCurrency", values: ["RUB"] },
        { property: "ownershipType", values: ["beneficial"] },
      ],
    });
  });

  test("directorship, employment, membership, representation, family and associations, with their words", () => {
    expect(record(dataset, "ftm:l-directorship-1", "directorship")).toMatchObject({
      director: "ftm:l-person-2",
      organization: "ftm:l-company-1",
      role: "General Director",
      period: { start: "2018-01-15", end: "2021" },
      asDelivered: [{ property: "secretary", values: ["no"] }],
    });
    expect(record(dataset, "ftm:l-employment-1", "employment")).toMatchObject({
      employee: "ftm:l-person-3",
      employer: "ftm:l-company-1",
      role: "accountant",
    });
    expect(record(dataset, "ftm:l-membership-1", "membership")).toMatchObject({
      member: "ftm:l-person-1",
      organization: "ftm:l-org-1",
    });
    expect(record(dataset, "ftm:l-representation-1", "representation")).toMatchObject({
      agent: "ftm:l-legal-1",
      client: "ftm:l-company-1",
      role: "nominee shareholder",
    });
    expect(record(dataset, "ftm:l-family-1", "family")).toMatchObject({
      person: "ftm:l-person-1",
      relative: "ftm:l-person-2",
      relation: "spouse",
      period: { start: "1990" },
    });
    expect(record(dataset, "ftm:l-associate-1", "association")).toEqual({
      id: "ftm:l-associate-1",
      kind: "association",
      parties: ["ftm:l-person-1", "ftm:l-person-3"],
      relation: "business partner",
    });
    expect(record(dataset, "ftm:l-unknown-1", "association")).toEqual({
      id: "ftm:l-unknown-1",
      kind: "association",
      parties: ["ftm:l-company-1", "ftm:l-legal-1"],
      relation: "linked by address",
      asDelivered: [{ property: "schema", values: ["UnknownLink"] }],
    });
  });

  test("a payment's amount in EUR, another currency, or kept as delivered when the model would write it otherwise", () => {
    expect(record(dataset, "ftm:l-payment-1", "payment")).toMatchObject({
      payer: "ftm:l-company-1",
      beneficiary: "ftm:l-org-1",
      amount: { amount: 113969.15, currency: "EUR" },
      date: "2011-12-28",
      purpose: "donation",
      asDelivered: [{ property: "namesMentioned", values: ["Example Holding JSC", "Example Party"] }],
    });
    expect(record(dataset, "ftm:l-payment-2", "payment")).toMatchObject({
      amount: { amount: 5000, currency: "EUR", equivalents: [{ amount: 5400.5, currency: "USD" }] },
      date: "2012",
      asDelivered: [
        { property: "amount", values: ["5000"] },
        { property: "currency", values: ["EUR"] },
        { property: "amountUsd", values: ["5400.5"] },
      ],
    });
    expect(record(dataset, "ftm:l-payment-3", "payment")).toMatchObject({
      amount: { amount: 2500, currency: "GBP" },
      period: { start: "2013-01", end: "2013-06" },
      programme: "Example grants",
      asDelivered: [
        { property: "amount", values: ["2500.00"] },
        { property: "currency", values: ["GBP"] },
      ],
    });
  });

  test("passports and identifications become the holder's identity documents, even when read before the holder", () => {
    expect(record(dataset, "ftm:l-person-1", "person").identifications).toEqual([
      {
        type: "passport",
        label: "Passport",
        number: "P1234567",
        country: "RUS",
        authority: "FMS 770-001",
        validFrom: "2015-04-01",
        validUntil: "2025-03-31",
        identifiers: [{ scheme: "ftm", value: "l-passport-1" }],
        citations: [{ source: "ftm-dataset:test_pep" }],
        asDelivered: [
          { property: "caption", values: ["P1234567"] },
          { property: "referents", values: ["src-passport-1"] },
          { property: "givenName", values: ["Ivan"] },
          { property: "surname", values: ["Exampleov"] },
        ],
      },
    ]);
    expect(record(dataset, "ftm:l-person-2", "person").identifications).toEqual([
      {
        type: "national-id",
        label: "National ID card",
        number: "4510 123456",
        country: "RUS",
        identifiers: [{ scheme: "ftm", value: "l-identification-1" }],
      },
    ]);
  });

  test("an occupancy and its post become a position of the holder, the post's other properties kept as post.<name>", () => {
    const [position] = record(dataset, "ftm:l-person-2", "person").positions ?? [];
    expect(position).toEqual({
      title: "Member of the Example Duma",
      organization: "ftm:l-body-1",
      country: "country:RUS",
      period: { start: "2021-10" },
      identifiers: [
        { scheme: "ftm", value: "l-occupancy-2" },
        { scheme: "ftm-position", value: "l-position-1" },
      ],
      asDelivered: [
        { property: "status", values: ["current"] },
        { property: "declarationDate", values: ["2023-03-01"] },
        { property: "post.datasets", values: ["test_pep"] },
        { property: "post.topics", values: ["gov.national", "gov.legislative"] },
        { property: "post.subnationalArea", values: ["Moscow"] },
        { property: "post.inceptionDate", values: ["1993"] },
      ],
    });
    expect(record(dataset, "ftm:l-person-3", "person").positions).toEqual([{ title: "Adviser" }]);
  });

  test("names apart from aliases; properties the model has no field for, or holds only in a reading, kept as delivered", () => {
    const ivan = record(dataset, "ftm:l-person-1", "person");
    expect(ivan).toMatchObject({
      name: "Ivan Exampleov",
      additionalNames: ["Иван Примеров", "Ivan Primerov"],
      aliases: ["Vanya"],
      weakAliases: ["IE"],
      previousNames: ["Ivan Oldname"],
      nationalities: ["country:RUS", "country:CYP"],
      birthDate: "1965-07",
      notes: "Businessman\n\nListed in 2022",
    });
    expect(ivan.asDelivered?.map((entry) => entry.property)).toEqual([
      "first_seen",
      "last_seen",
      "last_change",
      "target",
      "firstName",
      "lastName",
      "nationality",
      "citizenship",
      "topics",
      "summary",
      "notes",
      "addressEntity",
    ]);
    expect(record(dataset, "ftm:l-person-2", "person")).toMatchObject({
      birthDate: "1970-01-02",
      countries: ["country:RUS"],
      asDelivered: [
        { property: "birthDate", values: ["1970-01-02T00:00:00"] },
        { property: "country", values: ["ru", "suhh"] },
      ],
    });
    expect(record(dataset, "ftm:l-address-1", "place")).toMatchObject({
      name: "1 Example Street, Moscow",
      additionalNames: ["Example St 1, Moscow"],
      coordinates: { latitude: 55.75, longitude: 37.62 },
    });
    expect(record(dataset, "ftm:l-legal-1", "organization").asDelivered).toEqual([
      { property: "schema", values: ["LegalEntity"] },
    ]);
  });
});

describe("importFtm: links and documents it cannot resolve", async () => {
  const { dataset, report } = await imported(importFtm(stream("ftm-links-unresolved.jsonl")));

  test("each is skipped with a code that says why; what waits for the end of the input, at the end", () => {
    expect(report.skipped.map((skip) => [skip.line, skip.code, skip.reason])).toEqual([
      [
        1,
        "unsupported_schema",
        'schema "Vessel" is not imported: the model has no record for a vessel (entity "u-vessel-1")',
      ],
      [
        11,
        "unresolved_party",
        'Employment "u-employment-1": employee "u-company-1" is an organization, which it cannot name',
      ],
      [
        12,
        "unsupported_schema",
        'schema "Airplane" is not imported: the model has no record for an aircraft (entity "u-airplane-1")',
      ],
      [5, "no_holder", 'Passport "u-passport-1": holder "u-company-1" is an organization, not a person'],
      [7, "no_number", 'Passport "u-passport-2" has no number'],
      [9, "unresolved_party", 'Occupancy "u-occupancy-1": post "u-missing" is not a Position of the input'],
      [8, "no_holder", 'Position "u-position-1": no Occupancy of the input gives it a holder'],
      [
        2,
        "unresolved_party",
        'Ownership "u-ownership-1": asset "u-vessel-1" is a Vessel entity, which it cannot name',
      ],
      [4, "same_party", 'Family "u-family-1" links "u-person-1" to itself'],
      [
        10,
        "unresolved_party",
        'Directorship "u-directorship-1": organization "u-nobody" is not in the input',
      ],
    ]);
    expect(report.notKept).toEqual({ "schema Vessel": 1, "schema Airplane": 1 });
  });

  test("a share in words is unknown, kept as stated; a count FtM wrote otherwise is kept as delivered", () => {
    expect(record(dataset, "ftm:u-ownership-2", "ownership")).toEqual({
      id: "ftm:u-ownership-2",
      kind: "ownership",
      owner: "ftm:u-company-1",
      asset: "ftm:u-company-later",
      share: { unknown: true, stated: "over half" },
      asDelivered: [{ property: "sharesCount", values: ["1e3"] }],
    });
  });
});

describe("the round trip FtM -> model -> FtM, property by property", () => {
  for (const name of ["ftm-links.jsonl", "ftm-roundtrip.jsonl"]) {
    test(`${name}: every entity comes back with its schema, fields and the set of values of each property`, async () => {
      const { dataset } = await imported(importFtm(stream(name)));
      const { entities, report } = await exported(dataset.records);
      expect(ftmDifferences(originals(name), entities)).toEqual([]);
      expect(report.warnings).toEqual([]);
      const again = await imported(importFtm(entities.map((entity) => JSON.stringify(entity))));
      expect(ftmDifferences(originals(name), (await exported(again.dataset.records)).entities)).toEqual([]);
    });
  }
});

describe("importFtm: what it cannot keep", async () => {
  const { dataset, report } = await imported(importFtm(stream("ftm-entities.jsonl")));

  test("skips the schemata the model has no record for, and reports them by name and why", () => {
    expect(
      report.skipped.filter((skip) => skip.code === "unsupported_schema").map((skip) => skip.reason),
    ).toEqual([
      'schema "Vessel" is not imported: the model has no record for a vessel (entity "e-vessel-1")',
    ]);
    expect(report.notKept).toEqual({ "schema Vessel": 1 });
  });

  test("a link that names an entity read later waits for it", () => {
    expect(record(dataset, "ftm:e-ownership-1", "ownership")).toEqual({
      id: "ftm:e-ownership-1",
      kind: "ownership",
      owner: "ftm:e-person-1",
      asset: "ftm:e-company-late",
      share: { unknown: true },
    });
  });

  test("a sanction waits for a target that comes later; one whose target never comes or was skipped is reported", () => {
    expect(record(dataset, "ftm:e-sanction-before", "sanction")).toMatchObject({
      targets: ["ftm:e-company-late"],
      measures: ["Asset freeze"],
      statusHistory: [{ status: "imposed", asOf: "2023-06-01", note: "listed (FtM listingDate)" }],
    });
    expect(codes(report.skipped)).toEqual([
      [4, "unsupported_schema"],
      [5, "unresolved_target"],
      [6, "unresolved_target"],
      [7, "no_authority"],
    ]);
    expect(report.warnings.find((warning) => warning.line === 5)?.message).toBe(
      'Sanction "e-sanction-vessel": its target "e-vessel-1" is a Vessel entity, which is not imported',
    );
  });

  test("an EU sanction without an authority gets the European Union as its authority", () => {
    expect(record(dataset, "ftm:e-sanction-eu", "sanction")).toMatchObject({
      authority: "ftm-authority:European-Union",
      targets: ["ftm:e-company-late"],
      program: { key: "EU-UKR" },
    });
    expect(record(dataset, "ftm-authority:European-Union", "organization")).toEqual({
      id: "ftm-authority:European-Union",
      kind: "organization",
      name: "European Union",
      organizationType: "intergovernmental",
    });
  });

  test("warns of doubtful values and counts the properties the model has no place for", () => {
    expect(codes(report.warnings)).toEqual([
      [1, "unknown_country"],
      [1, "period_reversed"],
      [1, "invalid_url"],
      [5, "unresolved_target"],
      [8, "extra_value"],
      [8, "period_reversed"],
      [11, "extra_value"],
      [11, "invalid_value"],
      [2, "unknown_measure"],
      [2, "date_truncated"],
      [6, "unresolved_target"],
    ]);
    expect(record(dataset, "ftm:e-person-1", "person").asDelivered).toEqual([
      { property: "first_seen", values: ["2024-01-01T00:00:00"] },
      { property: "target", values: ["true"] },
      { property: "firstName", values: ["Ali"] },
      { property: "lastName", values: ["Example"] },
      { property: "nationality", values: ["ir", "zz"] },
      { property: "topics", values: ["sanction"] },
      { property: "sourceUrl", values: ["not a url", "https://example.org/ali"] },
    ]);
  });

  test("keeps a person's birth and death dates, birth place, gender, countries and addresses", () => {
    expect(record(dataset, "ftm:e-person-1", "person")).toMatchObject({
      nationalities: ["country:IRN"],
      countries: ["country:IRN"],
      birthDate: "1970-01-01",
      deathDate: "1960",
      gender: "male",
    });
    expect(report.warnings.find((warning) => warning.code === "period_reversed")?.message).toBe(
      "Person.deathDate 1960 comes before birthDate 1970-01-01: both kept, as delivered",
    );
    const sam = record(dataset, "ftm:e-person-2", "person");
    expect(sam).toMatchObject({
      birthDate: "1980",
      birthPlace: "Herat",
      addresses: ["1 Example Road, Herat"],
    });
    expect(sam.gender).toBeUndefined();
    expect(
      report.warnings.filter((warning) => warning.line === 11).map((warning) => warning.message),
    ).toEqual([
      'Person.birthDate has 2 values: the first, "1980", is kept in the field, all as delivered',
      'Person.gender "unknown" is not male, female or other: kept as delivered only',
    ]);
  });

  test("keeps an organisation's jurisdiction apart from its country", () => {
    expect(record(dataset, "ftm:e-legal-1", "organization")).toMatchObject({
      country: "country:RUS",
      jurisdiction: "country:CYP",
      period: { start: "2015-01-01" },
    });
  });
});

describe("importFtm: malformed entities", () => {
  test("each bad line is skipped with its number and reason; nothing reaches a prototype", async () => {
    const { dataset, report } = await imported(importFtm(stream("ftm-malformed.jsonl")));
    expect(codes(report.skipped)).toEqual([
      [2, "invalid_json"],
      [3, "invalid_entity"],
      [4, "invalid_entity"],
      [5, "forbidden_key"],
      [6, "invalid_id"],
      [7, "invalid_utf8"],
      [8, "invalid_json"],
      [9, "no_name"],
    ]);
    expect(report.skipped[2]?.reason).toBe(
      "not a FollowTheMoney entity (properties.name: Invalid input: expected array, received string)",
    );
    expect(dataset.records.map((item) => item.id).sort()).toEqual(["ftm:x-1", "ftm:x-10"]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("exportFtm and the round trip FtM -> model -> FtM", async () => {
  const input = originals("ftm-roundtrip.jsonl");
  const { dataset } = await imported(importFtm(stream("ftm-roundtrip.jsonl")));
  const { entities, report } = await exported(dataset.records);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  test("writes back every entity FtM can hold, with its id; sanctions last", () => {
    expect(entities.map((entity) => entity.id).sort()).toEqual(input.map((entity) => entity.id).sort());
    expect(entities.slice(-3).every((entity) => entity.schema === "Sanction")).toBe(true);
    expect(report.exported).toBe(8);
    expect(report.skippedBy).toEqual({ country: 4, source: 2, organization: 2 });
  });

  test("keeps names and aliases, countries and jurisdictions, dates, birth places, genders, addresses and identifiers", () => {
    for (const original of input.filter((entity) => entity.schema !== "Sanction")) {
      const back = byId.get(original.id);
      expect(back?.schema, original.id).toBe(original.schema);
      for (const property of [
        "name",
        "alias",
        "weakAlias",
        "previousName",
        "nationality",
        "country",
        "jurisdiction",
        "full",
        "position",
        "birthDate",
        "deathDate",
        "birthPlace",
        "gender",
        "address",
        "incorporationDate",
        "dissolutionDate",
        "passportNumber",
        "wikidataId",
        "taxNumber",
        "registrationNumber",
        "innCode",
        "ogrnCode",
        "leiCode",
      ]) {
        expect(values(back, property), `${original.id} ${property}`).toEqual(values(original, property));
      }
      expect(back?.referents ?? []).toEqual(original.referents ?? []);
      expect(back?.datasets ?? []).toEqual(original.datasets ?? []);
    }
  });

  test("keeps sanction properties: target, authority, programme, provisions, reason, dates, source URL, country, listing ids", () => {
    const original = input.find((entity) => entity.id === "t-sanction-1");
    expect(byId.get("t-sanction-1")?.properties).toEqual(original?.properties);
    expect(byId.get("t-sanction-3")?.properties).toEqual(
      input.find((entity) => entity.id === "t-sanction-3")?.properties,
    );
  });

  test("a second round trip changes nothing", async () => {
    const again = await imported(importFtm(entities.map((entity) => JSON.stringify(entity))));
    const second = await exported(again.dataset.records);
    expect(second.entities.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...entities].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

describe("exportFtm: records of the model", () => {
  test("maps organisation types to schemata and skips what FtM cannot hold, saying why", async () => {
    const { entities, report } = await exported([
      { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
      {
        id: "org:nioc",
        kind: "organization",
        name: "NIOC",
        organizationType: "state-owned-enterprise",
        country: "country:IRN",
      },
      { id: "org:ofac", kind: "organization", name: "OFAC", organizationType: "government-body" },
      { id: "place:balochistan", kind: "place", name: "Balochistan", placeType: "province" },
      { id: "event:x", kind: "event", category: "CONSULT", actors: ["country:IRN"] },
      {
        id: "sanction:us-iran",
        kind: "sanction",
        authority: "org:ofac",
        targets: ["country:IRN", "org:nioc"],
        secondary: true,
        statusHistory: [{ status: "imposed", since: "2018-11-05" }],
      },
    ]);
    expect(entities).toEqual([
      { id: "org-nioc", schema: "Company", caption: "NIOC", properties: { name: ["NIOC"], country: ["ir"] } },
      { id: "org-ofac", schema: "PublicBody", caption: "OFAC", properties: { name: ["OFAC"] } },
      {
        id: "sanction-us-iran",
        schema: "Sanction",
        properties: { entity: ["org-nioc"], authority: ["OFAC"], startDate: ["2018-11-05"] },
      },
    ]);
    expect(report.skippedBy).toEqual({ country: 1, place: 1, event: 1 });
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "target country:IRN is not a person or organisation written to FtM: left out",
      "secondary has no FtM property: left out",
    ]);
  });
});

describe("exportFtm: what the model adds for FtM", () => {
  test("writes a person's birth and death, gender, countries and addresses; an organisation's jurisdiction; a sanction's listing ids", async () => {
    const { entities, report } = await exported([
      { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
      { id: "country:ARE", kind: "country", name: "United Arab Emirates", code: "ARE" },
      {
        id: "person:x",
        kind: "person",
        name: "Jane Doe",
        countries: ["country:ARE"],
        birthDate: "1970",
        deathDate: "2020-05-01",
        birthPlace: "Shiraz",
        gender: "female",
        addresses: ["PO Box 9, Dubai"],
      },
      {
        id: "org:y",
        kind: "organization",
        name: "Y Trading",
        organizationType: "company",
        country: "country:IRN",
        jurisdiction: "country:ARE",
        addresses: ["1 Y Street, Tehran"],
      },
      {
        id: "sanction:z",
        kind: "sanction",
        authority: "country:ARE",
        targets: ["org:y"],
        identifiers: [
          { scheme: "authority-id", value: "AE-1" },
          { scheme: "unsc", value: "IRe.001" },
          { scheme: "ofac", value: "12345" },
        ],
        statusHistory: [{ status: "imposed" }],
      },
    ]);
    expect(entities.map((entity) => entity.properties)).toEqual([
      {
        name: ["Jane Doe"],
        country: ["ae"],
        birthDate: ["1970"],
        deathDate: ["2020-05-01"],
        birthPlace: ["Shiraz"],
        gender: ["female"],
        address: ["PO Box 9, Dubai"],
      },
      {
        name: ["Y Trading"],
        country: ["ir"],
        jurisdiction: ["ae"],
        address: ["1 Y Street, Tehran"],
      },
      { entity: ["org-y"], country: ["ae"], authorityId: ["AE-1"], unscId: ["IRe.001"] },
    ]);
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      'identifier scheme "ofac" has no FtM Sanction property: left out',
    ]);
  });
});

describe("exportFtm: links and identity documents made in the model", () => {
  test("writes each link kind to its schema, documents to Passport or Identification; a country end is skipped", async () => {
    const { entities, report } = await exported([
      { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
      {
        id: "person:a",
        kind: "person",
        name: "Ali Example",
        identifications: [
          { type: "passport", number: "X1", country: "IRN", validUntil: "2030" },
          { type: "other", label: "tax card", number: "T-9" },
        ],
      },
      { id: "org:b", kind: "organization", name: "B Shipping", organizationType: "company" },
      { id: "ownership:a-b", kind: "ownership", owner: "person:a", asset: "org:b", share: { exact: 60 } },
      { id: "association:a-b", kind: "association", parties: ["person:a", "org:b"], relation: "front" },
      { id: "membership:irn-b", kind: "membership", member: "country:IRN", organization: "org:b" },
      {
        id: "payment:b-a",
        kind: "payment",
        payer: "org:b",
        beneficiary: "person:a",
        amount: { amount: 10, currency: "GBP", equivalents: [{ amount: 12, currency: "EUR" }] },
      },
    ]);
    expect(entities.map((entity) => [entity.id, entity.schema, entity.properties])).toEqual([
      ["person-a", "Person", { name: ["Ali Example"] }],
      [
        "person-a-document-1",
        "Passport",
        { holder: ["person-a"], number: ["X1"], country: ["ir"], endDate: ["2030"] },
      ],
      [
        "person-a-document-2",
        "Identification",
        { holder: ["person-a"], number: ["T-9"], type: ["tax card"] },
      ],
      ["org-b", "Company", { name: ["B Shipping"] }],
      ["ownership-a-b", "Ownership", { owner: ["person-a"], asset: ["org-b"], percentage: ["60"] }],
      ["association-a-b", "UnknownLink", { subject: ["person-a"], object: ["org-b"], role: ["front"] }],
      [
        "payment-b-a",
        "Payment",
        { payer: ["org-b"], beneficiary: ["person-a"], amount: ["10"], currency: ["GBP"], amountEur: ["12"] },
      ],
    ]);
    expect(report.skipped.find((skip) => skip.recordId === "membership:irn-b")?.reason).toBe(
      "its member country:IRN is not a person, organisation or address written to FtM",
    );
  });
});

describe("exportFtm over a model's records", () => {
  test("exports the built-in kinds of an extended model and skips its own kinds, with a reason", async () => {
    const { model, dataset } = await import("../fixtures/extend/guide-example.js");
    const run = exportFtm(dataset.records);
    const entities: FtmEntity[] = [];
    for await (const entity of run) entities.push(entity);
    expect(model.kinds).toContain("vessel");
    expect(entities.map((entity) => entity.schema).sort()).toEqual(["Company", "Organization"]);
    expect(run.report.skipped.map((skip) => [skip.recordId, skip.reason])).toContainEqual([
      "vessel:1234567",
      "FtM has no schema for a vessel record",
    ]);
  });
});
