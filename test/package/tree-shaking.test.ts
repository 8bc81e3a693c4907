import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { build, type Metafile } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import { typescriptFiles } from "../docs/code-blocks.js";
import { ROOT, readManifest } from "./manifest.js";

// A consumer that imports one schema from the built ESM, bundled with esbuild, holds no query, CLI or interop
// code. The query, CLI and interop code is recognised by the names of the functions and classes declared in
// src/query, src/cli and src/interop (names also declared elsewhere in src/ left out), and by the CLI's
// dependencies. Control bundles prove that the same detectors find that code where it must be.

const packed = inject("packed");
const consumer = packed.consumer;
const manifest = readManifest();

const AREAS = ["query", "cli", "interop"] as const;
type Area = (typeof AREAS)[number];

/** Packages only the CLI uses. */
const CLI_PACKAGES = ["commander", "cli-progress"];

const DECLARATION = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|class)\s+([A-Za-z_$][\w$]*)/gm;

function declaredNames(files: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(DECLARATION))
      if (match[1] !== undefined) names.add(match[1]);
  }
  return names;
}

function distinctiveNames(): Record<Area, string[]> {
  const source = join(ROOT, "src");
  const all = typescriptFiles(source);
  const inArea = (area: Area) => (file: string) => file.startsWith(join(source, area, "/"));
  const elsewhere = declaredNames(all.filter((file) => !AREAS.some((area) => inArea(area)(file))));
  const out = {} as Record<Area, string[]>;
  for (const area of AREAS) {
    const names = declaredNames(all.filter(inArea(area)));
    out[area] = [...names].filter((name) => !elsewhere.has(name) && name.length > 3).sort();
  }
  return out;
}

const names = distinctiveNames();

interface Bundle {
  readonly code: string;
  readonly packages: string[];
}

async function bundle(
  name: string,
  source: string,
  keepSideEffectFreeImports = false,
  platform: "node" | "browser" = "node",
): Promise<Bundle> {
  const entry = join(consumer, name);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform,
    target: platform === "node" ? "node20" : "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    external: Object.keys(manifest.peerDependencies ?? {}),
    // package.json says "sideEffects": false, so a bare `import "bilateral/…/main.js"` would be dropped whole.
    ignoreAnnotations: keepSideEffectFreeImports,
  });
  const [output] = result.outputFiles;
  return { code: output?.text ?? "", packages: packagesIn(result.metafile) };
}

/** The packages of node_modules that contribute bytes to a bundle. */
function packagesIn(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match?.[1] !== undefined && bytesInOutput > 0) found.add(match[1]);
    }
  }
  return [...found].sort();
}

/**
 * The names of `candidates` declared as a function or class in a bundle: `function name(`, `class name`, or
 * `name = class` (esbuild may add a digit to a name).
 */
function declaredIn(code: string, candidates: readonly string[]): string[] {
  return candidates.filter((name) => {
    const escaped = `${name.replace(/\$/g, "\\$")}\\d*`;
    return new RegExp(`(?:function\\*?|class)\\s+${escaped}\\b|\\b${escaped}\\s*=\\s*class\\b`).test(code);
  });
}

describe("tree-shaking: a consumer bundled with esbuild that imports one schema", () => {
  const ONE_SCHEMA = `import { CountrySchema } from "bilateral";
console.log(CountrySchema.parse({ id: "country:IRN", kind: "country", name: "Iran", code: "IRN" }).code);
`;

  it("finds query, CLI and interop names to look for", () => {
    expect(names.query.length + names.cli.length).toBeGreaterThan(5);
  });

  it("holds no query, CLI or interop code, nor the CLI's packages", async () => {
    const { code, packages } = await bundle("one-schema.mjs", ONE_SCHEMA);
    expect(code).toContain("country:");
    expect({
      query: declaredIn(code, names.query),
      cli: declaredIn(code, names.cli),
      interop: declaredIn(code, names.interop),
      packages: packages.filter((name) => CLI_PACKAGES.includes(name)),
    }).toEqual({ query: [], cli: [], interop: [], packages: [] });
  });

  it("bundles the root and example entry points for the browser: no Node built-in is imported", async () => {
    const source = `import * as all from "bilateral";\nimport * as example from "bilateral/example";\nconsole.log(all, example);\n`;
    const { code } = await bundle("browser.mjs", source, false, "browser");
    expect(code).toContain("country:");
    expect(code).not.toMatch(/\bfrom\s*["']node:|require\(["']node:/);
  });

  it("control: the whole root entry point holds the query code the detector looks for", async () => {
    const { code } = await bundle("everything.mjs", `import * as all from "bilateral";\nconsole.log(all);\n`);
    const exported = Object.keys(
      await import(join(consumer, "node_modules", "bilateral", "dist", "index.js")),
    );
    const queryExported = names.query.filter((name) => exported.includes(name));
    expect(declaredIn(code, queryExported)).toEqual(queryExported);
  });

  it("control: the CLI bundle holds the CLI code and packages the detector looks for", async () => {
    const bin = Object.values(manifest.bin ?? {})[0];
    expect(bin).toBeDefined();
    const path = join(consumer, "node_modules", "bilateral", String(bin));
    const { code, packages } = await bundle("cli.mjs", `import ${JSON.stringify(path)};\n`, true);
    expect(declaredIn(code, names.cli).length).toBeGreaterThan(0);
    expect(packages).toEqual(expect.arrayContaining(["commander"]));
  });

  it.skipIf(!existsSync(join(ROOT, "src", "interop", "index.ts")) || !("./interop" in manifest.exports))(
    "control: bilateral/interop holds the interop code the detector looks for",
    async () => {
      const { code } = await bundle(
        "interop.mjs",
        `import * as all from "bilateral/interop";\nconsole.log(all);\n`,
      );
      expect(declaredIn(code, names.interop).length).toBeGreaterThan(0);
    },
  );
});

// vega and vega-lite are optional peers that only drawing loads: a consumer of the chart specifications (or of
// `bilateral` alone) neither bundles nor loads them.
const RENDERER_PACKAGES = ["vega", "vega-lite"];

describe.skipIf(!("./report" in manifest.exports))("bilateral/report: vega only when drawing", () => {
  const CHARTS = `import { createIndex } from "bilateral";
import { loadSeedStory } from "bilateral/example";
import { dyadCharts } from "bilateral/report";
console.log(JSON.stringify(dyadCharts(createIndex(loadSeedStory()), "country:IRN", "country:PAK")).length);
`;
  const bundleWithoutRenderers = async (name: string, source: string) => {
    const entry = join(consumer, name);
    writeFileSync(entry, source);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      write: false,
      logLevel: "silent",
      external: [...Object.keys(manifest.peerDependencies ?? {}), ...RENDERER_PACKAGES],
    });
    return result.outputFiles[0]?.text ?? "";
  };

  it("a bundle of the chart builders holds no reference to vega", async () => {
    const code = await bundleWithoutRenderers("charts.mjs", CHARTS);
    expect(code).toContain("vega-lite/v6.json");
    expect(code).not.toMatch(/["']vega(?:-lite)?["']/);
  });

  it("control: a bundle that draws refers to vega and vega-lite", async () => {
    const code = await bundleWithoutRenderers(
      "draws.mjs",
      `import { renderSpecToSvg } from "bilateral/report";\nconsole.log(renderSpecToSvg);\n`,
    );
    expect(code).toMatch(/["']vega["']/);
    expect(code).toMatch(/["']vega-lite["']/);
  });

  it("without vega installed, drawing says what to install: ESM, CommonJS and the CLI (exit 2)", async () => {
    expect(RENDERER_PACKAGES.filter((name) => existsSync(join(consumer, "node_modules", name)))).toEqual([]);
    const run = promisify(execFile);
    const draw = `renderSpecToSvg({ mark: "point" }).then(() => console.log("drawn"), (e) => console.log(e.name + ": " + e.message));`;
    writeFileSync(
      join(consumer, "draw.mjs"),
      `import { renderSpecToSvg } from "bilateral/report";\n${draw}\n`,
    );
    writeFileSync(
      join(consumer, "draw.cjs"),
      `const { renderSpecToSvg } = require("bilateral/report");\n${draw}\n`,
    );
    for (const file of ["draw.mjs", "draw.cjs"]) {
      const { stdout } = await run(process.execPath, [file], { cwd: consumer });
      expect(stdout, file).toMatch(
        /^RendererMissingError: .*vega is not installed: npm install vega vega-lite/,
      );
    }
    const seed = join(consumer, "report-seed.json");
    writeFileSync(seed, readFileSync(join(ROOT, "src", "example", "seed-story.json")));
    const cli = join(consumer, "node_modules", ".bin", "bilateral");
    const failure = await run(cli, ["report", seed, "--dyad", "IR,PK"], { cwd: consumer }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/^bilateral: drawing charts needs .*npm install vega vega-lite/);
  });

  it("importing bilateral and bilateral/report and building charts loads no vega, ESM or CommonJS; drawing does", async () => {
    // Stand-ins for the peers, installed in the consumer for this test: loading one marks it.
    const installed: string[] = [];
    for (const name of RENDERER_PACKAGES) {
      const folder = join(consumer, "node_modules", name);
      if (existsSync(folder)) continue;
      mkdirSync(folder, { recursive: true });
      installed.push(folder);
      writeFileSync(
        join(folder, "package.json"),
        JSON.stringify({ name, version: "6.0.0", type: "module", exports: "./index.js" }),
      );
      writeFileSync(
        join(folder, "index.js"),
        `globalThis.__loaded = [...(globalThis.__loaded ?? []), "${name}"];\n`,
      );
    }
    const run = promisify(execFile);
    const script = (load: string) => `${load}
const before = JSON.stringify(dyadCharts(createIndex(loadSeedStory()), "country:IRN", "country:PAK")).length > 0 ? (globalThis.__loaded ?? []) : null;
const error = await renderSpecToSvg({ mark: "point" }).catch((e) => e.name);
console.log(JSON.stringify({ before, after: [...(globalThis.__loaded ?? [])].sort(), error }));
`;
    const esm = `import { createIndex } from "bilateral";
import { loadSeedStory } from "bilateral/example";
import { dyadCharts, renderSpecToSvg } from "bilateral/report";`;
    const cjs = `const { createIndex } = require("bilateral");
const { loadSeedStory } = require("bilateral/example");
const { dyadCharts, renderSpecToSvg } = require("bilateral/report");`;
    try {
      writeFileSync(join(consumer, "peers.mjs"), script(esm));
      writeFileSync(join(consumer, "peers.cjs"), `(async () => {\n${script(cjs)}\n})();\n`);
      for (const file of ["peers.mjs", "peers.cjs"]) {
        const { stdout } = await run(process.execPath, [file], { cwd: consumer });
        expect(JSON.parse(stdout.trim()), file).toEqual({
          before: [],
          after: ["vega", "vega-lite"],
          error: "RendererMissingError",
        });
      }
    } finally {
      for (const folder of installed) rmSync(folder, { recursive: true, force: true });
    }
  });
});

// @duckdb/node-api is an optional peer that only the functions of bilateral/duckdb load: the consumer does not
// install it, and still imports bilateral and bilateral/duckdb; exporting then says what to install.
describe.skipIf(!("./duckdb" in manifest.exports))("bilateral/duckdb: DuckDB only when used", () => {
  it("without @duckdb/node-api, importing works and exportParquet says what to install: ESM and CommonJS", async () => {
    expect(existsSync(join(consumer, "node_modules", "@duckdb", "node-api"))).toBe(false);
    const run = promisify(execFile);
    const use = `exportParquet({ format: "bilateral", version: "1.0", records: [] }, "parquet-out").then(() => console.log("exported"), (e) => console.log(e.name + ": " + e.message));`;
    writeFileSync(
      join(consumer, "parquet.mjs"),
      `import "bilateral";\nimport { exportParquet } from "bilateral/duckdb";\n${use}\n`,
    );
    writeFileSync(
      join(consumer, "parquet.cjs"),
      `require("bilateral");\nconst { exportParquet } = require("bilateral/duckdb");\n${use}\n`,
    );
    for (const file of ["parquet.mjs", "parquet.cjs"]) {
      const { stdout } = await run(process.execPath, [file], { cwd: consumer });
      expect(stdout, file).toMatch(/^DuckDbMissingError: .*npm install @duckdb\/node-api/);
    }
    expect(existsSync(join(consumer, "parquet-out"))).toBe(false);
  });
});
