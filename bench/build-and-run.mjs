// `npm run bench`: builds dist/ (`npm run build`: the import-time benchmark imports dist/index.js and the ajv
// peer reads dist/schema/), bundles the benchmark runner (bench/run.ts) and the CLI (src/cli/main.ts) with
// esbuild into .tmp/ (git-ignored), then runs the benchmarks with `node --expose-gc`. Arguments are passed
// on: `npm run bench -- --sizes 10000,100000 --cli-size 0`.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { build } from "esbuild";

const built = spawnSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
if (built.status !== 0) throw new Error("npm run build failed");
mkdirSync(".tmp", { recursive: true });
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // Bundled CommonJS dependencies (commander) call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};
// DuckDB loads a native binary from its package: it is imported from node_modules, not bundled.
await build({
  ...common,
  entryPoints: ["bench/run.ts"],
  outfile: ".tmp/bench.mjs",
  external: ["@duckdb/node-api"],
});
await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: ".tmp/cli.mjs",
  define: { __BILATERAL_VERSION__: JSON.stringify(process.env.npm_package_version ?? "0.0.0-bench") },
});
const result = spawnSync(
  process.execPath,
  ["--expose-gc", "--max-old-space-size=12288", ".tmp/bench.mjs", ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exitCode = result.status ?? 1;
