import type { Command } from "commander";
import pc from "picocolors";
import { escapeForTerminal, stringifyForTerminal } from "../../io/terminal-text.js";
import { entryDate } from "../../model/history.js";
import type { DatasetIndex } from "../../query/create-index.js";
import { findStatements } from "../../query/find-statements.js";
import { recordsBetween } from "../../query/indexed-records.js";
import { mediatorsBetween } from "../../query/mediators-between.js";
import type { AtDateOptions } from "../../query/options.js";
import { sanctionsInForce } from "../../query/sanctions-in-force.js";
import { sanctionsOnTrade } from "../../query/sanctions-on-trade.js";
import { stanceBetween } from "../../query/stance-between.js";
import { tradeTargetProgress } from "../../query/trade-target-progress.js";
import type { CliIo } from "../io.js";
import { UsageError } from "../io.js";
import { loadIndex } from "../load-index.js";
import { MODEL_OPTION } from "../model-option.js";
import { asUsage } from "../usage.js";
import { type Colors, checkDate, describeStatement, nameOf, resolveDyad, resolveParty } from "./query.js";

/** The options every finding subcommand takes. */
interface FindingOptions {
  dyad?: string;
  party?: string;
  at?: string;
  knownAt?: string;
  json?: boolean;
  model?: string;
}

/** What a finding subcommand prints: lines for a person, and the value `--json` prints. */
interface Findings {
  readonly lines: readonly string[];
  readonly json: unknown;
}

type Finder = (index: DatasetIndex, options: FindingOptions, colors: Colors) => Findings;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const since = (entry: { since?: string; asOf?: string } | undefined) => {
  const date = entry === undefined ? undefined : entryDate(entry);
  return date === undefined ? "" : ` since ${escapeForTerminal(date)}`;
};

const tag = (colors: Colors, id: string) => colors.dim(`[${escapeForTerminal(id)}]`);

function atDate(options: FindingOptions): AtDateOptions {
  const at = checkDate(options.at, "--at");
  const knownAt = checkDate(options.knownAt, "--known-at");
  return { ...(at === undefined ? {} : { at }), ...(knownAt === undefined ? {} : { knownAt }) };
}

function dyadOf(index: DatasetIndex, options: FindingOptions): [string, string] {
  if (options.dyad === undefined)
    throw new UsageError("--dyad <A,B> is required (two parties, such as IRN,PAK)");
  return resolveDyad(index, options.dyad, "--dyad");
}

const stance: Finder = (index, options, colors) => {
  const [a, b] = dyadOf(index, options);
  const findings = asUsage(() => stanceBetween(index, a, b, atDate(options)));
  const lines = findings.map(
    (finding) =>
      `${nameOf(index, finding.relationship.id)}: ${colors.bold(finding.stance ?? "no stance at that date")}${finding.trend === undefined ? "" : `, ${finding.trend}`}${since(finding.entry)} ${tag(colors, finding.relationship.id)}`,
  );
  return {
    lines: [plural(findings.length, "relationship"), ...lines],
    json: { count: findings.length, findings },
  };
};

const sanctions: Finder = (index, options, colors) => {
  const at = atDate(options);
  if (options.dyad !== undefined) {
    const [a, b] = dyadOf(index, options);
    const found = asUsage(() => sanctionsOnTrade(index, a, b, at));
    const lines = found.map(
      (item) =>
        `${nameOf(index, item.sanction.id)}: ${colors.bold(item.status)}${since(item.entry)}, reaches the dyad's trade (${item.reasons.map((reason) => reason.reason).join(", ")}) ${tag(colors, item.sanction.id)}`,
    );
    return {
      lines: [plural(found.length, "sanction"), ...lines],
      json: { count: found.length, sanctions: found },
    };
  }
  const target = options.party === undefined ? undefined : resolveParty(index, options.party, "--party");
  const found = asUsage(() =>
    sanctionsInForce(index, { ...at, ...(target === undefined ? {} : { target }) }),
  );
  const lines = found.map(
    (item) =>
      `${nameOf(index, item.sanction.id)}: ${nameOf(index, item.sanction.authority)} -> ${item.sanction.targets.map((id) => nameOf(index, id)).join(", ")}: ${colors.bold(item.status)}${since(item.entry)} ${tag(colors, item.sanction.id)}`,
  );
  return {
    lines: [plural(found.length, "sanction in force"), ...lines],
    json: { count: found.length, sanctions: found },
  };
};

const mediators: Finder = (index, options, colors) => {
  const [a, b] = dyadOf(index, options);
  const found = asUsage(() => mediatorsBetween(index, a, b, atDate(options)));
  const lines = found.map(
    (item) =>
      `${nameOf(index, item.mediator.id)}: ${colors.bold(item.status ?? "no status at that date")}${since(item.entry)} ${tag(colors, item.mediation.id)}`,
  );
  return {
    lines: [plural(found.length, "mediator"), ...lines],
    json: { count: found.length, mediators: found },
  };
};

const percent = (value: number | undefined) => (value === undefined ? "-" : `${(value * 100).toFixed(1)}%`);

const tradeProgress: Finder = (index, options, colors) => {
  const asOf = checkDate(options.at, "--at");
  const targets =
    options.dyad === undefined
      ? index.ofKind("trade-target")
      : (() => {
          const [a, b] = dyadOf(index, options);
          return recordsBetween(index, "trade-target", a, b);
        })();
  const found = targets.map((target) =>
    asUsage(() => tradeTargetProgress(index, target.id, asOf === undefined ? {} : { asOf })),
  );
  const lines = found.map((item) => {
    const goal = `${item.goal.amount} ${item.goal.currency}`;
    const latest =
      item.latest === undefined
        ? "no flows"
        : `${item.latest.amount} ${item.latest.currency} in ${item.latest.year}`;
    return `${nameOf(index, item.target.id)}: goal ${goal} by ${item.targetDate ?? "-"}; ${latest}; share ${percent(item.share)}, growth needed ${percent(item.growthPerYearNeeded)} a year ${tag(colors, item.target.id)}`;
  });
  return {
    lines: [plural(found.length, "trade target"), ...lines],
    json: { count: found.length, progress: found },
  };
};

const statements: Finder = (index, options, colors) => {
  const by = options.party === undefined ? undefined : resolveParty(index, options.party, "--party");
  const found = asUsage(() => findStatements(index, by === undefined ? {} : { by }));
  const lines = found.map((item) => describeStatement(index, item, colors));
  return {
    lines: [plural(found.length, "statement"), ...lines],
    json: { count: found.length, statements: found },
  };
};

interface Subcommand {
  readonly name: string;
  readonly description: string;
  readonly dyad?: string;
  readonly party?: string;
  readonly at?: string;
  readonly knownAt?: boolean;
  readonly run: Finder;
}

const SUBCOMMANDS: readonly Subcommand[] = [
  {
    name: "stance",
    description: "The stance of the relationships between two parties, at a date (the latest when none).",
    dyad: "the two parties (required)",
    at: "the date asked about",
    knownAt: true,
    run: stance,
  },
  {
    name: "sanctions",
    description:
      "Sanctions in force at a date, on a target (--party), or those that reach a dyad's trade (--dyad).",
    dyad: "sanctions that reach the trade between these two parties",
    party: "sanctions on this target",
    at: "the date asked about",
    knownAt: true,
    run: sanctions,
  },
  {
    name: "mediators",
    description: "Third parties mediating between two parties, with the status of each mediation at a date.",
    dyad: "the two parties (required)",
    at: "the date asked about",
    knownAt: true,
    run: mediators,
  },
  {
    name: "trade-progress",
    description:
      "Progress toward the trade targets (of a dyad, or all): value, share, gap and growth needed.",
    dyad: "only the targets between these two parties",
    at: "progress as of this date (the latest flows when none)",
    run: tradeProgress,
  },
  {
    name: "statements",
    description: "Who said what: claims attributed to a speaker, with their role and words.",
    party: "only what this speaker said",
    run: statements,
  },
];

/** Registers `bilateral query stance|sanctions|mediators|trade-progress|statements <file>`. @internal */
export function registerQueryFindings(query: Command, io: CliIo, setExit: (code: number) => void): void {
  for (const sub of SUBCOMMANDS) {
    const command = query
      .command(sub.name)
      .description(sub.description)
      .argument("<file>", "the dataset file");
    if (sub.dyad !== undefined) command.option("--dyad <A,B>", sub.dyad);
    if (sub.party !== undefined) command.option("--party <party>", sub.party);
    if (sub.at !== undefined) command.option("--at <date>", sub.at);
    if (sub.knownAt)
      command.option("--known-at <date>", "as the dataset's sources had stated it by this date");
    command
      .option("--json", "print the findings as JSON")
      .option(...MODEL_OPTION)
      .action(async (file: string, options: FindingOptions) => {
        const index = await loadIndex(file, io, options);
        if (index === undefined) {
          setExit(1);
          return;
        }
        const findings = sub.run(index, options, pc.createColors(io.color));
        if (options.json) io.stdout(`${stringifyForTerminal(findings.json)}\n`);
        else for (const line of findings.lines) io.stdout(`${line}\n`);
        setExit(0);
      });
  }
}
