/*
 * The query half of the scale benchmark (bench/scale.ts): the DuckDB engine of `bilateral/duckdb` over an
 * exported Parquet directory against the same question written by hand in SQL over the same files, on a
 * plain DuckDB connection with prepared statements. Both sides read their rows into JS values: the engine
 * returns records, the peer the rows its SQL selects. Each time is the best batch of alternated batches
 * (bench/timing.ts), so that both sides share the machine's load.
 */
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { compareBatches, type Figure } from "./timing.js";

const BATCHES = 5;
const BATCH_MS = 200;
// The generator's busiest dyad (bench/generate.ts puts the seed story's dyad first), and one from the middle
// of its Zipf ranking.
const BUSY: readonly [string, string] = ["country:IRN", "country:PAK"];
const MONTH = "2020-03";

export interface QueryFigure {
  readonly label: string;
  readonly engine: number;
  readonly peer: number;
  readonly target?: Figure;
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

async function peerConnection(dir: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `CREATE VIEW events AS FROM read_parquet(${sqlString(`${dir}/events/**/*.parquet`)}, hive_partitioning = true, union_by_name = true)`,
  );
  return connection;
}

/** A dyad from the middle of the ranking: the dyad of the 1,000th-busiest in the files. */
async function middleDyad(peer: DuckDBConnection): Promise<[string, string]> {
  const reader = await peer.runAndReadAll(
    "SELECT dyad FROM events WHERE dyad LIKE 'country:%|country:%' GROUP BY dyad ORDER BY count(*) DESC, dyad LIMIT 1 OFFSET 999",
  );
  const dyad = String(reader.getRowObjectsJS()[0]?.dyad ?? "country:AFG|country:AGO");
  const [a, b] = dyad.split("|");
  return [a as string, b as string];
}

function target(label: string, value: number, limit: number): Figure {
  return {
    events: undefined,
    label,
    detail: "engine",
    value,
    target: { kind: "at most", limit, unit: "ms" },
  };
}

export async function runQueries(dir: string): Promise<QueryFigure[]> {
  const { openParquet } = await import("../src/duckdb/index.js");
  const openStart = performance.now();
  const engine = await openParquet(dir);
  const openMs = performance.now() - openStart;
  const peer = await peerConnection(dir);
  const middle = await middleDyad(peer);
  const key = (pair: readonly [string, string]) => [...pair].sort().join("|");
  const monthStart = new Date(`${MONTH}-01T00:00:00Z`);
  const monthEnd = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + 1, 1));
  const rowsOf = await peer.prepare(
    "SELECT * FROM events WHERE dyad = $1 AND starts_at < $3::TIMESTAMP AND ends_at > $2::TIMESTAMP ORDER BY starts_at NULLS LAST, ends_at DESC, seq",
  );
  const monthly = await peer.prepare(
    "SELECT date_trunc('month', starts_at) AS month, quad_class, category, count(*) AS n, sum(intensity) AS s, count(intensity) AS c FROM events WHERE dyad = $1 GROUP BY ALL",
  );
  const counted = await peer.prepare("SELECT count(*) AS n FROM events WHERE dyad = $1");
  const figures: QueryFigure[] = [{ label: "openParquet (once)", engine: openMs, peer: Number.NaN }];
  const compare = async (
    label: string,
    ours: () => Promise<unknown>,
    theirs: () => Promise<unknown>,
    limit?: number,
  ) => {
    const result = await compareBatches(BATCHES, BATCH_MS, theirs, ours);
    const figure: QueryFigure = { label, engine: result.measured, peer: result.baseline };
    figures.push(limit === undefined ? figure : { ...figure, target: target(label, result.measured, limit) });
  };
  for (const pair of [BUSY, middle] as const) {
    const name = `${pair[0]}–${pair[1]}`;
    const selectMonth = async () => {
      rowsOf.bind([key(pair), monthStart.toISOString().slice(0, 19), monthEnd.toISOString().slice(0, 19)]);
      return (await rowsOf.runAndReadAll()).getRowObjectsJS();
    };
    await compare(
      `findEvents, ${name}, one month`,
      () => engine.findEvents({ between: pair, from: MONTH, to: MONTH }),
      selectMonth,
      50,
    );
    await compare(
      `dyadSummary by month, ${name}, all dates`,
      () => engine.dyadSummary(pair[0], pair[1], { by: "month" }),
      async () => {
        monthly.bind([key(pair)]);
        return (await monthly.runAndReadAll()).getRowObjectsJS();
      },
      200,
    );
    await compare(
      `countEvents, ${name}, all dates`,
      () => engine.countEvents({ between: pair }),
      async () => {
        counted.bind([key(pair)]);
        return (await counted.runAndReadAll()).getRowObjectsJS();
      },
    );
    await compare(
      `dyadTimeline, ${name}, one month`,
      () => engine.dyadTimeline(pair[0], pair[1], { from: MONTH, to: MONTH }),
      selectMonth,
    );
  }
  const panelCells = await peer.prepare(
    "SELECT dyad, year(starts_at) AS period, quad_class, category, count(*) AS n, sum(intensity) AS s, count(intensity) AS c FROM events WHERE dyad LIKE 'country:%|country:%' AND starts_at < '2025-01-01'::TIMESTAMP AND ends_at > '2015-01-01'::TIMESTAMP GROUP BY ALL",
  );
  await compare(
    `dyadPanel by month, ${BUSY.join("–")} and ${middle.join("–")}, 2015-2024`,
    () => engine.dyadPanel({ by: "month", from: "2015", to: "2024", dyads: [BUSY, middle] }),
    async () => {
      monthly.bind([key(BUSY)]);
      const one = (await monthly.runAndReadAll()).getRowObjectsJS();
      monthly.bind([key(middle)]);
      return [one, (await monthly.runAndReadAll()).getRowObjectsJS()];
    },
  );
  const start = performance.now();
  const rows = await engine.dyadPanel({ by: "year", from: "2015", to: "2024" });
  const whole = performance.now() - start;
  const peerStart = performance.now();
  (await panelCells.runAndReadAll()).getRowObjectsJS();
  figures.push({
    label: `dyadPanel by year, every dyad (${rows.length.toLocaleString("en-US")} rows), 2015-2024, once`,
    engine: whole,
    peer: performance.now() - peerStart,
  });
  await engine.close();
  return figures;
}
