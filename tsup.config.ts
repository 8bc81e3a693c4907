import { copyFile, mkdir, readFile } from "node:fs/promises";
import { defineConfig } from "tsup";

const { version } = JSON.parse(await readFile(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

// Library entry points are built as ESM and CommonJS with types for both; the CLI as ESM only.
export default defineConfig([
  {
    entry: { index: "src/index.ts", example: "src/example/index.ts", interop: "src/interop/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
    // iso-3166 is ESM-only: bundle it so that the CommonJS build can be required on every Node 20.
    noExternal: ["iso-3166"],
    // The seed-story dataset also ships as a plain JSON file, for tools that are not JavaScript.
    onSuccess: async () => {
      await mkdir("dist/example", { recursive: true });
      await copyFile("src/example/seed-story.json", "dist/example/seed-story.json");
    },
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    noExternal: ["iso-3166"],
    banner: { js: "#!/usr/bin/env node" },
    define: { __BILATERAL_VERSION__: JSON.stringify(version) },
  },
]);
