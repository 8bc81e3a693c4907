import { defineConfig } from "vitest/config";

// The consumer's view: tests in test/package run against the built library, packed with `npm pack` and
// installed into a temporary project (test/package/setup.ts). `npm test` runs them after `npm run build`.
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    globalSetup: ["test/package/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
