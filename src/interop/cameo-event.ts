import { cameoToPlover, isCameoCode } from "../codes/cameo.js";
import { isPloverContext, isPloverMode, type PloverCategory } from "../codes/plover.js";
import type { ImportContext } from "./context.js";

/**
 * What a CAMEO event code gives an event: the code to keep, the PLOVER category, mode and contexts (no
 * category for a CAMEO-only event: roots 01 and 02, which PLOVER drops). @internal
 */
export interface CameoEventMapping {
  /** The CAMEO code, when it is one of the codebook (else it is only in `delivered`). */
  readonly cameo?: string;
  /** The PLOVER category; absent when PLOVER has none for the code (then `cameo` is there). */
  readonly category?: PloverCategory;
  readonly mode?: string;
  readonly contexts?: string[];
  /**
   * The code as delivered, when it is not the codebook code kept in `cameo` (a code that lost its leading
   * zero, or one not in the codebook): for `coding.cameoAsDelivered`.
   */
  readonly delivered?: string;
}

/**
 * Reads a CAMEO event code, restoring a lost leading zero (with a warning). Returns the codebook code and the
 * delivered value when it differs, or undefined when it is not a CAMEO code.
 */
function readCode(
  ctx: ImportContext,
  delivered: string,
  line: number,
  label: string,
): { code: string; kept?: string } | undefined {
  if (isCameoCode(delivered)) return { code: delivered };
  if (/^\d{2,3}$/.test(delivered) && isCameoCode(`0${delivered}`)) {
    const code = `0${delivered}`;
    ctx.reporter.warn(
      line,
      "cameo_leading_zero",
      `${label} ${JSON.stringify(delivered)} is not a CAMEO code: read as "${code}" (its leading zero restored; the delivered value is kept as coding.cameoAsDelivered)`,
    );
    return { code, kept: delivered };
  }
  return undefined;
}

/**
 * Maps a CAMEO event code to PLOVER by the CAMEO2PLOVER-2021 table. An unknown code is kept as delivered
 * (`delivered`, for `coding.cameoAsDelivered`) with a warning, read as the first of `fallbacks` (GDELT's base
 * and root codes) that is a CAMEO code; with none, the row is skipped (`invalid_cameo`). A code the table
 * gives no category (roots 01 and 02, which PLOVER drops, and the split root heading 08) makes a CAMEO-only
 * event: no category, its `cameo` kept (the fallback's, for an unknown code). Table modes and contexts that
 * are not PLOVER 0.8's are left out and counted in `notKept`. Returns undefined when the row is skipped.
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
    ctx.reporter.skip(line, "missing_cameo", `${label} is empty: an event needs a CAMEO code`);
    return undefined;
  }
  const read = readCode(ctx, delivered, line, label);
  let code = read?.code;
  let kept = read?.kept;
  let fromFallback = false;
  if (code === undefined) {
    kept = delivered;
    const fallback = fallbacks.find((candidate) => isCameoCode(candidate.code));
    if (fallback === undefined) {
      ctx.reporter.skip(
        line,
        "invalid_cameo",
        `${label} ${JSON.stringify(delivered.slice(0, 40))} is not a CAMEO event code, and the row has no broader code that is one`,
      );
      return undefined;
    }
    ctx.reporter.warn(
      line,
      "unknown_cameo",
      `${label} ${JSON.stringify(delivered.slice(0, 40))} is not in the CAMEO codebook: kept as coding.cameoAsDelivered; the event is read as ${fallback.label} "${fallback.code}"`,
    );
    code = fallback.code;
    fromFallback = true;
  }
  const entry = cameoToPlover(code);
  const category = entry?.category ?? undefined;
  if (category === undefined) {
    // A CAMEO-only event: it keeps its code, which is all it has.
    return { cameo: code, ...(kept === undefined ? {} : { delivered: kept }) };
  }
  let mode: string | undefined;
  if (entry?.mode !== undefined) {
    if (isPloverMode(category, entry.mode)) mode = entry.mode;
    else ctx.reporter.notKept(`CAMEO2PLOVER mode "${entry.mode}" (not a PLOVER 0.8 mode of ${category})`);
  }
  const contexts: string[] = [];
  for (const context of entry?.context ?? []) {
    if (isPloverContext(context)) contexts.push(context);
    else ctx.reporter.notKept(`CAMEO2PLOVER context "${context}" (not a PLOVER 0.8 context)`);
  }
  return {
    // An unknown code's category comes from a broader code; the event keeps only what was delivered.
    ...(fromFallback ? {} : { cameo: code }),
    category,
    ...(mode === undefined ? {} : { mode }),
    ...(contexts.length === 0 ? {} : { contexts }),
    ...(kept === undefined ? {} : { delivered: kept }),
  };
}
