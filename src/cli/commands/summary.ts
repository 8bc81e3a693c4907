import type { Command } from "commander";
import { Option } from "commander";
import pc from "picocolors";
import { escapeForTerminal, stringifyForTerminal } from "../../io/terminal-text.js";
import type { DatasetIndex } from "../../query/create-index.js";
import { type DyadSummary, SUMMARY_PERIODS, type SummaryPeriod } from "../../query/dyad-summary.js";
import type { CliIo } from "../io.js";
import { MODEL_OPTION } from "../model-option.js";
import { type EngineName, engineOption, openSource } from "../query-source.js";
import { type Colors, checkDate, nameOf, resolveDyad } from "./query.js";

function formatNumber(value: number | undefined, digits = 2): string {
  return value === undefined ? "-" : value.toFixed(digits);
}

/** A dyad summary as lines of text, escaped for the terminal. @internal */
export function formatSummary(index: DatasetIndex, summary: DyadSummary, colors: Colors): string[] {
  const [a, b] = summary.parties;
  const lines: string[] = [];
  const { totals } = summary;
  lines.push(
    `${colors.bold(`${nameOf(index, a)} - ${nameOf(index, b)}`)}, by ${summary.by}: ${totals.count} event${totals.count === 1 ? "" : "s"}` +
      (summary.undated > 0 ? `, ${summary.undated} undated` : "") +
      (summary.imprecise > 0 ? `, ${summary.imprecise} dated less precisely than a ${summary.by}` : ""),
  );
  if (summary.buckets.length > 0) {
    lines.push(
      `  ${"period".padEnd(8)} ${"events".padStart(6)} ${"q1".padStart(5)} ${"q2".padStart(5)} ${"q3".padStart(5)} ${"q4".padStart(5)}  mean intensity  top categories`,
    );
    for (const bucket of summary.buckets) {
      const counted = Object.entries(bucket.byCategory);
      if (bucket.uncategorized > 0) counted.push(["(CAMEO only)", bucket.uncategorized]);
      const top = counted
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, 3)
        .map(([category, count]) => `${escapeForTerminal(category)} ${count}`)
        .join(", ");
      const q = bucket.byQuadClass;
      lines.push(
        `  ${bucket.period.padEnd(8)} ${String(bucket.count).padStart(6)} ${String(q[1]).padStart(5)} ${String(q[2]).padStart(5)} ${String(q[3]).padStart(5)} ${String(q[4]).padStart(5)}  ${formatNumber(bucket.meanIntensity).padStart(14)}  ${top}`,
      );
    }
  }
  const q = totals.byQuadClass;
  lines.push(
    `  all: quad classes 1:${q[1]} 2:${q[2]} 3:${q[3]} 4:${q[4]}${q.unknown > 0 ? ` unknown:${q.unknown}` : ""} (${totals.derivedQuadClass} derived from the plover-0.8 table)${totals.uncategorized > 0 ? `, ${totals.uncategorized} CAMEO-only (no PLOVER category)` : ""}, mean intensity ${formatNumber(totals.meanIntensity)} over ${totals.intensityCount} event${totals.intensityCount === 1 ? "" : "s"}`,
  );
  const { trend } = summary;
  lines.push(
    `  trend: volume ${formatNumber(trend.volume)} events/${summary.by} per ${summary.by}, intensity ${formatNumber(trend.intensity, 3)} per ${summary.by}` +
      (trend.direction === undefined ? " (too few periods)" : ` (${trend.direction})`),
  );
  return lines;
}

/** Registers `bilateral summary <file> --dyad A,B [--by month|quarter|year]`. @internal */
export function registerSummary(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("summary")
    .description(
      "A dyad's events per month, quarter or year: counts by quad class and category, mean intensity, and the trend.",
    )
    .argument("<file>", "the dataset file (JSON or JSON Lines)")
    .requiredOption("--dyad <A,B>", "the two parties: ISO alpha-3 or alpha-2 codes, or record ids")
    .addOption(
      new Option("--by <period>", "the period counted by").choices([...SUMMARY_PERIODS]).default("year"),
    )
    .option("--directed", "only events from A to B")
    .option("--from <date>", "from this partial date (its start)")
    .option("--to <date>", "to this partial date (its end)")
    .addOption(
      new Option("--match <rule>", "how dates meet --from/--to (default overlaps)").choices([
        "overlaps",
        "within",
      ]),
    )
    .addOption(
      new Option("--attribution <mode>", "count actors for their country (default) or as records").choices([
        "country",
        "record",
      ]),
    )
    .option("--json", "print the summary as JSON")
    .option(...MODEL_OPTION)
    .addOption(engineOption())
    .action(
      async (
        file: string,
        options: {
          dyad: string;
          by: SummaryPeriod;
          directed?: boolean;
          from?: string;
          to?: string;
          match?: "overlaps" | "within";
          attribution?: "country" | "record";
          json?: boolean;
          model?: string;
          engine?: EngineName;
        },
      ) => {
        const source = await openSource(file, io, options);
        if (source === undefined) {
          setExit(1);
          return;
        }
        const { index } = source;
        const [a, b] = resolveDyad(index, options.dyad, "--dyad");
        const from = checkDate(options.from, "--from");
        const to = checkDate(options.to, "--to");
        const summary = await source.dyadSummary(a, b, {
          by: options.by,
          directed: options.directed === true,
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(options.match === undefined ? {} : { match: options.match }),
          ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
        });
        await source.close();
        if (options.json) io.stdout(`${stringifyForTerminal(summary)}\n`);
        else
          for (const line of formatSummary(index, summary, pc.createColors(io.color))) io.stdout(`${line}\n`);
        setExit(0);
      },
    );
}
