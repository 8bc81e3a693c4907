import { defineConfig } from "tsup";

// Library entry points are built as ESM and CommonJS with types for both; the CLI as ESM only.
export default defineConfig([
  {
    entry: { index: "src/index.ts", example: "src/example/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
    // iso-3166 is ESM-only: bundle it so that the CommonJS build can be required on every Node 20.
    noExternal: ["iso-3166"],
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    noExternal: ["iso-3166"],
    banner: { js: "#!/usr/bin/env node" },
    define: { __BILATERAL_VERSION__: JSON.stringify(process.env.npm_package_version ?? "0.0.0") },
  },
]);
