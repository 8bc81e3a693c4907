import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ISSUE_CODES, type IssueCode, RECORD_KINDS, safeParseDataset, toJsonSchemas } from "bilateral";
import { seedStoryInput } from "bilateral/example";
import { describe, expect, test } from "vitest";
import { validDataset } from "../fixtures/model/records.js";
import { createAjv, errorLocation, related } from "./ajv.js";

const CORPUS = fileURLToPath(new URL("../fixtures/json-schema/", import.meta.url));
const DOC = fileURLToPath(new URL("../../docs/json-schema.md", import.meta.url));

interface CorpusDocument {
  readonly name: string;
  readonly code: IssueCode;
  readonly document: unknown;
}

function corpus(folder: string): CorpusDocument[] {
  return readdirSync(join(CORPUS, folder))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({
      name: `${folder}/${name}`,
      code: name.replace(/(--.*)?\.json$/, "") as IssueCode,
      document: JSON.parse(readFileSync(join(CORPUS, folder, name), "utf8")) as unknown,
    }));
}

const invalid = corpus("invalid");
const inexpressible = corpus("inexpressible");
const valid = [
  ...corpus("valid").map(({ name, document }) => ({ name, document })),
  { name: "seed story", document: seedStoryInput },
  { name: "one valid record of each kind", document: validDataset() },
];

/**
 * Codes that are no rule of a document: JSON that does not parse, nesting beyond the reader's limit, and a
 * warning (the document stays valid for both validators).
 */
const NOT_DOCUMENT_RULES: readonly IssueCode[] = [
  "invalid_json",
  "too_deep",
  "mixed_script_id",
  "ownership_cycle",
  "shares_exceed_whole",
];

const schemas = toJsonSchemas();
const ajv = createAjv();
const validateDataset = ajv.compile(schemas.dataset);
const validateRecord = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, ajv.compile(schemas[kind])]));

function recordsOf(document: unknown): unknown[] {
  const records = (document as { records?: unknown }).records;
  return Array.isArray(records) ? records : [];
}

function kindOf(record: unknown): string | undefined {
  const kind =
    typeof record === "object" && record !== null ? (record as { kind?: unknown }).kind : undefined;
  return typeof kind === "string" ? kind : undefined;
}

describe("the generated JSON Schemas", () => {
  test("there is one for the dataset and one per record kind, each a draft 2020-12 document", () => {
    expect(Object.keys(schemas)).toEqual(["dataset", ...RECORD_KINDS]);
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema, name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(ajv.validateSchema(schema), name).toBe(true);
    }
    expect(schemas.dataset.title).toBe("bilateral dataset");
    expect(schemas.event.title).toBe("bilateral event record");
  });

  test("the rules zod states with checks are exact in JSON Schema", () => {
    const defs = schemas.dataset.$defs ?? {};
    expect(schemas.dataset.properties?.format).toEqual({
      description: expect.any(String),
      type: "string",
      const: "bilateral",
    });
    expect(schemas.dataset.properties?.version).toEqual({
      description: expect.any(String),
      type: "string",
      enum: ["1.0"],
    });
    expect(defs.EventCategory?.enum).toContain("CONSULT");
    expect(defs.EventCategory?.enum).toHaveLength(16);
    expect(defs.EventContext?.enum).toContain("human_rights");
    expect(defs.PartialDate?.pattern).toMatch(/^\^\(\?!0000\)/);
    expect(defs.country?.properties?.code).toMatchObject({ enum: expect.arrayContaining(["PAK"]) });
    expect(defs.SubdivisionCode?.enum).toContain("PK-BA");
    expect(defs.event?.dependentRequired).toEqual({ endDate: ["date"], mode: ["category"] });
    expect(defs.event?.anyOf).toEqual([{ required: ["category"] }, { required: ["cameo"] }]);
    expect(defs.relationship?.properties?.parties).toMatchObject({ uniqueItems: true });
    expect(defs.Citation?.anyOf).toEqual([{ required: ["source"] }, { required: ["url"] }]);
    expect(defs.Share?.oneOf).toEqual([
      { required: ["exact"] },
      { anyOf: [{ required: ["min"] }, { required: ["max"] }] },
      { required: ["unknown"] },
    ]);
  });

  test("the files are deterministic: two runs give the same schemas", () => {
    expect(toJsonSchemas()).toEqual(schemas);
  });
});

describe("ajv and bilateral agree on valid documents", () => {
  test.each(valid)("$name", ({ document }) => {
    expect(safeParseDataset(document).issues).toEqual([]);
    expect(validateDataset(document), JSON.stringify(validateDataset.errors)).toBe(true);
    for (const record of recordsOf(document)) {
      const validate = validateRecord[kindOf(record) ?? ""];
      expect(validate?.(record), JSON.stringify(validate?.errors)).toBe(true);
    }
  });
});

describe("ajv and bilateral agree on invalid documents: both reject them, at the same place", () => {
  test.each(invalid)("$name", ({ code, document }) => {
    const result = safeParseDataset(document);
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(result.issues.map(() => code));
    expect(validateDataset(document)).toBe(false);
    const locations = (validateDataset.errors ?? []).map(errorLocation);
    for (const issue of result.issues) {
      expect(
        locations.some(
          (location) => related(location, issue.path) && location.length > 0 === issue.path.length > 0,
        ),
        `no ajv error at or around ${JSON.stringify(issue.path)}: ${JSON.stringify(locations)}`,
      ).toBe(true);
    }
    // The record schemas reject the record concerned too.
    const records = recordsOf(document);
    for (const issue of result.issues) {
      if (issue.path[0] !== "records" || typeof issue.path[1] !== "number" || issue.path.length < 3) continue;
      const record = records[issue.path[1]];
      const validate = validateRecord[kindOf(record) ?? ""];
      if (validate !== undefined) expect(validate(record)).toBe(false);
    }
  });
});

describe("the known disagreements: rules JSON Schema cannot express, which only bilateral reports", () => {
  test.each(inexpressible)("$name", ({ code, document }) => {
    const result = safeParseDataset(document);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.map((issue) => issue.code)).toEqual(result.issues.map(() => code));
    expect(validateDataset(document), JSON.stringify(validateDataset.errors)).toBe(true);
  });

  test("they are exactly the ones docs/json-schema.md lists", () => {
    const doc = readFileSync(DOC, "utf8");
    const start = doc.indexOf("## What JSON Schema cannot check");
    const end = doc.indexOf("\n## ", start + 1);
    const section = doc.slice(start, end === -1 ? undefined : end);
    const listed = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]);
    const expected = new Set([...inexpressible.map((entry) => entry.code), ...NOT_DOCUMENT_RULES]);
    expect(new Set(listed)).toEqual(expected);
  });

  test("every issue code has a document in the corpus, or is no rule of a document", () => {
    const covered = new Set([...invalid, ...inexpressible].map((entry) => entry.code));
    const missing = Object.keys(ISSUE_CODES).filter(
      (code) => !covered.has(code as IssueCode) && !NOT_DOCUMENT_RULES.includes(code as IssueCode),
    );
    expect(missing).toEqual([]);
    for (const entry of [...invalid, ...inexpressible])
      expect(Object.keys(ISSUE_CODES)).toContain(entry.code);
  });
});
