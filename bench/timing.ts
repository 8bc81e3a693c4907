/*
 * Timing helpers shared by the benchmarks (bench/run.ts and the peers): formatting, the fastest of several
 * alternated runs, and the targets every ratio is judged against.
 */

/** A full garbage collection, so that one measurement does not pay for the last one's garbage. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run with node --expose-gc (npm run bench does)");
  gc();
}

export function ms(value: number): string {
  return value >= 1000
    ? `${(value / 1000).toFixed(2)} s`
    : value >= 1
      ? `${value.toFixed(1)} ms`
      : `${(value * 1000).toFixed(1)} µs`;
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function timed<T>(run: () => T): [number, T] {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

/**
 * The fastest of `reps` runs of each of two functions, alternated (on a shared machine the fastest run is
 * the one least disturbed by other processes), and the medians.
 */
export function compare(
  reps: number,
  baseline: () => unknown,
  measured: () => unknown,
): { baseline: number; measured: number; medianBaseline: number; medianMeasured: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < reps; i++) {
    collect();
    a.push(timed(baseline)[0]);
    collect();
    b.push(timed(measured)[0]);
  }
  return {
    baseline: Math.min(...a),
    measured: Math.min(...b),
    medianBaseline: median(a),
    medianMeasured: median(b),
  };
}

/** Mean time of a fast function, run for at least `budget` ms. */
export function meanTime(run: () => unknown, budget = 300): number {
  for (let i = 0; i < 20; i++) run();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budget || count < 20) {
    run();
    count++;
    elapsed = performance.now() - start;
  }
  return elapsed / count;
}

/** The mean time of one batch of calls, about `budget` ms long (at least one call). */
async function batch(run: () => unknown, budget: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    // A synchronous function is not awaited, so that its time has no microtask in it.
    const out = run();
    if (out instanceof Promise) await out;
    count++;
    elapsed = performance.now() - start;
  } while (elapsed < budget);
  return elapsed / count;
}

/**
 * Two functions (sync or async) timed in alternated batches, each batch about `budget` ms: the best batch
 * mean of each (the one least disturbed by other work on a shared machine, which both then share) and the
 * medians. Each is run once first (warm-up). One full collection before the batches, then time for V8 to
 * finish sweeping: a collection before every batch would leave the batch after it paying for the sweep of a
 * large heap (at 1M events it doubled the library's query times); each batch pays for its own garbage.
 */
export async function compareBatches(
  batches: number,
  budget: number,
  baseline: () => unknown,
  measured: () => unknown,
): Promise<{ baseline: number; measured: number; medianBaseline: number; medianMeasured: number }> {
  await batch(baseline, 0);
  await batch(measured, 0);
  collect();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < batches; i++) {
    a.push(await batch(baseline, budget));
    b.push(await batch(measured, budget));
  }
  return {
    baseline: Math.min(...a),
    measured: Math.min(...b),
    medianBaseline: median(a),
    medianMeasured: median(b),
  };
}

/**
 * A target of issue 9: a ratio that must be at most (or at least) a limit, or an absolute time at most a limit.
 * `value` is the figure compared with the limit (a ratio, or milliseconds for `"ms"`).
 */
export interface Figure {
  readonly events: number | undefined;
  readonly label: string;
  /** How the figure was obtained, e.g. "12.3 ms / 4.1 ms". */
  readonly detail: string;
  readonly value: number;
  readonly target: {
    readonly kind: "at most" | "at least";
    readonly limit: number;
    readonly unit: "x" | "ms";
  };
}

export function met(figure: Figure): boolean {
  return figure.target.kind === "at most"
    ? figure.value <= figure.target.limit
    : figure.value >= figure.target.limit;
}

/** How far a missed target is, as a factor ("2.10x too slow"), or "met". */
export function verdict(figure: Figure): string {
  if (met(figure)) return "met";
  const { kind, limit } = figure.target;
  const factor = kind === "at most" ? figure.value / limit : limit / figure.value;
  return `missed by ${factor.toFixed(2)}x`;
}

export function formatValue(figure: Figure): string {
  return figure.target.unit === "ms"
    ? ms(figure.value)
    : figure.value >= 100
      ? `${Math.round(figure.value).toLocaleString("en-US")}x`
      : `${figure.value.toFixed(2)}x`;
}

export function formatTarget(figure: Figure): string {
  const { kind, limit, unit } = figure.target;
  return `${kind === "at most" ? "≤" : "≥"} ${unit === "ms" ? `${limit} ms` : `${limit.toLocaleString("en-US")}x`}`;
}

/** Prints a figure as it is measured: label, detail, ratio, target and verdict. */
export function report(figure: Figure): Figure {
  console.log(
    `target: ${figure.label}: ${figure.detail} = ${formatValue(figure)} (target ${formatTarget(figure)}: ${verdict(figure)})`,
  );
  return figure;
}
