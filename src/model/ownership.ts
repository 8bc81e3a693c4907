import { z } from "zod";
import { ref } from "../core/reference.js";
import { linkShape } from "./link.js";
import { ShareSchema } from "./share.js";

/**
 * An ownership: a person, organisation or country (`owner`) holds a share of an organisation, project or
 * place (`asset`) over a period. The share is kept as stated (exact, a range, or unknown: see
 * {@link ShareSchema}), with the number of shares and the owner's `role` ("beneficial owner", "shareholder")
 * when the source gives them. An asset that owns itself through a chain is an `ownership_cycle` warning,
 * and an asset whose stated shares add up to more than 100% at some time a `shares_exceed_whole` warning.
 * `sanctionExposure` reads these links.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#ownership).
 *
 * @category Links
 * @example
 * ```ts
 * import { OwnershipSchema } from "bilateral";
 * OwnershipSchema.parse({
 *   id: "ownership:holding-shipping",
 *   kind: "ownership",
 *   owner: "org:holding",
 *   asset: "org:shipping",
 *   share: { min: 25, max: 50, stated: "25-50%" },
 *   period: { start: "2019-03" },
 * });
 * ```
 */
export const OwnershipSchema = z.strictObject({
  ...linkShape("ownership"),
  /** The person, organisation or country that owns. */
  owner: ref("person", "organization", "country").meta({
    description: "The person, organisation or country that owns.",
  }),
  /** The organisation, project or place owned. */
  asset: ref("organization", "project", "place").meta({
    description: "The organisation, project or place owned.",
  }),
  /** The share owned as stated, in percent: exact, a range or unknown. */
  share: ShareSchema.meta({
    description: "The share owned as stated, in percent: exact, a range or unknown.",
  }),
  /** The number of shares held, when the source gives it. */
  sharesCount: z
    .number()
    .finite()
    .nonnegative()
    .optional()
    .meta({ description: "The number of shares held, when the source gives it." }),
  /** The owner's role as the source words it ("beneficial owner", "shareholder"). */
  role: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'The owner\'s role as the source words it ("beneficial owner", "shareholder").' }),
});

/**
 * An ownership record (see {@link OwnershipSchema}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { Ownership } from "bilateral";
 * const stake: Ownership = { id: "ownership:x", kind: "ownership", owner: "person:a", asset: "org:b", share: { exact: 60 } };
 * ```
 */
export interface Ownership extends z.output<typeof OwnershipSchema> {}

/**
 * An ownership record as written, before parsing.
 *
 * @category Links
 * @example
 * ```ts
 * import type { OwnershipInput } from "bilateral";
 * const stake: OwnershipInput = { id: "ownership:y", kind: "ownership", owner: "org:a", asset: "org:b", share: { unknown: true } };
 * ```
 */
export interface OwnershipInput extends z.input<typeof OwnershipSchema> {}
