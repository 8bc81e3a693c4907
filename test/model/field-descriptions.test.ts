import * as bilateral from "bilateral";
import { RECORD_SCHEMAS, toJsonSchemas } from "bilateral";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Every field of every record schema, and of the object schemas they hold (citations, periods, money,
// locations...), carries a description (`.meta({ description })`): it is what the JSON Schema `description`,
// the field table of docs/records.md and the `.d.ts` hover say.

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
