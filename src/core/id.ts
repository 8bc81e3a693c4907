import { z } from "zod";

/**
 * The pattern every record id follows: a lower-case namespace, a colon, then any non-blank text.
 * @internal
 */
export const ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}:\S{1,256}$/;

/**
 * A record id: namespaced, unique within a dataset and stable across versions of it.
 *
 * The namespace says where the id comes from (`country:IRN`, `person:marco-rubio`, `gdelt:881990832`).
 *
 * @category Primitives
 * @example
 * ```ts
 * import { IdSchema } from "bilateral";
 * IdSchema.parse("country:IRN"); //=> "country:IRN"
 * IdSchema.safeParse("IRN").success; //=> false
 * ```
 */
export const IdSchema = z.string().regex(ID_PATTERN, {
  message: 'expected a namespaced id such as "country:IRN" (namespace, colon, no spaces)',
});

/**
 * A record id (see {@link IdSchema}).
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { Id } from "bilateral";
 * const iran: Id = "country:IRN";
 * ```
 */
export type Id = z.output<typeof IdSchema>;

/**
 * Tells whether a string is a well-formed record id.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { isId } from "bilateral";
 * isId("gdelt:881990832"); //=> true
 * isId("no namespace"); //=> false
 * ```
 */
export function isId(value: unknown): value is Id {
  return typeof value === "string" && ID_PATTERN.test(value);
}

/**
 * The namespace of an id: the part before the first colon.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { idNamespace } from "bilateral";
 * idNamespace("country:IRN"); //=> "country"
 * ```
 */
export function idNamespace(id: Id): string {
  return id.slice(0, id.indexOf(":"));
}
