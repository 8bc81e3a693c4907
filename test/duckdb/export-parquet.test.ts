import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { type Dataset, InputError, OptionError, RECORD_SCHEMAS, recordShape } from "bilateral";
import { exportParquet, readParquet } from "bilateral/duckdb";
import { loadSeedStory } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

const root = mkdtempSync(join(tmpdir(), "bilateral-export-parquet-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Rows of a query over files, read with DuckDB (timestamps as ISO text). */
async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const IRN = "country:IRN";
const PAK = "country:PAK";
const AFG = "country:AFG";

/** Joint acts, a person who counts for Iran in 2020 and for Pakistan (nationality) otherwise, undated events. */
const DATASET = {
  format: "bilateral",
  version: "1.0",
  title: "layout",
  records: [
    { id: IRN, kind: "country", name: "Iran", code: "IRN" },
    { id: PAK, kind: "country", name: "Pakistan", code: "PAK" },
    { id: AFG, kind: "country", name: "Afghanistan", code: "AFG" },
    {
      id: "person:envoy",
      kind: "person",
      name: "Envoy",
      nationalities: [PAK],
      positions: [{ title: "Envoy", country: IRN, period: { start: "2020", end: "2020" } }],
    },
    { id: "event:joint", kind: "event", category: "CONSULT", actors: [IRN, PAK, AFG], date: "2019-05" },
    {
      id: "event:envoy-2020",
      kind: "event",
      category: "ASSAULT",
      actors: ["person:envoy"],
      recipients: [AFG],
      date: "2020-06-01",
      endDate: "2020-06-03",
    },
    {
      id: "event:envoy-2022",
      kind: "event",
      category: "CONSULT",
      actors: ["person:envoy"],
      recipients: [AFG],
      date: "2022",
    },
    {
      id: "event:undated",
      kind: "event",
      category: "PROTEST",
      actors: [IRN],
      recipients: [PAK],
      quadClass: { value: 3, basis: "gdelt" },
    },
    {
      id: "event:self",
      kind: "event",
      cameo: "010",
      actors: [IRN],
      recipients: [IRN],
      date: "2021",
      vessel: { name: "x" },
    },
  ],
} as unknown as Dataset;

interface EventRow {
  readonly seq: number;
  readonly id: string;
  readonly dyad: string | null;
  readonly dyad_rank: number;
  readonly actor_countries: string[];
  readonly recipient_countries: string[];
  readonly starts_at: string | null;
  readonly ends_at: string | null;
  readonly date_precision: string | null;
  readonly year: number | null;
  readonly quad_class: number | null;
  readonly quad_basis: string | null;
  readonly extra: string | null;
}

describe("exportParquet: the layout", () => {
  const dir = join(root, "layout");
  let rows: EventRow[] = [];
  beforeAll(async () => {
    await exportParquet(DATASET, dir);
    // File order: no ORDER BY, so that the sort the file was written in shows.
    rows = (await query(
      `SELECT CAST(seq AS INTEGER) AS seq, id, dyad, dyad_rank, actor_countries, recipient_countries, CAST(starts_at AS VARCHAR) AS starts_at, CAST(ends_at AS VARCHAR) AS ends_at, date_precision, year, quad_class, quad_basis, extra FROM read_parquet('${dir}/events/*.parquet')`,
    )) as unknown as EventRow[];
  }, 60_000);

  const of = (id: string) => rows.filter((row) => row.id === id);

  it("a joint act (no recipients) has one row per pair of its actors, ranked in dyad order", () => {
    expect(of("event:joint").map((row) => [row.dyad, row.dyad_rank])).toEqual([
      [`${AFG}|${IRN}`, 0],
      [`${AFG}|${PAK}`, 1],
      [`${IRN}|${PAK}`, 2],
    ]);
  });

  it("a person counts for the country of the position held at the event's date, else for their nationality", () => {
    const in2020 = of("event:envoy-2020");
    expect(in2020[0]?.actor_countries).toEqual([IRN]);
    expect(in2020.map((row) => row.dyad)).toEqual([`${AFG}|${IRN}`, `${AFG}|person:envoy`]);
    const in2022 = of("event:envoy-2022");
    expect(in2022[0]?.actor_countries).toEqual([PAK]);
    expect(in2022.map((row) => row.dyad)).toEqual([`${AFG}|${PAK}`, `${AFG}|person:envoy`]);
    expect(in2022[0]?.recipient_countries).toEqual([AFG]);
  });

  it("dates: start and end (exclusive, the end date's included) as timestamps, the precision and the year", () => {
    const [row] = of("event:envoy-2020");
    expect(row).toMatchObject({
      starts_at: "2020-06-01 00:00:00",
      ends_at: "2020-06-04 00:00:00",
      date_precision: "day",
      year: 2020,
    });
    expect(of("event:envoy-2022")[0]).toMatchObject({
      ends_at: "2023-01-01 00:00:00",
      date_precision: "year",
    });
  });

  it("an undated event has no timestamps, precision nor year; its stored quad class is said to be stored", () => {
    expect(of("event:undated")).toEqual([
      expect.objectContaining({
        dyad: `${IRN}|${PAK}`,
        starts_at: null,
        ends_at: null,
        date_precision: null,
        year: null,
        quad_class: 3,
        quad_basis: "stored",
      }),
    ]);
    expect(of("event:joint")[0]).toMatchObject({ quad_class: 1, quad_basis: "derived" });
    expect(of("event:self")[0]).toMatchObject({ quad_class: null, quad_basis: null });
  });

  it("an event of no dyad has one row (dyad null, rank 0); a field the schema does not name is in extra", () => {
    const self = of("event:self");
    expect(self.map((row) => [row.dyad, row.dyad_rank])).toEqual([[null, 0]]);
    expect(JSON.parse(self[0]?.extra as string)).toEqual({ vessel: { name: "x" } });
    expect(of("event:joint")[0]?.extra).toBeNull();
  });

  it("the event rows are sorted by dyad (nulls last), start (undated last), end descending, then seq", () => {
    const key = (row: EventRow) => `${row.dyad ?? "\uffff"} ${row.starts_at ?? "\uffff"}`;
    const sorted = [...rows].sort((a, b) => (key(a) !== key(b) ? (key(a) < key(b) ? -1 : 1) : a.seq - b.seq));
    expect(rows.map((row) => [row.dyad, row.seq])).toEqual(sorted.map((row) => [row.dyad, row.seq]));
    expect(rows.at(-1)?.dyad).toBeNull();
  });

  it("a file a kind, each with the layout's KV metadata; a manifest with the kinds and the dataset's fields", async () => {
    expect(readdirSync(dir).sort()).toEqual([
      "bilateral-parquet.json",
      "country.parquet",
      "events",
      "person.parquet",
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, "bilateral-parquet.json"), "utf8"));
    expect(manifest).toEqual({
      format: "bilateral-parquet",
      layout: 1,
      dataset: { format: "bilateral", version: "1.0", title: "layout" },
      kinds: { country: 3, person: 1, event: 5 },
      files: { country: "country.parquet", person: "person.parquet", event: "events" },
      partitionBy: null,
    });
    const metadata = await query(
      `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${dir}/country.parquet')`,
    );
    expect(metadata).toEqual(
      expect.arrayContaining([
        { key: "bilateral_layout", value: "1" },
        { key: "bilateral_kind", value: "country" },
      ]),
    );
    const [compression] = await query(
      `SELECT DISTINCT compression FROM parquet_metadata('${dir}/country.parquet')`,
    );
    expect(compression).toEqual({ compression: "ZSTD" });
  });

  it("reads back to the records written, the extension field included, in dataset order", async () => {
    expect(await readParquet(dir)).toEqual(DATASET);
  });
});

describe("exportParquet: inputs and options", () => {
  it("partitionBy year: a folder a year, undated events in DuckDB's folder for null; read back the same", async () => {
    const dir = join(root, "by-year");
    const report = await exportParquet(DATASET, dir, { partitionBy: "year" });
    expect(report).toMatchObject({ records: 9, eventRows: 9, partitionBy: "year" });
    expect(readdirSync(join(dir, "events")).sort()).toEqual([
      "year=2019",
      "year=2020",
      "year=2021",
      "year=2022",
      "year=__HIVE_DEFAULT_PARTITION__",
    ]);
    expect(await readParquet(dir)).toEqual(DATASET);
    // The query docs/parquet.md gives reads the folders, the year from their names.
    const [counts] = await query(
      `SELECT count(*) FILTER (WHERE dyad_rank = 0) AS events, count(*) AS rows, count(DISTINCT year) AS years FROM read_parquet('${dir}/events/**/*.parquet', hive_partitioning = true, union_by_name = true)`,
    );
    expect(counts).toEqual({ events: "5", rows: "9", years: "4" });
  });

  it("a person listed after the events still counts for their countries (a second pass over the events)", async () => {
    const records = [...DATASET.records];
    const [person] = records.splice(3, 1);
    const dataset = { ...DATASET, records: [...records, person] } as Dataset;
    const dir = join(root, "person-last");
    await exportParquet(dataset, dir);
    const rows = await query(
      `SELECT id, actor_countries FROM read_parquet('${dir}/events/*.parquet') WHERE id LIKE 'event:envoy%' AND dyad_rank = 0 ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "event:envoy-2020", actor_countries: [IRN] },
      { id: "event:envoy-2022", actor_countries: [PAK] },
    ]);
    expect(await readParquet(dir)).toEqual(dataset);
  });

  it("a JSON Lines file with a person after the events: the second pass keeps an event whose text names another kind first", async () => {
    // Read from a file, every record is checked: the one with an extension field is left out.
    const records = DATASET.records.filter((record) => !("vessel" in record));
    const [person] = records.splice(3, 1);
    const { records: _, ...header } = DATASET;
    const event = records.find((record) => record.kind === "event") as { id: string };
    const lines = [...records, person].map((record) => JSON.stringify(record));
    // JSON.parse keeps a key's last value: this line holds an event, though it opens with "kind":"country".
    const index = records.indexOf(event as (typeof records)[number]);
    lines[index] = (lines[index] as string).replace('"kind":"event"', '"kind":"country","kind":"event"');
    const file = join(root, "person-last.jsonl");
    writeFileSync(file, [JSON.stringify(header), ...lines].join("\n"));
    const dir = join(root, "person-last-jsonl");
    const report = await exportParquet(file, dir);
    expect(report.kinds.event).toBe(records.filter((record) => record.kind === "event").length);
    expect(await readParquet(dir)).toEqual({ ...header, records: [...records, person] });
  });

  it("a JSON Lines file is read record by record; the seed story round-trips from it", async () => {
    const seed = loadSeedStory();
    const file = join(root, "seed.jsonl");
    const { records, ...header } = seed;
    writeFileSync(file, [header, ...records].map((line) => JSON.stringify(line)).join("\n"));
    const progress: string[] = [];
    const dir = join(root, "seed");
    await exportParquet(file, dir, { onProgress: ({ phase }) => progress.push(phase) });
    expect(progress).toContain("read");
    expect(progress).toContain("write");
    expect(await readParquet(dir)).toEqual(seed);
    // A second export into the same directory replaces the first.
    await exportParquet(DATASET, dir);
    expect(await readParquet(dir)).toEqual(DATASET);
  });

  it("odd text and numbers round-trip: NUL and control characters, emoji, lone surrogates, huge and tiny numbers", async () => {
    const dataset = {
      format: "bilateral",
      version: "1.0",
      records: [
        { id: "country:IRN", kind: "country", name: "a\u0000b\u0001\u001f\u2028\"'\\", code: "IRN" },
        { id: "country:PAK", kind: "country", name: "\ud83c\uddf5\ud83c\uddf0 \ud800 lone", code: "PAK" },
        {
          id: "event:n",
          kind: "event",
          category: "CONSULT",
          actors: ["country:IRN", "x\udc00"],
          date: "2020",
          intensity: 5e-324,
          summary: "\u0000",
        },
        {
          id: "event:m",
          kind: "event",
          category: "CONSULT",
          actors: ["country:IRN"],
          intensity: -1.7976931348623157e308,
        },
      ],
    } as unknown as Dataset;
    const dir = join(root, "odd");
    await exportParquet(dataset, dir);
    expect(await readParquet(dir)).toEqual(dataset);
  });

  it("a model's schemas give its kinds their own columns", async () => {
    const schemas = {
      ...RECORD_SCHEMAS,
      vessel: z.strictObject({ ...recordShape("vessel"), imo: z.string(), tonnage: z.number().optional() }),
    };
    const dataset = {
      format: "bilateral",
      version: "1.0",
      records: [{ id: "vessel:a", kind: "vessel", imo: "IMO 1", tonnage: 12.5 }],
    } as unknown as Dataset;
    const dir = join(root, "model");
    await exportParquet(dataset, dir, { schemas });
    const columns = await query(
      `SELECT name, type FROM parquet_schema('${dir}/vessel.parquet') WHERE name IN ('imo', 'tonnage', 'extra')`,
    );
    expect(columns).toEqual([
      { name: "imo", type: "BYTE_ARRAY" },
      { name: "tonnage", type: "DOUBLE" },
      { name: "extra", type: "BYTE_ARRAY" },
    ]);
    expect(await readParquet(dir)).toEqual(dataset);
  });

  it("an invalid record of a file stops the export, naming its line, and leaves nothing; a bad option is an OptionError", async () => {
    const file = join(root, "bad.jsonl");
    writeFileSync(file, `{"format":"bilateral","version":"1.0"}\n{"id":"country:IRN","kind":"country"}\n`);
    await expect(exportParquet(file, join(root, "bad"))).rejects.toThrow(/line\[2\]|line 2|\["line",2/);
    // Nothing half-written is left behind.
    expect(readdirSync(join(root, "bad"))).toEqual([]);
    await expect(exportParquet(DATASET, join(root, "x"), { rowGroupSize: 0 })).rejects.toBeInstanceOf(
      OptionError,
    );
    await expect(
      exportParquet(DATASET, join(root, "x"), { partitionBy: "month" as "year" }),
    ).rejects.toBeInstanceOf(OptionError);
  });

  it("a directory holding other files is not overwritten", async () => {
    const dir = join(root, "taken");
    await exportParquet(DATASET, join(dir, "sub"));
    writeFileSync(join(dir, "notes.txt"), "mine");
    await expect(exportParquet(DATASET, dir)).rejects.toBeInstanceOf(InputError);
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);
  });
});
