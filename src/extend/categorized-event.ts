import type { EventCategory, EventMode, EventRecord } from "../model/event.js";

/**
 * What {@link CategorizedEvent} and {@link isEventOfCategory} need of an event: a category (none for a CAMEO-only
 * event) and maybe a mode.
 *
 * @category Extending
 * @example
 * ```ts
 * import type { EventLike } from "bilateral";
 * const event: EventLike = { category: "CONSULT", mode: "visit" };
 * ```
 */
export interface EventLike {
  readonly category?: string | undefined;
  readonly mode?: string | undefined;
}

/**
 * An event typed so that its mode belongs to its category: a union with one member per category (the PLOVER
 * ones and those declared in `EventCategories`). The parsed `EventRecord` type only says that the mode is some
 * mode; assign it to this type after validation (which checks the pair) or use it to write events in code.
 *
 * @category Extending
 * @example
 * ```ts
 * import type { CategorizedEvent } from "bilateral";
 * const visit: CategorizedEvent = { id: "event:v", kind: "event", category: "CONSULT", mode: "visit", actors: ["country:IRN"] };
 * // @ts-expect-error "riot" is a mode of PROTEST, not of CONSULT
 * const wrong: CategorizedEvent = { id: "event:w", kind: "event", category: "CONSULT", mode: "riot", actors: ["country:IRN"] };
 * ```
 */
export type CategorizedEvent<E extends EventLike = EventRecord> = {
  [Category in EventCategory]: Omit<E, "category" | "mode"> & {
    readonly category: Category;
    readonly mode?: EventMode<Category> | undefined;
  };
}[EventCategory];

/**
 * Tells whether an event is of a category, and narrows its type: its `mode` is then a mode of that category,
 * so that a `switch` on it can be exhaustive.
 *
 * @category Extending
 * @example
 * ```ts
 * import { type EventRecord, isEventOfCategory } from "bilateral";
 * function describe(event: EventRecord): string {
 *   if (isEventOfCategory(event, "CONSULT")) {
 *     switch (event.mode) {
 *       case "visit": return "a visit";
 *       case "third-party": return "talks through a third party";
 *       case "multilateral": return "a multilateral meeting";
 *       case "phone": return "a phone call";
 *       case undefined: return "consultations";
 *     }
 *   }
 *   return event.category?.toLowerCase() ?? `CAMEO ${event.cameo}`;
 * }
 * ```
 */
export function isEventOfCategory<E extends EventLike, Category extends EventCategory>(
  event: E,
  category: Category,
): event is E & { readonly category: Category; readonly mode?: EventMode<Category> | undefined } {
  return event.category === category;
}
