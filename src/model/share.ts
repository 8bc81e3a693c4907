import { z } from "zod";
import { addIssue } from "../core/issue.js";

const PercentSchema = z.number().finite().min(0).max(100);

/**
 * A share of ownership as a source stated it, in percent (0 to 100): exactly one of an exact figure
 * (`{ exact: 51 }`), a range (`{ min: 25, max: 50 }` for "25-50%", either bound open: `{ min: 50 }` for
 * "more than half"), or `{ unknown: true }` when the source gives none; `stated` keeps the words as given
 * ("25-50%"). A range whose `min` exceeds its `max` is `share_range_reversed`.
 *
 * @category Links
 * @example
 * ```ts
 * import { ShareSchema } from "bilateral";
 * ShareSchema.parse({ min: 25, max: 50, stated: "25-50%" });
 * ShareSchema.safeParse({ exact: 30, min: 20 }).success; //=> false
 * ```
 */
export const ShareSchema = z
  .strictObject({
    /** The share, exactly, in percent (0 to 100). */
    exact: PercentSchema.optional().meta({ description: "The share, exactly, in percent (0 to 100)." }),
    /** The least the share is, in percent (0 to 100), for a range; absent when open. */
    min: PercentSchema.optional().meta({
      description: "The least the share is, in percent (0 to 100), for a range; absent when open.",
    }),
    /** The most the share is, in percent (0 to 100), for a range; absent when open. */
    max: PercentSchema.optional().meta({
      description: "The most the share is, in percent (0 to 100), for a range; absent when open.",
    }),
    /** `true` when the source gives no share. */
    unknown: z.literal(true).optional().meta({ description: "`true` when the source gives no share." }),
    /** The share in the source's words ("25-50%"). */
    stated: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The share in the source\'s words ("25-50%").' }),
  })
  .check((ctx) => {
    const { exact, min, max, unknown } = ctx.value;
    const forms = [exact !== undefined, min !== undefined || max !== undefined, unknown === true];
    const count = forms.filter(Boolean).length;
    if (count !== 1) {
      addIssue(ctx, {
        code: count === 0 ? "missing_field" : "invalid_value",
        message:
          count === 0
            ? "a share needs exactly one of exact, a range (min and/or max) or unknown: true"
            : "a share is exactly one of exact, a range (min and/or max) or unknown: true, not several",
        input: ctx.value,
      });
    }
    if (min !== undefined && max !== undefined && min > max) {
      addIssue(ctx, {
        code: "share_range_reversed",
        message: `the share's range runs from ${min}% down to ${max}%: min must not exceed max`,
        input: ctx.value,
        path: ["max"],
      });
    }
  }) as unknown as z.ZodType<Share, ShareInput>;

/**
 * A share of ownership (see {@link ShareSchema}): an exact percentage, a range, or unknown, with the words
 * the source used.
 *
 * @category Links
 * @example
 * ```ts
 * import type { Share } from "bilateral";
 * const quarterToHalf: Share = { min: 25, max: 50, stated: "25-50%" };
 * const majority: Share = { exact: 51 };
 * ```
 */
export type Share =
  | { readonly exact: number; readonly stated?: string }
  | { readonly min?: number; readonly max?: number; readonly stated?: string }
  | { readonly unknown: true; readonly stated?: string };

/**
 * A share as written, before parsing (the same as {@link Share}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { ShareInput } from "bilateral";
 * const stake: ShareInput = { exact: 20, stated: "20%" };
 * ```
 */
export type ShareInput = Share;

/**
 * The least and the most a share can be, in percent (see {@link shareBounds}).
 *
 * @category Links
 * @example
 * ```ts
 * import type { ShareBounds } from "bilateral";
 * const quarterToHalf: ShareBounds = { min: 25, max: 50 };
 * ```
 */
export interface ShareBounds {
  readonly min: number;
  readonly max: number;
}

/**
 * The bounds of a share, in percent: an exact share is both bounds; a range's open bound is 0 (no `min`)
 * or 100 (no `max`); an unknown share is 0 to 100.
 *
 * @category Links
 * @example
 * ```ts
 * import { shareBounds } from "bilateral";
 * shareBounds({ min: 25, max: 50 }); //=> { min: 25, max: 50 }
 * shareBounds({ unknown: true }); //=> { min: 0, max: 100 }
 * shareBounds({ exact: 30 }); //=> { min: 30, max: 30 }
 * ```
 */
export function shareBounds(share: Share): ShareBounds {
  if ("exact" in share && typeof share.exact === "number") return { min: share.exact, max: share.exact };
  if ("unknown" in share && share.unknown === true) return { min: 0, max: 100 };
  const range = share as { readonly min?: number; readonly max?: number };
  return { min: range.min ?? 0, max: range.max ?? 100 };
}
