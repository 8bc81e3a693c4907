/*
 * The import-time benchmark (issue 9): `import "bilateral"` (the built dist/index.js) in a fresh node
 * process, minus node's own start measured the same way (an ESM entry that imports nothing). Runs alternate;
 * the figure is the median import run minus the median empty run; the same with the fastest runs alongside.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Figure, median, ms, report } from "./timing.js";

export const DIST_INDEX = join(process.cwd(), "dist", "index.js");

function wallTime(code: string): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], { stdio: "inherit" });
  const elapsed = performance.now() - start;
  if (child.status !== 0) throw new Error(`node -e ${JSON.stringify(code)} exited with ${child.status}`);
  return elapsed;
}

/** `runs` fresh processes importing dist/index.js, and as many importing nothing. */
export function benchImportTime(runs = 10): Figure {
  const importing = `import ${JSON.stringify(pathToFileURL(DIST_INDEX).href)};`;
  const empty: number[] = [];
  const full: number[] = [];
  wallTime(importing); // warms the file cache
  for (let i = 0; i < runs; i++) {
    empty.push(wallTime(""));
    full.push(wallTime(importing));
  }
  const cost = median(full) - median(empty);
  const minCost = Math.min(...full) - Math.min(...empty);
  return report({
    events: undefined,
    label: `import "bilateral" in a fresh process, beyond node's own start (median of ${runs})`,
    detail: `${ms(median(full))} - ${ms(median(empty))} (min ${ms(Math.min(...full))} - ${ms(Math.min(...empty))} = ${ms(minCost)})`,
    value: cost,
    target: { kind: "at most", limit: 100, unit: "ms" },
  });
}
