/*
 * The OpenSanctions sanction measure vocabulary: the `Measure` literal type of the `Program` model in
 * https://github.com/opensanctions/opensanctions  zavod/zavod/stateful/programs.py (MIT; the repository's
 * meta/README.md names that file the authoritative definition of the values). Read from the public code
 * index in the latest stored version, which lists these 14 values in this order; the commit of that version
 * could not be resolved from the index. Earlier versions of the same file had 9 values (Arms embargo, Arms
 * export restrictions, Asset freeze, Export control, Financial block, Investment ban, Prohibition to satisfy
 * claims, Restrictions on goods, Travel ban) and then 13 (without Arms restrictions). The programme files in
 * the reference set (meta/programs/US-IRAN.yml, EU-RUS.yml at commit
 * f33cff233ff4393a8c71784cfe280275727b52ca) use 10 of the 14 values, all present here.
 * Definitions: https://www.opensanctions.org/docs/programs/
 */
import { z } from "zod";

/**
 * The OpenSanctions sanction measure vocabulary (the values of a sanctions programme's `measures`), in
 * OpenSanctions' order.
 *
 * @category Codes
 * @example
 * ```ts
 * import { SANCTION_MEASURES } from "bilateral";
 * SANCTION_MEASURES.includes("Asset freeze"); //=> true
 * ```
 */
export const SANCTION_MEASURES = Object.freeze([
  "Aid suspension",
  "Arms embargo",
  "Arms restrictions",
  "Asset freeze",
  "Debarment",
  "Export control",
  "Financial restrictions",
  "Import restrictions",
  "Investment ban",
  "Services ban",
  "Prohibition to satisfy claims",
  "Sectoral sanctions",
  "Transportation restrictions",
  "Travel ban",
] as const);

/**
 * One OpenSanctions sanction measure (`"Asset freeze"`, `"Travel ban"`, ...).
 *
 * @category Codes
 * @example
 * ```ts
 * import type { SanctionMeasure } from "bilateral";
 * const measure: SanctionMeasure = "Investment ban";
 * ```
 */
export type SanctionMeasure = (typeof SANCTION_MEASURES)[number];

/**
 * A string that is one of the OpenSanctions sanction measures, exactly as spelled there (case included).
 *
 * @category Codes
 * @example
 * ```ts
 * import { SanctionMeasureSchema } from "bilateral";
 * SanctionMeasureSchema.parse("Asset freeze"); //=> "Asset freeze"
 * SanctionMeasureSchema.safeParse("asset freeze").success; //=> false
 * ```
 */
export const SanctionMeasureSchema = z.enum(SANCTION_MEASURES);
