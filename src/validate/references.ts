import type { z } from "zod";
import { isId } from "../core/id.js";
import { referenceRegistry } from "../core/reference.js";

/**
 * One reference found in a record: the id, the kinds it may point to and where it stands in the record.
 * @internal
 */
export interface FoundReference {
  readonly id: string;
  readonly kinds: readonly string[];
  readonly path: readonly (string | number)[];
}

type Emit = (id: string, kinds: readonly string[], path: readonly (string | number)[]) => void;
type Extractor = (value: unknown, path: (string | number)[], emit: Emit) => void;

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly element?: z.core.$ZodType;
  readonly items?: readonly z.core.$ZodType[];
  readonly rest?: z.core.$ZodType | null;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly out?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly discriminator?: string;
  readonly getter?: () => z.core.$ZodType;
}

function defOf(schema: z.core.$ZodType): SchemaDef {
  return schema._zod.def as unknown as SchemaDef;
}

function literalOf(schema: z.core.$ZodType, key: string): unknown {
  const def = defOf(schema);
  const field = def.shape?.[key];
  if (field === undefined) return undefined;
  const values = (defOf(field) as { values?: unknown[] }).values;
  return values?.[0];
}

/**
 * Compiles, once per schema, a function that finds every reference (a field marked with `ref(...)`) in a
 * value, parsed or raw. Returns `null` for a schema without references. Compiled extractors are cached per
 * schema, so a schema shared by several fields (a citation in a record and in its history entries) is
 * followed everywhere it appears.
 * @internal
 */
export function compileReferenceExtractor(schema: z.core.$ZodType): Extractor | null {
  return compile(schema, new Map(), new Set());
}

function compile(
  schema: z.core.$ZodType,
  done: Map<z.core.$ZodType, Extractor | null>,
  active: Set<z.core.$ZodType>,
): Extractor | null {
  const cached = done.get(schema);
  if (cached !== undefined) return cached;
  if (active.has(schema)) {
    // A cycle (a lazy schema that contains itself): defer to the compiled result at run time.
    return (value, path, emit) => done.get(schema)?.(value, path, emit);
  }
  active.add(schema);
  const extractor = compileUncached(schema, (inner) => compile(inner, done, active));
  active.delete(schema);
  done.set(schema, extractor);
  return extractor;
}

function compileUncached(
  schema: z.core.$ZodType,
  recurse: (inner: z.core.$ZodType) => Extractor | null,
): Extractor | null {
  const meta = referenceRegistry.get(schema as z.ZodType);
  if (meta !== undefined) {
    const kinds = meta.kinds;
    return (value, path, emit) => {
      if (isId(value)) emit(value, kinds, path);
    };
  }
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      const fields: [string, Extractor][] = [];
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const extract = recurse(field);
        if (extract !== null) fields.push([key, extract]);
      }
      if (fields.length === 0) return null;
      return (value, path, emit) => {
        if (typeof value !== "object" || value === null) return;
        const record = value as Record<string, unknown>;
        for (const [key, extract] of fields) {
          if (Object.hasOwn(record, key) && record[key] !== undefined) {
            path.push(key);
            extract(record[key], path, emit);
            path.pop();
          }
        }
      };
    }
    case "array": {
      const extract = def.element === undefined ? null : recurse(def.element);
      if (extract === null) return null;
      return (value, path, emit) => {
        if (!Array.isArray(value)) return;
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          extract(value[index], path, emit);
          path.pop();
        }
      };
    }
    case "tuple": {
      const items = (def.items ?? []).map((item) => recurse(item));
      const rest = def.rest ? recurse(def.rest) : null;
      if (rest === null && items.every((item) => item === null)) return null;
      return (value, path, emit) => {
        if (!Array.isArray(value)) return;
        for (let index = 0; index < value.length; index++) {
          const extract = index < items.length ? items[index] : rest;
          if (extract) {
            path.push(index);
            extract(value[index], path, emit);
            path.pop();
          }
        }
      };
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return def.innerType === undefined ? null : recurse(def.innerType);
    case "pipe":
      return (
        (def.out === undefined ? null : recurse(def.out)) ?? (def.in === undefined ? null : recurse(def.in))
      );
    case "lazy":
      return def.getter === undefined ? null : recurse(def.getter());
    case "union": {
      const options = (def.options ?? []).map((option) => ({
        tag: def.discriminator === undefined ? undefined : literalOf(option, def.discriminator),
        extract: recurse(option),
      }));
      if (options.every((option) => option.extract === null)) return null;
      const key = def.discriminator;
      return (value, path, emit) => {
        if (key !== undefined && typeof value === "object" && value !== null) {
          const tag = (value as Record<string, unknown>)[key];
          const option = options.find((candidate) => candidate.tag === tag);
          option?.extract?.(value, path, emit);
          return;
        }
        for (const option of options) option.extract?.(value, path, emit);
      };
    }
    default:
      return null;
  }
}
