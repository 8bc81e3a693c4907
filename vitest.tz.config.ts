import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// `npm run test:tz` runs the suite again under TZ=Pacific/Kiritimati (UTC+14) and TZ=Pacific/Pago_Pago (UTC-11):
// no date may move. It leaves out what cannot depend on the time zone (type tests, the scan of the sources'
// regular expressions, the type-check of the docs' examples, the spawned-CLI stress tests, the engines' agreement
// test), and gives each
// property a quarter of its runs, with new seeds, to keep the whole gate within CI's time.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        "test/package/**",
        "test/security/**",
        "test/docs/**",
        "test/hostile/cli.test.ts",
        // The engines' agreement over generated queries runs once, in the unit run; the other DuckDB tests
        // (timestamps written and read back) run here too.
        "test/duckdb/agreement.test.ts",
      ],
      typecheck: { enabled: false },
      env: { BILATERAL_PROPERTY_RUNS_SCALE: "0.25" },
    },
  }),
);
