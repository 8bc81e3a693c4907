import type { z } from "zod";
import { referenceRegistry } from "../../core/reference.js";
import { dyadRegistry } from "../../model/dyad.js";
import { historyRegistry } from "../../model/history.js";

/**
 * What the index reads of a record kind, found in its schema's own markers: the top-level field made by
 * `dyadSchema` (the pair the kind is listed under), the top-level fields made by `ref(...)` or a list of
 * them (each listed by the ids it holds), and the top-level fields made by `historySchema`.
 * @internal
 */
export interface RecordRoles {
  readonly pair: string | undefined;
  readonly references: readonly string[];
  readonly histories: readonly string[];
}

/** The roles of a kind without a schema, or of a schema that is not an object: none. @internal */
export const NO_ROLES: RecordRoles = Object.freeze({ pair: undefined, references: [], histories: [] });

interface WrapperDef {
  readonly type: string;
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly element?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly getter?: () => z.core.$ZodType;
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch"]);

/** The schema under optional, default, readonly, pipe and lazy wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = current._zod.def as unknown as WrapperDef;
    const inner = WRAPPERS.has(def.type)
      ? def.innerType
      : def.type === "pipe"
        ? def.in
        : def.type === "lazy"
          ? def.getter?.()
          : undefined;
    if (inner === undefined) return current;
    current = inner;
  }
  return current;
}

function isReference(schema: z.core.$ZodType): boolean {
  return referenceRegistry.get(schema as z.ZodType) !== undefined;
}

/**
 * The roles of a record kind's schema (see {@link RecordRoles}). The first dyad field is the kind's pair;
 * fields are taken in the order the schema declares them.
 * @internal
 */
export function rolesOf(schema: z.core.$ZodType): RecordRoles {
  const def = unwrap(schema)._zod.def as unknown as WrapperDef;
  if (def.type !== "object" || def.shape === undefined) return NO_ROLES;
  let pair: string | undefined;
  const references: string[] = [];
  const histories: string[] = [];
  for (const [field, fieldSchema] of Object.entries(def.shape)) {
    const inner = unwrap(fieldSchema);
    if (dyadRegistry.get(inner as z.ZodType) !== undefined) {
      pair ??= field;
      continue;
    }
    if (historyRegistry.get(inner as z.ZodType) !== undefined) {
      histories.push(field);
      continue;
    }
    const innerDef = inner._zod.def as unknown as WrapperDef;
    const element =
      innerDef.type === "array" && innerDef.element !== undefined ? unwrap(innerDef.element) : undefined;
    if (isReference(inner) || (element !== undefined && isReference(element))) references.push(field);
  }
  return Object.freeze({ pair, references: Object.freeze(references), histories: Object.freeze(histories) });
}
