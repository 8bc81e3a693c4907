import type { z } from "zod";
import type { Issue } from "../core/issue.js";
import { closestWord, didYouMean } from "../core/suggest.js";

type Path = readonly (string | number)[];

/** The schema inside optional, nullable, default and array wrappers, one step along `key` when given. */
function step(schema: z.core.$ZodType, key: string | number | undefined): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (let guard = 0; current !== undefined && guard < 16; guard++) {
    const def = current._zod.def as {
      type: string;
      innerType?: z.core.$ZodType;
      element?: z.core.$ZodType;
      in?: z.core.$ZodType;
      shape?: Record<string, z.core.$ZodType>;
    };
    if (def.type === "object") {
      if (key === undefined) return current;
      return typeof key === "string" && def.shape !== undefined && Object.hasOwn(def.shape, key)
        ? def.shape[key]
        : undefined;
    }
    if (def.type === "array") {
      if (typeof key !== "number") return undefined;
      return def.element;
    }
    current = def.innerType ?? def.in;
    if (current === undefined) return undefined;
  }
  return undefined;
}

/** The field names of the object schema found along `path` from `schema`, if there is one. */
function fieldsAt(schema: z.core.$ZodType, path: Path): string[] | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of path) {
    current = current === undefined ? undefined : step(current, key);
  }
  const object = current === undefined ? undefined : step(current, undefined);
  const shape = (object?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape === undefined ? undefined : Object.keys(shape);
}

/**
 * Adds ` (did you mean "summary"?)` to each `unknown_field` issue whose name is a few edits from a field the
 * schema defines at that place. `recordPath` is where the record sits (`["records", 3]`); issue paths start
 * with it.
 * @internal
 */
export function suggestFields(issues: Issue[], schema: z.ZodType, recordPath: Path): void {
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    if (issue.code !== "unknown_field") continue;
    const inner = issue.path.slice(recordPath.length);
    const name = inner[inner.length - 1];
    if (typeof name !== "string") continue;
    const fields = fieldsAt(schema, inner.slice(0, -1));
    const suggestion = fields === undefined ? undefined : closestWord(name, fields);
    if (suggestion !== undefined)
      issues[i] = { ...issue, message: `${issue.message}${didYouMean(suggestion)}` };
  }
}
