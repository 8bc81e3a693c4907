import {
  BilateralValidationError,
  DatasetChecker,
  defineModel,
  ISSUE_CODES,
  parseDataset,
  RECORD_SCHEMAS,
  safeParseDataset,
  severityOf,
} from "bilateral";
import { describe, expect, test } from "vitest";
import { validDataset, validRecords } from "../fixtures/model/records.js";

describe("safeParseDataset", () => {
  test("a valid dataset parses, nothing dropped or changed", () => {
    const input = validDataset();
    const result = safeParseDataset(input);
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(input);
  });

  test("records may reference records that come later in the list", () => {
    const input = validDataset();
    input.records.reverse();
    expect(safeParseDataset(input).issues).toEqual([]);
  });

  test("a duplicate id is reported on the second record, naming the first", () => {
    const input = validDataset();
    input.records.push({ ...validRecords.country, name: "Iran again" });
    const result = safeParseDataset(input);
    expect(result.issues).toEqual([
      {
        code: "duplicate_id",
        message: 'duplicate id "country:IRN": records[1] has it already',
        path: ["records", 16, "id"],
        recordId: "country:IRN",
      },
    ]);
  });

  test("a dangling reference is unresolved_reference, at its path, with the record id", () => {
    const input = validDataset();
    input.records = input.records.filter((record) => record.id !== "country:USA");
    const result = safeParseDataset(input);
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.recordId, issue.path.join(".")])).toEqual([
      ["unresolved_reference", "mediation:pakistan", "records.8.between.1"],
      ["unresolved_reference", "sanction:us-iran", "records.10.authority"],
    ]);
    expect(result.issues[0]?.message).toBe(
      '"country:USA" does not match the id of any record (expected one of country, organization, person)',
    );
  });

  test("a reference to a record of the wrong kind is wrong_reference_kind, in either order", () => {
    for (const order of ["forward", "backward"] as const) {
      const input = validDataset();
      const event = { ...validRecords.event, id: "event:misattributed", actors: ["source:article"] };
      if (order === "forward") input.records.unshift(event);
      else input.records.push(event);
      const result = safeParseDataset(input);
      expect(result.issues, order).toEqual([
        expect.objectContaining({
          code: "wrong_reference_kind",
          recordId: "event:misattributed",
          path: ["records", order === "forward" ? 0 : 16, "actors", 0],
          message: '"source:article" is a source, but this field takes one of country, organization, person',
        }),
      ]);
    }
  });

  test("stance causes may point to a record of any kind", () => {
    const input = validDataset();
    const relationship = input.records.find((record) => record.id === "rel:iran-pakistan") as {
      stanceHistory: { causes?: string[] }[];
    };
    relationship.stanceHistory[1]!.causes = ["event:attack", "sanction:us-iran", "source:article"];
    expect(safeParseDataset(input).issues).toEqual([]);
  });

  test("every issue is reported at once, in record order, including references of invalid records", () => {
    const input = validDataset();
    input.records.push(
      {
        id: "event:bad",
        kind: "event",
        category: "CONSULT",
        mode: "riot",
        actors: ["country:XXX"],
        date: "2025-02-30",
      } as never,
      { id: "country:ZZZ", kind: "country", name: "Nowhere", code: "ZZZ" } as never,
    );
    const codes = safeParseDataset(input).issues.map((issue) => issue.code);
    expect(codes).toEqual([
      "invalid_date",
      "mode_category_mismatch",
      "unresolved_reference",
      "invalid_country_code",
    ]);
  });

  test("an unknown kind, a missing kind and a non-object record are reported", () => {
    const input = {
      format: "bilateral",
      version: "1.0",
      records: [{ id: "x:1", kind: "ship" }, { id: "x:2" }, 42, null],
    };
    const result = safeParseDataset(input);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_kind", ["records", 0, "kind"]],
      ["missing_field", ["records", 1, "kind"]],
      ["invalid_type", ["records", 2]],
      ["invalid_type", ["records", 3]],
    ]);
  });

  test("the header is checked: format, version, records", () => {
    expect(safeParseDataset({ format: "ftm", version: "1.0", records: [] }).issues[0]?.code).toBe(
      "unsupported_format",
    );
    expect(safeParseDataset({ format: "bilateral", version: "2.0", records: [] }).issues[0]?.code).toBe(
      "unsupported_version",
    );
    expect(safeParseDataset({ format: "bilateral", version: "1.0" }).issues).toEqual([
      expect.objectContaining({ code: "missing_field", path: ["records"] }),
    ]);
    expect(safeParseDataset({ format: "bilateral", version: "1.0", records: {} }).issues[0]?.code).toBe(
      "invalid_type",
    );
    expect(
      safeParseDataset({ format: "bilateral", version: "1.0", records: [], owner: "me" }).issues,
    ).toEqual([expect.objectContaining({ code: "unknown_field", path: ["owner"] })]);
  });

  test.each([[null], [undefined], [42], ["dataset"], [[]], [true]])(
    "input %j is an invalid_type issue, not a throw",
    (input) => {
      const result = safeParseDataset(input);
      expect(result.success).toBe(false);
      expect(result.issues[0]?.code).toBe("invalid_type");
    },
  );

  test("__proto__, constructor and prototype keys are reported and never reach a prototype", () => {
    const text =
      '{"format":"bilateral","version":"1.0","__proto__":{"polluted":1},"records":[' +
      '{"id":"country:IRN","kind":"country","name":"Iran","code":"IRN","constructor":{"prototype":{"polluted":2}}},' +
      '{"id":"x:1","kind":"source","title":"t","citations":[{"url":"https://a.example","__proto__":{"polluted":3}}]}]}';
    const result = safeParseDataset(JSON.parse(text));
    expect(result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["forbidden_key", "__proto__"],
      ["forbidden_key", "records.0.constructor"],
      ["forbidden_key", "records.1.citations.0.__proto__"],
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("every reported code is documented", () => {
    const input = validDataset();
    input.records.push({ id: "bad", kind: "event" } as never);
    for (const issue of safeParseDataset(input).issues) expect(ISSUE_CODES).toHaveProperty(issue.code);
  });
});

describe("parseDataset", () => {
  test("returns the dataset when valid", () => {
    expect(parseDataset(validDataset()).records).toHaveLength(16);
  });

  test("throws a BilateralValidationError carrying every issue", () => {
    const input = validDataset();
    input.records.push(validRecords.country, validRecords.person);
    let caught: unknown;
    try {
      parseDataset(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BilateralValidationError);
    const error = caught as BilateralValidationError;
    expect(error.issues.map((issue) => issue.code)).toEqual(["duplicate_id", "duplicate_id"]);
    expect(error.message).toContain("2 validation issues");
    expect(error.message).toContain("records[16].id");
  });
});

describe("DatasetChecker, record by record", () => {
  test("resolves references as records arrive and reports the rest at the end", () => {
    const checker = new DatasetChecker(RECORD_SCHEMAS);
    expect(checker.checkHeader({ format: "bilateral", version: "1.0" }).issues).toEqual([]);
    const first = checker.checkRecord(validRecords.border, ["line", 2]);
    expect(first.issues).toEqual([]);
    expect(first.record).toEqual(validRecords.border);
    expect(checker.checkRecord(validRecords.country, ["line", 3]).issues).toEqual([]);
    expect(checker.kindOf("country:IRN")).toBe("country");
    expect(checker.finish().map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["line.2.parties.1", '"country:PAK" does not match the id of any record (expected a country)'],
      ["line.2.places.0", '"place:balochistan" does not match the id of any record (expected a place)'],
    ]);
  });
});

describe("references in nested, shared schemas", () => {
  test("a citation inside a history entry is followed like one on the record", () => {
    const input = validDataset();
    const project = input.records.find((record) => record.id === "project:pipeline") as {
      statusHistory: { citations?: { source: string }[] }[];
    };
    project.statusHistory[0]!.citations = [{ source: "source:missing" }];
    expect(safeParseDataset(input).issues).toEqual([
      expect.objectContaining({
        code: "unresolved_reference",
        path: ["records", 5, "statusHistory", 0, "citations", 0, "source"],
        recordId: "project:pipeline",
      }),
    ]);
  });
});

describe("one rule, one message: safeParseDataset and a model's DatasetSchema", () => {
  const longId = `country:${"X".repeat(60)}`; // 68 characters: once printed whole by one, cut by the other
  const records = [
    { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
    { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
    { id: "source:s", kind: "source", title: "A source" },
    { id: "rel:a", kind: "relationship", relationshipType: "alliance", parties: ["country:IRN", longId] },
    { id: "rel:b", kind: "relationship", relationshipType: "alliance", parties: ["country:IRN", "source:s"] },
  ];
  const input = { format: "bilateral", version: "1.0", records };

  test("give the same code, path and message for a duplicate id, an unresolved and a wrong-kind reference", () => {
    const fromParse = safeParseDataset(input);
    expect(fromParse.success).toBe(false);
    const model = defineModel({ records: RECORD_SCHEMAS });
    const fromSchema = model.DatasetSchema.safeParse(input);
    expect(fromSchema.success).toBe(false);
    const mine = (fromParse.success ? [] : fromParse.issues).map((issue) => [
      issue.code,
      issue.path.join("/"),
      issue.message,
    ]);
    const theirs = (fromSchema.error?.issues ?? []).map((issue) => [
      (issue as { params?: { code?: string } }).params?.code,
      issue.path.join("/"),
      issue.message,
    ]);
    expect(new Set(theirs.map(String))).toEqual(new Set(mine.map(String)));
    expect(mine).toContainEqual([
      "unresolved_reference",
      "records/3/parties/1",
      `"${longId}" does not match the id of any record (expected one of country, organization, person)`,
    ]);
    expect(mine.map(([code]) => code).sort()).toEqual([
      "duplicate_id",
      "unresolved_reference",
      "wrong_reference_kind",
    ]);
  });
});

describe("one state is one record, and no chain of parents loops", () => {
  const country = (id: string, code: string) => ({ id, kind: "country", name: code, code });
  const org = (id: string, parent?: string) => ({
    id,
    kind: "organization",
    name: id,
    organizationType: "government-body",
    ...(parent === undefined ? {} : { parent }),
  });
  const input = {
    format: "bilateral",
    version: "1.0",
    records: [
      country("country:IRN", "IRN"),
      country("country:iran-again", "IRN"),
      org("org:self", "org:self"),
      org("org:a", "org:b"),
      org("org:b", "org:c"),
      org("org:c", "org:a"),
      org("org:leaf", "org:a"),
      org("org:ministry", "country:IRN"),
      { id: "place:loop", kind: "place", name: "Loop", placeType: "region", within: "place:loop" },
    ],
  };

  test("reports a second record of one state, and each loop once, in both dataset checks alike", () => {
    const fromParse = safeParseDataset(input);
    const mine = fromParse.issues.map((issue) => [issue.code, issue.path.join("/"), issue.message]);
    expect(mine).toEqual([
      [
        "duplicate_country",
        "records/1/code",
        'a second record for the country "IRN": "country:IRN" (records[0]) is that state already',
      ],
      [
        "parent_cycle",
        "records/2/parent",
        '"org:self" names itself as its parent: an organisation cannot be its own parent',
      ],
      [
        "parent_cycle",
        "records/3/parent",
        '"org:a" comes back to itself through "org:b", "org:c": an organisation cannot be its own parent',
      ],
      ["parent_cycle", "records/8/within", '"place:loop" is within itself: a place cannot be within itself'],
    ]);
    const model = defineModel({ records: RECORD_SCHEMAS });
    const theirs = (model.DatasetSchema.safeParse(input).error?.issues ?? []).map((issue) => [
      (issue as { params?: { code?: string } }).params?.code,
      issue.path.join("/"),
      issue.message,
    ]);
    expect(theirs).toEqual(mine);
  });

  test("a duplicate id is that, not a second state", () => {
    const result = safeParseDataset({
      format: "bilateral",
      version: "1.0",
      records: [country("country:IRN", "IRN"), country("country:IRN", "IRN")],
    });
    expect(result.issues.map((issue) => issue.code)).toEqual(["duplicate_id"]);
  });
});

describe("warnings: doubtful data, reported beside a valid result", () => {
  const records = [
    { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
    // "PАK" with a Cyrillic А: it looks like country:PAK.
    {
      id: "org:P\u0410K-ministry",
      kind: "organization",
      name: "A ministry",
      organizationType: "government-body",
    },
    {
      id: "org:東京都-office",
      kind: "organization",
      name: "Tokyo office",
      organizationType: "government-body",
    },
  ];

  test("an id mixing Latin and Cyrillic letters is a warning; the dataset stays valid", () => {
    const result = safeParseDataset({ format: "bilateral", version: "1.0", records });
    expect(result.success).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: "mixed_script_id",
        message:
          'the id "org:P\u0410K-ministry" mixes Latin, Cyrillic or Greek letters: it can pass for another id',
        path: ["records", 1, "id"],
        recordId: "org:P\u0410K-ministry",
        severity: "warning",
      },
    ]);
    expect(result.warnings.map(severityOf)).toEqual(["warning"]);
  });

  test("a model's DatasetSchema, a zod schema, has no warnings: it accepts the dataset", () => {
    const model = defineModel({ records: RECORD_SCHEMAS });
    expect(model.DatasetSchema.safeParse({ format: "bilateral", version: "1.0", records }).success).toBe(
      true,
    );
  });
});
