/**
 * Arbitrary input never makes a safe entry point throw: not arbitrary JSON values (deeply nested, long
 * strings, odd numbers), not datasets with one value anywhere replaced by such a value, not records of
 * every kind with random values in their fields. The throwing entry points throw only
 * BilateralValidationError.
 *
 * Run counts: 6 properties; 200 runs where the input is one generated value, 100 where a whole dataset is
 * generated first and for the non-JSON values. The file takes about 10 s of CPU on the project's 2-core
 * machine.
 */
import {
  BilateralValidationError,
  CitationSchema,
  DatasetChecker,
  DatasetHeaderSchema,
  ISSUE_CODES,
  type Issue,
  MoneySchema,
  PeriodSchema,
  parseDataset,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
  safeParseDataset,
  safeParseRecord,
} from "bilateral";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { datasetArb, SCRIPT_SAMPLES } from "./arbitraries.js";
import { runs } from "./runs.js";

const CHEAP_RUNS = runs(200);
const DATASET_RUNS = runs(100);

/** Numbers that trip code up: signed zero, the infinities, NaN, the extremes and the unsafe integers. */
const oddNumberArb = fc.oneof(
  fc.constantFrom(
    -0,
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53 + 2,
    -(2 ** 53) - 2,
    1e21,
    0.1 + 0.2,
  ),
  fc.double(),
  fc.integer(),
);

/** A long string: one character (of any script) repeated up to 200,000 times. */
const longStringArb = fc
  .tuple(
    fc.oneof(fc.constantFrom(...SCRIPT_SAMPLES), fc.string({ unit: "binary", minLength: 1, maxLength: 2 })),
    fc.integer({ min: 1000, max: 200_000 }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** A value nested up to 10,000 deep, in objects, lists or both. */
const deepArb = fc
  .tuple(
    fc.integer({ min: 100, max: 10_000 }),
    fc.constantFrom("object", "array", "mixed"),
    fc.jsonValue({ maxDepth: 1 }),
  )
  .map(([depth, shape, leaf]) => {
    let value: unknown = leaf;
    for (let level = 0; level < depth; level++) {
      const asArray = shape === "array" || (shape === "mixed" && level % 2 === 0);
      value = asArray ? [value] : { a: value };
    }
    // fast-check prints a counterexample by walking it: give the deep value a short description instead.
    Object.defineProperty(value, fc.toStringMethod, { value: () => `<${shape} nested ${depth} deep>` });
    return value;
  });

/** JSON values of modest depth, with Unicode strings and odd numbers. */
const jsonishArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    oddNumberArb,
    fc.string({ unit: "binary" }),
    fc.constantFrom(
      ...SCRIPT_SAMPLES,
      "__proto__",
      "constructor",
      "prototype",
      "country:IRN",
      "2025-02-30",
      "USD",
      "CONSULT",
    ),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.string(),
        fc.constantFrom("__proto__", "constructor", "prototype", "id", "kind", "records", "format"),
      ),
      tie("value"),
      { maxKeys: 4 },
    ),
  ),
})).value;

/** A hostile value: any of the above. */
const hostileArb = fc.oneof(jsonishArb, oddNumberArb, longStringArb, deepArb);

/** Every path to a value inside a JSON value. */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) pathsOf(item, [...prefix, index], out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  }
  return out;
}

function replaceAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  // The dataset is plain JSON; the hostile value goes in as it is (cloning it could overflow).
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1] as string | number, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A valid dataset with the value at one random path replaced by a hostile one. */
const corruptedDatasetArb = datasetArb({ maxPerKind: 2 }).chain((dataset) =>
  fc
    .tuple(fc.constantFrom(...pathsOf(dataset)), hostileArb)
    .map(([path, value]) => ({ path, input: replaceAt(dataset, path, value) })),
);

/** Records of every kind whose fields (and a few unknown ones) hold arbitrary values. */
const FIELD_NAMES = [
  ...new Set(
    Object.values(RECORD_SCHEMAS).flatMap((schema) =>
      Object.keys((schema as unknown as { shape: object }).shape),
    ),
  ),
  "since",
  "asOf",
  "status",
  "amount",
  "currency",
  "start",
  "end",
  "__proto__",
];
const recordLikeArb = fc
  .tuple(
    fc.oneof(fc.constantFrom(...RECORD_KINDS), fc.string(), oddNumberArb),
    fc.oneof(fc.constant("x:1"), fc.string(), jsonishArb),
    fc.dictionary(
      fc.constantFrom(...FIELD_NAMES),
      fc.oneof(
        { weight: 4, arbitrary: jsonishArb },
        { weight: 1, arbitrary: fc.constantFrom("country:IRN", "x:1", "2025", "USD") },
        { weight: 1, arbitrary: fc.oneof(longStringArb, deepArb) },
      ),
      { maxKeys: 6 },
    ),
  )
  .map(([kind, id, fields]) => ({ ...fields, id, kind }));

function expectWellFormed(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(Object.hasOwn(ISSUE_CODES, issue.code), issue.code).toBe(true);
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
  }
}

/** The catch-all of the safe entry points: reached only by a bug (or input too deep to walk). */
function isCatchAll(issue: Issue): boolean {
  return issue.message.startsWith("validation failed:");
}

function checkDataset(input: unknown): void {
  const result = safeParseDataset(input);
  expect(result.success || result.issues.length > 0).toBe(true);
  expectWellFormed(result.issues);
  expect(result.issues.filter(isCatchAll)).toEqual([]);
  // Nesting up to 10,000 deep is reported where it is, never as the whole input being too deep.
  expect(result.issues.filter((issue) => issue.code === "too_deep")).toEqual([]);
  try {
    parseDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(BilateralValidationError);
  }
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
}

const SCHEMAS = [
  ...RECORD_KINDS.map((kind) => [kind, RECORD_SCHEMAS[kind as RecordKind]] as const),
  ["header", DatasetHeaderSchema] as const,
  ["period", PeriodSchema] as const,
  ["money", MoneySchema] as const,
  ["citation", CitationSchema] as const,
];

describe("safe entry points never throw", () => {
  test("safeParseDataset on an arbitrary JSON value", () => {
    fc.assert(fc.property(hostileArb, checkDataset), { numRuns: CHEAP_RUNS });
  });

  test("safeParseDataset on a dataset-shaped value whose records are arbitrary", () => {
    const shaped = fc.record({
      format: fc.oneof(fc.constant("bilateral"), jsonishArb),
      version: fc.oneof(fc.constant("1.0"), jsonishArb),
      records: fc.array(fc.oneof(recordLikeArb, hostileArb), { maxLength: 8 }),
    });
    fc.assert(fc.property(shaped, checkDataset), { numRuns: CHEAP_RUNS });
  });

  test("safeParseDataset on a valid dataset with one value replaced by a hostile one", () => {
    fc.assert(
      fc.property(corruptedDatasetArb, ({ input }) => {
        checkDataset(input);
        let text: string | undefined;
        try {
          text = JSON.stringify(input);
        } catch {
          return; // too deep for JSON.stringify itself: the JSON round trip does not apply
        }
        checkDataset(JSON.parse(text ?? "null"));
      }),
      { numRuns: DATASET_RUNS },
    );
  });

  test("safeParseRecord with every record schema (and a few inner ones) on arbitrary values", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCHEMAS), fc.oneof(recordLikeArb, hostileArb), ([, schema], input) => {
        const result = safeParseRecord(schema, input);
        expectWellFormed(result.issues);
        expect(result.issues.filter(isCatchAll)).toEqual([]);
      }),
      { numRuns: CHEAP_RUNS },
    );
  });

  test("DatasetChecker, record by record, never throws either (it is what a JSON Lines reader calls)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(recordLikeArb, hostileArb), { maxLength: 6 }), (records) => {
        const checker = new DatasetChecker(RECORD_SCHEMAS);
        records.forEach((record, index) => {
          expectWellFormed(checker.checkRecord(record, ["records", index]).issues);
        });
        expectWellFormed(checker.finish());
      }),
      { numRuns: CHEAP_RUNS },
    );
  });

  test("non-JSON values (symbols, bigints, functions, maps, dates, getters) do not throw from the safe entry points", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          fc.record({
            format: fc.constant("bilateral"),
            version: fc.constant("1.0"),
            records: fc.array(anything),
          }),
        ),
        (input) => {
          expectWellFormed(safeParseDataset(input).issues);
          for (const [, schema] of SCHEMAS) expectWellFormed(safeParseRecord(schema, input).issues);
        },
      ),
      { numRuns: 100 },
    );
  });
});
