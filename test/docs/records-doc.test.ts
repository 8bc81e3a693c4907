import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as bilateral from "bilateral";
import { RECORD_KINDS, RECORD_SCHEMAS, referenceRegistry } from "bilateral";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// docs/records.md is generated from the record schemas: a table per record kind (field, type in words,
// required or optional, description), and one per part they share (citations, periods, money...). This test
// asserts the file is up to date; `UPDATE_DOCS=1 npx vitest run test/docs/records-doc.test.ts` rewrites it.

const DOC = fileURLToPath(new URL("../../docs/records.md", import.meta.url));
const RECORDS_SOURCE = fileURLToPath(new URL("../../src/model/records.ts", import.meta.url));

type Schema = z.core.$ZodType;
type Def = { type: string } & Record<string, unknown>;

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** Exported schemas by name (`Citation` for `CitationSchema`): the parts that get a table of their own. */
const NAMED = new Map<Schema, string>();
for (const [name, value] of Object.entries(bilateral)) {
  if (value instanceof z.ZodType && name.endsWith("Schema"))
    NAMED.set(value, name.slice(0, -"Schema".length));
}
const RECORD_SCHEMA_SET = new Set<Schema>(Object.values(RECORD_SCHEMAS));

/** Exported schemas of plain values, said in words. */
const WORDS = new Map<Schema, string>([
  [bilateral.PartialDateSchema, "partial date"],
  [bilateral.UrlSchema, "http(s) URL"],
  [bilateral.IdSchema, "record id"],
  [bilateral.CountryCodeSchema, "ISO 3166-1 alpha-3 code"],
  [bilateral.CurrencyCodeSchema, "ISO 4217 code"],
  [bilateral.SubdivisionCodeSchema, "ISO 3166-2 code"],
  [bilateral.CameoCodeSchema, "CAMEO code"],
  [bilateral.EventCategorySchema, "PLOVER category"],
  [bilateral.EventContextSchema, "PLOVER context"],
  [bilateral.SanctionMeasureSchema, "OpenSanctions measure"],
  [
    (defOf(bilateral.EventSchema.shape.mode).innerType as Schema) ?? bilateral.IdSchema,
    "mode of the category",
  ],
]);

/** The schema itself, or the one it was copied from by `.meta()` (a field's description). */
function lookup<T>(map: ReadonlyMap<Schema, T>, schema: Schema): T | undefined {
  for (let s: Schema | undefined = schema; s !== undefined; s = s._zod.parent) {
    const found = map.get(s);
    if (found !== undefined) return found;
  }
  return undefined;
}

function anchor(name: string): string {
  return name.toLowerCase();
}

function list(values: readonly string[], last = "or"): string {
  return values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} ${last} ${values.at(-1)}`;
}

function kindsOf(schema: Schema): string {
  const kinds = referenceRegistry.get(schema as z.ZodType)?.kinds ?? [];
  return kinds.includes("*") ? "any record" : list([...kinds], "or");
}

interface Row {
  readonly path: string;
  readonly type: string;
  readonly required: string;
  readonly description: string;
}

/** What a schema holds, in words; inline objects add their fields to `rows` under `path`. */
function typeOf(schema: Schema, path: string, rows: Row[], parts: Schema[]): string {
  const def = defOf(schema);
  const named = RECORD_SCHEMA_SET.has(schema) ? undefined : lookup(NAMED, schema);
  if (named !== undefined && isObjectLike(schema)) {
    const part = NAMED_BY_NAME.get(named) as Schema;
    if (!parts.includes(part)) parts.push(part);
    return `[${named}](#${anchor(named)})`;
  }
  if (referenceRegistry.get(schema as z.ZodType) !== undefined) return `id (${kindsOf(schema)})`;
  const words = lookup(WORDS, schema);
  if (words !== undefined) return words;
  if (def.type === "tuple" && (def.items as Schema[]).length === 2) {
    return `two distinct ids (${kindsOf((def.items as Schema[])[0] as Schema)})`;
  }
  switch (def.type) {
    case "optional":
    case "default":
    case "readonly":
      return typeOf(def.innerType as Schema, path, rows, parts);
    case "array": {
      const element = typeOf(def.element as Schema, path, rows, parts);
      const entry = defOf(def.element as Schema).shape as Record<string, unknown> | undefined;
      const history = entry !== undefined && "since" in entry && "asOf" in entry;
      const atLeastOne = minLength(schema) === 1 ? ", at least one" : "";
      return `${history ? "history (in time order)" : "list"} of ${element}${atLeastOne}`;
    }
    case "string":
      return "text";
    case "number": {
      const number = schema as z.ZodNumber;
      const noun = number.isInt ? "integer" : "number";
      const { minValue: min, maxValue: max } = number;
      if (min !== null && max !== null && Number.isFinite(min) && Math.abs(max) < Number.MAX_SAFE_INTEGER) {
        return `${noun} from ${min} to ${max}`;
      }
      return min === 0 ? `${noun}, 0 or more` : noun;
    }
    case "boolean":
      return "true or false";
    case "literal":
      return list((def.values as unknown[]).map((value) => `\`${JSON.stringify(value)}\``));
    case "enum":
      return `one of ${list(Object.values(def.entries as Record<string, string>).map((value) => `\`${value}\``))}`;
    case "union":
      return list((def.options as Schema[]).map((option) => typeOf(option, path, rows, parts)));
    case "object":
      rows.push(...rowsOf(schema, `${path}.`, parts));
      return "object (fields below)";
    default:
      throw new Error(`records-doc: no words for a ${def.type} at ${path}`);
  }
}

function minLength(schema: Schema): number | undefined {
  for (const check of (defOf(schema).checks ?? []) as Schema[]) {
    const def = check._zod.def as { check?: string; minimum?: number };
    if (def.check === "min_length") return def.minimum;
  }
  return undefined;
}

function isObjectLike(schema: Schema): boolean {
  const def = defOf(schema);
  if (def.type === "object") return true;
  if (def.type === "union") return (def.options as Schema[]).every(isObjectLike);
  if (def.type === "array") return isObjectLike(def.element as Schema);
  return false;
}

const NAMED_BY_NAME = new Map([...NAMED].map(([schema, name]) => [name, schema]));

function isRequired(field: Schema): boolean {
  return !(field as z.ZodType).safeParse(undefined).success && defOf(field).type !== "optional";
}

function rowsOf(schema: Schema, prefix: string, parts: Schema[]): Row[] {
  const def = defOf(schema);
  if (def.type === "array") return rowsOf(def.element as Schema, prefix, parts);
  if (def.type === "union") {
    // A union of objects (a sanction's effects): the fields of every option, once each; a field that only some
    // options have is required "with" the discriminator's values of those options.
    const options = (def.options as Schema[]).map((option) => ({
      rows: rowsOf(option, prefix, parts),
      tag: JSON.stringify(
        (
          defOf((defOf(option).shape as Record<string, Schema>)[def.discriminator as string] as Schema)
            .values as unknown[]
        )[0],
      ),
    }));
    const merged: Row[] = [];
    for (const { rows } of options) {
      for (const row of rows) {
        if (merged.some((other) => other.path === row.path)) continue;
        const holders = options.filter((option) => option.rows.some((other) => other.path === row.path));
        const types = [
          ...new Set(holders.map((option) => option.rows.find((other) => other.path === row.path)?.type)),
        ];
        const required =
          holders.length === options.length || row.required === "optional"
            ? row.required
            : `with ${holders.map((option) => `\`${def.discriminator as string}: ${option.tag}\``).join(" or ")}`;
        merged.push({ ...row, type: list(types as string[]), required });
      }
    }
    return merged;
  }
  const rows: Row[] = [];
  for (const [name, field] of Object.entries(def.shape as Record<string, Schema>)) {
    const nested: Row[] = [];
    const type = typeOf(field, `${prefix}${name}`, nested, parts);
    const description = z.globalRegistry.get(field)?.description ?? "";
    rows.push(
      { path: `${prefix}${name}`, type, required: isRequired(field) ? "required" : "optional", description },
      ...nested,
    );
  }
  return rows;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function table(rows: readonly Row[]): string {
  const lines = rows.map(
    (row) => `| \`${row.path}\` | ${cell(row.type)} | ${row.required} | ${cell(row.description)} |`,
  );
  return ["| Field | Type | Required | Description |", "| --- | --- | --- | --- |", ...lines].join("\n");
}

export function renderRecordsDoc(): string {
  const parts: Schema[] = [];
  const sections: string[] = [];
  for (const kind of RECORD_KINDS) {
    const schema = RECORD_SCHEMAS[kind];
    const name = NAMED.get(schema) ?? kind;
    const rows = rowsOf(schema, "", parts);
    sections.push(
      `## ${kind}\n\nA record of kind \`${kind}\` ({@link "bilateral".${name}Schema}).\n\n${table(rows)}`,
    );
  }
  const partSections: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as Schema;
    const name = NAMED.get(part) as string;
    const rows = rowsOf(part, "", parts); // may add parts, rendered in turn
    partSections.push(`### ${name}\n\n{@link "bilateral".${name}Schema}\n\n${table(rows)}`);
  }
  return [
    "---",
    "title: Record kinds, field by field",
    "---",
    "",
    "# Record kinds, field by field",
    "",
    "<!-- Generated from the record schemas by test/docs/records-doc.test.ts:",
    "     UPDATE_DOCS=1 npx vitest run test/docs/records-doc.test.ts -->",
    "",
    "Every record kind, every field: its type in words, whether it is required, and what it means. The same",
    "descriptions are in the JSON Schemas (`description`) and in your editor (hover a field of a record type).",
    "Dates are partial dates (`2025`, `2025-08`, `2025-08-02`); ids are namespaced (`country:IRN`); a field that",
    "holds an id is a reference to a record of the kinds named. The parts that several kinds share (citations,",
    "periods, money...) have a table of their own, [below](#parts). See [the file format](file-format.md) for",
    "the rules that hold throughout.",
    "",
    sections.join("\n\n"),
    "",
    "## Parts",
    "",
    "The objects that record fields hold.",
    "",
    partSections.join("\n\n"),
    "",
  ].join("\n");
}

describe("docs/records.md", () => {
  const expected = renderRecordsDoc();
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, expected);

  it("has a section for every record kind, with a row for every field", () => {
    expect(expected).toMatch(/^## trade-flow$/m);
    expect(expected).toMatch(/^\| `negated` \| true or false \| optional \| True when/m);
    expect(expected).toMatch(/^\| `announced\.date` \| partial date \| optional \|/m);
    expect(expected).toMatch(/^### Citation$/m);
  });

  it("is up to date (UPDATE_DOCS=1 npx vitest run test/docs/records-doc.test.ts regenerates it)", () => {
    expect(readFileSync(DOC, "utf8")).toBe(expected);
  });

  it("is what DatasetRecord's TSDoc table links each kind to, every kind in order", () => {
    const source = readFileSync(RECORDS_SOURCE, "utf8");
    const rows = [
      ...source.matchAll(
        /^ \* \| `([a-z-]+)` \| \{@link \w+\} \| \[fields\]\(\.\.\/\.\.\/docs\/records\.md#([a-z-]+)\) \|$/gm,
      ),
    ];
    expect(rows.map((row) => row[1])).toEqual([...RECORD_KINDS]);
    expect(rows.every((row) => row[1] === row[2])).toBe(true);
    for (const kind of RECORD_KINDS) expect(expected).toContain(`\n## ${kind}\n`);
  });
});
