import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Row } from "../columnar/record-row.js";

const FLUSH_CHARS = 1 << 20;

/** One kind's rows, written as JSON Lines to a temporary file, in chunks. */
class RowFile {
  readonly path: string;
  readonly #stream: WriteStream;
  #buffer: string[] = [];
  #chars = 0;
  #error: unknown;
  rows = 0;
  /** The longest line written, in UTF-16 code units. */
  longest = 0;

  constructor(path: string) {
    this.path = path;
    this.#stream = createWriteStream(path);
    this.#stream.on("error", (error) => {
      this.#error ??= error;
    });
  }

  async write(line: string): Promise<void> {
    if (line.length > this.longest) this.longest = line.length;
    this.#buffer.push(line);
    this.#chars += line.length + 1;
    this.rows++;
    if (this.#chars >= FLUSH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#error !== undefined) throw this.#error;
    if (this.#buffer.length === 0) return;
    const text = `${this.#buffer.join("\n")}\n`;
    this.#buffer = [];
    this.#chars = 0;
    if (!this.#stream.write(text)) await once(this.#stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    this.#stream.end();
    if (!this.#stream.writableFinished) await once(this.#stream, "finish");
    if (this.#error !== undefined) throw this.#error;
  }
}

/**
 * The rows of each kind, streamed to temporary JSON Lines files in a directory (one a kind), which DuckDB then
 * reads with explicit column types: the rows never all sit in memory.
 * @internal
 */
export class RowFiles {
  readonly #dir: string;
  readonly #files = new Map<string, RowFile>();
  #made = 0;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Appends a row to its kind's file. */
  write(kind: string, row: Row): Promise<void> {
    return this.writeLine(kind, JSON.stringify(row));
  }

  /** Appends a row, as JSON text, to its kind's file. */
  writeLine(kind: string, line: string): Promise<void> {
    let file = this.#files.get(kind);
    if (file === undefined) {
      file = new RowFile(join(this.#dir, `rows-${this.#made++}.jsonl`));
      this.#files.set(kind, file);
    }
    return file.write(line);
  }

  /** The kinds written, with their file, row count and longest row in bytes (at most), in order of first row. */
  entries(): { kind: string; path: string; rows: number; longestBytes: number }[] {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    return [...this.#files].map(([kind, file]) => ({
      kind,
      path: file.path,
      rows: file.rows,
      longestBytes: file.longest * 3,
    }));
  }

  /** Drops the rows of a kind written so far. */
  async discard(kind: string): Promise<void> {
    const file = this.#files.get(kind);
    if (file === undefined) return;
    this.#files.delete(kind);
    await file.close();
    await rm(file.path, { force: true });
  }

  /** Flushes and closes every file. */
  async close(): Promise<void> {
    for (const file of this.#files.values()) await file.close();
  }
}
