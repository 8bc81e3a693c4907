import { toIso3 } from "../codes/country.js";
import { InputError } from "../core/errors.js";
import { readCsvBatches } from "../io/csv.js";
import type { LineInput } from "../io/jsonl.js";
import type { EventRecord } from "../model/event.js";
import type { Organization } from "../model/organization.js";
import type { Relationship } from "../model/relationship.js";
import type { Source } from "../model/source.js";
import { isPartialDate } from "../time/partial-date.js";
import { guarded, ImportContext, isIdRest } from "./context.js";
import { type CsvRow, csvRow } from "./csv-row.js";
import { coordinatesOf, parseCount, quote } from "./fields.js";
import { icewsCountryCode } from "./icews-countries.js";
import { type ImportOptions, ImportRun } from "./import-run.js";

/**
 * The UCDP GED columns the importer reads, by name (the layout changes between releases: 19.1 orders the
 * fatality columns low, best, high and 23.1 best, high, low; gwnoa and gwnob move). Names are compared
 * without case. `id`, `date_start`, `type_of_violence` and `side_a` are required. Older releases' `best_est`,
 * `low_est` and `high_est` are read as `best`, `low` and `high`, and their `conflict_id`, `dyad_id`,
 * `side_a_id`, `side_b_id` and `gwno` as the new ids and `country_id` when the file has no column of the new
 * name. `NA` (R's missing value) is read as empty.
 *
 * @category Interop
 * @example
 * ```ts
 * import { UCDP_COLUMNS } from "bilateral/interop";
 * UCDP_COLUMNS.includes("date_prec"); //=> true
 * ```
 */
export const UCDP_COLUMNS = Object.freeze([
  "id",
  "relid",
  "year",
  "type_of_violence",
  "conflict_new_id",
  "conflict_name",
  "dyad_new_id",
  "dyad_name",
  "side_a_new_id",
  "gwnoa",
  "side_a",
  "side_b_new_id",
  "gwnob",
  "side_b",
  "number_of_sources",
  "source_article",
  "source_office",
  "source_date",
  "source_headline",
  "source_original",
  "where_prec",
  "where_coordinates",
  "where_description",
  "adm_1",
  "adm_2",
  "latitude",
  "longitude",
  "country",
  "country_id",
  "event_clarity",
  "date_prec",
  "date_start",
  "date_end",
  "deaths_a",
  "deaths_b",
  "deaths_civilians",
  "deaths_unknown",
  "best",
  "low",
  "high",
] as const);

/** The UCDP GED columns of free text, where a line break is part of the value. */
const FREE_TEXT: ReadonlySet<string> = new Set([
  "source_article",
  "source_office",
  "source_date",
  "source_headline",
  "source_original",
  "where_coordinates",
  "where_description",
  "adm_1",
  "adm_2",
  "conflict_name",
  "dyad_name",
  "side_a",
  "side_b",
]);

const REQUIRED = ["id", "date_start", "type_of_violence", "side_a"] as const;
const ALIASES: Readonly<Record<string, string>> = { best_est: "best", low_est: "low", high_est: "high" };
/** Older releases' names, read as the new ones when the file has no column of the new name. */
const OLD_NAMES: Readonly<Record<string, string>> = {
  conflict_id: "conflict_new_id",
  dyad_id: "dyad_new_id",
  side_a_id: "side_a_new_id",
  side_b_id: "side_b_new_id",
  gwno: "country_id",
};
/** Columns the model has no place for (or that repeat others), counted in `notKept` when they hold a value. */
const NOT_KEPT = [
  "priogrid_gid",
  "active_year",
  "code_status",
  "conflict_dset_id",
  "dyad_dset_id",
  "side_a_dset_id",
  "side_b_dset_id",
];
const VIOLENCE = ["", "state-based conflict", "non-state conflict", "one-sided violence"] as const;

/** Gleditsch-Ward state numbers that differ from COW's; the others are COW's (see `toIso3`). */
const GW_TO_ISO3: Readonly<Record<number, string>> = { 260: "DEU", 340: "SRB", 678: "YEM" };

const SOURCE_ID = "source:ucdp-ged";

type Row = CsvRow;

function gwToIso3(text: string): string | undefined {
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const number = Number(text);
  return GW_TO_ISO3[number] ?? toIso3(number, "cow-numeric");
}

/** The ISO code of a country as UCDP names it ("Myanmar (Burma)", "Russia (Soviet Union)"). */
function countryByName(name: string): string | undefined {
  const text = name.trim();
  const open = text.indexOf("(");
  const bracketed = open > 0 && text.endsWith(")");
  const base = bracketed ? text.slice(0, open).trim() : text;
  const inner = bracketed ? text.slice(open + 1, -1).trim() : "";
  return (
    icewsCountryCode(text) ?? icewsCountryCode(base) ?? (inner === "" ? undefined : icewsCountryCode(inner))
  );
}

/**
 * The records a side stands for: countries for "Government of X" (one per government named), an armed group
 * otherwise (`ucdp-actor:<side id>`); none for UCDP's "Civilians" of one-sided violence.
 */
function sideOf(ctx: ImportContext, row: Row, side: "a" | "b", line: number): string[] {
  const name = row(`side_${side}`);
  if (name === "" || (name === "Civilians" && row("type_of_violence") === "3")) return [];
  const parts = name.split(/,\s*(?=Government of )/);
  if (parts.every((part) => part.startsWith("Government of "))) {
    const numbers = row(`gwno${side}`)
      .split(/[,;]\s*/)
      .filter((n) => n !== "");
    const countries = parts.map((part, index) => {
      const country = part.slice("Government of ".length).trim();
      const byNumber = numbers.length === parts.length ? gwToIso3(numbers[index] as string) : undefined;
      const byRow = country === row("country") ? gwToIso3(row("country_id")) : undefined;
      return byNumber ?? countryByName(country) ?? byRow;
    });
    if (countries.every((iso) => iso !== undefined))
      return countries.map((iso) => ctx.country(iso as string));
    ctx.reporter.warn(
      line,
      "not_a_government",
      `side_${side} ${quote(name)}: no country found for it: kept as an organisation`,
    );
  }
  const sideId = row(`side_${side}_new_id`);
  const id = /^\d+$/.test(sideId) ? `ucdp-actor:${sideId}` : ctx.idForName("ucdp-actor", name);
  if (ctx.kindOf(id) !== undefined) return [id];
  const record: Organization = {
    id,
    kind: "organization",
    name,
    organizationType: "armed-group",
    ...(/^\d+$/.test(sideId) ? { identifiers: [{ scheme: "ucdp-actor", value: sideId }] } : {}),
  };
  const created = ctx.create(record);
  if (created.error !== undefined) {
    ctx.reporter.warn(
      line,
      "invalid_actor",
      `side_${side} ${quote(name)} could not be recorded: ${created.error}`,
    );
    return [];
  }
  return [created.id];
}

/** The day of a UCDP date (`2013-01-03`, or `2013-01-03 00:00:00.000` as UCDP's own CSV files write it). */
function dayOf(text: string): string | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00:00(?:\.0+)?Z?)?$/.exec(text)?.[1];
  return day !== undefined && isPartialDate(day) ? day : undefined;
}

/**
 * The event's date and end date at no finer precision than UCDP's `date_prec` delivers: 1 the exact day; 2
 * and 3 (a range of days, a week) the days of the range; 4 the month; 5 the year. A range that the
 * precision does not narrow to one day, month or year stays a range (`date` and `endDate`).
 */
function datesOf(start: string, end: string, precision: string): { date: string; endDate?: string } {
  const cut = precision === "5" ? 4 : precision === "4" ? 7 : 10;
  let from = start.slice(0, cut);
  let to = end.slice(0, cut);
  if ((precision === "2" || precision === "3") && to <= from) {
    // A range of days given as one day: the month is the finest honest date.
    from = start.slice(0, 7);
    to = from;
  }
  return to === from || to < from ? { date: from } : { date: from, endDate: to };
}

function countOf(ctx: ImportContext, row: Row, column: string, line: number): number | undefined {
  const text = row(column);
  if (text === "") return undefined;
  const count = parseCount(text);
  if (count === undefined)
    ctx.reporter.warn(line, "invalid_value", `${column} ${quote(text)} is not a count: not kept`);
  return count;
}

function casualtiesOf(ctx: ImportContext, row: Row, line: number): EventRecord["casualties"] {
  const figures = {
    dead: countOf(ctx, row, "best", line),
    deadLow: countOf(ctx, row, "low", line),
    deadHigh: countOf(ctx, row, "high", line),
    deadActors: countOf(ctx, row, "deaths_a", line),
    deadRecipients: countOf(ctx, row, "deaths_b", line),
    deadCivilians: countOf(ctx, row, "deaths_civilians", line),
    deadUnknown: countOf(ctx, row, "deaths_unknown", line),
  };
  const { dead, deadLow, deadHigh } = figures;
  if (
    dead !== undefined &&
    ((deadLow !== undefined && deadLow > dead) || (deadHigh !== undefined && deadHigh < dead))
  ) {
    ctx.reporter.warn(
      line,
      "inconsistent_value",
      `the estimates are not in order (low ${deadLow}, best ${dead}, high ${deadHigh}): kept as delivered`,
    );
  }
  const kept = Object.entries(figures).filter(([, value]) => value !== undefined);
  return kept.length === 0 ? undefined : (Object.fromEntries(kept) as EventRecord["casualties"]);
}

function locationOf(ctx: ImportContext, row: Row, line: number): EventRecord["location"] {
  const countryId = row("country_id");
  const country = gwToIso3(countryId) ?? (row("country") === "" ? undefined : countryByName(row("country")));
  if (country === undefined && `${countryId}${row("country")}` !== "") {
    ctx.reporter.warn(
      line,
      "unknown_country",
      `country ${quote(row("country"))} (${countryId}) has no ISO 3166-1 code: the location keeps its name only`,
    );
  }
  const names = [row("where_coordinates"), row("adm_2"), row("adm_1")].filter((name) => name !== "");
  const name = [...new Set(names)].join(", ");
  const latitude = row("latitude");
  const longitude = row("longitude");
  const coordinates = coordinatesOf(latitude, longitude);
  if (coordinates === undefined && `${latitude}${longitude}` !== "") {
    ctx.reporter.warn(
      line,
      "invalid_coordinates",
      `latitude/longitude ${quote(`${latitude}, ${longitude}`)} are not coordinates: not kept`,
    );
  }
  if (country === undefined && name === "" && coordinates === undefined) return undefined;
  return {
    ...(country === undefined ? {} : { country }),
    ...(name === "" ? {} : { name }),
    ...(coordinates === undefined ? {} : { coordinates }),
  };
}

/** The GED itself as a source, and each news office the row names, with its date and headline. */
function citationsOf(ctx: ImportContext, row: Row): NonNullable<EventRecord["citations"]> {
  const ged: Source = {
    id: SOURCE_ID,
    kind: "source",
    sourceType: "dataset",
    title: "UCDP Georeferenced Event Dataset (GED)",
    publisher: "Uppsala Conflict Data Program",
    url: "https://ucdp.uu.se/",
    licence: "CC BY 4.0",
  };
  ctx.create(ged);
  const relid = row("relid");
  const citations: NonNullable<EventRecord["citations"]> = [
    { source: SOURCE_ID, locator: relid === "" ? `id ${row("id")}` : `relid ${relid}` },
  ];
  const offices = row("source_office")
    .split(";")
    .map((office) => office.trim());
  const dates = row("source_date")
    .split(";")
    .map((date) => date.trim());
  const headlines = row("source_headline")
    .split(";")
    .map((headline) => headline.trim());
  const original = row("source_original");
  offices.forEach((office, index) => {
    if (office === "") return;
    const created = ctx.create({
      id: ctx.idForName("ucdp-source", office),
      kind: "source",
      sourceType: "news",
      publisher: office,
    });
    if (created.id === undefined) return;
    const date = dayOf(dates[index] ?? "");
    const headline = headlines[index] ?? "";
    citations.push({
      source: created.id,
      ...(headline === "" ? {} : { locator: headline }),
      ...(date === undefined ? {} : { reported: date }),
      ...(original === "" ? {} : { attributedAs: original }),
    });
  });
  return citations;
}

/** A UCDP state-based dyad as a conflict relationship between its two sides, once per dyad. */
function dyadOf(ctx: ImportContext, row: Row, sideA: readonly string[], sideB: readonly string[]): void {
  const dyad = row("dyad_new_id");
  if (!/^\d+$/.test(dyad) || ctx.kindOf(`ucdp-dyad:${dyad}`) !== undefined) return;
  if (sideA.length !== 1 || sideB.length !== 1 || sideA[0] === sideB[0]) {
    ctx.reporter.notKept("dyad_new_id (a dyad whose sides are not two records)");
    ctx.reserve(`ucdp-dyad:${dyad}`, "relationship");
    return;
  }
  const conflict = row("conflict_new_id");
  const record: Relationship = {
    id: `ucdp-dyad:${dyad}`,
    kind: "relationship",
    relationshipType: "conflict",
    parties: [sideA[0] as string, sideB[0] as string],
    ...(row("dyad_name") === "" ? {} : { label: row("dyad_name") }),
    ...(conflict === ""
      ? {}
      : { notes: `UCDP conflict ${conflict}${row("conflict_name") ? ` (${row("conflict_name")})` : ""}` }),
    citations: [{ source: SOURCE_ID, locator: `dyad ${dyad}` }],
  };
  ctx.create(record);
}

function notesOf(row: Row): string {
  const parts = [
    `UCDP GED ${VIOLENCE[Number(row("type_of_violence"))] ?? `type_of_violence ${row("type_of_violence")}`}`,
  ];
  const labelled = (label: string, id: string, name: string) =>
    id === "" && name === "" ? undefined : `${label} ${id}${name === "" ? "" : ` (${name})`}`;
  const conflict = labelled("conflict", row("conflict_new_id"), row("conflict_name"));
  const dyad = labelled("dyad", row("dyad_new_id"), row("dyad_name"));
  for (const part of [conflict, dyad]) if (part !== undefined) parts.push(part);
  for (const column of ["date_prec", "where_prec", "event_clarity"])
    if (row(column) !== "") parts.push(`${column} ${row(column)}`);
  if (row("where_description") !== "") parts.push(`where: ${row("where_description")}`);
  if (row("source_office") === "" && row("source_article") !== "")
    parts.push(`source: ${row("source_article")}`);
  return parts.join("; ");
}

function importRow(ctx: ImportContext, row: Row, line: number): void {
  const id = row("id");
  const key = /^\d{1,15}(?:\.0+)?$/.test(id) ? Number.parseInt(id, 10) : undefined;
  if (key === undefined || !isIdRest(id)) {
    ctx.reporter.skip(line, "invalid_id", `id ${quote(id)} is not a number`);
    return;
  }
  const start = dayOf(row("date_start"));
  const end = row("date_end") === "" ? start : dayOf(row("date_end"));
  if (start === undefined || end === undefined) {
    ctx.reporter.skip(
      line,
      "invalid_date",
      `date_start/date_end ${quote(`${row("date_start")}, ${row("date_end")}`)} are not dates (YYYY-MM-DD)`,
    );
    return;
  }
  const violence = row("type_of_violence");
  if (!/^[123]$/.test(violence))
    ctx.reporter.warn(
      line,
      "invalid_value",
      `type_of_violence ${quote(violence)} is not 1, 2 or 3: kept in the notes`,
    );
  const actors = sideOf(ctx, row, "a", line);
  const recipients = sideOf(ctx, row, "b", line);
  if (violence === "1") dyadOf(ctx, row, actors, recipients);
  if (end < start)
    ctx.reporter.warn(
      line,
      "period_reversed",
      `date_end ${end} is before date_start ${start}: the end is left out`,
    );
  const { date, endDate } = datesOf(start, end, row("date_prec"));
  const casualties = casualtiesOf(ctx, row, line);
  const location = locationOf(ctx, row, line);
  const sources = parseCount(row("number_of_sources"));
  const mentions = [
    ...actors
      .filter((actor) => actor.startsWith("country:") && row("side_a") !== "")
      .map((entity) => ({ entity, text: row("side_a"), role: "actor" as const })),
    ...recipients
      .filter((actor) => actor.startsWith("country:"))
      .map((entity) => ({ entity, text: row("side_b"), role: "recipient" as const })),
  ];
  for (const column of NOT_KEPT) if (row(column) !== "") ctx.reporter.notKept(column);
  const event: EventRecord = {
    id: `ucdp:${key}`,
    kind: "event",
    category: "ASSAULT",
    ...(violence === "1" ? { contexts: ["military"] } : {}),
    actors,
    ...(recipients.length === 0 ? {} : { recipients }),
    date,
    ...(endDate === undefined ? {} : { endDate }),
    ...(location === undefined ? {} : { location }),
    ...(casualties === undefined ? {} : { casualties }),
    ...(sources === undefined ? {} : { coding: { numSources: sources } }),
    ...(mentions.length === 0 ? {} : { mentions }),
    citations: citationsOf(ctx, row),
    notes: notesOf(row),
  };
  ctx.emit(event, line, key);
}

/** Whether a record is the HXL hashtag row of HDX's CSV files (`#date+year`, `#country+name`...). */
function isHxlRow(fields: readonly string[]): boolean {
  return (
    fields.some((field) => field.startsWith("#")) &&
    fields.every((field) => field === "" || field.startsWith("#"))
  );
}

/**
 * Imports a UCDP Georeferenced Event Dataset CSV file (any release; columns found by name) as a stream: one
 * ASSAULT event per row, `ucdp:<id>` (state-based conflict in the `military` context), side A as actors and
 * side B as recipients ("Government of X" as the country X, other sides as armed groups
 * `ucdp-actor:<side id>`, the civilians of one-sided violence as no record); the dates no finer than
 * `date_prec` says; best, low and high deaths and the deaths per side as casualties; the location with its
 * coordinates and Gleditsch-Ward country; citations of the GED and of the news sources it names. Each
 * state-based dyad becomes a `conflict` relationship, `ucdp-dyad:<dyad id>`, once. HDX's hashtag row is
 * recognised and passed over. Reading the import throws an `InputError` when the header lacks a required
 * column.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { importUcdp } from "bilateral/interop";
 * const run = importUcdp(createReadStream("GEDEvent_v23_1.csv"));
 * for await (const record of run) {
 *   if (record.kind === "event") console.log(record.id, record.date, record.casualties?.dead);
 * }
 * ```
 */
export function importUcdp(input: LineInput, options: ImportOptions = {}): ImportRun {
  const ctx = new ImportContext("ucdp", options);
  const reporter = ctx.reporter;
  return new ImportRun(reporter.report, async function* () {
    let columns: Map<string, number> | undefined;
    let width = 0;
    let first = true;
    for await (const batch of readCsvBatches(input, options)) {
      for (const entry of batch) {
        if (columns === undefined) {
          if (entry.error !== undefined)
            throw new InputError(`line ${entry.line}: ${entry.error} (expected the UCDP GED header row)`);
          const given = entry.fields.map((name) => {
            const key = name.trim().toLowerCase();
            return ALIASES[key] ?? key;
          });
          const names = given.map((name) => {
            const renamed = OLD_NAMES[name];
            return renamed !== undefined && !given.includes(renamed) ? renamed : name;
          });
          const missing = REQUIRED.filter((name) => !names.includes(name));
          if (missing.length > 0) {
            throw new InputError(
              `line ${entry.line} is not a UCDP GED header row: it lacks the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`,
            );
          }
          // Of two columns one name folds to, the first is read; a row has as many cells as the header.
          columns = new Map();
          for (const [index, name] of names.entries()) if (!columns.has(name)) columns.set(name, index);
          width = names.length;
          continue;
        }
        if (first && entry.fields !== undefined && isHxlRow(entry.fields)) {
          first = false;
          reporter.notKept("HXL hashtag row");
          continue;
        }
        first = false;
        reporter.row();
        if (entry.error !== undefined) {
          reporter.skip(entry.line, entry.code, entry.error);
          continue;
        }
        const fields = entry.fields;
        // Free text (headlines, sources, places) may hold line breaks; any other field holding one is a stray quote.
        const broken = [...columns].filter(
          ([name, at]) => !FREE_TEXT.has(name) && (fields[at] ?? "").includes("\n"),
        );
        if (broken.length > 0) {
          reporter.warn(
            entry.line,
            "multi_line_record",
            `the record spans lines ${entry.line} to ${entry.lastLine}: ${broken.map(([name]) => name).join(", ")} holds a line break`,
          );
        }
        const row = csvRow(reporter, entry.line, fields, columns, width);
        if (row === undefined) continue;
        guarded(ctx, entry.line, () => importRow(ctx, row, entry.line));
      }
      yield ctx.take();
    }
  });
}
