/**
 * A JSON file too big for the heap is refused before it is read (exit 2, one line that says what to do), not
 * read until V8 aborts the process. The spawned case (a 40 MB file with a 32 MB heap) is in
 * test/hostile/cli.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "bilateral";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  checkJsonFitsHeap,
  JSON_HEAP_BYTES_PER_FILE_BYTE,
  jsonHeapNeed,
  readJsonWithinHeap,
  YOUNG_GENERATION_BYTES,
} from "../../src/cli/read-json-within-heap.js";

const MB = 1024 * 1024;
/** What V8 reports with --max-old-space-size=32 after the CLI has loaded. */
const SMALL_HEAP = { heap_size_limit: 80 * MB, used_heap_size: 12 * MB };

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bilateral-heap-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the heap a JSON file needs", () => {
  test("its size times the documented factor, against the heap left but the young generation", () => {
    expect(JSON_HEAP_BYTES_PER_FILE_BYTE).toBe(5);
    expect(jsonHeapNeed(10 * MB, SMALL_HEAP)).toEqual({
      needed: 50 * MB,
      available: 80 * MB - 12 * MB - YOUNG_GENERATION_BYTES,
      fits: false,
    });
    expect(jsonHeapNeed(4 * MB, SMALL_HEAP).fits).toBe(true);
    // The default heap of a 64-bit Node 20 (about 4 GB) takes a JSON file of several hundred MB.
    expect(jsonHeapNeed(500 * MB, { heap_size_limit: 4144 * MB, used_heap_size: 12 * MB }).fits).toBe(true);
  });

  test("a file too big: an InputError on one line, naming the file, suggesting JSON Lines or more heap", () => {
    let message = "";
    try {
      checkJsonFitsHeap("big.json", 40 * MB, SMALL_HEAP);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as Error).message;
    }
    expect(message).toBe(
      "big.json: too big to read as one JSON document (40 MB: about 200 MB of heap needed, 20 MB free). " +
        "Convert it to JSON Lines (a header line, then one record a line), which bilateral validate reads as a " +
        "stream with bounded memory, or give Node more heap: NODE_OPTIONS=--max-old-space-size=256",
    );
    expect(() => checkJsonFitsHeap("small.json", 1 * MB, SMALL_HEAP)).not.toThrow();
  });

  test("a file that fits is read; a missing one is a clear error", async () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, '{"format":"bilateral","version":"1.0","records":[]}');
    expect(await readJsonWithinHeap(file)).toEqual({ format: "bilateral", version: "1.0", records: [] });
    await expect(readJsonWithinHeap(join(dir, "missing.json"))).rejects.toThrow(
      /missing\.json: no such file$/,
    );
  });
});
