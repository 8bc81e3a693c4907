import { Command, CommanderError } from "commander";
import { InputError, OptionError, ParquetError, UnknownIdError } from "../core/errors.js";
import { DuckDbMissingError } from "../duckdb/index.js";
import { escapeForTerminal } from "../io/terminal-text.js";
import { registerDemo } from "./commands/demo.js";
import { registerExport } from "./commands/export.js";
import { registerImport } from "./commands/import.js";
import { registerPanel } from "./commands/panel.js";
import { registerQuery } from "./commands/query.js";
import { registerQueryFindings } from "./commands/query-findings.js";
import { registerReport } from "./commands/report.js";
import { registerSchema } from "./commands/schema.js";
import { registerSummary } from "./commands/summary.js";
import { registerTimeline } from "./commands/timeline.js";
import { registerValidate } from "./commands/validate.js";
import { type CliIo, UsageError } from "./io.js";

/** Exit codes of the CLI. @internal */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * Runs the `bilateral` command line with the given arguments (without `node` and the script) and returns the
 * exit code. It never throws and never prints a stack trace for a user's error.
 * @internal
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command()
    .name("bilateral")
    .description("Validate, summarise, query and import datasets of relations between states.")
    .version(BILATERAL_VERSION, "-V, --version")
    .showHelpAfterError("(run bilateral --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // An error quotes the argument it is about: escape it (help and version text are ours).
      outputError: (text, write) => write(escapeForTerminal(text, { keepLineBreaks: true })),
    });
  registerValidate(program, io, setExit);
  registerQueryFindings(registerQuery(program, io, setExit), io, setExit);
  registerTimeline(program, io, setExit);
  registerSummary(program, io, setExit);
  registerPanel(program, io, setExit);
  registerReport(program, io, setExit);
  registerDemo(program, io, setExit);
  registerSchema(program, io, setExit);
  registerImport(program, io, setExit);
  registerExport(program, io, setExit);
  program.addHelpText(
    "after",
    "\nExit codes: 0 success (valid), 1 invalid data (or an import that kept no row), 2 usage error or a file that cannot be read or parsed, 3 a bug in bilateral (please report it with the command you ran).",
  );

  try {
    await program.parseAsync(args, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; argument errors with 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof OptionError ||
      error instanceof UnknownIdError ||
      error instanceof ParquetError ||
      error instanceof DuckDbMissingError
    ) {
      // One line, whatever the message quotes (a path, a value, V8's reason for invalid JSON).
      io.stderr(`bilateral: ${escapeForTerminal(error.message)}\n`);
      return EXIT.usage;
    }
    io.stderr(
      `bilateral: unexpected error: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}\n`,
    );
    io.stderr("This is a bug in bilateral; please report it with the command you ran.\n");
    return 3;
  }
}

declare const __BILATERAL_VERSION__: string | undefined;
const BILATERAL_VERSION = typeof __BILATERAL_VERSION__ === "string" ? __BILATERAL_VERSION__ : "0.0.0-dev";
