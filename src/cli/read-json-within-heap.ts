import { getHeapStatistics, type HeapInfo } from "node:v8";
import { InputError } from "../core/errors.js";
import { readJsonFile } from "../io/read-json.js";
import { inputSize } from "./commands/import.js";

/**
 * Bytes of heap that reading a JSON dataset file (its text, then the parsed tree) and validating it (the
 * checked copy of every record, the ids) take per byte of the file. Measured with Node 20 by finding the
 * smallest `--max-old-space-size` with which `bilateral validate` passes, at two sizes of each file: 4.1 for
 * small events of about 85 bytes each (the worst case measured: objects cost more than their text), 3.7 for
 * the benchmark generator's datasets (bench/generate.ts), 2.6 for Persian summaries, 1.7 for records with
 * 8 KB notes. 5 leaves a margin. A file made to cost more (a list of a million one-digit numbers) can still
 * exhaust the heap: JSON Lines has no such limit.
 * @internal
 */
export const JSON_HEAP_BYTES_PER_FILE_BYTE = 5;

/**
 * Heap that cannot hold the dataset: V8's young generation (48 MB in Node 20 on 64 bits), which is part of
 * `heap_size_limit` but only holds short-lived objects.
 * @internal
 */
export const YOUNG_GENERATION_BYTES = 48 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * The heap a JSON file of `size` bytes needs, and what is left: `heap_size_limit - used_heap_size`, less the
 * young generation.
 * @internal
 */
export function jsonHeapNeed(
  size: number,
  heap: Pick<HeapInfo, "heap_size_limit" | "used_heap_size"> = getHeapStatistics(),
): { needed: number; available: number; fits: boolean } {
  const needed = size * JSON_HEAP_BYTES_PER_FILE_BYTE;
  const available = heap.heap_size_limit - heap.used_heap_size - YOUNG_GENERATION_BYTES;
  return { needed, available, fits: needed <= available };
}

/** `n` bytes in MB, for a message. */
function megabytes(bytes: number): string {
  return `${Math.max(0, Math.ceil(bytes / MB))} MB`;
}

/**
 * Throws an {@link InputError} (exit 2) when a JSON file of `size` bytes does not fit in the heap: it says to
 * use JSON Lines, which is streamed, or to give Node more heap (a `--max-old-space-size` rounded up to 256
 * MB).
 * @internal
 */
export function checkJsonFitsHeap(
  path: string,
  size: number,
  heap: Pick<HeapInfo, "heap_size_limit" | "used_heap_size"> = getHeapStatistics(),
): void {
  const { needed, available, fits } = jsonHeapNeed(size, heap);
  if (fits) return;
  const suggested = Math.ceil((needed + heap.used_heap_size) / (256 * MB)) * 256;
  throw new InputError(
    `${path}: too big to read as one JSON document (${megabytes(size)}: about ${megabytes(needed)} of heap ` +
      `needed, ${megabytes(available)} free). Convert it to JSON Lines (a header line, then one record a line), ` +
      `which bilateral validate reads as a stream with bounded memory, or give Node more heap: ` +
      `NODE_OPTIONS=--max-old-space-size=${suggested}`,
  );
}

/**
 * Reads a JSON file for a command, after checking that it fits in the heap ({@link checkJsonFitsHeap}): a
 * JSON file is read whole, and a file the heap cannot hold would make V8 abort the process ("FATAL ERROR:
 * Reached heap limit", a native stack trace, exit 134).
 * @internal
 */
export async function readJsonWithinHeap(path: string): Promise<unknown> {
  checkJsonFitsHeap(path, await inputSize(path));
  return readJsonFile(path);
}
