import { z } from "zod";

/**
 * The pattern every record id follows: a lower-case namespace, a colon, then 1 to 256 characters none of
 * which is blank, a control character, an invisible format character (zero-width spaces and joiners, the
 * bidirectional overrides, a byte order mark) or half of a surrogate pair: an id that looks like another
 * is another.
 * @internal
 */
export const ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}:[^\s\p{Cc}\p{Cf}\p{Cs}]{1,256}$/u;

const ASCII = /^[\x21-\x7e]*$/;

const SPOOFABLE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/**
 * Whether the text of an id (after its namespace) mixes Latin, Cyrillic and Greek letters, the scripts
 * whose letters look alike (`country:PАK` with a Cyrillic А). Digits and punctuation belong to no script;
 * other scripts mixed with Latin (a Japanese name and a Latin code) are not doubtful.
 * @internal
 */
export function mixesScripts(id: string): boolean {
  const text = id.slice(id.indexOf(":") + 1);
  if (ASCII.test(text)) return false;
  let scripts = 0;
  for (const script of SPOOFABLE_SCRIPTS) if (script.test(text)) scripts++;
  return scripts > 1;
}

/**
 * A record id: namespaced, unique within a dataset and stable across versions of it.
 *
 * The namespace says where the id comes from (`country:IRN`, `person:marco-rubio`, `gdelt:881990832`). Ids
 * cannot hold blanks, control, invisible or bidirectional-override characters, and are in Unicode normal
 * form C, so that two ids that look the same are the same id (`invalid_id` otherwise).
 *
 * @category Primitives
 * @example
 * ```ts
 * import { IdSchema } from "bilateral";
 * IdSchema.parse("country:IRN"); //=> "country:IRN"
 * IdSchema.safeParse("IRN").success; //=> false
 * ```
 */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, {
    message:
      'expected a namespaced id such as "country:IRN" (namespace, colon, then no spaces, control, invisible or bidirectional-override characters)',
  })
  .refine((id) => ASCII.test(id) || id === id.normalize("NFC"), {
    message: "an id is written in Unicode normal form C (NFC), so that two ids that look alike are equal",
    params: { code: "invalid_id" },
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
  return (
    typeof value === "string" &&
    ID_PATTERN.test(value) &&
    (ASCII.test(value) || value === value.normalize("NFC"))
  );
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
