import type { Command } from "commander";
import pc from "picocolors";
import { loadSeedStory } from "../../example/index.js";
import { escapeForTerminal as show } from "../../io/terminal-text.js";
import type { EventRecord } from "../../model/event.js";
import type { Money } from "../../model/money.js";
import type { Person } from "../../model/person.js";
import type { DatasetRecord } from "../../model/records.js";
import { activeNearBorder } from "../../query/active-near-border.js";
import { blockedProjects } from "../../query/blocked-projects.js";
import { createIndex, type DatasetIndex } from "../../query/create-index.js";
import { findStatements } from "../../query/find-statements.js";
import { mediatorsBetween } from "../../query/mediators-between.js";
import { sanctionsInForce } from "../../query/sanctions-in-force.js";
import { stanceBetween } from "../../query/stance-between.js";
import { tradeTargetProgress } from "../../query/trade-target-progress.js";
import type { CliIo } from "../io.js";
import { type Colors, describeEvent, describeStatement, nameOf } from "./query.js";

function money(value: Money): string {
  const format = (amount: number, currency: string) => `${amount.toLocaleString("en-US")} ${currency}`;
  const stated = (value.equivalents ?? []).map((e) => format(e.amount, e.currency));
  return `${format(value.amount, value.currency)}${stated.length === 0 ? "" : ` (stated as ${stated.join(", ")})`}`;
}

function since(date: string | undefined): string {
  return date === undefined ? "(date unknown)" : `since ${date}`;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The demo's overview of a dataset, as lines: actors, dyads and their stance, events in order, sanctions in
 * force and what they block, trade targets and their progress, armed groups near borders, and who said
 * what (claims, with their speakers and hedges, and attributed citations). Built on the queries; undated records are shown as such. Free text and ids from the dataset are
 * escaped for the terminal (names through `nameOf`, the rest through `show`).
 * @internal
 */
export function renderDemo(index: DatasetIndex, colors: Colors): string[] {
  const out: string[] = [];
  const heading = (text: string) => out.push("", colors.bold(colors.underline(text)));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(index, id)).join(", ");
  const { dataset } = index;

  out.push(colors.bold(show(dataset.title ?? "bilateral dataset")));
  if (dataset.description !== undefined) out.push(show(dataset.description));
  const kinds = [...index.kinds()].map(([kind, count]) => `${count} ${show(kind)}`).join(", ");
  out.push(colors.dim(`${index.size} records: ${kinds}`));

  heading("Actors");
  for (const country of index.ofKind("country"))
    out.push(`  ${show(country.name)} (${country.code}) ${colors.dim(`[${show(country.id)}]`)}`);
  for (const person of index.ofKind("person") as readonly Person[]) {
    const positions = (person.positions ?? []).map((position) => {
      const where = position.country === undefined ? "" : `, ${nameOf(index, position.country)}`;
      const start = position.period?.start === undefined ? "" : ` since ${position.period.start}`;
      return `${show(position.title)}${where}${start}`;
    });
    out.push(
      `  ${show(person.name)}${positions.length === 0 ? "" : ` - ${positions.join("; ")}`} ${colors.dim(`[${show(person.id)}]`)}`,
    );
  }
  for (const organization of index.ofKind("organization")) {
    const parts: string[] = [organization.organizationType];
    if (organization.country !== undefined) parts.push(nameOf(index, organization.country));
    if (organization.activeIn !== undefined) parts.push(`active in ${names(organization.activeIn)}`);
    out.push(
      `  ${show(organization.name)} (${parts.join(", ")}) ${colors.dim(`[${show(organization.id)}]`)}`,
    );
  }

  heading("Dyads and their stance");
  const pairs = new Map<string, [string, string]>();
  for (const relationship of index.ofKind("relationship"))
    pairs.set(pairKey(...relationship.parties), [...relationship.parties]);
  for (const mediation of index.ofKind("mediation"))
    pairs.set(pairKey(...mediation.between), [...mediation.between]);
  for (const border of index.ofKind("border")) pairs.set(pairKey(...border.parties), [...border.parties]);
  for (const [a, b] of pairs.values()) {
    out.push(`  ${colors.bold(`${nameOf(index, a)} - ${nameOf(index, b)}`)}`);
    for (const finding of stanceBetween(index, a, b, { attribution: "record" })) {
      const relationship = finding.relationship;
      const title = show(relationship.label ?? relationship.relationshipType);
      const direction = relationship.directed
        ? ` (${nameOf(index, relationship.parties[0])} -> ${nameOf(index, relationship.parties[1])})`
        : "";
      const stance =
        finding.stance === undefined
          ? colors.dim("no stance recorded")
          : `${colors.bold(finding.stance)}${finding.trend === undefined ? "" : `, ${finding.trend}`}${finding.dated ? "" : colors.dim(" (date unknown)")}`;
      out.push(`    ${title} [${relationship.relationshipType}]${direction}: ${stance}`);
      for (const cause of finding.causes)
        out.push(`      because of: ${nameOf(index, cause.id)} ${colors.dim(`[${show(cause.id)}]`)}`);
    }
    for (const found of mediatorsBetween(index, a, b, { attribution: "record" })) {
      out.push(`    mediated by ${nameOf(index, found.mediator.id)}: ${found.status ?? "status unknown"}`);
    }
    for (const border of index.ofKind("border")) {
      if (pairKey(...border.parties) !== pairKey(a, b)) continue;
      const length =
        border.length === undefined
          ? ""
          : ` ${border.length.value} ${border.length.unit}${(border.length.equivalents ?? []).map((e) => ` (${e.value} ${e.unit})`).join("")}`;
      const through = border.places === undefined ? "" : `, through ${names(border.places)}`;
      out.push(`    shared border${length}${through}`);
      const groups = activeNearBorder(index, a, b, { organizationType: "armed-group" });
      for (const group of groups) {
        out.push(
          `      armed group near it: ${show(group.organization.name)}, in ${names(group.places.map((place) => place.id))}`,
        );
      }
    }
  }

  heading("Events in order");
  for (const event of index.eventsInOrder())
    out.push(`  ${describeEvent(index, event as EventRecord, colors)}`);

  heading("Sanctions in force");
  const blocked = blockedProjects(index);
  const inForce = sanctionsInForce(index);
  if (inForce.length === 0) out.push(colors.dim("  none"));
  for (const found of inForce) {
    const sanction = found.sanction;
    const name = show(sanction.program?.name ?? sanction.program?.key ?? sanction.id);
    out.push(
      `  ${colors.bold(name)}: ${nameOf(index, sanction.authority)} against ${names(sanction.targets)}, ${found.status} ${since(found.entry.since ?? found.entry.asOf)}${sanction.secondary ? ", reaching third parties (secondary)" : ""}`,
    );
    if (sanction.objective !== undefined) out.push(`    over: ${show(sanction.objective)}`);
    for (const project of blocked) {
      if (project.blockedBy.some((blocker) => blocker.sanction.id === sanction.id)) {
        out.push(`    blocks: ${show(project.project.name)} (${project.status ?? "status unknown"})`);
      }
    }
    for (const effect of sanction.effects ?? []) {
      if (effect.effect === "constrains-trade")
        out.push(`    constrains trade between ${names(effect.parties)}`);
    }
  }

  heading("Trade targets");
  const targets = index.ofKind("trade-target");
  if (targets.length === 0) out.push(colors.dim("  none"));
  for (const target of targets) {
    const [a, b] = target.parties;
    const by = target.targetDate === undefined ? "no target date given" : `by ${target.targetDate}`;
    out.push(
      `  ${nameOf(index, a)} - ${nameOf(index, b)}: ${target.direction} trade of ${money(target.amount)}, ${by}`,
    );
    const progress = tradeTargetProgress(index, target.id);
    if (progress.latest === undefined) {
      out.push(
        colors.dim(
          `    progress: unknown (${progress.status === "no-flows" ? "the dataset has no trade flows for it" : "the flows are in another currency"})`,
        ),
      );
    } else {
      const share =
        progress.share === undefined ? "" : `, ${(progress.share * 100).toFixed(1)} % of the target`;
      out.push(
        `    latest: ${progress.latest.amount.toLocaleString("en-US")} ${progress.latest.currency} in ${progress.latest.year}${share}`,
      );
    }
  }

  heading("Who said what");
  const statements = findStatements(index);
  if (statements.length === 0) out.push(colors.dim("  no claims nor attributed statements"));
  for (const statement of statements) out.push(`  ${describeStatement(index, statement, colors)}`);
  return out;
}

/** Registers `bilateral demo`. @internal */
export function registerDemo(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("demo")
    .description(
      "Show an overview of the bundled seed-story dataset: actors, dyads and their stance, events in order, sanctions in force and what they block, the trade target, and who said what (claims, with their speakers and hedges).",
    )
    .action(() => {
      const index = createIndex<DatasetRecord>(loadSeedStory());
      for (const line of renderDemo(index, pc.createColors(io.color))) io.stdout(`${line}\n`);
      setExit(0);
    });
}
