import cliProgress from "cli-progress";

/**
 * A progress indicator for long work: a bar on stderr when stderr is a terminal, nothing otherwise.
 * @internal
 */
export interface Progress {
  /** Adds `amount` (bytes) to the work done. */
  increment(amount: number): void;
  /** Ends the bar (a no-op when none is shown). */
  stop(): void;
  /** Whether a bar is shown. */
  readonly active: boolean;
}

/**
 * Options of {@link createProgress}.
 * @internal
 */
export interface ProgressOptions {
  /** Where the bar goes: a terminal stream (`process.stderr`). Nothing is shown unless `stream.isTTY`. */
  readonly stream: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** The work to do, in bytes (a file's size). */
  readonly total: number;
  /** What is being done ("importing events.csv"). */
  readonly label: string;
  /** Set to `false` to show nothing whatever the stream. */
  readonly enabled?: boolean;
}

const QUIET: Progress = { increment() {}, stop() {}, active: false };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/**
 * Shows a progress bar (bytes done of a total) on a terminal stream with `cli-progress`, or does nothing when
 * the stream is not a terminal (a pipe, a file, CI logs), so that output meant for programs stays clean.
 * @internal
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.enabled === false || options.stream.isTTY !== true || !(options.total > 0)) return QUIET;
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: `${options.label} [{bar}] {percentage}% | {done}/{all} MB | {eta_formatted} left`,
      hideCursor: null,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  const all = megabytes(options.total);
  bar.start(options.total, 0, { done: "0.0", all });
  let stopped = false;
  return {
    active: true,
    increment(amount: number) {
      if (stopped) return;
      done += amount;
      bar.update(Math.min(done, options.total), { done: megabytes(done), all });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}

/**
 * Passes byte chunks through unchanged, counting them into a progress bar.
 * @internal
 */
export async function* countingChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  progress: Progress,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    progress.increment(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength);
    yield chunk;
  }
}
