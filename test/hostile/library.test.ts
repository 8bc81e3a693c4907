/**
 * Hostile input to the library's entry points, one test per case, each asserting the outcome documented in
 * docs/hostile-inputs.md.
 */
import {
  BilateralValidationError,
  DatasetChecker,
  type Issue,
  MoneySchema,
  parseDataset,
  RECORD_SCHEMAS,
  safeParseDataset,
  safeParseRecord,
} from "bilateral";
import { afterEach, describe, expect, test } from "vitest";
import { parseJsonText } from "../../src/io/read-json.js";

const header = { format: "bilateral", version: "1.0" } as const;
const iran = { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" };
const pakistan = { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" };
const flow = {
  id: "flow:pak-irn-2024",
  kind: "trade-flow",
  reporter: "country:PAK",
  partner: "country:IRN",
  period: "2024",
  flow: "import",
  commodity: "TOTAL",
  value: { amount: 1.2e9, currency: "USD" },
};
const event = {
  id: "event:visit",
  kind: "event",
  category: "CONSULT",
  mode: "visit",
  actors: ["country:PAK"],
  date: "2025-08-02",
};
const dataset = (...records: unknown[]) => ({ ...header, records: [iran, pakistan, ...records] });

/** Builds a value nested `depth` deep, iteratively (so that building it cannot overflow). */
function nested(depth: number, shape: "object" | "array" = "object"): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = shape === "array" ? [value] : { a: value };
  return value;
}

const codesAt = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path.join(".")]);
const polluted = () => ({}) as Record<string, unknown>;

afterEach(() => {
  // No test may leave anything on Object.prototype.
  expect(polluted().polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
});

describe("__proto__, constructor and prototype keys, at any depth", () => {
  const places: [string, (value: unknown) => unknown, string][] = [
    ["the dataset", (bad) => ({ ...header, records: [], ...(bad as object) }), ""],
    ["a record", (bad) => dataset({ ...flow, ...(bad as object) }), "records.2"],
    [
      "a record's money",
      (bad) => dataset({ ...flow, value: { ...flow.value, ...(bad as object) } }),
      "records.2.value",
    ],
    [
      "a citation",
      (bad) => dataset({ ...flow, citations: [{ url: "https://example.org/", ...(bad as object) }] }),
      "records.2.citations.0",
    ],
    [
      "a history entry",
      (bad) =>
        dataset({
          id: "sanction:x",
          kind: "sanction",
          authority: "country:PAK",
          targets: ["country:IRN"],
          statusHistory: [{ status: "imposed", ...(bad as object) }],
        }),
      "records.2.statusHistory.0",
    ],
    [
      "an event's coding",
      (bad) => dataset({ ...event, coding: { goldstein: 1, ...(bad as object) } }),
      "records.2.coding",
    ],
  ];

  for (const key of ["__proto__", "constructor", "prototype"]) {
    for (const [where, build, prefix] of places) {
      test(`${key} in ${where}, from JSON text: forbidden_key at its path, nothing polluted`, () => {
        // JSON.parse makes "__proto__" an own property; an object literal would set the prototype instead.
        const bad = JSON.parse(`{"${key}": {"polluted": "yes", "prototype": {"polluted": "yes"}}}`);
        const input = JSON.parse(JSON.stringify(build(bad)));
        const result = safeParseDataset(input);
        expect(result.success).toBe(false);
        expect(codesAt(result.issues)).toContainEqual([
          "forbidden_key",
          prefix === "" ? key : `${prefix}.${key}`,
        ]);
        expect(result.issues.every((issue) => issue.code === "forbidden_key")).toBe(true);
        expect(polluted().polluted).toBeUndefined();
      });
    }
  }

  test("inside a value the schema does not walk (an unknown field), the outer field is reported and nothing walks in", () => {
    const input = parseJsonText(
      JSON.stringify(dataset({ ...flow, extra: { a: { b: { c: {} } } } })).replace(
        '"c":{}',
        '"__proto__":{"polluted":"yes"}',
      ),
      "x.json",
    );
    const result = safeParseDataset(input);
    expect(codesAt(result.issues)).toEqual([["unknown_field", "records.2.extra"]]);
  });

  test("the parsed output of a valid dataset has plain objects with no own prototype keys", () => {
    const result = parseDataset(dataset(flow));
    for (const record of result.records) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      for (const key of ["__proto__", "constructor", "prototype"])
        expect(Object.hasOwn(record, key)).toBe(false);
    }
  });

  test("prototype names as values (a kind, an id, a category, a currency, a country code) are plain unknown values", () => {
    const result = safeParseDataset(
      dataset(
        { id: "x:1", kind: "__proto__" },
        { id: "x:2", kind: "constructor" },
        { id: "x:3", kind: "toString" },
        { id: "x:4", kind: "hasOwnProperty" },
        { ...event, id: "event:proto", category: "constructor", mode: "__proto__" },
        { ...flow, id: "flow:proto", value: { amount: 1, currency: "constructor" } },
        { id: "country:proto", kind: "country", name: "X", code: "__proto__" },
        { ...event, id: "event:ref", actors: ["x:constructor"], cameo: "toString" },
      ),
    );
    expect(codesAt(result.issues)).toEqual([
      ["unknown_kind", "records.2.kind"],
      ["unknown_kind", "records.3.kind"],
      ["unknown_kind", "records.4.kind"],
      ["unknown_kind", "records.5.kind"],
      ["unknown_category", "records.6.category"],
      ["invalid_currency", "records.7.value.currency"],
      ["invalid_country_code", "records.8.code"],
      ["invalid_cameo_code", "records.9.cameo"],
      ["unresolved_reference", "records.9.actors.0"],
    ]);
  });
});

describe("a 10 MB string", () => {
  const huge = "x".repeat(10 * 1024 * 1024);
  const cases: [string, unknown, string | null][] = [
    ["a name (valid: kept whole)", { ...iran, id: "country:X", name: huge, code: "AFG" }, null],
    ["notes (valid: kept whole)", { ...flow, notes: huge }, null],
    ["an id", { ...flow, id: huge }, "invalid_id"],
    [
      "an id, twice",
      [
        { ...iran, id: huge },
        { ...pakistan, id: huge },
      ],
      "duplicate_id",
    ],
    ["a reference", { ...flow, reporter: `country:${huge}` }, "invalid_id"],
    ["a kind", { id: "x:1", kind: huge }, "unknown_kind"],
    ["a category", { ...event, category: huge }, "unknown_category"],
    ["a mode", { ...event, mode: huge }, "mode_category_mismatch"],
    ["an enumerated value", { ...flow, flow: huge }, "invalid_value"],
    ["a currency", { ...flow, value: { amount: 1, currency: huge } }, "invalid_currency"],
    ["a date", { ...flow, period: huge }, "invalid_date"],
    ["a URL", { ...flow, citations: [{ url: huge }] }, "invalid_format"],
    ["a field name", { ...flow, [huge]: 1 }, "unknown_field"],
    ["both parties of a dyad", { id: "border:x", kind: "border", parties: [huge, huge] }, "invalid_id"],
    ["a trade flow's reporter and partner", { ...flow, reporter: huge, partner: huge }, "invalid_id"],
    [
      "a mediator who is also a party",
      { id: "mediation:x", kind: "mediation", mediator: huge, between: [huge, "country:IRN"] },
      "invalid_id",
    ],
  ];
  for (const [where, record, code] of cases) {
    test(`in ${where}: ${code ?? "accepted"}, quickly, with a short message`, () => {
      const records = Array.isArray(record) ? record : [record];
      const started = performance.now();
      const result = safeParseDataset(dataset(...records));
      expect(performance.now() - started).toBeLessThan(2000);
      if (code === null) {
        expect(result.issues).toEqual([]);
        // Lossless: the long string comes back whole.
        expect(result.data?.records).toContainEqual(record);
        return;
      }
      expect(result.issues.map((issue) => issue.code)).toContain(code);
      for (const issue of result.issues) {
        // A message quotes at most the start of a value: never 10 MB into a terminal or a log.
        expect(issue.message.length, `${issue.code}: ${issue.message.slice(0, 120)}`).toBeLessThan(1000);
      }
    });
  }
});

describe("nesting 100,000 deep", () => {
  const deep = nested(100_000);
  const deepList = nested(100_000, "array");

  test("as the whole input, as the records, as a record: a clear issue, no stack overflow", () => {
    const whole = codesAt(safeParseDataset(deep).issues);
    expect(whole).toHaveLength(4);
    for (const issue of [
      ["unknown_field", "a"],
      ["missing_field", "format"],
      ["missing_field", "version"],
      ["missing_field", "records"],
    ]) {
      expect(whole).toContainEqual(issue);
    }
    expect(codesAt(safeParseDataset(deepList).issues)).toEqual([["invalid_type", ""]]);
    expect(codesAt(safeParseDataset({ ...header, records: deepList }).issues)).toEqual([
      ["invalid_type", "records.0"],
    ]);
    expect(codesAt(safeParseDataset({ ...header, records: [deep] }).issues)).toEqual([
      ["missing_field", "records.0.kind"],
    ]);
  });

  test("in a string field, a list field and an unknown field: the field is reported at its path", () => {
    const result = safeParseDataset(dataset({ ...flow, notes: deep, citations: deepList, extra: deep }));
    expect(codesAt(result.issues)).toEqual([
      ["invalid_type", "records.2.citations.0"],
      ["invalid_type", "records.2.notes"],
      ["unknown_field", "records.2.extra"],
    ]);
  });

  // Any value placed where an enumeration, a literal or a discriminator goes is quoted in the message: it
  // must be described, not serialised (serialising 100,000 levels overflows the stack).
  const sanction = {
    id: "sanction:x",
    kind: "sanction",
    authority: "country:PAK",
    targets: ["country:IRN"],
    statusHistory: [{ status: "imposed" }],
  };
  const enumPlaces: [string, unknown, string][] = [
    ["an enumerated value", { ...flow, flow: deep }, "records.2.flow"],
    ["the kind", { id: "x:1", kind: deep }, "records.2.kind"],
    ["a union's discriminator", { ...sanction, effects: [{ effect: deep }] }, "records.2.effects.0.effect"],
    ["a union", { ...sanction, effects: [deepList] }, "records.2.effects.0"],
  ];
  for (const [where, record, path] of enumPlaces) {
    test(`in ${where}: reported at its path, with every other issue of the dataset kept`, () => {
      const result = safeParseDataset(dataset(record, { ...flow, id: "flow:other", period: "2025-02-30" }));
      expect(result.success).toBe(false);
      const found = codesAt(result.issues);
      expect(found.map(([, at]) => at)).toContain(path);
      // The second record's own issue is still there: one deep value must not hide the rest.
      expect(found).toContainEqual(["invalid_date", "records.3.period"]);
      expect(result.issues.map((issue) => issue.code)).not.toContain("too_deep");
    });
  }

  test("DatasetChecker.checkRecord (what the JSON Lines validator calls per line) does not throw on it", () => {
    const checker = new DatasetChecker(RECORD_SCHEMAS);
    expect(() => checker.checkRecord({ ...flow, flow: deep }, ["line", 2])).not.toThrow();
    expect(() => checker.checkRecord({ id: "x:1", kind: deepList }, ["line", 3])).not.toThrow();
  });

  test("safeParseRecord and parseDataset: an issue, or a BilateralValidationError, never a RangeError", () => {
    expect(safeParseRecord(MoneySchema, { amount: 1, currency: "USD", equivalents: deepList }).success).toBe(
      false,
    );
    expect(safeParseRecord(RECORD_SCHEMAS["trade-flow"], { ...flow, flow: deep }).success).toBe(false);
    expect(() => parseDataset(dataset({ ...flow, flow: deep }))).toThrow(BilateralValidationError);
  });

  test("parseJsonText reads 100,000 levels of JSON text (V8's parser is not recursive) and validation reports them", () => {
    const text = `{"format":"bilateral","version":"1.0","records":[${"[".repeat(100_000)}${"]".repeat(100_000)}]}`;
    const value = parseJsonText(text, "deep.json");
    expect(codesAt(safeParseDataset(value).issues)).toEqual([["invalid_type", "records.0"]]);
  });
});

describe("NaN, Infinity and -0 where numbers go", () => {
  const numberFields: [string, (n: number) => unknown, string][] = [
    ["money amount", (n) => ({ ...flow, value: { amount: n, currency: "USD" } }), "records.2.value.amount"],
    ["quantity value", (n) => ({ ...flow, quantity: { value: n, unit: "t" } }), "records.2.quantity.value"],
    [
      "confidence",
      (n) => ({ ...flow, citations: [{ url: "https://example.org/", confidence: n }] }),
      "records.2.citations.0.confidence",
    ],
    ["intensity", (n) => ({ ...event, intensity: n }), "records.2.intensity"],
    ["goldstein", (n) => ({ ...event, coding: { goldstein: n } }), "records.2.coding.goldstein"],
    ["avgTone", (n) => ({ ...event, coding: { avgTone: n } }), "records.2.coding.avgTone"],
    ["casualties", (n) => ({ ...event, casualties: { dead: n } }), "records.2.casualties.dead"],
    [
      "latitude",
      (n) => ({ ...event, location: { coordinates: { latitude: n, longitude: 0 } } }),
      "records.2.location.coordinates.latitude",
    ],
  ];

  for (const [field, build, path] of numberFields) {
    test(`${field}: NaN, Infinity and -Infinity are invalid_type naming the value; -0 is accepted and kept as -0`, () => {
      for (const bad of [Number.NaN, Infinity, -Infinity]) {
        const result = safeParseDataset(dataset(build(bad)));
        expect(result.issues, `${field} = ${bad}`).toEqual([
          expect.objectContaining({
            code: "invalid_type",
            path: path.split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
          }),
        ]);
        expect(result.issues[0]?.message).toContain(String(bad));
      }
      const zero = safeParseDataset(dataset(build(-0)));
      expect(zero.issues).toEqual([]);
      // zod keeps -0 as it is (no silent change in memory); JSON can only write it as 0.
      let value: unknown = zero.data;
      for (const key of path.split(".")) value = (value as Record<string, unknown>)[key];
      expect(Object.is(value, -0)).toBe(true);
    });
  }

  test("-0 in JSON text is read as -0, validated, and written back as 0 (equal under JSON and ===)", () => {
    const text = JSON.stringify(dataset(flow)).replace('"amount":1200000000', '"amount":-0');
    const parsed = parseDataset(parseJsonText(text, "zero.json"));
    const amount = (parsed.records[2] as typeof flow).value.amount;
    expect(Object.is(amount, -0)).toBe(true);
    expect(JSON.stringify(parsed)).toContain('"amount":0');
  });

  test("1e400 in JSON text becomes Infinity when read, and is reported as such", () => {
    const text = JSON.stringify(dataset(flow)).replace('"amount":1200000000', '"amount":1e400');
    const result = safeParseDataset(parseJsonText(text, "big.json"));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "invalid_type", message: "expected a number, got Infinity" }),
    ]);
  });

  test("an integer beyond 2^53 in a count is out_of_range (zod keeps integers safe)", () => {
    const result = safeParseDataset(dataset({ ...event, coding: { numMentions: 2 ** 53 + 2 } }));
    expect(codesAt(result.issues)).toEqual([["out_of_range", "records.2.coding.numMentions"]]);
  });
});

describe("duplicate JSON keys", () => {
  test("JSON.parse keeps the last value, silently: the outcome is the last key's value", () => {
    const text = `{"format":"bilateral","version":"1.0","records":[
      {"id":"country:IRN","kind":"country","name":"Iran","code":"IRN","id":"country:PAK","code":"PAK"}]}`;
    const result = safeParseDataset(parseJsonText(text, "dup.json"));
    expect(result.issues).toEqual([]);
    expect(result.data?.records).toEqual([{ id: "country:PAK", kind: "country", name: "Iran", code: "PAK" }]);
  });
});

describe("a byte order mark", () => {
  test("one at the start is skipped", () => {
    expect(parseJsonText(`\uFEFF${JSON.stringify(dataset())}`, "bom.json")).toEqual(dataset());
    expect(
      parseJsonText(`\uFEFF${JSON.stringify(dataset(), null, 2).replaceAll("\n", "\r\n")}`, "bom.json"),
    ).toEqual(dataset());
  });

  test("one anywhere else is invalid JSON, with the file's name", () => {
    expect(() => parseJsonText(`\uFEFF\uFEFF{}`, "bom2.json")).toThrow(/^bom2\.json:.*invalid JSON/);
  });

  // BUG (src/io/read-json.ts): V8 gives no position for "Unexpected token" errors (a stray character, a bad
  // literal such as `tru`, NaN, a single-quoted string), so the error names the file but not the line and
  // column. Fix: locate the error with a small linear JSON scanner when V8's message has no position.
  test("BUG: an unexpected character is located by line and column", () => {
    expect(() => parseJsonText(`{\n  "a": \uFEFF1}`, "bom3.json")).toThrow(/^bom3\.json:2:8: invalid JSON/);
    expect(() => parseJsonText(`{\n  "format": "bilateral",\n  "version": tru\n}`, "literal.json")).toThrow(
      /^literal\.json:3:14: /,
    );
  });
});

describe("CRLF line ends", () => {
  test("a CRLF file parses, and a syntax error is located on the right line", () => {
    expect(parseJsonText(JSON.stringify(dataset(), null, 2).replaceAll("\n", "\r\n"), "crlf.json")).toEqual(
      dataset(),
    );
    expect(() =>
      parseJsonText('{\r\n  "format": "bilateral",\r\n  "version": 1.0.0\r\n}', "crlf.json"),
    ).toThrow(/^crlf\.json:3:/);
  });
});

describe("values no JSON text can hold (an API caller's objects)", () => {
  test("a cycle, where the schema walks and where it does not: issues, no infinite loop", () => {
    const cycle: Record<string, unknown> = { url: "https://example.org/" };
    cycle.self = cycle;
    const list: unknown[] = [];
    list.push(list);
    const result = safeParseDataset(dataset({ ...flow, citations: [cycle], notes: list, flow: cycle }));
    expect(codesAt(result.issues)).toEqual([
      ["unknown_field", "records.2.citations.0.self"],
      ["invalid_type", "records.2.notes"],
      ["invalid_value", "records.2.flow"],
    ]);
  });

  test("a getter or a Proxy that throws: the safe entry points return an issue (the catch-all), never throw", () => {
    const getter = Object.defineProperty({ ...flow }, "flow", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const hostile of [getter, proxy, revocable.proxy]) {
      const result = safeParseDataset(dataset(hostile));
      expect(result.success).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(safeParseRecord(RECORD_SCHEMAS["trade-flow"], hostile).success).toBe(false);
      expect(() => parseDataset(dataset(hostile))).toThrow(BilateralValidationError);
    }
  });
});

describe("messages", () => {
  test("a required enumeration that is absent is missing_field, not invalid_value 'got a undefined'", () => {
    const result = safeParseDataset(dataset({ id: "place:x", kind: "place", name: "X" }));
    expect(result.issues).toEqual([
      {
        code: "missing_field",
        message: 'missing required field "placeType"',
        path: ["records", 2, "placeType"],
        recordId: "place:x",
      },
    ]);
    const alone = safeParseRecord(RECORD_SCHEMAS.country, { id: "country:IRN", name: "Iran", code: "IRN" });
    expect(alone.issues).toEqual([
      {
        code: "missing_field",
        message: 'missing required field "kind"',
        path: ["kind"],
        recordId: "country:IRN",
      },
    ]);
  });
});

describe("work grows linearly with the input", () => {
  // 10 times the records may take about 10 times as long; a quadratic step would take 100 times. The bound
  // (40) leaves room for a loaded machine and for the warm-up of the first, smaller run.
  const shapes: [string, (i: number) => unknown][] = [
    ["every record with one id (duplicate_id)", () => ({ ...iran })],
    [
      "every record referencing a different missing id",
      (i) => ({ ...event, id: `event:${i}`, actors: [`country:missing-${i}`] }),
    ],
    [
      "every record referencing one missing id",
      (i) => ({ ...event, id: `event:${i}`, actors: ["country:missing"] }),
    ],
    ["every record with an unknown field", (i) => ({ ...iran, id: `country:${i}`, [`field${i}`]: i })],
  ];
  for (const [what, make] of shapes) {
    test(what, () => {
      const timeFor = (n: number) => {
        const records = Array.from({ length: n }, (_, i) => make(i));
        const started = performance.now();
        const result = safeParseDataset({ ...header, records });
        const elapsed = performance.now() - started;
        expect(result.success).toBe(false);
        return elapsed;
      };
      timeFor(500); // warm up
      const small = timeFor(2_000);
      const large = timeFor(20_000);
      expect(large / small, `${small.toFixed(0)} ms, then ${large.toFixed(0)} ms`).toBeLessThan(40);
    });
  }
});

describe("150,000 records, each with an unresolved reference", () => {
  const records = Array.from({ length: 150_000 }, (_, i) => ({
    id: `event:e${i}`,
    kind: "event",
    category: "CONSULT",
    actors: ["country:NOPE"],
  }));

  test("one issue each, never a stack overflow (a list is never spread into arguments)", () => {
    const result = safeParseDataset({ format: "bilateral", version: "1.0", records });
    expect(result.success).toBe(false);
    expect(result.issues.length).toBe(150_000);
    expect(new Set(result.issues.map((issue) => issue.code))).toEqual(new Set(["unresolved_reference"]));
    expect(result.issues[149_999]?.path).toEqual(["records", 149_999, "actors", 0]);
  });

  test("the same through a checker, record by record, as JSON Lines are read", () => {
    const checker = new DatasetChecker(RECORD_SCHEMAS);
    checker.checkHeader({ format: "bilateral", version: "1.0" });
    for (const [i, record] of records.entries()) checker.checkRecord(record, ["line", i + 2]);
    expect(checker.finish().length).toBe(150_000);
  });
});
