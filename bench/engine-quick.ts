/*
 * A quick look at the DuckDB engine's query times over N generated events (bench/generate.ts): export, open,
 * then a one-dyad one-month findEvents, a dyad's monthly dyadSummary, a country's countEvents.
 * Run: npx esbuild bench/engine-quick.ts --bundle --platform=node --format=esm --packages=external \
 *   --outfile=node_modules/.cache/bilateral/engine-quick.mjs && node node_modules/.cache/bilateral/engine-quick.mjs 1000000
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportParquet, openParquet } from "../src/duckdb/index.js";
import { generatedHeader, generateRecords } from "./generate.js";

const events = Number(process.argv[2] ?? "1000000");
const kept = process.argv[3];
const root = kept ?? (await mkdtemp(join(tmpdir(), "engine-quick-")));
try {
  if (kept === undefined || process.argv[4] === "export") await exportGenerated(root);
  const t = performance.now();
  const engine = await openParquet(join(root, "out"));
  console.log("open", Math.round(performance.now() - t), "ms");
  const time = async (name: string, run: () => Promise<unknown>) => {
    await run();
    const start = performance.now();
    const result = await run();
    const size = Array.isArray(result) ? result.length : typeof result === "number" ? result : "";
    console.log(name, (performance.now() - start).toFixed(1), "ms", size);
  };
  await time("findEvents one dyad one month", () =>
    engine.findEvents({ between: ["country:IRN", "country:PAK"], from: "2024-08", to: "2024-08" }),
  );
  await time("dyadSummary monthly", () => engine.dyadSummary("country:IRN", "country:PAK", { by: "month" }));
  await time("countEvents one actor", () => engine.countEvents({ actor: "country:IRN" }));
  await time("dyadTimeline", () => engine.dyadTimeline("country:IRN", "country:PAK", { from: "2024" }));
  await time("dyadPanel year", () =>
    engine.dyadPanel({ by: "year", from: "2020", to: "2024", dyads: [["country:IRN", "country:PAK"]] }),
  );
  console.log("rss", Math.round(process.memoryUsage().rss / 2 ** 20), "MiB");
  await engine.close();
} finally {
  if (kept === undefined) await rm(root, { recursive: true, force: true });
}

async function exportGenerated(dir: string): Promise<void> {
  const file = join(dir, "dataset.jsonl");
  const out = createWriteStream(file);
  let lines = [JSON.stringify(generatedHeader({ events }))];
  for (const record of generateRecords({ events })) {
    lines.push(JSON.stringify(record));
    if (lines.length >= 10_000) {
      if (!out.write(`${lines.join("\n")}\n`)) await once(out, "drain");
      lines = [];
    }
  }
  out.end(`${lines.join("\n")}\n`);
  await once(out, "finish");

  const started = performance.now();
  await exportParquet(file, join(dir, "out"), { memoryLimit: "1GB" });
  console.log("export", Math.round(performance.now() - started), "ms");
}
