import {
  type EventRecord,
  type IssueCode,
  isUncategorized,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
  safeParseRecord,
} from "bilateral";
import { describe, expect, test } from "vitest";
import { validRecords } from "../fixtures/model/records.js";

type Mutation = [
  description: string,
  change: (record: Record<string, unknown>) => void,
  code: IssueCode,
  path: (string | number)[],
];

// For each kind: mutations of the valid example and the issue each must produce.
const mutations: Record<RecordKind, Mutation[]> = {
  source: [
    ["no title, url nor publisher", (r) => delete r.title, "missing_field", []],
    ["an ftp url", (r) => (r.url = "ftp://example.org/x"), "invalid_format", ["url"]],
    ["an impossible published date", (r) => (r.published = "2025-02-30"), "invalid_date", ["published"]],
    ["an unknown source type", (r) => (r.sourceType = "blog"), "invalid_value", ["sourceType"]],
  ],
  country: [
    ["a lower-case code", (r) => (r.code = "irn"), "invalid_country_code", ["code"]],
    ["an unassigned code", (r) => (r.code = "XYZ"), "invalid_country_code", ["code"]],
    ["no name", (r) => delete r.name, "missing_field", ["name"]],
    ["an id without namespace", (r) => (r.id = "IRN"), "invalid_id", ["id"]],
    ["an unknown field", (r) => (r.capital = "Tehran"), "unknown_field", ["capital"]],
  ],
  person: [
    [
      "a passport valid until before it is valid from",
      (r) =>
        (r.identifications = [{ type: "passport", number: "X1", validFrom: "2020", validUntil: "2019" }]),
      "period_reversed",
      ["identifications", 0, "validUntil"],
    ],
    [
      "an identity document of an unknown type",
      (r) => (r.identifications = [{ type: "driving-licence", number: "X1" }]),
      "invalid_value",
      ["identifications", 0, "type"],
    ],
    [
      "an identity document issued by an alpha-2 country",
      (r) => (r.identifications = [{ type: "national-id", number: "X1", country: "PK" }]),
      "invalid_country_code",
      ["identifications", 0, "country"],
    ],
    [
      "a position without title",
      (r) => delete (r.positions as Record<string, unknown>[])[0]?.title,
      "missing_field",
      ["positions", 0, "title"],
    ],
    [
      "a reversed position period",
      (r) => ((r.positions as Record<string, unknown>[])[0]!.period = { start: "2025", end: "2024" }),
      "period_reversed",
      ["positions", 0, "period", "end"],
    ],
    [
      "an unknown role",
      (r) => ((r.positions as Record<string, unknown>[])[0]!.role = "king"),
      "invalid_value",
      ["positions", 0, "role"],
    ],
  ],
  organization: [
    [
      "an unknown organisation type",
      (r) => (r.organizationType = "club"),
      "invalid_value",
      ["organizationType"],
    ],
    ["a malformed sector", (r) => (r.sectors = ["gov"]), "invalid_format", ["sectors", 0]],
  ],
  place: [
    ["an unknown subdivision", (r) => (r.subdivision = "PK-ZZ"), "invalid_subdivision_code", ["subdivision"]],
    [
      "a latitude past the pole",
      (r) => (r.coordinates = { latitude: 91, longitude: 0 }),
      "out_of_range",
      ["coordinates", "latitude"],
    ],
  ],
  project: [
    [
      "a status out of order",
      (r) =>
        (r.statusHistory = [
          { status: "frozen", since: "2025" },
          { status: "agreed", since: "2009" },
        ]),
      "history_not_chronological",
      ["statusHistory", 1],
    ],
    [
      "a dated entry after an undated one",
      (r) => (r.statusHistory = [{ status: "frozen" }, { status: "agreed", since: "2009" }]),
      "history_not_chronological",
      ["statusHistory", 1],
    ],
    [
      "an unknown status",
      (r) => (r.statusHistory = [{ status: "dead" }]),
      "invalid_value",
      ["statusHistory", 0, "status"],
    ],
    ["no parties", (r) => (r.parties = []), "out_of_range", ["parties"]],
  ],
  relationship: [
    [
      "the same party twice",
      (r) => (r.parties = ["country:IRN", "country:IRN"]),
      "same_party",
      ["parties", 1],
    ],
    [
      "three parties",
      (r) => (r.parties = ["country:IRN", "country:PAK", "country:USA"]),
      "out_of_range",
      ["parties"],
    ],
    ["an unknown obligation", (r) => (r.obligations = ["friendship"]), "invalid_value", ["obligations", 0]],
    [
      "an unknown stance",
      (r) => (r.stanceHistory = [{ stance: "frenemy" }]),
      "invalid_value",
      ["stanceHistory", 0, "stance"],
    ],
  ],
  border: [
    [
      "an equivalent in the same unit",
      (r) => (r.length = { value: 900, unit: "km", equivalents: [{ value: 900, unit: "km" }] }),
      "equivalent_same_unit",
      ["length", "equivalents", 0, "unit"],
    ],
    ["an unknown unit", (r) => (r.length = { value: 900, unit: "kms" }), "invalid_value", ["length", "unit"]],
    [
      "an infinite length",
      (r) => (r.length = { value: Infinity, unit: "km" }),
      "invalid_type",
      ["length", "value"],
    ],
  ],
  mediation: [
    ["a mediator who is a party", (r) => (r.mediator = "country:IRN"), "same_party", ["between", 0]],
    [
      "an unknown status",
      (r) => (r.statusHistory = [{ status: "meddling" }]),
      "invalid_value",
      ["statusHistory", 0, "status"],
    ],
  ],
  event: [
    ["a mode of another category", (r) => (r.mode = "visit"), "mode_category_mismatch", ["mode"]],
    ["an unknown category", (r) => (r.category = "FIGHT"), "unknown_category", ["category"]],
    [
      "neither a category nor a CAMEO code",
      (r) => delete r.category && delete r.cameo && delete r.mode,
      "missing_field",
      ["category"],
    ],
    ["a mode without a category", (r) => delete r.category, "mode_category_mismatch", ["mode"]],
    [
      "an actor location with an unknown role",
      (r) => (r.actorLocations = [{ role: "speaker", country: "PAK" }]),
      "invalid_value",
      ["actorLocations", 0, "role"],
    ],
    ["an unknown context", (r) => (r.contexts = ["weather"]), "unknown_context", ["contexts", 0]],
    ["no actors list", (r) => delete r.actors, "missing_field", ["actors"]],
    ["an end before the start", (r) => (r.endDate = "2023"), "period_reversed", ["endDate"]],
    ["an end without a start", (r) => delete r.date && (r.endDate = "2024-02"), "missing_field", ["date"]],
    ["a CAMEO code as a number", (r) => (r.cameo = 190), "invalid_type", ["cameo"]],
    ["a CAMEO code without its leading zero", (r) => (r.cameo = "42"), "invalid_cameo_code", ["cameo"]],
    ["an intensity past 10", (r) => (r.intensity = 11), "out_of_range", ["intensity"]],
    [
      "a quad class of 5",
      (r) => (r.quadClass = { value: 5, basis: "x" }),
      "invalid_value",
      ["quadClass", "value"],
    ],
    ["negative casualties", (r) => (r.casualties = { dead: -1 }), "out_of_range", ["casualties", "dead"]],
    ["fractional casualties", (r) => (r.casualties = { dead: 1.5 }), "invalid_type", ["casualties", "dead"]],
    [
      "a location country code in alpha-2",
      (r) => (r.location = { country: "PK" }),
      "invalid_country_code",
      ["location", "country"],
    ],
  ],
  sanction: [
    [
      "a measure outside the vocabulary",
      (r) => (r.measures = ["Naming and shaming"]),
      "invalid_value",
      ["measures", 0],
    ],
    ["no status history", (r) => (r.statusHistory = []), "out_of_range", ["statusHistory"]],
    [
      "a lower-case programme key",
      (r) => (r.program = { key: "us-iran" }),
      "invalid_format",
      ["program", "key"],
    ],
    [
      "an unknown effect",
      (r) => (r.effects = [{ effect: "annoys", project: "project:pipeline" }]),
      "invalid_value",
      ["effects", 0, "effect"],
    ],
    [
      "a trade constraint on one country twice",
      (r) => (r.effects = [{ effect: "constrains-trade", parties: ["country:IRN", "country:IRN"] }]),
      "same_party",
      ["effects", 0, "parties", 1],
    ],
  ],
  "trade-target": [
    [
      "an unknown currency",
      (r) => (r.amount = { amount: 10e9, currency: "USX" }),
      "invalid_currency",
      ["amount", "currency"],
    ],
    [
      "a negative amount",
      (r) => (r.amount = { amount: -1, currency: "USD" }),
      "out_of_range",
      ["amount", "amount"],
    ],
    [
      "an equivalent in the same currency",
      (r) => (r.amount = { amount: 1, currency: "USD", equivalents: [{ amount: 1, currency: "USD" }] }),
      "equivalent_same_unit",
      ["amount", "equivalents", 0, "currency"],
    ],
    ["an unknown direction", (r) => (r.direction = "both"), "invalid_value", ["direction"]],
  ],
  "trade-flow": [
    [
      "a reporter exporting to itself",
      (r) => {
        r.partner = "country:PAK";
        r.flow = "export";
      },
      "same_party",
      ["partner"],
    ],
    ["a flow without a partner", (r) => delete r.partner, "missing_field", ["partner"]],
    [
      "a flow with a partner and a partner area",
      (r) => (r.partnerArea = { code: "0", name: "World" }),
      "invalid_value",
      ["partnerArea"],
    ],
    [
      "a malformed area code",
      (r) => (r.partnerArea = { code: "W00", name: "World" }),
      "invalid_format",
      ["partnerArea", "code"],
    ],
    ["a malformed commodity", (r) => (r.commodity = "ALL"), "invalid_format", ["commodity"]],
    ["an unknown flow", (r) => (r.flow = "smuggling"), "invalid_value", ["flow"]],
  ],
  ownership: [
    [
      "a range from 50 down to 25",
      (r) => (r.share = { min: 50, max: 25 }),
      "share_range_reversed",
      ["share", "max"],
    ],
    ["an exact share over 100", (r) => (r.share = { exact: 130 }), "out_of_range", ["share", "exact"]],
    ["a negative range bound", (r) => (r.share = { min: -5 }), "out_of_range", ["share", "min"]],
    ["both exact and a range", (r) => (r.share = { exact: 30, min: 20 }), "invalid_value", ["share"]],
    ["a share of no form", (r) => (r.share = { stated: "some" }), "missing_field", ["share"]],
    ["unknown: false", (r) => (r.share = { unknown: false }), "invalid_value", ["share", "unknown"]],
    ["no share", (r) => delete r.share, "missing_field", ["share"]],
    ["a sanction as owner", (r) => (r.owner = "sanction x"), "invalid_id", ["owner"]],
    [
      "a reversed period",
      (r) => (r.period = { start: "2024", end: "2019" }),
      "period_reversed",
      ["period", "end"],
    ],
    [
      "an as-delivered property without values",
      (r) => (r.asDelivered = [{ property: "sharesValue", values: [] }]),
      "out_of_range",
      ["asDelivered", 0, "values"],
    ],
  ],
  directorship: [
    ["a director of itself", (r) => (r.director = "org:shipping"), "same_party", ["organization"]],
    ["an empty role", (r) => (r.role = ""), "out_of_range", ["role"]],
  ],
  employment: [
    ["no employer", (r) => delete r.employer, "missing_field", ["employer"]],
    ["a number as role", (r) => (r.role = 3), "invalid_type", ["role"]],
  ],
  membership: [
    ["a member of itself", (r) => (r.member = "org:shipping"), "same_party", ["organization"]],
    ["an unknown field", (r) => (r.since = "2020"), "unknown_field", ["since"]],
  ],
  representation: [
    ["an agent of itself", (r) => (r.agent = "org:shipping"), "same_party", ["client"]],
    ["no client", (r) => delete r.client, "missing_field", ["client"]],
  ],
  family: [
    ["one's own relative", (r) => (r.relative = "person:spokesperson"), "same_party", ["relative"]],
    ["an empty relation", (r) => (r.relation = ""), "out_of_range", ["relation"]],
  ],
  association: [
    [
      "the same party twice",
      (r) => (r.parties = ["person:relative", "person:relative"]),
      "same_party",
      ["parties", 1],
    ],
    ["one party", (r) => (r.parties = ["person:relative"]), "out_of_range", ["parties"]],
  ],
  payment: [
    [
      "an unknown currency",
      (r) => (r.amount = { amount: 1, currency: "XXY" }),
      "invalid_currency",
      ["amount", "currency"],
    ],
    ["an impossible date", (r) => (r.date = "2021-02-30"), "invalid_date", ["date"]],
    ["a payment to oneself", (r) => (r.beneficiary = "org:foreign-ministry"), "same_party", ["beneficiary"]],
  ],
  claim: [
    [
      "neither text nor summary",
      (r) => {
        delete r.text;
        delete r.summary;
      },
      "missing_field",
      ["text"],
    ],
    ["an empty hedge", (r) => (r.hedges = ["could", ""]), "out_of_range", ["hedges", 1]],
    ["a hedge that is not a string", (r) => (r.hedges = [0.4]), "invalid_type", ["hedges", 0]],
    ["an unknown claim type", (r) => (r.claimType = "rumour"), "invalid_value", ["claimType"]],
    ["no speaker", (r) => delete r.by, "missing_field", ["by"]],
    ["a confidence above 1", (r) => (r.confidence = 1.5), "out_of_range", ["confidence"]],
    ["an impossible date", (r) => (r.date = "2025-02-30"), "invalid_date", ["date"]],
    ["an empty text", (r) => (r.text = ""), "out_of_range", ["text"]],
    [
      "a citation attributing it to someone else",
      (r) => ((r.citations as Record<string, unknown>[])[0]!.attributedTo = "org:foreign-ministry"),
      "invalid_value",
      ["citations", 0, "attributedTo"],
    ],
  ],
};

describe("record schemas", () => {
  test.each(RECORD_KINDS.map((kind) => [kind]))("a valid %s parses unchanged", (kind) => {
    const record = validRecords[kind];
    const result = safeParseRecord(RECORD_SCHEMAS[kind], record);
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual(record);
  });

  for (const kind of RECORD_KINDS) {
    describe(kind, () => {
      test.each(mutations[kind])("%s", (_description, change, code, path) => {
        const record = structuredClone(validRecords[kind]) as Record<string, unknown>;
        change(record);
        const result = safeParseRecord(RECORD_SCHEMAS[kind], record);
        expect(result.success).toBe(false);
        expect(result.issues).toContainEqual(expect.objectContaining({ code, path, recordId: record.id }));
        for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
      });
    });
  }

  test("a CAMEO-only event (no PLOVER category) parses with its CAMEO code, and says why without one", () => {
    const statement: EventRecord = { id: "gdelt:1", kind: "event", cameo: "010", actors: ["country:USA"] };
    expect(safeParseRecord(RECORD_SCHEMAS.event, statement).issues).toEqual([]);
    expect(isUncategorized(statement)).toBe(true);
    const { cameo: _, ...bare } = statement;
    const result = safeParseRecord(RECORD_SCHEMAS.event, bare);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "missing_field",
        path: ["category"],
        message: "an event needs a category, or a CAMEO code when PLOVER has no category for it",
      }),
    ]);
    const located = {
      ...statement,
      actorLocations: [
        { role: "actor", entity: "country:USA", country: "KEN", name: "Nairobi", featureType: "4" },
      ],
    };
    expect(safeParseRecord(RECORD_SCHEMAS.event, located).data).toEqual(located);
  });

  test("every kind has at least two invalid cases", () => {
    for (const kind of RECORD_KINDS) expect(mutations[kind].length, kind).toBeGreaterThanOrEqual(2);
  });
});
