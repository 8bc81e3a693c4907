import { Readable, Writable } from "node:stream";
import { type JsonLine, readJsonLines, readLines, type TextLine, writeJsonLines } from "bilateral/interop";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The bytes of `text` cut into chunks at the given offsets. */
async function* chunks(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

const encode = (text: string) => new TextEncoder().encode(text);

describe("readLines", () => {
  test("splits byte chunks into numbered lines, whatever the chunk boundaries (multi-byte characters too)", async () => {
    const lines = ["Iran\tPakistan", "", "Balōchistān", "تهران", "last line without a break"];
    const bytes = encode(lines.join("\n"));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        async (cuts) => {
          const read = await collect(readLines(chunks(bytes, cuts)));
          expect(read).toEqual(lines.map((text, index) => ({ line: index + 1, text })));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("removes a trailing carriage return and a byte order mark, and gives no line after a final break", async () => {
    const read = await collect(readLines(Readable.from([Buffer.from("\uFEFFone\r\ntwo\r\n")])));
    expect(read).toEqual([
      { line: 1, text: "one" },
      { line: 2, text: "two" },
    ]);
  });

  test("reports a line of invalid UTF-8 and reads on (the line is never repaired silently)", async () => {
    const bytes = Buffer.concat([encode("good\n"), Buffer.from([0x62, 0xc3, 0x28, 0x0a]), encode("after\n")]);
    for (const cuts of [[], [1], [6], [7], [8]]) {
      const read: TextLine[] = await collect(readLines(chunks(bytes, cuts)));
      expect(read).toEqual([
        { line: 1, text: "good" },
        { line: 2, error: "not valid UTF-8 text", code: "invalid_utf8" },
        { line: 3, text: "after" },
      ]);
    }
  });

  test("skips a line longer than the limit without holding it, and reads the next", async () => {
    const long = "x".repeat(5000);
    const bytes = encode(`short\n${long}\nnext\n${long}`);
    const read = await collect(
      readLines(chunks(bytes, [100, 1000, 2000, 3000, 4000, 5003]), { maxLineBytes: 1024 }),
    );
    expect(read.map((entry) => [entry.line, entry.text ?? entry.code])).toEqual([
      [1, "short"],
      [2, "line_too_long"],
      [3, "next"],
      [4, "line_too_long"],
    ]);
  });

  test("takes the strings of a plain iterable as lines, and splits a string that holds line breaks", async () => {
    const read = await collect(readLines(["a", "b\nc", ""]));
    expect(read).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
      { line: 3, text: "c" },
      { line: 4, text: "" },
    ]);
  });

  test("joins the string chunks of a Readable in text mode", async () => {
    const read = await collect(readLines(Readable.from(["fir", "st\nsec", "ond\n"], { objectMode: true })));
    expect(read).toEqual([
      { line: 1, text: "first" },
      { line: 2, text: "second" },
    ]);
  });
});

describe("readJsonLines", () => {
  test("parses each non-blank line, reports a bad one with its number and reads on", async () => {
    const text = '{"a": 1}\n\n{"a": \n[1, 2]\n"\u00e9"\n';
    const read: JsonLine[] = await collect(readJsonLines(Readable.from([Buffer.from(text)])));
    expect(read.map((entry) => ({ line: entry.line, value: entry.value, code: entry.code }))).toEqual([
      { line: 1, value: { a: 1 }, code: undefined },
      { line: 3, value: undefined, code: "invalid_json" },
      { line: 4, value: [1, 2], code: undefined },
      { line: 5, value: "é", code: undefined },
    ]);
    expect(read[1]?.error).toMatch(/^invalid JSON \(/);
  });

  test("a __proto__ key stays an own property: nothing reaches a prototype", async () => {
    const [entry] = await collect(readJsonLines(['{"__proto__": {"polluted": true}}']));
    expect(Object.hasOwn(entry?.value as object, "__proto__")).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("writeJsonLines", () => {
  test("writes one value a line and waits for a slow stream (back-pressure) without losing anything", async () => {
    const received: string[] = [];
    let pending = 0;
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk, _encoding, callback) {
        received.push(String(chunk));
        pending++;
        setTimeout(() => {
          pending--;
          callback();
        }, 1);
      },
    });
    const values = Array.from({ length: 3000 }, (_, index) => ({ index, text: "é".repeat(index % 50) }));
    const count = await writeJsonLines(slow, values);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(count).toBe(3000);
    expect(pending).toBe(0);
    const lines = received.join("").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line))).toEqual(values);
  });

  test("writes to a function, and refuses a value JSON cannot hold rather than writing a blank line", async () => {
    const out: string[] = [];
    await writeJsonLines((text) => void out.push(text), [1, "two"]);
    expect(out.join("")).toBe('1\n"two"\n');
    await expect(writeJsonLines(() => {}, [undefined])).rejects.toThrow(/cannot write undefined/);
  });
});
