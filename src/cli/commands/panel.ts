import { extname } from "node:path";
import type { Command } from "commander";
import { Option } from "commander";
import { TextWriter, toJsonLine } from "../../io/jsonl.js";
import { stringifyForTerminal } from "../../io/terminal-text.js";
import type { DatasetIndex } from "../../query/create-index.js";
import {
  type DyadPanelOptions,
  type DyadPanelRow,
  PANEL_PERIODS,
  type PanelPeriod,
} from "../../query/dyad-panel.js";
import { type CliIo, UsageError } from "../io.js";
import { MODEL_OPTION } from "../model-option.js";
import { type EngineName, engineOption, openSource } from "../query-source.js";
import { OutputFile } from "./import.js";
import { checkDate, resolveDyad } from "./query.js";

/** Writes a panel's rows to a file. @internal */
export type PanelWriter = (rows: Iterable<DyadPanelRow>, path: string) => Promise<void>;

/** Writes rows as JSON Lines, through a temporary file renamed into place at the end. */
async function writeJsonLines(rows: Iterable<DyadPanelRow>, path: string): Promise<void> {
  const output = new OutputFile(path);
  try {
    const writer = new TextWriter(output.sink);
    for (const row of rows) await writer.write(toJsonLine(row));
    await writer.flush();
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}

/**
 * The writers of `bilateral panel -o <file>`, by the file's extension. `.parquet` is written through
 * `bilateral/duckdb` (added there, so that DuckDB loads only when asked for).
 * @internal
 */
async function writeParquet(rows: Iterable<DyadPanelRow>, path: string): Promise<void> {
  // Loaded only here: DuckDB is an optional peer dependency.
  const { writePanelParquet } = await import("../../duckdb/index.js");
  await writePanelParquet(rows, path);
}

export const PANEL_WRITERS = new Map<string, PanelWriter>([
  [".jsonl", writeJsonLines],
  [".ndjson", writeJsonLines],
  [".parquet", writeParquet],
]);

/** The writer for an output path, by its extension; a usage error naming the ones known otherwise. */
function writerFor(path: string): PanelWriter {
  const extension = extname(path).toLowerCase();
  const writer = PANEL_WRITERS.get(extension);
  if (writer === undefined)
    throw new UsageError(
      `--output: cannot write ${JSON.stringify(extension || path)} files (expected ${[...PANEL_WRITERS.keys()].join(", ")})`,
    );
  return writer;
}

/** Parses `A,B;C,D` into pairs of party ids. @internal */
export function resolveDyads(index: DatasetIndex, text: string, option: string): [string, string][] {
  const pairs = text.split(";").filter((pair) => pair.trim() !== "");
  if (pairs.length === 0) throw new UsageError(`${option}: expected pairs such as IRN,PAK;IRN,USA`);
  return pairs.map((pair) => resolveDyad(index, pair, option));
}

/** Registers `bilateral panel <dataset> --by year|month --from D --to D [--dyads A,B;C,D] [-o file]`. @internal */
export function registerPanel(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("panel")
    .description(
      "A dyad panel: one row per dyad and period (events counted, stances, sanctions in force, trade, trade targets), as JSON Lines.",
    )
    .argument("<dataset>", "the dataset file (JSON or JSON Lines)")
    .addOption(
      new Option("--by <period>", "a row per year or per month")
        .choices([...PANEL_PERIODS])
        .makeOptionMandatory(),
    )
    .requiredOption("--from <date>", "the first period (a partial date)")
    .requiredOption("--to <date>", "the last period (a partial date)")
    .option(
      "--dyads <A,B;C,D>",
      "the dyads (ISO codes or record ids); every pair of countries with a record in the range by default",
    )
    .addOption(
      new Option("--attribution <mode>", "count actors for their country (default) or as records").choices([
        "country",
        "record",
      ]),
    )
    .option(
      "-o, --output <file>",
      "write the rows to this file (.jsonl, or .parquet through DuckDB); stdout otherwise",
    )
    .option(...MODEL_OPTION)
    .addOption(engineOption())
    .addHelpText(
      "after",
      "\nThe panel is balanced: every dyad has a row for every period from --from to --to.",
    )
    .action(
      async (
        file: string,
        options: {
          by: PanelPeriod;
          from: string;
          to: string;
          dyads?: string;
          attribution?: "country" | "record";
          output?: string;
          model?: string;
          engine?: EngineName;
        },
      ) => {
        const from = checkDate(options.from, "--from") as string;
        const to = checkDate(options.to, "--to") as string;
        const writer = options.output === undefined ? undefined : writerFor(options.output);
        const source = await openSource(file, io, options);
        if (source === undefined) {
          setExit(1);
          return;
        }
        const { index } = source;
        const dyads = options.dyads === undefined ? undefined : resolveDyads(index, options.dyads, "--dyads");
        const panel: DyadPanelOptions = {
          by: options.by,
          from,
          to,
          ...(dyads === undefined ? {} : { dyads }),
          ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
        };
        // Rows are made one at a time as they are written: only the event counts are held.
        const rows = await source.panelRows(panel);
        await source.close();
        let count = 0;
        const counted = (function* () {
          for (const row of rows) {
            count++;
            yield row;
          }
        })();
        if (writer !== undefined && options.output !== undefined) {
          await writer(counted, options.output);
          io.stderr(
            `panel: wrote ${count} row${count === 1 ? "" : "s"} to ${stringifyForTerminal(options.output)}\n`,
          );
        } else {
          const out = new TextWriter(io.stdout);
          for (const row of counted) await out.write(`${stringifyForTerminal(row)}\n`);
          await out.flush();
        }
        setExit(0);
      },
    );
}
