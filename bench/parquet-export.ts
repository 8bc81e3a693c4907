/*
 * Parquet export throughput: generates a dataset of N events (bench/generate.ts) as a JSON Lines file, then
 * times `exportParquet` from that file (one pass, entities coming first; rows to DuckDB, sort, zstd Parquet),
 * and prints events per second, the files' size, and memory (at each phase on stderr, peak at the end).
 * Run: npm run bench:parquet -- 1000000 [memoryLimit]
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportParquet } from "../src/duckdb/index.js";
import { generatedHeader, generateRecords } from "./generate.js";

async function writeDataset(path: string, events: number): Promise<number> {
  const out = createWriteStream(path);
  let lines = [JSON.stringify(generatedHeader({ events }))];
  let count = 0;
  for (const record of generateRecords({ events })) {
    lines.push(JSON.stringify(record));
    count++;
    if (lines.length >= 10_000) {
      if (!out.write(`${lines.join("\n")}\n`)) await once(out, "drain");
      lines = [];
    }
  }
  out.end(`${lines.join("\n")}\n`);
  await once(out, "finish");
  return count;
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, entry));
    if (info.isFile()) total += info.size;
  }
  return total;
}

const events = Number(process.argv[2] ?? "1000000");
const root = await mkdtemp(join(tmpdir(), "bench-parquet-"));
try {
  const file = join(root, "dataset.jsonl");
  const records = await writeDataset(file, events);
  const fileSize = (await stat(file)).size;
  const started = performance.now();
  const phases: Record<string, number> = {};
  const report = await exportParquet(file, join(root, "out"), {
    memoryLimit: process.argv[3] ?? "1GB",
    onProgress: ({ phase }) => {
      if (phases[phase] === undefined) {
        phases[phase] = performance.now() - started;
        const { rss, heapUsed } = process.memoryUsage();
        console.error(
          `${phase}: rss ${Math.round(rss / 2 ** 20)} MiB, heap ${Math.round(heapUsed / 2 ** 20)} MiB, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
        );
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const bytes = await sizeOf(join(root, "out"));
  console.log(
    JSON.stringify(
      {
        events: report.kinds.event,
        records,
        eventRows: report.eventRows,
        jsonlBytes: fileSize,
        seconds: Number(seconds.toFixed(1)),
        writeStartsAtSeconds: Number(((phases.write ?? 0) / 1000).toFixed(1)),
        eventsPerSecond: Math.round((report.kinds.event ?? 0) / seconds),
        parquetBytes: bytes,
        bytesPerEvent: Number((bytes / (report.kinds.event ?? 1)).toFixed(1)),
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
