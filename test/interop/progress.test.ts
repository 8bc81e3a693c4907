import { describe, expect, test } from "vitest";
import { countingChunks, createProgress } from "../../src/io/progress.js";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 80,
    write(text: string) {
      written.push(text);
      return true;
    },
    cursorTo() {
      return true;
    },
    moveCursor() {
      return true;
    },
    clearLine() {
      return true;
    },
    on() {
      return stream;
    },
    removeListener() {
      return stream;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe("progress on stderr", () => {
  test("shows nothing when the stream is not a terminal", () => {
    const { stream, written } = fakeStream(false);
    const progress = createProgress({ stream, total: 1000, label: "importing" });
    progress.increment(500);
    progress.stop();
    expect(progress.active).toBe(false);
    expect(written).toEqual([]);
  });

  test("shows a bar on a terminal, unless told not to", () => {
    const { stream, written } = fakeStream(true);
    const progress = createProgress({ stream, total: 2 * 1024 * 1024, label: "importing x.csv" });
    expect(progress.active).toBe(true);
    progress.increment(1024 * 1024);
    progress.stop();
    expect(written.join("")).toContain("importing x.csv");
    const quiet = fakeStream(true);
    expect(createProgress({ stream: quiet.stream, total: 10, label: "x", enabled: false }).active).toBe(
      false,
    );
  });

  test("counts the bytes that pass, unchanged", async () => {
    let counted = 0;
    const progress = {
      active: true,
      increment(n: number) {
        counted += n;
      },
      stop() {},
    };
    const out: (string | Uint8Array)[] = [];
    for await (const chunk of countingChunks(
      (async function* () {
        yield new Uint8Array(3);
        yield "é";
      })(),
      progress,
    ))
      out.push(chunk);
    expect(counted).toBe(5);
    expect(out).toHaveLength(2);
  });
});
