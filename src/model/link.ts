import type { z } from "zod";
import { addIssue, previewValue } from "../core/issue.js";
import { PeriodSchema } from "../time/period.js";
import { AsDeliveredSchema } from "./as-delivered.js";
import { recordShape } from "./base.js";

/**
 * The fields every link between entities has besides {@link recordShape}: the `period` it holds (open sides
 * when a source gives no date) and the properties kept `asDelivered`.
 *
 * @category Extending
 * @example
 * ```ts
 * import { z } from "zod";
 * import { linkShape, ref } from "bilateral";
 * const CrewSchema = z.strictObject({ ...linkShape("crew"), seafarer: ref("person"), vessel: ref("vessel") });
 * ```
 */
export function linkShape<const Kind extends string>(kind: Kind) {
  return {
    ...recordShape(kind),
    /** When the link holds: a start and an end, either open. */
    period: PeriodSchema.optional().meta({
      description: "When the link holds: a start and an end, either open.",
    }),
    /** Properties the source gave that the model has no field for, kept as delivered. */
    asDelivered: AsDeliveredSchema.optional().meta({
      description: "Properties the source gave that the model has no field for, kept as delivered.",
    }),
  };
}

/**
 * A check that two fields of a link name two records, not one (`same_party` at the second field).
 * @internal
 */
export function distinctParties<const First extends string, const Second extends string>(
  first: First,
  second: Second,
) {
  return (ctx: z.core.ParsePayload<{ readonly [K in First | Second]: string }>) => {
    if (ctx.value[first] === ctx.value[second]) {
      addIssue(ctx, {
        code: "same_party",
        message: `${first} and ${second} name one record, ${previewValue(ctx.value[first])}: a link needs two`,
        input: ctx.value,
        path: [second],
      });
    }
  };
}
