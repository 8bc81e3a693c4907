/**
 * Where the CLI writes, so that tests can run it in-process and read what it printed.
 * @internal
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTTY: boolean;
  /** Whether to colour the output. */
  readonly color: boolean;
}

/**
 * A usage error: bad arguments, an unreadable or unparseable file. The CLI prints its message and exits 2.
 * @internal
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The process's own streams. @internal */
export function processIo(): CliIo {
  // A reader that closes early (`bilateral demo | head`) is not an error: stop writing, quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    color: process.stdout.isTTY === true && !("NO_COLOR" in process.env),
  };
}
