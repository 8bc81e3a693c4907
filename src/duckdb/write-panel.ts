import { createWriteStream } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { TextWriter, toJsonLine } from "../io/jsonl.js";
import type { DyadPanelRow } from "../query/dyad-panel.js";
import { DuckDbSession } from "./session.js";
import { sqlString } from "./sql-text.js";

/**
 * Writes the rows of a dyad panel (`dyadPanel`, `DuckDbEngine.dyadPanel`) as one zstd Parquet file, a row
 * each, its cells as nested columns (`events` a struct, `stances` a list of structs...), ready for pandas,
 * R's arrow or DuckDB. The rows go through a temporary JSON Lines file beside `path`, which DuckDB reads with
 * every row sampled (so a category that appears only late still gets its column); the file appears only once
 * complete.
 *
 * @category Parquet
 * @example
 * ```ts norun
 * import { dyadPanel, createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { writePanelParquet } from "bilateral/duckdb";
 * const rows = dyadPanel(createIndex(loadSeedStory()), { by: "year", from: "2024", to: "2025" });
 * await writePanelParquet(rows, "panel.parquet");
 * ```
 */
export async function writePanelParquet(rows: Iterable<DyadPanelRow>, path: string): Promise<number> {
  const temp = await mkdtemp(join(dirname(path), ".panel-"));
  try {
    const lines = join(temp, "rows.jsonl");
    const stream = createWriteStream(lines);
    const writer = new TextWriter(stream);
    let count = 0;
    for (const row of rows) {
      await writer.write(toJsonLine(row));
      count++;
    }
    await writer.flush();
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const written = join(temp, "panel.parquet");
    // DuckDB infers the columns from the rows: with none, the file has the row's two first columns only.
    const source =
      count === 0
        ? "SELECT NULL::VARCHAR[] AS dyad, NULL::VARCHAR AS period WHERE false"
        : `FROM read_json(${sqlString(lines)}, format = 'newline_delimited', sample_size = -1)`;
    const session = await DuckDbSession.open({ tempDirectory: join(temp, "duckdb") });
    try {
      await session.run(`COPY (${source}) TO ${sqlString(written)} (FORMAT parquet, COMPRESSION zstd)`);
    } finally {
      session.close();
    }
    await rename(written, path);
    return count;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
