import { cameoDescription, cameoToPlover, isCameoCode } from "../codes/cameo.js";
import { isPloverContext, isPloverMode, type PloverCategory } from "../codes/plover.js";
import type { ImportContext } from "./context.js";

/** What a CAMEO event code gives an event: the code to keep, the PLOVER category, mode and contexts. @internal */
export interface CameoEventMapping {
  /** The CAMEO code, when it is one of the codebook (else it is only in `delivered`). */
  readonly cameo?: string;
  readonly category: PloverCategory;
  readonly mode?: string;
  readonly contexts?: string[];
  /**
   * The code as delivered, when it is not the codebook code kept in `cameo` (a code that lost its leading
   * zero, or one not in the codebook): for `coding.cameoAsDelivered`.
   */
  readonly delivered?: string;
}

/**
 * Maps a CAMEO event code to PLOVER by the CAMEO2PLOVER-2021 table. An unknown code is kept as delivered
 * (`delivered`, for `coding.cameoAsDelivered`) with a warning, its category taken from the first of `fallbacks` (GDELT's base and root codes) the table maps; a
 * code the table does not map (roots 01 and 02, which PLOVER drops) skips the row. Table modes and contexts
 * that are not PLOVER 0.8's are left out and counted in `notKept`. Returns undefined when the row is skipped.
 * @internal
 */
export function mapCameoEvent(
  ctx: ImportContext,
  raw: string,
  line: number,
  label: string,
  fallbacks: readonly { readonly label: string; readonly code: string }[] = [],
): CameoEventMapping | undefined {
  const delivered = raw.trim();
  if (delivered === "") {
    ctx.reporter.skip(
      line,
      "missing_cameo",
      `${label} is empty: an event needs a CAMEO code to get a PLOVER category`,
    );
    return undefined;
  }
  let code: string | undefined;
  let kept: string | undefined;
  if (isCameoCode(delivered)) {
    code = delivered;
  } else if (/^\d{2,3}$/.test(delivered) && isCameoCode(`0${delivered}`)) {
    code = `0${delivered}`;
    kept = delivered;
    ctx.reporter.warn(
      line,
      "cameo_leading_zero",
      `${label} ${JSON.stringify(delivered)} is not a CAMEO code: read as "${code}" (its leading zero restored; the delivered value is kept as coding.cameoAsDelivered)`,
    );
  }
  let mapped = code === undefined ? undefined : { code, entry: cameoToPlover(code) };
  if (code === undefined) {
    kept = delivered;
    const fallback = fallbacks.find(
      (candidate) => isCameoCode(candidate.code) && cameoToPlover(candidate.code)?.category,
    );
    if (fallback === undefined) {
      ctx.reporter.skip(
        line,
        "invalid_cameo",
        `${label} ${JSON.stringify(delivered.slice(0, 40))} is not a CAMEO event code, and no broader code of the row maps to PLOVER`,
      );
      return undefined;
    }
    ctx.reporter.warn(
      line,
      "unknown_cameo",
      `${label} ${JSON.stringify(delivered.slice(0, 40))} is not in the CAMEO codebook: kept as coding.cameoAsDelivered; the category comes from ${fallback.label} "${fallback.code}"`,
    );
    mapped = { code: fallback.code, entry: cameoToPlover(fallback.code) };
  }
  const entry = mapped?.entry;
  if (entry === undefined || entry.category === null) {
    const name = mapped === undefined ? undefined : cameoDescription(mapped.code);
    const why =
      entry?.note ?? "the CAMEO2PLOVER-2021 table does not map it (PLOVER 0.8 drops CAMEO roots 01 and 02)";
    ctx.reporter.skip(
      line,
      "unmapped_cameo",
      `CAMEO ${mapped?.code ?? delivered}${name === undefined ? "" : ` (${name})`} has no PLOVER category: ${why}`,
    );
    return undefined;
  }
  const category = entry.category;
  let mode: string | undefined;
  if (entry.mode !== undefined) {
    if (isPloverMode(category, entry.mode)) mode = entry.mode;
    else ctx.reporter.notKept(`CAMEO2PLOVER mode "${entry.mode}" (not a PLOVER 0.8 mode of ${category})`);
  }
  const contexts: string[] = [];
  for (const context of entry.context) {
    if (isPloverContext(context)) contexts.push(context);
    else ctx.reporter.notKept(`CAMEO2PLOVER context "${context}" (not a PLOVER 0.8 context)`);
  }
  return {
    ...(code === undefined ? {} : { cameo: code }),
    category,
    ...(mode === undefined ? {} : { mode }),
    ...(contexts.length === 0 ? {} : { contexts }),
    ...(kept === undefined ? {} : { delivered: kept }),
  };
}
