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
 * 3. with --replicate K: the last size's export K times over (each event repeated with a distinct id, so each
 *    dyad and month holds K times the events), built by DuckDB as K event files each sorted by dyad and date
 *    (as an export in chunks writes them), and the queries again over it; --replicate-only skips steps 1
 *    and 2 and reuses the last size's export.
 * Options: --sizes 10000000 (events; the default; `--sizes 10000000,100000000` exports 100M events too, hours
 * on 2 cores), --replicate 10, --dir <work dir> (default: the system's temp dir; the JSON Lines are kept there
 * and reused by later runs), --phase (internal: the child's phase), --keep (keep the Parquet files).
 */
import { fork } from "node:child_process";
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedHeader, generateRecords } from "./generate.js";
import { type QueryFigure, runQueries } from "./scale-queries.js";
import { formatTarget, ms, verdict } from "./timing.js";

const SELF = fileURLToPath(import.meta.url);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const SIZES = (option("--sizes") ?? "10000000").split(",").map(Number);
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
  const start = performance.now();
  await connection.run(
    `COPY (FROM read_json(${sqlString(jsonl)}, format = 'newline_delimited', union_by_name = true, sample_size = -1, maximum_object_size = 16777216)) TO ${sqlString(out)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  send({ ms: performance.now() - start, bytes: sizeOf(out) });
}

/**
 * A directory of `times` x the events of `from`: each event repeated with its id suffixed (`~k`) and its
 * position moved past the dataset's (`seq + k * records`), everything else kept, so that each dyad and month
 * has `times` as many events, as a dataset `times` as large from the same generator would; written as `times`
 * files, each sorted by dyad and date, with the export's metadata; the other kinds' files copied as they are.
 */
async function replicatePhase(from: string, to: string, times: number): Promise<void> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  rmSync(to, { recursive: true, force: true });
  mkdirSync(join(to, "events"), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(from, "bilateral-parquet.json"), "utf8"));
  const records = Object.values(manifest.kinds as Record<string, number>).reduce((a, b) => a + b, 0);
  manifest.kinds.event *= times;
  writeFileSync(join(to, "bilateral-parquet.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of readdirSync(from))
    if (file.endsWith(".parquet")) copyFileSync(join(from, file), join(to, file));
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: "4GB",
    temp_directory: join(to, ".tmp"),
  });
  const connection = await instance.connect();
  const events = `${from}/events/**/*.parquet`;
  const kv = (
    await connection.runAndReadAll(
      `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${sqlString(events)}) WHERE decode(key) LIKE 'bilateral_%' GROUP BY ALL`,
    )
  ).getRowObjectsJS();
  const metadata = kv.map((row) => `${row.key}: ${sqlString(String(row.value))}`).join(", ");
  // Copy k of the events is file part-k: each copy is read in the export's order and written as it comes
  // (no sort), so each file is sorted by dyad and date, as the files of an export in chunks would be.
  await connection.run("SET preserve_insertion_order = true");
  const start = performance.now();
  for (let k = 0; k < times; k++) {
    const id = k === 0 ? "id" : `id || '~${k}'`;
    await connection.run(
      `COPY (SELECT * REPLACE (${id} AS id, seq + ${k * records} AS seq) FROM read_parquet(${sqlString(events)})) TO ${sqlString(join(to, "events", `part-${k}.parquet`))} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {${metadata}})`,
    );
  }
  rmSync(join(to, ".tmp"), { recursive: true, force: true });
  send({ ms: performance.now() - start, bytes: sizeOf(to) });
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

async function queriesPhase(dir: string): Promise<void> {
  send({ figures: await runQueries(dir) });
}

async function child(phase: string): Promise<void> {
  const [a, b] = process.argv.slice(process.argv.indexOf(phase) + 1);
  if (phase === "export") await exportPhase(a as string, b as string);
  else if (phase === "peer-export") await peerExportPhase(a as string, b as string);
  else if (phase === "queries") await queriesPhase(a as string);
  else if (phase === "replicate") await replicatePhase(a as string, b as string, Number(process.argv.at(-1)));
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
  await queries(out);
  if (!process.argv.includes("--keep")) rmSync(join(DIR, `peer-${events}.parquet`), { force: true });
}

async function queries(dir: string): Promise<void> {
  const queries = await inChild<{ figures: QueryFigure[] }>("queries", [dir]);
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
}

async function measureReplicated(events: number, times: number): Promise<void> {
  const from = join(DIR, `parquet-${events}`);
  const to = join(DIR, `parquet-${events}x${times}`);
  console.log(
    `\n== ${(events * times).toLocaleString("en-US")} events: the ${events.toLocaleString("en-US")} exported above, ${times} times over`,
  );
  const built = await inChild<ExportResult>("replicate", [from, to, String(times)]);
  console.log(
    `built by DuckDB in ${ms(built.ms)}: ${gib(built.bytes)} (${(built.bytes / (events * times)).toFixed(1)} bytes an event)`,
  );
  await queries(to);
  if (!process.argv.includes("--keep")) rmSync(to, { recursive: true, force: true });
}

const phase = option("--phase");
if (phase !== undefined) await child(phase);
else {
  mkdirSync(DIR, { recursive: true });
  if (!process.argv.includes("--replicate-only")) for (const events of SIZES) await measure(events);
  const times = Number(option("--replicate") ?? 0);
  if (times > 1) await measureReplicated(SIZES.at(-1) as number, times);
}
