import type { z } from "zod";
import { IdSchema } from "./id.js";
import { sharedRegistry } from "./shared-registry.js";

/**
 * What a reference field says about the records it may point to.
 *
 * @category Primitives
 * @example
 * ```ts
 * import type { ReferenceMeta } from "bilateral";
 * const meta: ReferenceMeta = { kinds: ["country", "organization"] };
 * ```
 */
export interface ReferenceMeta {
  /** The record kinds the id may resolve to. */
  readonly kinds: readonly string[];
}

/**
 * The registry that marks which id fields are references, and to which kinds. Dataset validation walks a
 * record schema once, finds the fields registered here, and checks that each id resolves to a record of an
 * allowed kind. Fields added by an extension are followed the same way.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { referenceRegistry, ref } from "bilateral";
 * const actor = ref("country", "person");
 * referenceRegistry.get(actor)?.kinds; //=> ["country", "person"]
 * ```
 */
export const referenceRegistry: z.core.$ZodRegistry<ReferenceMeta> =
  /* @__PURE__ */ sharedRegistry<ReferenceMeta>("references");

/**
 * A reference to another record of the dataset, by id, restricted to the given kinds.
 *
 * @category Primitives
 * @example
 * ```ts
 * import { z } from "zod";
 * import { ref } from "bilateral";
 * const Shape = z.object({ operator: ref("organization", "country") });
 * Shape.parse({ operator: "country:PAK" }); //=> { operator: "country:PAK" }
 * ```
 */
export function ref<const Kind extends string>(...kinds: readonly [Kind, ...Kind[]]) {
  const schema = IdSchema.clone();
  referenceRegistry.add(schema, { kinds });
  return schema;
}
