/**
 * `bilateral/example`: the seed-story dataset, every fact of the news story "Iran expresses worry over the
 * deepening US-Pakistan alliance" as `bilateral` records, each citing the article. The demo and the query
 * tests run on it. A walk-through (fact to record ids) is in docs/seed-story.md.
 *
 * @packageDocumentation
 * @module bilateral/example
 */
import type { Dataset } from "../model/dataset.js";
import { parseDataset } from "../validate/parse.js";
import data from "./seed-story.json" with { type: "json" };

/**
 * The id of the source record of the seed article, which every other record of the dataset cites.
 *
 * @category Example
 * @example
 * ```ts
 * import { SEED_SOURCE_ID } from "bilateral/example";
 * SEED_SOURCE_ID; //=> "source:seed-article"
 * ```
 */
export const SEED_SOURCE_ID = "source:seed-article";

/**
 * A dataset as written, before validation: a header and records that are objects with an `id` and a `kind`,
 * their other fields unchecked.
 *
 * @category Example
 * @example
 * ```ts
 * import type { RawDataset } from "bilateral/example";
 * const raw: RawDataset = { format: "bilateral", version: "1.0", records: [{ id: "country:IRN", kind: "country" }] };
 * ```
 */
export interface RawDataset {
  format: string;
  version: string;
  title?: string;
  records: { id: string; kind: string; [field: string]: unknown }[];
  [field: string]: unknown;
}

/**
 * The seed-story dataset as written (the raw JSON, not yet validated): input for the validators, the CLI
 * and tests that want to alter a copy.
 *
 * @category Example
 * @example
 * ```ts
 * import { safeParseDataset } from "bilateral";
 * import { seedStoryInput } from "bilateral/example";
 * safeParseDataset(seedStoryInput).success; //=> true
 * ```
 */
export const seedStoryInput: RawDataset = data;

/**
 * The seed-story dataset, validated: a fresh copy at each call, so that a caller may change it freely.
 * It throws a `BilateralValidationError` (from "bilateral") if the bundled data were ever invalid; a test
 * guards that they are not.
 *
 * @category Example
 * @example
 * ```ts
 * import { loadSeedStory } from "bilateral/example";
 * const dataset = loadSeedStory();
 * dataset.records.find((record) => record.id === "border:iran-pakistan")?.kind; //=> "border"
 * ```
 */
export function loadSeedStory(): Dataset {
  return parseDataset(seedStoryInput);
}
