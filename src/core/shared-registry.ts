import { z } from "zod";

/**
 * A zod registry shared by every copy of `bilateral` loaded in one process: it lives on `globalThis` under a
 * `Symbol.for` key. The ESM and the CommonJS builds, and the CLI's bundle reading a model module that imports
 * the package, are separate copies of this code; a schema one of them marks (`ref`, `dyadSchema`,
 * `historySchema`) must be seen marked by the others. `name` keys the registry (`"references"`).
 * @internal
 */
export function sharedRegistry<Meta extends object>(name: string): z.core.$ZodRegistry<Meta> {
  const key = Symbol.for(`bilateral.${name}.v1`);
  const holder = globalThis as unknown as Record<symbol, z.core.$ZodRegistry<Meta> | undefined>;
  let registry = holder[key];
  if (registry === undefined) {
    registry = z.registry<Meta>();
    holder[key] = registry;
  }
  return registry;
}
