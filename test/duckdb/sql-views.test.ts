/**
 * The SQL shipped in the package (`src/duckdb/sql/*.sql`, copied to `dist/sql/`): each file holds the text the
 * engine uses (`UPDATE_SQL=1` rewrites the files from it), and each one, run as a user would run it (the file
 * read, `${root}` replaced by the directory), gives on DuckDB the answers of the in-memory queries over the
 * seed story with more events.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import {
  createIndex,
  type Dataset,
  type DatasetIndex,
  dyadPanel,
  type EventRecord,
  findEvents,
  parseDataset,
} from "bilateral";
import { exportParquet } from "bilateral/duckdb";
import { loadSeedStory } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { VIEW_NAMES, VIEW_SQL } from "../../src/duckdb/views.js";

const SQL_DIR = new URL("../../src/duckdb/sql/", import.meta.url);

/** The seed story, and 300 more events among its countries and people over 2023-2025. */
function dataset(): Dataset {
  const seed = loadSeedStory();
  const parties = seed.records
    .filter((record) => record.kind === "country" || record.kind === "person")
    .map((record) => record.id);
  const categories = ["CONSULT", "ACCUSE", "AID", "ASSAULT", "COOPERATE", "REQUEST"];
  const events: EventRecord[] = [];
  for (let i = 0; i < 300; i++) {
    const actor = parties[(i * 7) % parties.length] as string;
    const recipient = parties[(i * 11 + 3) % parties.length] as string;
    const year = 2023 + (i % 3);
    const month = String(1 + ((i * 5) % 12)).padStart(2, "0");
    const date =
      i % 10 === 0 ? String(year) : i % 3 === 0 ? `${year}-${month}` : `${year}-${month}-1${i % 9}`;
    events.push({
      id: `event:extra-${i}`,
      kind: "event",
      category: categories[i % categories.length] as EventRecord["category"],
      actors: [actor],
      ...(i % 4 === 0 ? {} : { recipients: [recipient] }),
      ...(i % 17 === 0 ? {} : { date }),
      ...(i % 5 === 0 ? {} : { intensity: ((i * 37) % 100) / 7 - 7 }),
    } as EventRecord);
  }
  return parseDataset({ ...seed, records: [...seed.records, ...events] });
}

describe("the shipped SQL files", () => {
  test.each(VIEW_NAMES)("sql/%s.sql holds the engine's SQL", async (name) => {
    const file = new URL(`${name}.sql`, SQL_DIR);
    if (process.env.UPDATE_SQL === "1") await writeFile(file, VIEW_SQL[name]);
    expect(await readFile(file, "utf8")).toBe(VIEW_SQL[name]);
  });
});

describe("the shipped SQL files, run on DuckDB", () => {
  let dir: string;
  let index: DatasetIndex;
  let data: Dataset;
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;

  const rows = async (sql: string, values: string[] = []) =>
    (await connection.runAndReadAll(sql, values)).getRowObjectsJS();

  beforeAll(async () => {
    data = dataset();
    index = createIndex(data);
    dir = await mkdtemp(join(tmpdir(), "bilateral-sql-"));
    await exportParquet(data, join(dir, "parquet"));
    instance = await DuckDBInstance.create(":memory:");
    connection = await instance.connect();
    for (const name of VIEW_NAMES) {
      const text = await readFile(new URL(`${name}.sql`, SQL_DIR), "utf8");
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the SQL files' placeholder, replaced as a user would
      await connection.run(text.replaceAll("${root}", join(dir, "parquet")));
    }
  });

  afterAll(async () => {
    connection?.closeSync();
    instance?.closeSync();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  const countries = () => index.ofKind("country").map((country) => country.id);
  const pairs = () =>
    countries().flatMap((x) =>
      countries()
        .filter((y) => x < y)
        .map((y) => [x, y] as const),
    );

  test("events: every event once, in dataset order", async () => {
    const ids = (await rows("SELECT id FROM events ORDER BY seq")).map((row) => row.id);
    expect(ids).toEqual(data.records.filter((record) => record.kind === "event").map((record) => record.id));
    expect(ids.length).toBeGreaterThan(300);
  });

  test("events_by_dyad: a dyad's rows are findEvents' events between the two, in its order", async () => {
    let found = 0;
    for (const [x, y] of pairs()) {
      const ids = await rows(
        "SELECT id FROM events_by_dyad WHERE dyad = ? ORDER BY starts_at NULLS LAST, ends_at DESC, seq",
        [`${x}|${y}`],
      );
      const expected = findEvents(index, { between: [x, y] }).map((event) => event.id);
      expect(ids.map((row) => row.id)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  test("attribution: a party's events on each side, in country and in record attribution", async () => {
    const parties = index
      .ofKind("person")
      .map((p) => p.id)
      .concat(countries());
    for (const party of parties) {
      for (const side of ["actor", "recipient"] as const) {
        const country = await rows(
          "SELECT DISTINCT event_id FROM attribution WHERE party = ? AND side = ? ORDER BY event_id",
          [party, side],
        );
        const named = await rows(
          "SELECT DISTINCT event_id FROM attribution WHERE party = ? AND side = ? AND named ORDER BY event_id",
          [party, side],
        );
        const ids = (attribution: "country" | "record") =>
          findEvents(index, { actor: party, role: side, attribution })
            .map((event) => event.id)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(country.map((row) => row.event_id)).toEqual(ids("country"));
        expect(named.map((row) => row.event_id)).toEqual(ids("record"));
      }
    }
  });

  test.each(["year", "month"] as const)(
    "panel and panel_categories: dyadPanel's event cells by %s",
    async (by) => {
      const expected = dyadPanel(index, { by, from: "2023", to: "2025", dyads: pairs() });
      let counted = 0;
      for (const row of expected) {
        const [cell] = await rows("SELECT * FROM panel WHERE dyad = ? AND grain = ? AND period = ?", [
          row.dyad.join("|"),
          by,
          row.period,
        ]);
        const categories = await rows(
          "SELECT category, events FROM panel_categories WHERE dyad = ? AND grain = ? AND period = ? ORDER BY category",
          [row.dyad.join("|"), by, row.period],
        );
        const { events } = row;
        const actual = {
          count: Number(cell?.events ?? 0),
          byQuadClass: {
            1: Number(cell?.quad_1 ?? 0),
            2: Number(cell?.quad_2 ?? 0),
            3: Number(cell?.quad_3 ?? 0),
            4: Number(cell?.quad_4 ?? 0),
            unknown: Number(cell?.quad_unknown ?? 0),
          },
          derivedQuadClass: Number(cell?.quad_derived ?? 0),
          byCategory: Object.fromEntries(categories.map((c) => [c.category, Number(c.events)])),
          uncategorized: Number(cell?.uncategorized ?? 0),
          meanIntensity:
            Number(cell?.intensity_count ?? 0) === 0
              ? undefined
              : Number(cell?.intensity_sum) / Number(cell?.intensity_count),
          intensityCount: Number(cell?.intensity_count ?? 0),
          imprecise: Number(cell?.imprecise ?? 0),
        };
        expect(actual, `${row.dyad.join("|")} ${row.period}`).toEqual(events);
        counted += events.count + events.imprecise;
      }
      expect(counted).toBeGreaterThan(50);
    },
  );
});
