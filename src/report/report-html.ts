import type { ClaimRecord } from "../model/claim.js";
import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { type ClaimPoint, dyadClaims } from "./claims-chart.js";
import { DYAD_CHART_NAMES, dyadCharts } from "./dyad-charts.js";
import { labelOf } from "./labels.js";
import { type RenderOptions, renderSpecToSvg } from "./render.js";
import type { VegaLiteSpec } from "./spec.js";

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:.2em}h2{margin-top:1.6em;font-size:1.15em}.notes{color:#666;font-size:.9em;margin:.2em 0}
svg{max-width:100%;height:auto}li{margin:.5em 0}.meta{color:#555;font-size:.9em}.hedges{font-style:italic}`;

/** Text escaped for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function titleParts(spec: VegaLiteSpec): { text: string; notes: readonly string[] } {
  const { title } = spec;
  if (typeof title === "string" || title === undefined) return { text: title ?? "", notes: [] };
  const { subtitle } = title;
  return {
    text: title.text,
    notes: subtitle === undefined ? [] : typeof subtitle === "string" ? [subtitle] : subtitle,
  };
}

/** Where a claim was reported: its citations' sources, by title, with their address as a link. */
function citationsOf<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  claim: ClaimRecord | undefined,
): string {
  const sources = [
    ...new Set((claim?.citations ?? []).flatMap((c) => (c.source === undefined ? [] : [c.source]))),
  ];
  const cited = sources.map((id) => {
    const source = index.find(id) as { title?: unknown; url?: unknown } | undefined;
    const title = escapeHtml(typeof source?.title === "string" ? source.title : id);
    const url = source?.url;
    return typeof url === "string" && /^https?:\/\//.test(url)
      ? `<a href="${escapeHtml(url)}">${title}</a>`
      : title;
  });
  return cited.length === 0 ? "" : ` <span class="meta">Reported in: ${cited.join("; ")}.</span>`;
}

function claimItem<R extends IndexableRecord>(index: DatasetIndex<R>, point: ClaimPoint): string {
  const claim = index.find(point.claim) as ClaimRecord | undefined;
  const who = `<strong>${escapeHtml(point.speaker)}</strong>${point.role === null ? "" : `, ${escapeHtml(point.role)}`}`;
  const meta = [
    point.when ?? "undated",
    point.claimType,
    ...(point.confidence === null ? [] : [`confidence ${point.confidence}`]),
  ];
  const hedges =
    point.hedges.length === 0
      ? ""
      : ` <span class="hedges">(hedged: ${escapeHtml(point.hedges.join(", "))})</span>`;
  return `<li>${who} <span class="meta">(${escapeHtml(meta.join(", "))})</span>: ${escapeHtml(point.said)}${hedges}${citationsOf(index, claim)} <span class="meta">[${escapeHtml(point.claim)}]</span></li>`;
}

/**
 * A dyad at a glance as a self-contained HTML page, readable without the web: a title, the two parties,
 * each chart of {@link dyadCharts} as inline SVG with what it cannot show, and the claims listed as text
 * with their speakers, roles, hedges and where they were reported (the sources' addresses are the only
 * links). No script, no style sheet or font to fetch. Needs vega and vega-lite installed (else a
 * {@link RendererMissingError}).
 *
 * @category Rendering
 * @example
 * ```ts norun
 * import { writeFile } from "node:fs/promises";
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { renderDyadReport } from "bilateral/report";
 * const html = await renderDyadReport(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
 * await writeFile("iran-pakistan.html", html);
 * ```
 */
export async function renderDyadReport<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: RenderOptions = {},
): Promise<string> {
  const charts = dyadCharts(index, a, b, options);
  const title = `${labelOf(index, a)} - ${labelOf(index, b)}`;
  const sections: string[] = [];
  for (const name of DYAD_CHART_NAMES) {
    const { title: _, ...spec } = charts[name];
    const { text, notes } = titleParts(charts[name]);
    const svg = await renderSpecToSvg(spec, options);
    const list = notes.map((note) => `<p class="notes">${escapeHtml(note)}</p>`).join("");
    sections.push(`<section id="${name}"><h2>${escapeHtml(text)}</h2>${list}\n${svg}\n</section>`);
  }
  const claims = dyadClaims(index, a, b, options);
  const items = claims.map((point) => claimItem(index, point)).join("\n");
  const range = [options.from, options.to].some((date) => date !== undefined)
    ? ` From ${escapeHtml(options.from ?? "the start")} to ${escapeHtml(options.to ?? "the end")}.`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Parties: ${escapeHtml(labelOf(index, a))} (${escapeHtml(a)}) and ${escapeHtml(labelOf(index, b))} (${escapeHtml(b)}).${range}</p>
${sections.join("\n")}
<section id="claims-text"><h2>What was said</h2>
${claims.length === 0 ? "<p>No claim names both parties.</p>" : `<ol>\n${items}\n</ol>`}
</section>
</body>
</html>
`;
}
