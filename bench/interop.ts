/*
 * GDELT import benchmark (`npm run bench:interop`):
 * 1. throughput: rows per second of `importGdelt` against a plain split-by-tab parse of the same file (read
 *    the file, split it into lines, split each line at tabs), as a ratio, on a ~100 MB file (issue 9's
 *    target: at most 2x);
 * 2. peak memory (max RSS) importing a ~1 GB file, each run in a fresh child process.
 * Both files are made by repeating the GDELT sample of ../shared/reference (or, without it, the hand-written
 * test fixture), with GLOBALEVENTID rewritten so that every row of the big file is a distinct event.
 * Options: --small-mb N (default 100), --large-mb N (default 1024), --runs N (default 3), --keep.
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importGdelt } from "../src/interop/gdelt.js";
import { report } from "./timing.js";

// Run from the repository (npm scripts are): this file runs bundled from node_modules/.cache.
const ROOT = process.cwd();
const SAMPLE = join(ROOT, "..", "shared", "reference", "gdelt", "sample-150.export.CSV");
const FALLBACK = join(ROOT, "test", "fixtures", "interop", "gdelt-valid.export.CSV");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

interface Measure {
  readonly rows: number;
  readonly events: number;
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly peakHeapMiB: number;
}

/** A plain parse: lines split at tabs, rows of 61 columns counted. */
async function plain(path: string): Promise<{ rows: number; events: number }> {
  let rows = 0;
  let rest = "";
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 64 * 1024 });
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (line.split("\t").length === 61) rows++;
  }
  if (rest !== "" && rest.split("\t").length === 61) rows++;
  return { rows, events: rows };
}

/** The import: every record produced and counted. */
async function imported(path: string): Promise<{ rows: number; events: number }> {
  const run = importGdelt(createReadStream(path, { highWaterMark: 64 * 1024 }));
  let events = 0;
  for await (const batch of run.batches()) for (const record of batch) if (record.kind === "event") events++;
  return { rows: run.report.read, events };
}

async function measure(kind: "plain" | "import", path: string): Promise<Measure> {
  let peakHeap = 0;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  const start = performance.now();
  const result = kind === "plain" ? await plain(path) : await imported(path);
  const ms = performance.now() - start;
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return { ...result, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, peakHeapMiB: peakHeap / 2 ** 20 };
}

/** Runs one measure in a fresh process, so that memory figures are its own. */
function inChild(kind: "plain" | "import", path: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", kind, path], {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    child.on("message", (message) => resolve(message as Measure));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`${kind} run exited with ${code}`));
    });
  });
}

/** Writes a file of about `megabytes` MB by repeating the sample's rows, each repetition with new event ids. */
async function makeFile(sample: string, megabytes: number, path: string): Promise<number> {
  const rows = readFileSync(sample, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.slice(line.indexOf("\t")));
  const out = createWriteStream(path);
  const target = megabytes * 2 ** 20;
  let written = 0;
  let count = 0;
  for (let repetition = 0; written < target; repetition++) {
    const chunk = rows
      .map((rest, index) => `${1_000_000_000 + repetition * rows.length + index}${rest}\n`)
      .join("");
    written += Buffer.byteLength(chunk);
    count += rows.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(() => resolve());
  });
  return count;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString("en-US")}`;

async function main(): Promise<void> {
  if (process.argv[2] === "--child") {
    const result = await measure(process.argv[3] as "plain" | "import", process.argv[4] as string);
    process.send?.(result);
    return;
  }
  const sample = existsSync(SAMPLE) ? SAMPLE : FALLBACK;
  const smallMb = option("--small-mb", 100);
  const largeMb = option("--large-mb", 1024);
  const runs = option("--runs", 3);
  const small = join(tmpdir(), `bilateral-gdelt-${process.pid}-small.CSV`);
  const large = join(tmpdir(), `bilateral-gdelt-${process.pid}-large.CSV`);
  console.log(`sample: ${sample}`);
  try {
    const smallRows = await makeFile(sample, smallMb, small);
    console.log(`throughput file: ${mib(statSync(small).size)}, ${smallRows.toLocaleString("en-US")} rows`);
    const plainRuns: Measure[] = [];
    const importRuns: Measure[] = [];
    for (let run = 0; run < runs; run++) {
      plainRuns.push(await inChild("plain", small));
      importRuns.push(await inChild("import", small));
    }
    const plainMs = median(plainRuns.map((m) => m.ms));
    const importMs = median(importRuns.map((m) => m.ms));
    const importRun = importRuns[0] as Measure;
    console.log(
      `plain split-by-tab: ${rate(smallRows, plainMs)} rows/s (median of ${runs}: ${plainMs.toFixed(0)} ms)`,
    );
    console.log(
      `importGdelt:        ${rate(smallRows, importMs)} rows/s (median of ${runs}: ${importMs.toFixed(0)} ms; ${importRun.events.toLocaleString("en-US")} events imported)`,
    );
    report({
      events: undefined,
      label: "importGdelt / read-and-split of the same rows (median of each)",
      detail: `${importMs.toFixed(0)} ms / ${plainMs.toFixed(0)} ms`,
      value: importMs / plainMs,
      target: { kind: "at most", limit: 2, unit: "x" },
    });

    const largeRows = await makeFile(sample, largeMb, large);
    console.log(`memory file: ${mib(statSync(large).size)}, ${largeRows.toLocaleString("en-US")} rows`);
    const plainLarge = await inChild("plain", large);
    const importLarge = await inChild("import", large);
    console.log(
      `plain split-by-tab: max RSS ${plainLarge.maxRssMiB.toFixed(0)} MiB, peak heap ${plainLarge.peakHeapMiB.toFixed(0)} MiB, ${(plainLarge.ms / 1000).toFixed(1)} s`,
    );
    console.log(
      `importGdelt:        max RSS ${importLarge.maxRssMiB.toFixed(0)} MiB, peak heap ${importLarge.peakHeapMiB.toFixed(0)} MiB, ${(importLarge.ms / 1000).toFixed(1)} s, ${importLarge.rows.toLocaleString("en-US")} rows read, ${importLarge.events.toLocaleString("en-US")} events`,
    );
  } finally {
    if (!process.argv.includes("--keep")) {
      rmSync(small, { force: true });
      rmSync(large, { force: true });
    }
  }
}

await main();
