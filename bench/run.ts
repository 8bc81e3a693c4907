/*
 * The benchmarks of issues 3 and 9, run by `npm run bench` (bench/build-and-run.mjs builds dist/, bundles
 * this file with esbuild and runs it with `node --expose-gc`). Every figure is a ratio against a baseline or
 * a peer measured in the same run, on datasets from the seeded generator (bench/generate.ts):
 * - validating a dataset (safeParseDataset) vs a bare safeParse of the same records with the same schemas,
 *   and vs ajv with the shipped JSON Schema (bench/ajv.ts; target at most 1.5x);
 * - building the index vs sorting the same events by date (target at most 1.5x);
 * - a selective query (one dyad, one month) vs a linear scan with the same filter;
 * - dyadSummary by month and a one-dyad one-month findEvents vs the same queries in DuckDB (bench/duckdb.ts;
 *   targets: faster than DuckDB, and at least 1,000x faster);
 * - `import "bilateral"` in a fresh process beyond node's start (bench/import-time.ts; target 100 ms);
 * - the heap the index retains vs the heap of the dataset itself;
 * - `bilateral validate` on a file of the largest size: wall time and peak RSS.
 * Options: --sizes 10000,100000 (events), --cli-size N (0: no CLI run), --import-runs N (default 10).
 * Results are printed as Markdown and written to .tmp/bench-results.{md,json}.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import type { EventRecord } from "../src/model/event.js";
import { RECORD_SCHEMAS } from "../src/model/records.js";
import { createIndex, findEvents } from "../src/query/index.js";
import { comparePartialDates, intervalOf, startOf } from "../src/time/partial-date.js";
import { safeParseDataset } from "../src/validate/parse.js";
import { benchAjv, compileDatasetSchema } from "./ajv.js";
import { attributedCountries } from "./attribution.js";
import { benchDuckDb } from "./duckdb.js";
import { type GeneratedRecord, generateDataset, generatedHeader, generateRecords } from "./generate.js";
import { benchImportTime } from "./import-time.js";
import {
  collect,
  compare,
  type Figure,
  formatTarget,
  formatValue,
  mb,
  meanTime,
  median,
  ms,
  report,
  timed,
  verdict,
} from "./timing.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const SIZES = (option("--sizes") ?? "10000,100000,1000000").split(",").map(Number);
const CLI_SIZE = Number(option("--cli-size") ?? Math.max(...SIZES));
const IMPORT_RUNS = Number(option("--import-runs") ?? 10);
const OUT = join(process.cwd(), ".tmp");
const CLI = join(OUT, "cli.mjs");
mkdirSync(OUT, { recursive: true });

function memory(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

// The baseline of the selective query: a linear scan with the same filter (undirected dyad, country
// attribution of actors at the event's date, overlap with the month), cheapest test first.
function scanDyadMonth(
  events: readonly EventRecord[],
  byId: ReadonlyMap<string, GeneratedRecord>,
  a: string,
  b: string,
  month: string,
): EventRecord[] {
  const range = intervalOf(month);
  const countries = (ids: readonly string[] | undefined, start: number, end: number) =>
    attributedCountries(byId, ids, start, end);
  const out: EventRecord[] = [];
  for (const event of events) {
    if (event.date === undefined) continue;
    const own = intervalOf(event.date);
    const end = event.endDate === undefined ? own.end : Math.max(own.end, intervalOf(event.endDate).end);
    if (!(own.start < range.end && end > range.start)) continue;
    const actors = countries(event.actors, own.start, end);
    const recipients = countries(event.recipients, own.start, end);
    const joint = (event.recipients ?? []).length === 0 && actors.includes(a) && actors.includes(b);
    if (
      (actors.includes(a) && recipients.includes(b) && a !== b) ||
      (actors.includes(b) && recipients.includes(a)) ||
      joint
    ) {
      out.push(event);
    }
  }
  return out;
}

interface SizeResult {
  events: number;
  records: number;
  generate: number;
  heap: { dataset: number; index: number; ratio: number };
  validate: { baseline: number; measured: number; ratio: number; valid: boolean };
  medians: { validate: number; index: number };
  index: { baseline: number; measured: number; ratio: number; comparatorSort: number };
  load: number[];
  queries: { label: string; results: number; indexed: number; scan: number; ratio: number }[];
  other: { label: string; time: number; results: number }[];
}

// The targets of issue 9, as measured: import time once, the rest at every size.
const figures: Figure[] = [benchImportTime(IMPORT_RUNS)];
const validateWithAjv = compileDatasetSchema();

const results: SizeResult[] = [];
for (const size of SIZES) {
  console.log(`\n== ${size} events`);
  collect();
  const before = memory();
  const [generate, data] = timed(() => generateDataset({ events: size }));
  collect();
  const datasetHeap = memory() - before;
  console.log(`generated ${data.records.length} records in ${ms(generate)}, dataset heap ${mb(datasetHeap)}`);
  let index = createIndex(data as never);
  collect();
  const indexHeap = memory() - before - datasetHeap;
  console.log(`index heap ${mb(indexHeap)} (${(indexHeap / datasetHeap).toFixed(3)} of the dataset's)`);

  const reps = size >= 1_000_000 ? 2 : size >= 100_000 ? 3 : 5;
  // Validation vs a bare safeParse of each record with its schema.
  let valid = true;
  const schemas = RECORD_SCHEMAS as Record<string, { safeParse: (input: unknown) => { success: boolean } }>;
  const validate = compare(
    reps,
    () => {
      let ok = 0;
      for (const record of data.records)
        if (
          (schemas[record.kind] as { safeParse: (input: unknown) => { success: boolean } }).safeParse(record)
            .success
        )
          ok++;
      return ok;
    },
    () => {
      valid = safeParseDataset(data).success;
    },
  );
  console.log(
    `validate: bare safeParse ${ms(validate.baseline)}, safeParseDataset ${ms(validate.measured)} (x${(validate.measured / validate.baseline).toFixed(2)}), valid ${valid}`,
  );
  figures.push(benchAjv(validateWithAjv, data, size, reps));

  // Index build vs sorting the events by date (decorate with the start, sort, undecorate).
  const events = data.records.filter((record) => record.kind === "event") as unknown as EventRecord[];
  const build = compare(
    Math.max(reps, 3),
    () => {
      const keyed = events.map((event) => ({
        event,
        start: event.date === undefined ? Number.MAX_VALUE : startOf(event.date),
      }));
      keyed.sort((x, y) => x.start - y.start);
      return keyed.map((k) => k.event);
    },
    () => {
      index = createIndex(data as never);
    },
  );
  const [comparatorSort] = timed(() =>
    [...events].sort((x, y) =>
      x.date === undefined
        ? y.date === undefined
          ? 0
          : 1
        : y.date === undefined
          ? -1
          : comparePartialDates(x.date, y.date),
    ),
  );
  console.log(
    `index: sort by date ${ms(build.baseline)} (with comparePartialDates as comparator: ${ms(comparatorSort)}), createIndex ${ms(build.measured)} (x${(build.measured / build.baseline).toFixed(2)})`,
  );
  figures.push(
    report({
      events: size,
      label: "createIndex / sort of the events by date",
      detail: `${ms(build.measured)} / ${ms(build.baseline)}`,
      value: build.measured / build.baseline,
      target: { kind: "at most", limit: 1.5, unit: "x" },
    }),
  );

  // Selective queries: one dyad, one month, vs a linear scan with the same filter.
  const byId = new Map(data.records.map((record) => [record.id, record]));
  const pairCounts = new Map<string, number>();
  for (const event of events) {
    const a = event.actors[0]?.match(/^(?:country:|person:|org:)([A-Z]{3})/)?.[1];
    const b = (event.recipients ?? event.actors.slice(1))[0]?.match(
      /^(?:country:|person:|org:)([A-Z]{3})/,
    )?.[1];
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
  }
  const ranked = [...pairCounts].sort((x, y) => y[1] - x[1]);
  const month = "2020-06";
  const queries: SizeResult["queries"] = [];
  for (const rank of [1, 100, 1000]) {
    const entry = ranked[rank - 1];
    if (entry === undefined) continue;
    const [a, b] = entry[0].split("|").map((code) => `country:${code}`) as [string, string];
    const query = () => findEvents(index, { between: [a, b], from: month, to: month });
    const found = query();
    const scanned = scanDyadMonth(events, byId, a, b, month);
    const same =
      found.length === scanned.length && found.every((event) => scanned.includes(event as EventRecord));
    if (!same)
      throw new Error(
        `the index and the scan disagree on ${a}-${b} ${month}: ${found.length} vs ${scanned.length}`,
      );
    const indexed = meanTime(query);
    const scanTimes: number[] = [];
    for (let i = 0; i < 3; i++) scanTimes.push(timed(() => scanDyadMonth(events, byId, a, b, month))[0]);
    const scan = median(scanTimes);
    queries.push({
      label: `dyad #${rank} (${a.slice(8)}-${b.slice(8)}, ${entry[1]} events), ${month}`,
      results: found.length,
      indexed,
      scan,
      ratio: scan / indexed,
    });
    console.log(
      `query dyad #${rank} ${a}-${b} ${month}: ${found.length} events, index ${ms(indexed)}, scan ${ms(scan)} (x${(scan / indexed).toFixed(0)} faster)`,
    );
  }

  // Other queries, for information.
  const { dyadTimeline, dyadSummary, sanctionsInForce, sanctionsOnTrade, stanceBetween } = await import(
    "../src/query/index.js"
  );
  const top = (ranked[0]?.[0] ?? "IRN|PAK").split("|").map((code) => `country:${code}`) as [string, string];
  const other: SizeResult["other"] = [];
  const info = (label: string, run: () => { length: number } | number) => {
    const out = run();
    const time = meanTime(run, 200);
    other.push({ label, time, results: typeof out === "number" ? out : out.length });
    console.log(`${label}: ${ms(time)}`);
  };
  info(`findEvents dyad #1, all dates`, () => findEvents(index, { between: top }));
  info(`findEvents ASSAULT in 2020-06 (category and month)`, () =>
    findEvents(index, { category: "ASSAULT", from: month, to: month }),
  );
  info(`dyadTimeline dyad #1, 2020`, () => dyadTimeline(index, top[0], top[1], { from: "2020", to: "2020" }));
  info(`dyadSummary dyad #1 by month`, () => dyadSummary(index, top[0], top[1], { by: "month" }).buckets);
  info(`stanceBetween dyad #1 at 2020-06`, () => stanceBetween(index, top[0], top[1], { at: month }));
  info(`sanctionsInForce against IRN at 2020-06`, () =>
    sanctionsInForce(index, { target: "country:IRN", at: month }),
  );
  info(`sanctionsOnTrade IRN-PAK`, () => sanctionsOnTrade(index, "country:IRN", "country:PAK"));

  // The DuckDB peer: the busiest dyad's summary by month, and its events in one month.
  figures.push(...(await benchDuckDb(events, byId, index, size, top, month)));

  results.push({
    events: size,
    records: data.records.length,
    generate,
    heap: { dataset: datasetHeap, index: indexHeap, ratio: indexHeap / datasetHeap },
    validate: {
      baseline: validate.baseline,
      measured: validate.measured,
      ratio: validate.measured / validate.baseline,
      valid,
    },
    index: {
      baseline: build.baseline,
      measured: build.measured,
      ratio: build.measured / build.baseline,
      comparatorSort,
    },
    medians: {
      validate: validate.medianMeasured / validate.medianBaseline,
      index: build.medianMeasured / build.medianBaseline,
    },
    load: loadavg(),
    queries,
    other,
  });
}

// `bilateral validate` on a JSON Lines file and a JSON file of the CLI size.
interface CliRun {
  file: string;
  bytes: number;
  exit: number;
  wall: number;
  maxRss: number | undefined;
  output: string;
}
const cliRuns: CliRun[] = [];
if (CLI_SIZE > 0 && existsSync(CLI)) {
  const base = join(OUT, `bench-${CLI_SIZE}`);
  const write = async (path: string, lines: boolean) => {
    const stream = createWriteStream(path);
    const put = (text: string) =>
      stream.write(text)
        ? Promise.resolve()
        : new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    const header = generatedHeader({ events: CLI_SIZE });
    if (lines) await put(`${JSON.stringify(header)}\n`);
    else await put(`${JSON.stringify(header).slice(0, -1)},"records":[\n`);
    let first = true;
    for (const record of generateRecords({ events: CLI_SIZE })) {
      await put(lines ? `${JSON.stringify(record)}\n` : `${first ? "" : ",\n"}${JSON.stringify(record)}`);
      first = false;
    }
    if (!lines) await put("\n]}\n");
    await new Promise<void>((resolve) => stream.end(resolve));
  };
  const timeTool = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  for (const lines of [true, false]) {
    const file = `${base}.${lines ? "jsonl" : "json"}`;
    await write(file, lines);
    const bytes = statSync(file).size;
    console.log(`\n== bilateral validate ${file} (${mb(bytes)})`);
    const start = performance.now();
    const child = timeTool
      ? spawnSync(timeTool, ["-v", process.execPath, CLI, "validate", file], {
          encoding: "utf8",
          maxBuffer: 1 << 26,
        })
      : spawnSync(process.execPath, [CLI, "validate", file], { encoding: "utf8", maxBuffer: 1 << 26 });
    const wall = performance.now() - start;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? "");
    const run: CliRun = {
      file: file.slice(process.cwd().length + 1),
      bytes,
      exit: child.status ?? -1,
      wall,
      maxRss: rss === null ? undefined : Number(rss[1]) * 1024,
      output: (child.stdout ?? "").trim().split("\n")[0] ?? "",
    };
    cliRuns.push(run);
    console.log(
      `exit ${run.exit}, ${ms(wall)}, peak RSS ${run.maxRss === undefined ? "unknown" : mb(run.maxRss)}: ${run.output}`,
    );
    if (run.exit !== 0) console.log((child.stderr ?? "").slice(0, 2000));
    rmSync(file, { force: true });
  }
}

// The report.
const machine = {
  cpus: `${availableParallelism()} × ${cpus()[0]?.model ?? "unknown CPU"}`,
  memory: mb(totalmem()),
  free: (() => {
    try {
      return execFileSync("free", ["-h"], { encoding: "utf8" }).trim();
    } catch {
      return "free: not available";
    }
  })(),
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
};
const lines: string[] = [];
lines.push(`Machine: ${machine.cpus}, ${machine.memory} RAM, Node ${machine.node}; run ${machine.date}.`, "");
lines.push(
  "Targets of issue 9 (each against a peer in the same process):",
  "",
  "| events | figure | measured | ratio | target | verdict |",
  "| ---: | --- | --- | ---: | ---: | --- |",
);
for (const f of figures) {
  lines.push(
    `| ${f.events?.toLocaleString("en-US") ?? "-"} | ${f.label} | ${f.detail} | **${formatValue(f)}** | ${formatTarget(f)} | ${verdict(f)} |`,
  );
}
lines.push("");
lines.push(
  "| events | records | validate / bare safeParse | createIndex / sort by date | index heap / dataset heap | load average |",
  "| ---: | ---: | --- | --- | --- | --- |",
);
for (const r of results) {
  lines.push(
    `| ${r.events.toLocaleString("en-US")} | ${r.records.toLocaleString("en-US")} | ${ms(r.validate.measured)} / ${ms(r.validate.baseline)} = **${r.validate.ratio.toFixed(2)}x** (median ${r.medians.validate.toFixed(2)}x) | ${ms(r.index.measured)} / ${ms(r.index.baseline)} = **${r.index.ratio.toFixed(2)}x** (median ${r.medians.index.toFixed(2)}x; a comparator sort takes ${ms(r.index.comparatorSort)}) | ${mb(r.heap.index)} / ${mb(r.heap.dataset)} = **${r.heap.ratio.toFixed(3)}** | ${r.load.map((x) => x.toFixed(1)).join(", ")} |`,
  );
}
lines.push("", "Selective queries (one dyad, one month) vs a linear scan with the same filter:", "");
lines.push(
  "| events | query | results | index | scan | speed-up |",
  "| ---: | --- | ---: | ---: | ---: | ---: |",
);
for (const r of results) {
  for (const q of r.queries) {
    lines.push(
      `| ${r.events.toLocaleString("en-US")} | ${q.label} | ${q.results} | ${ms(q.indexed)} | ${ms(q.scan)} | **${Math.round(q.ratio).toLocaleString("en-US")}x** |`,
    );
  }
}
lines.push(
  "",
  "Other queries (mean time):",
  "",
  "| events | query | results | time |",
  "| ---: | --- | ---: | ---: |",
);
for (const r of results)
  for (const o of r.other)
    lines.push(`| ${r.events.toLocaleString("en-US")} | ${o.label} | ${o.results} | ${ms(o.time)} |`);
if (cliRuns.length > 0) {
  lines.push(
    "",
    `\`bilateral validate\` on a file of ${CLI_SIZE.toLocaleString("en-US")} events:`,
    "",
    "| file | size | exit | wall time | peak RSS |",
    "| --- | ---: | ---: | ---: | ---: |",
  );
  for (const run of cliRuns) {
    lines.push(
      `| ${run.file.endsWith(".jsonl") ? "JSON Lines" : "JSON"} | ${mb(run.bytes)} | ${run.exit} | ${ms(run.wall)} | ${run.maxRss === undefined ? "n/a" : mb(run.maxRss)} |`,
    );
  }
}
const markdown = lines.join("\n");
console.log(`\n${markdown}\n\n${machine.free}`);
writeFileSync(join(OUT, "bench-results.md"), `${markdown}\n`);
writeFileSync(
  join(OUT, "bench-results.json"),
  `${JSON.stringify({ machine, figures, results, cliRuns }, null, 2)}\n`,
);
