import type { Command } from "commander";
import { Option } from "commander";
import pc from "picocolors";
import { escapeForTerminal, stringifyForTerminal } from "../../io/terminal-text.js";
import type { EventRecord } from "../../model/event.js";
import type { DatasetIndex } from "../../query/create-index.js";
import { TIMELINE_ITEM_TYPES, type TimelineItem } from "../../query/dyad-timeline.js";
import type { CliIo } from "../io.js";
import { MODEL_OPTION } from "../model-option.js";
import { type EngineName, engineOption, openSource } from "../query-source.js";
import { type Colors, checkDate, describeEvent, formatDates, nameOf, resolveDyad } from "./query.js";

const TYPE_LABELS: Record<TimelineItem["type"], string> = {
  event: "event",
  stance: "stance",
  "sanction-status": "sanction",
  "project-status": "project",
  "mediation-status": "mediation",
  history: "history",
  claim: "claim",
};

/** A history entry of a kind the CLI does not know: its `status`, `stance` or `value` when it has one. */
function entryLabel(entry: Readonly<Record<string, unknown>>, field: string): string {
  for (const key of ["status", "stance", "value"]) if (typeof entry[key] === "string") return entry[key];
  return field;
}

/** One timeline item as a line, its text escaped for the terminal. @internal */
export function describeTimelineItem(index: DatasetIndex, item: TimelineItem, colors: Colors): string {
  if (item.type === "event")
    return `${colors.cyan("event    ")} ${describeEvent(index, item.record as EventRecord, colors)}`;
  const date = escapeForTerminal(formatDates(item.date));
  if (item.type === "claim") {
    const claim = item.record;
    const hedges =
      claim.hedges === undefined || claim.hedges.length === 0
        ? ""
        : ` (hedged: ${escapeForTerminal(claim.hedges.join(", "))})`;
    const said = escapeForTerminal(claim.text === undefined ? (claim.summary ?? "") : `"${claim.text}"`);
    return `${colors.cyan(TYPE_LABELS.claim.padEnd(9))} ${date.padEnd(22)} ${nameOf(index, claim.by)}, ${claim.claimType}: ${said}${hedges} ${colors.dim(`[${escapeForTerminal(claim.id)}]`)}`;
  }
  const record = item.record as { id: string };
  let what: string;
  if (item.type === "stance") {
    what = `${item.entry.stance}${item.entry.trend === undefined ? "" : `, ${item.entry.trend}`}`;
  } else if (item.type === "history") {
    what = entryLabel(item.entry, item.field);
  } else {
    what = item.entry.status;
  }
  const note = item.entry.note === undefined ? "" : ` (${escapeForTerminal(item.entry.note)})`;
  return `${colors.cyan(TYPE_LABELS[item.type].padEnd(9))} ${date.padEnd(22)} ${nameOf(index, record.id)}: ${colors.bold(escapeForTerminal(what))}${note} ${colors.dim(`[${escapeForTerminal(record.id)}]`)}`;
}

/** Registers `bilateral timeline <file> --dyad A,B`. @internal */
export function registerTimeline(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("timeline")
    .description(
      "A dyad's timeline: its events, stance changes, and the status changes of the sanctions, projects and mediations that concern it, in time order (undated last).",
    )
    .argument("<file>", "the dataset file (JSON or JSON Lines)")
    .requiredOption("--dyad <A,B>", "the two parties: ISO alpha-3 or alpha-2 codes, or record ids")
    .option("--directed", "only events from A to B")
    .option("--claims", "also the claims whose parties name both A and B")
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
    .option("--json", 'print {"dyad", "items": [{type, date, record, entry}]} as JSON')
    .option(...MODEL_OPTION)
    .addOption(engineOption())
    .action(
      async (
        file: string,
        options: {
          dyad: string;
          directed?: boolean;
          claims?: boolean;
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
        const items = await source.dyadTimeline(a, b, {
          directed: options.directed === true,
          ...(options.claims === true ? { include: TIMELINE_ITEM_TYPES } : {}),
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(options.match === undefined ? {} : { match: options.match }),
          ...(options.attribution === undefined ? {} : { attribution: options.attribution }),
        });
        await source.close();
        if (options.json) {
          io.stdout(`${stringifyForTerminal({ dyad: [a, b], count: items.length, items })}\n`);
        } else {
          const colors = pc.createColors(io.color);
          io.stdout(
            `Timeline of ${nameOf(index, a)} - ${nameOf(index, b)}: ${items.length} item${items.length === 1 ? "" : "s"}\n`,
          );
          for (const item of items) io.stdout(`  ${describeTimelineItem(index, item, colors)}\n`);
        }
        setExit(0);
      },
    );
}
