import { PLOVER_CONTEXTS, PLOVER_MODES, PLOVER_QUAD_CLASS } from "./plover.js";

/**
 * What the runtime registry knows about one event category.
 * @internal
 */
export interface CategoryEntry {
  readonly modes: ReadonlySet<string>;
  readonly quadClass?: 1 | 2 | 3 | 4;
}

/**
 * The runtime registry: event categories with their modes, and event contexts. It lives on `globalThis` under
 * a `Symbol.for` key so that the ESM and the CommonJS builds, loaded in one process, share it.
 * @internal
 */
export interface RuntimeRegistry {
  readonly categories: Map<string, CategoryEntry>;
  readonly contexts: Set<string>;
}

const KEY = Symbol.for("bilateral.registry.v1");

/**
 * The process-wide registry, created on first use with the PLOVER 0.8 categories, modes and contexts.
 * @internal
 */
export function runtimeRegistry(): RuntimeRegistry {
  const holder = globalThis as unknown as Record<symbol, RuntimeRegistry | undefined>;
  let registry = holder[KEY];
  if (registry === undefined) {
    const categories = new Map<string, CategoryEntry>();
    for (const [category, modes] of Object.entries(PLOVER_MODES)) {
      categories.set(category, {
        modes: new Set<string>(modes),
        quadClass: PLOVER_QUAD_CLASS[category as keyof typeof PLOVER_QUAD_CLASS],
      });
    }
    registry = { categories, contexts: new Set<string>(PLOVER_CONTEXTS) };
    holder[KEY] = registry;
  }
  return registry;
}
