import { runtimeRegistry } from "../codes/category-registry.js";
import { PLOVER_MODES } from "../codes/plover.js";
import { previewValue } from "../core/issue.js";
import type { EventCategory, EventContext, EventMode } from "../model/event.js";

/**
 * What {@link defineEventCategory} takes: the category's modes (every mode its declaration in
 * `EventCategories` lists, no more), and optionally its quad class.
 *
 * @category Extending
 * @example
 * ```ts
 * import type { EventCategoryOptions } from "bilateral";
 * const options: EventCategoryOptions<"CONSULT"> = { modes: ["visit", "third-party", "multilateral", "phone"], quadClass: 1 };
 * ```
 */
export interface EventCategoryOptions<Category extends EventCategory> {
  /** The modes of the category: exactly those its `EventCategories` declaration lists (none: `[]`). */
  readonly modes: readonly EventMode<Category>[];
  /** The quad class of events of this category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass?: 1 | 2 | 3 | 4;
}

/**
 * An event category as registered: its name, modes and quad class (when it has one).
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineEventCategory, PLOVER_MODES, type EventCategoryDefinition } from "bilateral";
 * const consult: EventCategoryDefinition<"CONSULT"> = defineEventCategory("CONSULT", { modes: PLOVER_MODES.CONSULT });
 * consult.quadClass; //=> 1
 * ```
 */
export interface EventCategoryDefinition<Category extends EventCategory> {
  readonly category: Category;
  readonly modes: readonly EventMode<Category>[];
  readonly quadClass?: 1 | 2 | 3 | 4;
}

/**
 * The check {@link defineEventCategory} makes on its `modes`: `unknown` when they list every mode the
 * category's `EventCategories` declaration has; otherwise an object type naming the missing modes, which the
 * argument then fails to match (a compile error that names them).
 *
 * @category Extending
 * @example
 * ```ts
 * import type { CompleteModes } from "bilateral";
 * type Complete = CompleteModes<"CONSULT", ["visit", "third-party", "multilateral", "phone"]>; // unknown
 * type Missing = CompleteModes<"CONSULT", ["visit"]>; // names "third-party" | "multilateral" | "phone"
 * ```
 */
export type CompleteModes<Category extends EventCategory, Modes extends readonly string[]> = [
  Exclude<EventMode<Category>, Modes[number]>,
] extends [never]
  ? unknown
  : {
      readonly "modes missing from the list (declared in EventCategories)": Exclude<
        EventMode<Category>,
        Modes[number]
      >;
    };

const CATEGORY_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
const NAME_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

function listModes(modes: Iterable<string>): string {
  const list = [...modes];
  return list.length === 0 ? "no modes" : `modes ${list.join(", ")}`;
}

/**
 * Registers an event category and its modes (and its quad class), so that events of that category validate.
 * For the types, declare it first by declaration merging, with the same modes:
 *
 * ```ts
 * declare module "bilateral" {
 *   interface EventCategories { CYBER: "intrusion" | "ddos" }
 * }
 * ```
 *
 * The registry is shared by every copy of `bilateral` in the process (the ESM and the CommonJS builds).
 * Defining a category again with the same modes and quad class does nothing; with other ones it throws an
 * `Error` (a PLOVER category cannot be redefined, nor can two extensions disagree on one).
 * A category name is upper-case like PLOVER's (`CYBER`, `EXERCISE_NAVAL`); modes are lower-case (`ddos`,
 * `third-party`).
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineEventCategory } from "bilateral";
 *
 * declare module "bilateral" {
 *   interface EventCategories {
 *     CYBER: "intrusion" | "ddos";
 *   }
 * }
 *
 * const cyber = defineEventCategory("CYBER", { modes: ["intrusion", "ddos"], quadClass: 4 });
 * cyber.modes; //=> ["intrusion", "ddos"]
 * ```
 */
export function defineEventCategory<
  const Category extends EventCategory,
  const Modes extends readonly EventMode<Category>[],
>(
  category: Category,
  options: EventCategoryOptions<Category> & { readonly modes: Modes } & CompleteModes<Category, Modes>,
): EventCategoryDefinition<Category> {
  if (typeof category !== "string" || !CATEGORY_PATTERN.test(category)) {
    throw new Error(
      `defineEventCategory: ${previewValue(category)} is not a category name: upper-case letters, digits and underscores, starting with a letter (like PLOVER's CONSULT)`,
    );
  }
  const modes: string[] = [...(options?.modes ?? [])];
  for (const mode of modes) {
    if (typeof mode !== "string" || !NAME_PATTERN.test(mode)) {
      throw new Error(
        `defineEventCategory(${category}): ${previewValue(mode)} is not a mode name: lower-case letters, digits, hyphens and underscores, starting with a letter`,
      );
    }
  }
  const modeSet = new Set(modes);
  if (modeSet.size !== modes.length)
    throw new Error(`defineEventCategory(${category}): a mode is listed twice`);
  const quadClass = options?.quadClass;
  if (quadClass !== undefined && quadClass !== 1 && quadClass !== 2 && quadClass !== 3 && quadClass !== 4) {
    throw new Error(
      `defineEventCategory(${category}): quadClass must be 1, 2, 3 or 4, got ${previewValue(quadClass)}`,
    );
  }

  const registry = runtimeRegistry();
  const existing = registry.categories.get(category);
  if (existing !== undefined) {
    const builtIn = Object.hasOwn(PLOVER_MODES, category);
    const what = builtIn ? `the PLOVER category ${category}` : `the event category ${category}`;
    if (!sameSet(existing.modes, modeSet)) {
      throw new Error(
        `defineEventCategory: ${what} is already defined with ${listModes(existing.modes)}; it cannot be redefined with ${listModes(modes)}`,
      );
    }
    if (quadClass !== undefined && existing.quadClass !== quadClass) {
      throw new Error(
        `defineEventCategory: ${what} is already defined with quad class ${existing.quadClass ?? "(none)"}; it cannot be redefined with quad class ${quadClass}`,
      );
    }
    return definitionOf(category, existing.modes, existing.quadClass);
  }
  registry.categories.set(
    category,
    quadClass === undefined ? { modes: modeSet } : { modes: modeSet, quadClass },
  );
  return definitionOf(category, modeSet, quadClass);
}

function definitionOf<Category extends EventCategory>(
  category: Category,
  modes: ReadonlySet<string>,
  quadClass: 1 | 2 | 3 | 4 | undefined,
): EventCategoryDefinition<Category> {
  const list = Object.freeze([...modes]) as readonly EventMode<Category>[];
  return Object.freeze(
    quadClass === undefined ? { category, modes: list } : { category, modes: list, quadClass },
  );
}

/**
 * Registers an event context, so that events with it validate. For the types, declare it first by
 * declaration merging:
 *
 * ```ts
 * declare module "bilateral" {
 *   interface EventContexts { maritime: true }
 * }
 * ```
 *
 * Registering a context again (or a PLOVER one) does nothing. A context is lower-case (`maritime`,
 * `critical_infrastructure`).
 *
 * @category Extending
 * @example
 * ```ts
 * import { defineEventContext } from "bilateral";
 *
 * declare module "bilateral" {
 *   interface EventContexts {
 *     maritime: true;
 *   }
 * }
 *
 * defineEventContext("maritime"); //=> "maritime"
 * ```
 */
export function defineEventContext<const Context extends EventContext>(context: Context): Context {
  if (typeof context !== "string" || !NAME_PATTERN.test(context)) {
    throw new Error(
      `defineEventContext: ${previewValue(context)} is not a context name: lower-case letters, digits, hyphens and underscores, starting with a letter (like PLOVER's human_rights)`,
    );
  }
  runtimeRegistry().contexts.add(context);
  return context;
}

/**
 * Tells whether an event category is registered (a PLOVER 0.8 one, or one defined by an extension).
 *
 * @category Extending
 * @example
 * ```ts
 * import { isEventCategory } from "bilateral";
 * isEventCategory("CONSULT"); //=> true
 * isEventCategory("FIGHT"); //=> false (a PLOVER 0.6 name)
 * ```
 */
export function isEventCategory(value: unknown): value is EventCategory {
  return typeof value === "string" && runtimeRegistry().categories.has(value);
}

/**
 * Tells whether an event context is registered (a PLOVER 0.8 one, or one defined by an extension).
 *
 * @category Extending
 * @example
 * ```ts
 * import { isEventContext } from "bilateral";
 * isEventContext("diplomatic"); //=> true
 * ```
 */
export function isEventContext(value: unknown): value is EventContext {
  return typeof value === "string" && runtimeRegistry().contexts.has(value);
}

/**
 * The event categories registered now, with their modes and quad classes: PLOVER 0.8's, then those extensions
 * defined, in the order they were defined.
 *
 * @category Extending
 * @example
 * ```ts
 * import { registeredEventCategories } from "bilateral";
 * registeredEventCategories().find((entry) => entry.category === "CONSULT")?.modes; //=> ["visit", "third-party", "multilateral", "phone"]
 * ```
 */
export function registeredEventCategories(): readonly EventCategoryDefinition<EventCategory>[] {
  return [...runtimeRegistry().categories].map(([category, entry]) =>
    definitionOf(category as EventCategory, entry.modes, entry.quadClass),
  );
}

/**
 * The event contexts registered now: PLOVER 0.8's, then those extensions defined.
 *
 * @category Extending
 * @example
 * ```ts
 * import { registeredEventContexts } from "bilateral";
 * registeredEventContexts().includes("economic"); //=> true
 * ```
 */
export function registeredEventContexts(): readonly EventContext[] {
  return [...runtimeRegistry().contexts] as EventContext[];
}
