import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as bilateral from "bilateral";
import { RECORD_SCHEMAS, toJsonSchemas } from "bilateral";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Every field of every record schema, and of the object schemas they hold (citations, periods, money,
// locations...), carries a description (`.meta({ description })`): it is what the JSON Schema `description`,
// the field table of docs/records.md say. The `.d.ts` hover shows a field's JSDoc: each shape property of the
// model's sources carries a JSDoc comment equal to its description.

type Schema = z.core.$ZodType;

/** The schemas the package exports by name: shared types, whose own description says what the type is. */
const SHARED = new Set<Schema>(
  (Object.values(bilateral) as unknown[]).filter((value): value is Schema => value instanceof z.ZodType),
);

/** The schemas a field's schema wraps or holds: optional, nullable, array items, union options... */
function children(schema: Schema): Schema[] {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const out: unknown[] = [def.innerType, def.element, def.in, def.out, def.valueType, def.rest];
  if (Array.isArray(def.options)) out.push(...def.options);
  if (Array.isArray(def.items)) out.push(...def.items);
  if (def.type === "lazy") out.push((schema as unknown as { _zod: { innerType: unknown } })._zod.innerType);
  return out.filter((child): child is Schema => child instanceof z.ZodType);
}

function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, Schema> };
  return def.type === "object" ? def.shape : undefined;
}

/** Every field, as `kind.path.to.field`, with its description (undefined when it has none or only its type's). */
export function fieldDescriptions(): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const seen = new Set<Schema>();
  const visit = (schema: Schema, path: string): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const shape = shapeOf(schema);
    if (shape !== undefined) {
      for (const [name, field] of Object.entries(shape)) {
        const description = SHARED.has(field) ? undefined : z.globalRegistry.get(field)?.description;
        out.set(`${path}.${name}`, description);
        visit(field, `${path}.${name}`);
      }
      return;
    }
    for (const child of children(schema)) visit(child, path);
  };
  for (const [kind, schema] of Object.entries(RECORD_SCHEMAS)) visit(schema, kind);
  return out;
}

describe("field descriptions", () => {
  const fields = fieldDescriptions();

  it("finds the fields of the record kinds and of the objects they hold", () => {
    expect(fields.has("event.negated")).toBe(true);
    expect(fields.has("source.citations.confidence")).toBe(true);
    expect(fields.size).toBeGreaterThan(200);
  });

  it("gives every field a description of its own", () => {
    const missing = [...fields].filter(([, description]) => !description?.trim()).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it("writes each record field's description into its JSON Schema", () => {
    const schemas = toJsonSchemas();
    const wrong: string[] = [];
    for (const kind of Object.keys(RECORD_SCHEMAS) as (keyof typeof RECORD_SCHEMAS)[]) {
      const properties = (schemas[kind].properties ?? {}) as Record<string, { description?: string }>;
      for (const [name, property] of Object.entries(properties)) {
        const description = z.globalRegistry.get(RECORD_SCHEMAS[kind].shape[name as never])?.description;
        if (property.description === undefined || property.description !== description)
          wrong.push(`${kind}.${name}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(schemas.event.properties?.negated).toMatchObject({
      description: expect.stringMatching(/did not take place/),
    });
  });
});

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MODEL_FILES = [
  ...readdirSync(join(ROOT, "src/model")).map((name) => `src/model/${name}`),
  "src/time/period.ts",
].filter((file) => file.endsWith(".ts"));

/** Whether an object literal is a schema's shape: `z.strictObject({...})`, or what a `...Shape` returns or holds. */
function isShape(node: ts.ObjectLiteralExpression): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.arguments[0] === node) {
    const callee = parent.expression;
    return (
      ts.isPropertyAccessExpression(callee) &&
      ["strictObject", "object", "looseObject"].includes(callee.name.text)
    );
  }
  if (ts.isReturnStatement(parent)) {
    let fn: ts.Node | undefined = parent.parent;
    while (fn !== undefined && !ts.isFunctionDeclaration(fn)) fn = fn.parent;
    return fn?.name?.text.endsWith("Shape") ?? false;
  }
  return ts.isVariableDeclaration(parent) && parent.name.getText().endsWith("Shape");
}

/** The description a field's `.meta({ description: "..." })`, written last, gives. */
function metaDescription(initializer: ts.Expression): string | undefined {
  if (!ts.isCallExpression(initializer) || !ts.isPropertyAccessExpression(initializer.expression))
    return undefined;
  if (initializer.expression.name.text !== "meta") return undefined;
  const [meta] = initializer.arguments;
  if (meta === undefined || !ts.isObjectLiteralExpression(meta)) return undefined;
  for (const property of meta.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === "description") {
      return ts.isStringLiteralLike(property.initializer) ? property.initializer.text : undefined;
    }
  }
  return undefined;
}

function jsDocText(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const comment = docs.at(-1)?.comment;
  const text = typeof comment === "string" ? comment : comment?.map((part) => part.text).join("");
  return text?.replace(/\s+/g, " ").trim();
}

/** Shape properties whose JSDoc is missing or says something else than their `.meta` description. */
function mismatches(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isShape(node)) {
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const where = `${file}:${source.getLineAndCharacterOfPosition(property.getStart()).line + 1} ${property.name.getText()}`;
        const description = metaDescription(property.initializer);
        const doc = jsDocText(property);
        if (description === undefined) out.push(`${where}: no .meta({ description }) written last`);
        else if (doc === undefined) out.push(`${where}: no JSDoc`);
        else if (doc !== description) out.push(`${where}: JSDoc differs from .meta description`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("field descriptions in the sources", () => {
  it("reads the shapes of the model's schemas", () => {
    expect(MODEL_FILES).toContain("src/model/event.ts");
    expect(mismatches("src/model/event.ts")).toEqual([]);
  });

  it("gives every shape property a JSDoc comment equal to its .meta description (the .d.ts hover)", () => {
    expect(MODEL_FILES.flatMap(mismatches)).toEqual([]);
  });
});
