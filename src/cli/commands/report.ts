import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { Option } from "commander";
import { OptionError, UnknownIdError } from "../../core/errors.js";
import { escapeForTerminal } from "../../io/terminal-text.js";
import { RendererMissingError, renderDyadReport, renderDyadSvg } from "../../report/index.js";
import { type CliIo, UsageError } from "../io.js";
import { loadIndex } from "../load-index.js";
import { MODEL_OPTION } from "../model-option.js";
import { checkDate, nameOf, resolveDyad } from "./query.js";

interface ReportOptions {
  dyad: string;
  output?: string;
  svg?: boolean;
  from?: string;
  to?: string;
  attribution?: "country" | "record";
  width?: string;
  model?: string;
}

function checkWidth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const width = Number(text);
  if (!Number.isInteger(width) || width < 100 || width > 4000)
    throw new UsageError(`--width: ${JSON.stringify(text)} is not a width in pixels from 100 to 4000`);
  return width;
}

/** Registers `bilateral report <file> --dyad A,B [-o file] [--svg]`. @internal */
export function registerReport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("report")
    .description(
      "A dyad at a glance: events per month by quad class, stance, sanction and project status, trade against the target, and the claims with their speakers, as an HTML page with inline SVG (or, with --svg, one SVG picture). Needs vega and vega-lite installed.",
    )
    .argument("<file>", "the dataset file (JSON or JSON Lines)")
    .requiredOption("--dyad <A,B>", "the two parties: ISO alpha-3 or alpha-2 codes, or record ids")
    .option("-o, --output <file>", "write the report to this file; stdout otherwise")
    .option("--svg", "write one SVG picture of every chart instead of the HTML page")
    .option("--from <date>", "from this partial date (its start)")
    .option("--to <date>", "to this partial date (its end)")
    .addOption(
      new Option("--attribution <mode>", "count actors for their country (default) or as records").choices([
        "country",
        "record",
      ]),
    )
    .option("--width <pixels>", "the width of each chart (default 640)")
    .option(...MODEL_OPTION)
    .action(async (file: string, options: ReportOptions) => {
      const index = await loadIndex(file, io, options);
      if (index === undefined) {
        setExit(1);
        return;
      }
      const [a, b] = resolveDyad(index, options.dyad, "--dyad");
      const from = checkDate(options.from, "--from");
      const to = checkDate(options.to, "--to");
      const width = checkWidth(options.width);
      const chartOptions = {
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
        ...(width === undefined ? {} : { width }),
      };
      let text: string;
      try {
        text =
          options.svg === true
            ? await renderDyadSvg(index, a, b, chartOptions)
            : await renderDyadReport(index, a, b, chartOptions);
      } catch (error) {
        // vega missing, a bad option or an unknown id: the user's to fix (exit 2); anything else is a bug.
        if (
          error instanceof RendererMissingError ||
          error instanceof OptionError ||
          error instanceof UnknownIdError
        )
          throw new UsageError(error.message);
        throw error;
      }
      if (options.output === undefined) {
        io.stdout(text);
      } else {
        try {
          await writeFile(options.output, text);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new UsageError(`-o: cannot write ${options.output}: ${reason}`);
        }
        io.stderr(
          `wrote the report of ${nameOf(index, a)} - ${nameOf(index, b)} to ${escapeForTerminal(options.output)}\n`,
        );
      }
      setExit(0);
    });
}
