import type { z } from "zod";

/**
 * How a record field is stored in a column: `string` (VARCHAR), `number` (DOUBLE), `boolean` (BOOLEAN),
 * `strings` (VARCHAR[]), `json` (VARCHAR holding the value's JSON text).
 * @internal
 */
export type ColumnType = "string" | "number" | "boolean" | "strings" | "json";

type Def = { readonly type: string } & Readonly<Record<string, unknown>>;

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** Wrappers that hold the value's schema in `innerType`. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch"]);

/** The schema a wrapper (optional, default, pipe...) holds, or the schema itself. */
export function unwrapSchema(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType as z.core.$ZodType;
    else if (def.type === "pipe") current = def.in as z.core.$ZodType;
    else if (def.type === "lazy") current = (def.getter as () => z.core.$ZodType)();
    else return current;
  }
  return current;
}

function allStrings(values: readonly unknown[]): boolean {
  return values.length > 0 && values.every((value) => typeof value === "string");
}

function isStringLike(def: Def): boolean {
  if (def.type === "string" || def.type === "template_literal") return true;
  if (def.type === "enum") return allStrings(Object.values(def.entries as Record<string, unknown>));
  if (def.type === "literal") return allStrings(def.values as unknown[]);
  return false;
}

/** The column type of a field's schema (see {@link ColumnType}). @internal */
export function columnTypeOf(schema: z.core.$ZodType): ColumnType {
  const def = defOf(unwrapSchema(schema));
  if (isStringLike(def)) return "string";
  if (def.type === "number" || def.type === "int") return "number";
  if (def.type === "boolean") return "boolean";
  if (def.type === "array" && isStringLike(defOf(unwrapSchema(def.element as z.core.$ZodType)))) {
    return "strings";
  }
  return "json";
}

/** The fields of a record schema, in order (none when it is not an object schema). @internal */
export function schemaFields(schema: z.core.$ZodType | undefined): [string, z.core.$ZodType][] {
  if (schema === undefined) return [];
  const def = defOf(unwrapSchema(schema));
  if (def.type !== "object") return [];
  return Object.entries(def.shape as Record<string, z.core.$ZodType>);
}
