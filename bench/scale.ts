/*
 * The scale benchmark (`npm run bench:scale`, issue 11): generated datasets of 10M and 100M events, written as
 * JSON Lines, exported to Parquet by `exportParquet` and queried through the DuckDB engine of
 * `bilateral/duckdb`. For each size it measures, each phase in a fresh child process so that its peak RSS
 * (DuckDB's native memory included) is its own:
 * 1. export: `exportParquet(<jsonl>, <dir>)`: time, events per second, the files' size, peak RSS; the peer is
 *    DuckDB copying the same JSON Lines into one zstd Parquet file (`COPY (FROM read_json(...)) TO ...`),
 *    with no layout, no attribution and no sort;
 * 2. queries: `openParquet(<dir>)`, then each query through the engine against the same question written by
 *    hand in SQL over the same files (a plain DuckDB connection, prepared statements), as a ratio; the
 *    targets are absolute (issue 11): a one-dyad one-month `findEvents` under 50 ms and a dyad's monthly
 *    `dyadSummary` under 200 ms at 100M events, peak RSS under 2 GiB.
 * Options: --sizes 10000000,100000000 (events), --dir <work dir> (default: the system's temp dir; the JSON
 * Lines are kept there and reused by later runs), --phase (internal: the child's phase), --keep (keep the
 * Parquet directories).
 */
import { fork } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedHeader, generateRecords } from "./generate.js";
import { formatTarget, ms, verdict } from "./timing.js";
import { type QueryFigure, runQueries } from "./scale-queries.js";

const SELF = fileURLToPath(import.meta.url);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const SIZES = (option("--sizes") ?? "10000000,100000000").split(",").map(Number);
const DIR = option("--dir") ?? join(tmpdir(), "bilateral-scale");
const SEED = 11;

/** Writes the generated dataset of `events` events as JSON Lines, once: a later run reuses the file. */
async function ensureJsonLines(events: number): Promise<string> {
  const path = join(DIR, `scale-${events}-seed${SEED}.jsonl`);
  if (existsSync(path) && existsSync(`${path}.done`)) return path;
  const start = performance.now();
  const stream = createWriteStream(path, { highWaterMark: 1 << 20 });
  let chunk = `${JSON.stringify(generatedHeader({ events, seed: SEED }))}\n`;
  for (const record of generateRecords({ events, seed: SEED })) {
    chunk += `${JSON.stringify(record)}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
      chunk = "";
    }
  }
  stream.write(chunk);
  await new Promise<void>((resolve) => stream.end(resolve));
  createWriteStream(`${path}.done`).end();
  console.log(`generated ${path} (${gib(statSync(path).size)}) in ${ms(performance.now() - start)}`);
  return path;
}

function gib(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const entry of readdirSync(path)) total += sizeOf(join(path, entry));
  return total;
}

/** Runs one phase in a child process; its result and its peak RSS. */
async function inChild<T>(phase: string, args: readonly string[]): Promise<T & { maxRss: number }> {
  const child = fork(SELF, ["--phase", phase, ...args], {
    execArgv: ["--expose-gc", "--max-old-space-size=4096"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const result = await new Promise<T & { maxRss: number }>((resolve, reject) => {
    child.once("message", (message) => resolve(message as T & { maxRss: number }));
    child.once("exit", (code) => reject(new Error(`phase ${phase} exited with ${code}`)));
  });
  await new Promise((resolve) => child.once("exit", resolve));
  return result;
}

function send(result: object): void {
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.send?.({ ...result, maxRss });
}

async function exportPhase(jsonl: string, out: string): Promise<void> {
  const { exportParquet } = await import("../src/duckdb/index.js");
  rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  const report = await exportParquet(jsonl, out);
  send({ ms: performance.now() - start, bytes: sizeOf(out), report });
}

async function peerExportPhase(jsonl: string, out: string): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  rmSync(out, { force: true });
  const instance = await DuckDBInstance.create(":memory:", { memory_limit: "1GB" });
  const connection = await instance.connect();
  const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;
  const start = performance.now();
  await connection.run(
    `COPY (FROM read_json(${quote(jsonl)}, format = 'newline_delimited', union_by_name = true, maximum_object_size = 16777216)) TO ${quote(out)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  send({ ms: performance.now() - start, bytes: sizeOf(out) });
}

async function queriesPhase(dir: string): Promise<void> {
  send({ figures: await runQueries(dir) });
}

async function child(phase: string): Promise<void> {
  const [a, b] = process.argv.slice(process.argv.indexOf(phase) + 1);
  if (phase === "export") await exportPhase(a as string, b as string);
  else if (phase === "peer-export") await peerExportPhase(a as string, b as string);
  else if (phase === "queries") await queriesPhase(a as string);
  else throw new Error(`unknown phase ${phase}`);
}

interface ExportResult {
  readonly ms: number;
  readonly bytes: number;
}

async function measure(events: number): Promise<void> {
  console.log(`\n== ${events.toLocaleString("en-US")} events`);
  const jsonl = await ensureJsonLines(events);
  const out = join(DIR, `parquet-${events}`);
  const ours = await inChild<ExportResult>("export", [jsonl, out]);
  const peer = await inChild<ExportResult>("peer-export", [jsonl, join(DIR, `peer-${events}.parquet`)]);
  console.log(
    `export: exportParquet ${ms(ours.ms)} (${Math.round(events / (ours.ms / 1000)).toLocaleString("en-US")} events/s), ` +
      `${gib(ours.bytes)} (${(ours.bytes / events).toFixed(1)} bytes an event), peak RSS ${gib(ours.maxRss)}; ` +
      `DuckDB copying the JSON Lines to one Parquet file ${ms(peer.ms)}, ${gib(peer.bytes)}, peak RSS ${gib(peer.maxRss)}; ` +
      `ratio ${(ours.ms / peer.ms).toFixed(2)}x`,
  );
  const queries = await inChild<{ figures: QueryFigure[] }>("queries", [out]);
  for (const figure of queries.figures) {
    const target =
      figure.target === undefined
        ? ""
        : ` (target ${formatTarget(figure.target)}: ${verdict(figure.target)})`;
    console.log(
      `${figure.label}: engine ${ms(figure.engine)}, hand-written SQL ${ms(figure.peer)} = ${(figure.engine / figure.peer).toFixed(2)}x${target}`,
    );
  }
  console.log(`queries: peak RSS ${gib(queries.maxRss)} (open included)`);
  if (!process.argv.includes("--keep")) rmSync(join(DIR, `peer-${events}.parquet`), { force: true });
}

const phase = option("--phase");
if (phase !== undefined) await child(phase);
else {
  mkdirSync(DIR, { recursive: true });
  for (const events of SIZES) await measure(events);
}
