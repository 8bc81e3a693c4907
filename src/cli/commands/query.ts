import type { Command } from "commander";
import { Option } from "commander";
import pc from "picocolors";
import { closestId, closestWord, didYouMean } from "../../core/suggest.js";
import { escapeForTerminal, stringifyForTerminal } from "../../io/terminal-text.js";
import type { EventRecord } from "../../model/event.js";
import type { DatasetRecord } from "../../model/records.js";
import type { DatasetIndex } from "../../query/create-index.js";
import type { EventQuery } from "../../query/find-events.js";
import type { Statement } from "../../query/find-statements.js";
import { isPartialDate } from "../../time/partial-date.js";
import { type CliIo, UsageError } from "../io.js";
import { MODEL_OPTION } from "../model-option.js";
import { type EngineName, engineOption, openSource } from "../query-source.js";

/** Colours for the human output. @internal */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Turns a party argument into a record id: an id (`country:IRN`, `org:bla`) that the dataset has, or an
 * ISO 3166-1 alpha-3 or alpha-2 country code (any case) for which it has a country record.
 * @internal
 */
export function resolveParty(index: DatasetIndex, text: string, option: string): string {
  const value = text.trim();
  if (value.includes(":")) {
    if (!index.has(value)) {
      const ids = (function* () {
        for (const [kind] of index.kinds())
          for (const record of index.ofKind(kind as DatasetRecord["kind"])) yield record.id;
      })();
      throw new UsageError(
        `${option}: no record of the dataset has the id ${JSON.stringify(value)}${didYouMean(closestId(value, ids))}`,
      );
    }
    return value;
  }
  if (!/^[A-Za-z]{2,3}$/.test(value)) {
    throw new UsageError(
      `${option}: ${JSON.stringify(value)} is neither a record id (namespace:name) nor an ISO 3166-1 alpha-3 or alpha-2 code`,
    );
  }
  const country = index.country(value);
  if (country === undefined) {
    const codes = index.ofKind("country").map((record) => record.code);
    throw new UsageError(
      `${option}: ${JSON.stringify(value)} is not a country of the dataset (give an ISO 3166-1 alpha-3 or alpha-2 code of one of its countries, or a record id)${didYouMean(closestWord(value.toUpperCase(), codes))}`,
    );
  }
  return country.id;
}

/** Parses `A,B` into two distinct party ids. @internal */
export function resolveDyad(index: DatasetIndex, text: string, option: string): [string, string] {
  const parts = text.split(",");
  if (parts.length !== 2 || parts.some((part) => part.trim() === "")) {
    throw new UsageError(`${option}: expected two parties separated by a comma, such as IRN,PAK`);
  }
  const a = resolveParty(index, parts[0] as string, option);
  const b = resolveParty(index, parts[1] as string, option);
  if (a === b) throw new UsageError(`${option}: the two parties are the same record (${a})`);
  return [a, b];
}

/** Checks a partial-date option. @internal */
export function checkDate(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !isPartialDate(value)) {
    throw new UsageError(
      `${option}: ${JSON.stringify(value)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  }
  return value;
}

/**
 * The name a person reads for a record: its name, label, title, programme or summary, else its id; escaped
 * for the terminal (see {@link escapeForTerminal}), so for human output only.
 * @internal
 */
export function nameOf(index: DatasetIndex, id: string): string {
  return escapeForTerminal(rawNameOf(index, id));
}

function rawNameOf(index: DatasetIndex, id: string): string {
  const record = index.find(id) as
    | {
        name?: unknown;
        label?: unknown;
        title?: unknown;
        summary?: unknown;
        program?: { name?: string; key?: string };
      }
    | undefined;
  if (record === undefined) return id;
  const programme = record.program?.name ?? record.program?.key;
  if (programme !== undefined) return programme;
  for (const key of ["name", "label", "title", "summary"] as const) {
    const value = record[key];
    if (typeof value === "string") return value;
  }
  return id;
}

/** A date or date range as printed: `2025-08-02`, `2025-08-02..2025-08-03`, `(undated)`. @internal */
export function formatDates(date: string | undefined, endDate?: string): string {
  if (date === undefined) return "(undated)";
  return endDate === undefined ? date : `${date}..${endDate}`;
}

/** One event as a line, its text escaped for the terminal. @internal */
export function describeEvent(index: DatasetIndex, event: EventRecord, colors: Colors): string {
  // A CAMEO-only event (no PLOVER category) is shown by its CAMEO code.
  const category = event.category ?? `CAMEO ${event.cameo ?? "?"}`;
  const code = escapeForTerminal(event.mode === undefined ? category : `${category}/${event.mode}`);
  const actors = event.actors.map((id) => nameOf(index, id)).join(", ");
  const recipients = (event.recipients ?? []).map((id) => nameOf(index, id)).join(", ");
  const who = recipients === "" ? actors : `${actors} -> ${recipients}`;
  const summary = event.summary === undefined ? "" : `: ${escapeForTerminal(event.summary)}`;
  const dates = escapeForTerminal(formatDates(event.date, event.endDate));
  return `${dates.padEnd(22)} ${colors.bold(code)}  ${who}${summary} ${colors.dim(`[${escapeForTerminal(event.id)}]`)}`;
}

/**
 * A statement as a line: the speaker and their role (a source speaking for itself says so), for a claim its
 * type and date, the words as said in quotes (else the paraphrase), and the hedges as said.
 */
export function describeStatement(index: DatasetIndex, statement: Statement, colors: Colors): string {
  const { speaker, claim } = statement;
  const role =
    statement.role ??
    statement.positions[0]?.title ??
    (speaker.kind === "source" ? "the source itself" : "no role given");
  const what =
    claim === undefined ? "" : `, ${claim.claimType}${claim.date === undefined ? "" : ` on ${claim.date}`}`;
  const said =
    statement.quote !== undefined
      ? `"${escapeForTerminal(statement.quote)}"`
      : escapeForTerminal(claim?.summary ?? "(no words given)");
  const hedges = statement.hedges ?? [];
  const hedged =
    hedges.length === 0
      ? ""
      : ` ${colors.yellow(`(hedged: ${hedges.map((h) => `"${escapeForTerminal(h)}"`).join(", ")})`)}`;
  return `${nameOf(index, speaker.id)} (${escapeForTerminal(role)})${what}: ${said}${hedged} ${colors.dim(`[${escapeForTerminal(statement.record.id)}]`)}`;
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(",").map((part) => part.trim());
}

interface EventsOptions {
  between?: string;
  directed?: boolean;
  actor?: string;
  role?: "actor" | "recipient" | "either";
  category?: string;
  context?: string;
  quadClass?: string;
  from?: string;
  to?: string;
  match?: "overlaps" | "within";
  attribution?: "country" | "record";
  limit?: string;
  json?: boolean;
  model?: string;
  engine?: EngineName;
}

/** Registers `bilateral query events <file>`, and returns the `query` command. @internal */
export function registerQuery(program: Command, io: CliIo, setExit: (code: number) => void): Command {
  const query = program.command("query").description("Query a dataset (JSON or JSON Lines).");
  query
    .command("events")
    .description(
      "List events in time order (undated last), filtered by dyad, actor, category, context, quad class and dates. Countries may be given as ISO alpha-3 or alpha-2 codes, or any party as a record id.",
    )
    .argument("<file>", "the dataset file")
    .option("--between <A,B>", "events between two parties, either way (see --directed)")
    .option("--directed", "with --between: only events from A to B")
    .option("--actor <party>", "events a party takes part in (see --role)")
    .addOption(
      new Option("--role <side>", "with --actor: the side it must be on").choices([
        "actor",
        "recipient",
        "either",
      ]),
    )
    .option("--category <C,...>", "PLOVER categories (any of them)")
    .option("--context <X,...>", "PLOVER contexts (any of them)")
    .option("--quad-class <N,...>", "quad classes 1-4 (stored, or derived from the plover-0.8 table)")
    .option("--from <date>", "from this partial date (its start)")
    .option("--to <date>", "to this partial date (its end)")
    .addOption(
      new Option("--match <rule>", "how event dates meet --from/--to (default overlaps)").choices([
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
    .option("--limit <n>", "at most n events (the earliest)")
    .option("--json", 'print {"count", "events": [the event records]} as JSON')
    .option(...MODEL_OPTION)
    .addOption(engineOption())
    .action(async (file: string, options: EventsOptions) => {
      const source = await openSource(file, io, options);
      if (source === undefined) {
        setExit(1);
        return;
      }
      const { index } = source;
      const request: {
        -readonly [K in keyof EventQuery]: EventQuery[K];
      } = {};
      if (options.between !== undefined) request.between = resolveDyad(index, options.between, "--between");
      if (options.directed) request.directed = true;
      if (options.actor !== undefined) request.actor = resolveParty(index, options.actor, "--actor");
      if (options.role !== undefined) request.role = options.role;
      if (options.category !== undefined) request.category = list(options.category) as EventQuery["category"];
      if (options.context !== undefined) request.context = list(options.context) as EventQuery["context"];
      if (options.quadClass !== undefined) {
        request.quadClass = (list(options.quadClass) ?? []).map((value) => {
          if (!/^[1-4]$/.test(value))
            throw new UsageError(`--quad-class: ${JSON.stringify(value)} is not 1, 2, 3 or 4`);
          return Number(value) as 1 | 2 | 3 | 4;
        });
      }
      request.from = checkDate(options.from, "--from");
      request.to = checkDate(options.to, "--to");
      if (options.match !== undefined) request.match = options.match;
      if (options.attribution !== undefined) request.attribution = options.attribution;
      if (options.limit !== undefined) {
        if (!/^\d+$/.test(options.limit))
          throw new UsageError(`--limit: ${JSON.stringify(options.limit)} is not a whole number`);
        request.limit = Number(options.limit);
      }
      const events = await source.findEvents(request);
      await source.close();
      if (options.json) {
        io.stdout(`${stringifyForTerminal({ count: events.length, events })}\n`);
      } else {
        const colors = pc.createColors(io.color);
        io.stdout(`${events.length} event${events.length === 1 ? "" : "s"}\n`);
        for (const event of events) io.stdout(`  ${describeEvent(index, event as EventRecord, colors)}\n`);
      }
      setExit(0);
    });
  return query;
}
