#!/usr/bin/env node
// The seed story's report as one SVG picture, for the README: Iran - Pakistan, every chart of bilateral/report
// drawn with vega in Node. Built from the sources (bundled with esbuild); vega and vega-lite come from the
// dev dependencies.
//
//   npm run report:seed        writes docs/media/seed-report.svg

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "docs", "media", "seed-report.svg");

const { build } = await import("esbuild");
const cache = join(ROOT, "node_modules", ".cache", "bilateral");
mkdirSync(cache, { recursive: true });
const bundle = join(cache, "seed-report-lib.mjs");
await build({
  stdin: {
    contents: [
      'export { createIndex } from "./src/query/create-index.ts";',
      'export { loadSeedStory } from "./src/example/index.ts";',
      'export { renderDyadSvg } from "./src/report/index.ts";',
    ].join("\n"),
    resolveDir: ROOT,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  outfile: bundle,
  logLevel: "warning",
});
const { createIndex, loadSeedStory, renderDyadSvg } = await import(pathToFileURL(bundle).href);

const svg = await renderDyadSvg(createIndex(loadSeedStory()), "country:IRN", "country:PAK");
mkdirSync(join(ROOT, "docs", "media"), { recursive: true });
writeFileSync(OUT, `${svg}\n`);
console.log(`seed-report: wrote ${OUT} (${svg.length} characters)`);
