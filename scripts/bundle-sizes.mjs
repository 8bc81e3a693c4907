#!/usr/bin/env node
// Measures what each entry point of the built library costs a bundled application: esbuild bundles the entry
// point (everything it exports), minifies it and gzips it. Dependencies are bundled; the zod peer dependency is
// measured both left out (the application already has it) and included. Also measured: an application that
// imports one schema only, to show tree-shaking. Writes the table into docs/benchmarks.md, between the
// "bundle-sizes" markers of its "Bundle sizes" section (added at the end if missing); other sections are left
// alone. Run `npm run build` first. `--print` prints the table without writing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DOC = join(ROOT, "docs", "benchmarks.md");
const START = "<!-- bundle-sizes:start -->";
const END = "<!-- bundle-sizes:end -->";

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const peers = Object.keys(manifest.peerDependencies ?? {});

/** The module entry points of package.json `exports`, with their ESM build. */
function entryPoints() {
  const out = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (typeof target !== "object" || subpath.includes("*")) continue;
    const file = target.import?.default;
    if (typeof file !== "string") continue;
    out.push({
      name: subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
      file: join(ROOT, file),
    });
  }
  return out;
}

async function measure(contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
    external,
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

const rows = [];
for (const { name, file } of entryPoints()) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const source = `export * from ${JSON.stringify(file)};`;
  rows.push({
    name: `\`${name}\` (everything)`,
    without: await measure(source, peers),
    with: await measure(source, []),
  });
}
const root = entryPoints().find((entry) => entry.name === manifest.name);
if (root !== undefined) {
  const source = `import { CountrySchema } from ${JSON.stringify(root.file)}; console.log(CountrySchema);`;
  rows.push({
    name: "`CountrySchema` only",
    without: await measure(source, peers),
    with: await measure(source, []),
  });
}

const table = [
  `Measured by \`npm run bundle-sizes\` (scripts/bundle-sizes.mjs) on the ESM build of ${manifest.name} ${manifest.version}:`,
  "esbuild bundles the import (dependencies included), minifies it and gzips it (level 9). The first columns",
  "leave out zod, a peer dependency the application already has; the last include it.",
  "",
  "| Import | min | min+gzip | min+gzip with zod |",
  "| --- | ---: | ---: | ---: |",
  ...rows.map(
    (row) => `| ${row.name} | ${kib(row.without.min)} | ${kib(row.without.gzip)} | ${kib(row.with.gzip)} |`,
  ),
].join("\n");

if (process.argv.includes("--print")) {
  console.log(table);
} else {
  const section = `${START}\n${table}\n${END}`;
  let text = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start !== -1 && end > start) {
    text = `${text.slice(0, start)}${section}${text.slice(end + END.length)}`;
  } else {
    text = `${text.trimEnd()}\n\n## Bundle sizes\n\n${section}\n`;
  }
  writeFileSync(DOC, text);
  console.log(table);
  console.log(`\nwritten to ${DOC}`);
}
