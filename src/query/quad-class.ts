import { runtimeRegistry } from "../codes/category-registry.js";
import { PLOVER_QUAD_CLASS, PLOVER_QUAD_CLASS_TABLE } from "../codes/plover.js";
import type { EventRecord } from "../model/event.js";

/**
 * A quad class value: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { QuadClassValue } from "bilateral";
 * const materialConflict: QuadClassValue = 4;
 * ```
 */
export type QuadClassValue = 1 | 2 | 3 | 4;

/**
 * The basis given for a quad class derived from a category registered by an extension with a quad class.
 *
 * @category Queries
 * @example
 * ```ts
 * import { REGISTERED_CATEGORY_BASIS } from "bilateral";
 * REGISTERED_CATEGORY_BASIS; //=> "registered-category"
 * ```
 */
export const REGISTERED_CATEGORY_BASIS = "registered-category";

/**
 * An event's quad class and where it comes from: `derived: false` when the event stores it (`quadClass`, with
 * the basis its source gave, such as `"gdelt"`), `derived: true` when it is read from a named table because
 * the event has none: `"plover-0.8"` ({@link PLOVER_QUAD_CLASS}) for a PLOVER category, or
 * {@link REGISTERED_CATEGORY_BASIS} for an extension's category registered with a quad class.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { QuadClassReading } from "bilateral";
 * const reading: QuadClassReading = { value: 1, basis: "plover-0.8", derived: true };
 * ```
 */
export interface QuadClassReading {
  readonly value: QuadClassValue;
  readonly basis: string;
  readonly derived: boolean;
}

/**
 * Reads an event's quad class: the stored one when there is one (never recomputed), else derived from the
 * "plover-0.8" table (or a registered category's quad class), saying so. `undefined` for a category with no
 * quad class anywhere, and for a CAMEO-only event (no category) whose feed delivered none.
 *
 * @category Queries
 * @example
 * ```ts
 * import { quadClassOf } from "bilateral";
 * quadClassOf({ category: "PROTEST", quadClass: { value: 3, basis: "gdelt" } }); //=> { value: 3, basis: "gdelt", derived: false }
 * quadClassOf({ category: "PROTEST" }); //=> { value: 4, basis: "plover-0.8", derived: true }
 * ```
 */
export function quadClassOf(
  event: Pick<EventRecord, "category" | "quadClass">,
): QuadClassReading | undefined {
  if (event.quadClass !== undefined) {
    return { value: event.quadClass.value, basis: event.quadClass.basis, derived: false };
  }
  if (event.category === undefined) return undefined;
  if (Object.hasOwn(PLOVER_QUAD_CLASS, event.category)) {
    const value = PLOVER_QUAD_CLASS[event.category as keyof typeof PLOVER_QUAD_CLASS] as QuadClassValue;
    return { value, basis: PLOVER_QUAD_CLASS_TABLE, derived: true };
  }
  const registered = runtimeRegistry().categories.get(event.category)?.quadClass;
  return registered === undefined
    ? undefined
    : { value: registered, basis: REGISTERED_CATEGORY_BASIS, derived: true };
}
