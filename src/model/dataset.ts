import { z } from "zod";
import { addIssue } from "../core/issue.js";
import { PartialDateSchema } from "../time/partial-date.js";
import { UrlSchema } from "./base.js";
import type { DatasetRecord, DatasetRecordInput } from "./records.js";

/**
 * The `format` field every dataset carries.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { DATASET_FORMAT } from "bilateral";
 * DATASET_FORMAT; //=> "bilateral"
 * ```
 */
export const DATASET_FORMAT = "bilateral";

/**
 * The format version this release writes. It reads every `1.x` version up to this one.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { DATASET_VERSION } from "bilateral";
 * DATASET_VERSION; //=> "1.0"
 * ```
 */
export const DATASET_VERSION = "1.0";

/**
 * The versions of the format this release reads.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { SUPPORTED_VERSIONS } from "bilateral";
 * SUPPORTED_VERSIONS.includes("1.0"); //=> true
 * ```
 */
export const SUPPORTED_VERSIONS: readonly string[] = ["1.0"];

/**
 * A dataset's header: everything but its records. In JSON Lines it is the first line.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { DatasetHeaderSchema } from "bilateral";
 * DatasetHeaderSchema.parse({ format: "bilateral", version: "1.0", title: "Seed story" });
 * ```
 */
export const DatasetHeaderSchema = z.strictObject({
  /** Always `bilateral`: says the file is a bilateral dataset. */
  format: (
    z.string().check((ctx) => {
      if (ctx.value !== DATASET_FORMAT) {
        addIssue(ctx, {
          code: "unsupported_format",
          message: `expected format "${DATASET_FORMAT}", got ${JSON.stringify(ctx.value.slice(0, 40))}`,
          input: ctx.value,
        });
      }
    }) as unknown as z.ZodType<typeof DATASET_FORMAT, string>
  ).meta({ description: "Always `bilateral`: says the file is a bilateral dataset." }),
  /** The version of the format the file is written in (`1.0`). */
  version: z
    .string()
    .check((ctx) => {
      if (!SUPPORTED_VERSIONS.includes(ctx.value)) {
        addIssue(ctx, {
          code: "unsupported_version",
          message: `format version ${JSON.stringify(ctx.value.slice(0, 20))} is not supported by this release (it reads ${SUPPORTED_VERSIONS.join(", ")})`,
          input: ctx.value,
        });
      }
    })
    .meta({ description: "The version of the format the file is written in (`1.0`)." }),
  /** An id for the dataset, for those who publish several. */
  id: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "An id for the dataset, for those who publish several." }),
  /** The dataset's title. */
  title: z.string().min(1).optional().meta({ description: "The dataset's title." }),
  /** What the dataset holds, for people. */
  description: z.string().min(1).optional().meta({ description: "What the dataset holds, for people." }),
  /** The licence the dataset is published under (`CC-BY-4.0`). */
  licence: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "The licence the dataset is published under (`CC-BY-4.0`)." }),
  /** Where the dataset is described or published, an absolute http(s) URL. */
  homepage: UrlSchema.optional().meta({
    description: "Where the dataset is described or published, an absolute http(s) URL.",
  }),
  /** When the dataset was made, a partial date. */
  created: PartialDateSchema.optional().meta({ description: "When the dataset was made, a partial date." }),
});

/**
 * A dataset header (see {@link DatasetHeaderSchema}).
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { DatasetHeader } from "bilateral";
 * const header: DatasetHeader = { format: "bilateral", version: "1.0" };
 * ```
 */
export type DatasetHeader = z.output<typeof DatasetHeaderSchema>;

/**
 * A dataset: a header and its records, of any kind, in one list.
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { Dataset } from "bilateral";
 * const empty: Dataset = { format: "bilateral", version: "1.0", records: [] };
 * ```
 */
export interface Dataset<Record = DatasetRecord> extends DatasetHeader {
  readonly records: readonly Record[];
}

/**
 * A dataset as written, before parsing: what `parseDataset` takes and a file holds. A dataset literal typed
 * with it has its categories, modes, contexts and fields checked when compiled. An extended model's input is
 * `DatasetInput<ModelRecordInput<typeof model>>`.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { type DatasetInput, parseDataset } from "bilateral";
 * const input: DatasetInput = {
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [{ id: "country:IRN", kind: "country", name: "Iran", code: "IRN" }],
 * };
 * parseDataset(input).records.length; //=> 1
 * ```
 */
export interface DatasetInput<Record = DatasetRecordInput> extends z.input<typeof DatasetHeaderSchema> {
  readonly records: readonly Record[];
}
