import type { ClaimRecord } from "../model/claim.js";
import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { dyadTimeline } from "../query/dyad-timeline.js";
import { findStatements } from "../query/find-statements.js";
import { intervalOf } from "../time/partial-date.js";
import { labelOf } from "./labels.js";
import {
  DEFAULT_WIDTH,
  type DyadChartOptions,
  isoDay,
  plural,
  queryOptions,
  titled,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "./spec.js";

/**
 * One claim about the dyad as the claims chart and the report show it: the claim's id, its `date` (the start
 * of its partial date as an ISO date; null when undated) and the partial date as given (`when`), the speaker
 * (`speakerId`, `speaker`: their name) and `role` (the claim's `attributedAs`, else null), the claim type,
 * what was said (`said`: the words as said, quoted, else the paraphrase), the `hedges` and the `confidence`.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { ClaimPoint } from "bilateral/report";
 * const line = (claim: ClaimPoint) => `${claim.speaker} (${claim.role ?? "no role"}): ${claim.said}`;
 * ```
 */
export interface ClaimPoint {
  readonly claim: string;
  readonly date: string | null;
  readonly when: string | null;
  readonly speakerId: string;
  readonly speaker: string;
  readonly role: string | null;
  readonly claimType: string;
  readonly said: string;
  readonly hedges: readonly string[];
  readonly confidence: number | null;
}

/**
 * The claims about a dyad with their speakers: the claim items of {@link dyadTimeline} (claims whose
 * `parties` name both sides, in time order, undated last), each with its speaker's role as
 * {@link findStatements} reads it.
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { dyadClaims } from "bilateral/report";
 * const [first] = dyadClaims(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * first?.speaker; //=> "Shafqat Ali Khan"
 * ```
 */
export function dyadClaims<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): ClaimPoint[] {
  const query = queryOptions(options);
  const items = dyadTimeline(index, a, b, { ...query, include: ["claim"] });
  const { attribution } = query;
  const roles = new Map<string, string | undefined>();
  for (const statement of findStatements(index, { about: [a, b], ...(attribution ? { attribution } : {}) })) {
    if (statement.claim !== undefined) roles.set(statement.claim.id, statement.role);
  }
  return items.flatMap((item) => {
    if (item.type !== "claim") return [];
    const claim = item.record as ClaimRecord;
    const role = roles.get(claim.id) ?? claim.attributedAs;
    return [
      {
        claim: claim.id,
        date: claim.date === undefined ? null : isoDay(intervalOf(claim.date).start),
        when: claim.date ?? null,
        speakerId: claim.by,
        speaker: labelOf(index, claim.by),
        role: role ?? null,
        claimType: claim.claimType,
        said: claim.text === undefined ? (claim.summary ?? "") : `“${claim.text}”`,
        hedges: claim.hedges ?? [],
        confidence: claim.confidence ?? null,
      },
    ];
  });
}

/**
 * The claims about a dyad with their speakers as a dot timeline: one row per speaker, a dot per dated claim
 * coloured by claim type (the words and hedges in its tooltip), and the number of undated claims at the
 * right of each speaker's row. Data: {@link dyadClaims}.
 *
 * @category Charts
 * @example
 * ```ts
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { claimsChart } from "bilateral/report";
 * const spec = claimsChart(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * spec.data?.values.length; //=> 5
 * ```
 */
export function claimsChart<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: DyadChartOptions = {},
): VegaLiteSpec<ClaimPoint> {
  const values = dyadClaims(index, a, b, options);
  const undated = values.filter((claim) => claim.date === null).length;
  const notes = [
    ...(values.length === 0 ? ["no claim names both parties"] : []),
    ...(undated > 0 ? [`${plural(undated, "undated claim")} counted at the right`] : []),
  ];
  const y = { field: "speaker", type: "nominal", title: null, axis: { labelLimit: 220 } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titled("Claims and their speakers", notes),
    width: options.width ?? DEFAULT_WIDTH,
    height: { step: 26 },
    data: { values },
    layer: [
      {
        transform: [{ filter: "datum.date !== null" }],
        mark: { type: "point", filled: true, size: 90 },
        encoding: {
          x: {
            field: "date",
            type: "temporal",
            scale: { type: "utc" },
            title: null,
            axis: { format: "%b %Y" },
          },
          y,
          color: { field: "claimType", type: "nominal", title: "claim type" },
          tooltip: [
            { field: "speaker" },
            { field: "role" },
            { field: "when", title: "date" },
            { field: "claimType", title: "type" },
            { field: "said" },
            { field: "hedges" },
          ],
        },
      },
      {
        transform: [
          { filter: "datum.date === null" },
          { aggregate: [{ op: "count", as: "count" }], groupby: ["speaker"] },
          { calculate: "datum.count + ' undated'", as: "text" },
        ],
        mark: { type: "text", align: "right", dx: -4, color: "#555" },
        encoding: { x: { value: "width" }, y, text: { field: "text" } },
      },
    ],
  };
}
