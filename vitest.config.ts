import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the package by its public names ("bilateral", "bilateral/interop"...), resolved to the sources.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^bilateral$/, replacement: source("./src/index.ts") },
      { find: /^bilateral\/example$/, replacement: source("./src/example/index.ts") },
      { find: /^bilateral\/interop$/, replacement: source("./src/interop/index.ts") },
      { find: /^bilateral\/report$/, replacement: source("./src/report/index.ts") },
      { find: /^bilateral\/duckdb$/, replacement: source("./src/duckdb/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // test/package runs against the built and packed library: `npm run test:consumer` (vitest.consumer.config.ts).
    exclude: [...configDefaults.exclude, "test/package/**"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 60_000,
    pool: "forks",
  },
});
