import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { iso31662 } from "iso-3166/2.js";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(await readFile(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// iso-3166's 5,000 subdivisions as a JSON string: V8 reads a JSON.parse argument several times faster than
// the same data as an object literal, which was a third of the time `import "bilateral"` took (issue 9).
const iso31662AsJson: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "iso-3166-2-as-json",
  setup(build) {
    build.onResolve({ filter: /^iso-3166\/2\.js$/ }, () => ({
      path: "iso-3166/2.js",
      namespace: "iso-3166-json",
    }));
    build.onLoad({ filter: /.*/, namespace: "iso-3166-json" }, () => ({
      contents: `export const iso31662 = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(iso31662))});`,
      loader: "js",
    }));
  },
};

// Bundled rather than installed: iso-3166 is ESM-only (bundled so that the CommonJS build can be required on
// every Node 20), and of date-fns (28 MB installed) the library uses about a dozen functions, a few KB.
const bundled = ["iso-3166", "date-fns", "@date-fns/utc"];

// Library entry points are built as ESM and CommonJS with types for both; the CLI as ESM only. The CommonJS
// entries share chunks as the ESM ones do (`splitting`), so the code tables are in the package once. No
// source maps: they would point at sources the package does not ship.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      example: "src/example/index.ts",
      interop: "src/interop/index.ts",
      report: "src/report/index.ts",
      duckdb: "src/duckdb/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    splitting: true,
    target: "node20",
    noExternal: bundled,
    esbuildPlugins: [iso31662AsJson],
    // The seed-story dataset also ships as a plain JSON file, for tools that are not JavaScript; the SQL of
    // the DuckDB engine's views as files, for BigQuery, Spark, Athena or the DuckDB shell (docs/duckdb.md).
    onSuccess: async () => {
      await mkdir("dist/example", { recursive: true });
      await copyFile("src/example/seed-story.json", "dist/example/seed-story.json");
      await mkdir("dist/sql", { recursive: true });
      for (const name of await readdir("src/duckdb/sql")) {
        if (name.endsWith(".sql")) await copyFile(`src/duckdb/sql/${name}`, `dist/sql/${name}`);
      }
    },
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    noExternal: bundled,
    esbuildPlugins: [iso31662AsJson],
    banner: { js: "#!/usr/bin/env node" },
    define: { __BILATERAL_VERSION__: JSON.stringify(version) },
  },
]);
