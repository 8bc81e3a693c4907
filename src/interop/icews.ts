import { InputError } from "../core/errors.js";
import { type LineInput, readLineBatches } from "../io/jsonl.js";
import type { EventRecord } from "../model/event.js";
import type { Organization } from "../model/organization.js";
import type { Source } from "../model/source.js";
import { isPartialDate } from "../time/partial-date.js";
import { organizationTypeOf } from "./cameo-actors.js";
import { mapCameoEvent } from "./cameo-event.js";
import { guarded, ImportContext, shortHash } from "./context.js";
import { coordinatesOf, parseDecimal, quote } from "./fields.js";
import { icewsCountryCode } from "./icews-countries.js";
import { type ImportOptions, ImportRun } from "./import-run.js";

/**
 * The columns of an ICEWS coded event file (tab-separated, with this header row), as the Dataverse files have
 * them. The importer finds them by name, so their order may vary; the first nine are required.
 *
 * @category Interop
 * @example
 * ```ts
 * import { ICEWS_COLUMNS } from "bilateral/interop";
 * ICEWS_COLUMNS[0]; //=> "Event ID"
 * ```
 */
export const ICEWS_COLUMNS = Object.freeze([
  "Event ID",
  "Event Date",
  "Source Name",
  "Source Sectors",
  "Source Country",
  "CAMEO Code",
  "Target Name",
  "Target Sectors",
  "Target Country",
  "Event Text",
  "Intensity",
  "Story ID",
  "Sentence Number",
  "Publisher",
  "City",
  "District",
  "Province",
  "Country",
  "Latitude",
  "Longitude",
] as const);

type IcewsColumn = (typeof ICEWS_COLUMNS)[number];
const REQUIRED: readonly IcewsColumn[] = ICEWS_COLUMNS.slice(0, 9);

/*
 * ICEWS sector names -> CAMEO actor type codes, so that ICEWS actors get the three-letter sectors the model
 * keeps and an organisation type. Our own table (ICEWS publishes no such crosswalk): it covers the common
 * sectors; every sector name is kept as delivered in the actor's notes.
 */
const ICEWS_SECTOR_CODES: Readonly<Record<string, string>> = Object.freeze({
  Government: "GOV",
  Executive: "GOV",
  "Executive Office": "GOV",
  Cabinet: "GOV",
  Military: "MIL",
  Army: "MIL",
  Navy: "MIL",
  "Air Force": "MIL",
  Marines: "MIL",
  Police: "COP",
  Judicial: "JUD",
  "Legislative / Parliamentary": "LEG",
  "Upper House": "LEG",
  "Lower House": "LEG",
  Parties: "PTY",
  "(National) Major Party": "PTY",
  "(National) Minor Party": "PTY",
  "Government Major Party (In Government)": "PTY",
  "Opposition Major Party (Out Of Government)": "PTY",
  Business: "BUS",
  Media: "MED",
  News: "MED",
  Education: "EDU",
  Health: "HLH",
  "General Population / Civilian / Social": "CVL",
  Dissident: "OPP",
  "Protestors / Popular Opposition / Mobs": "OPP",
  Rebel: "REB",
  Insurgents: "INS",
  Separatists: "SEP",
  "Unidentified Forces": "UAF",
  "International Government Organization": "IGO",
  "Nongovernmental Organization": "NGO",
  "Nongovernmental Organization (International)": "NGO",
  Elite: "ELI",
  Refugees: "REF",
  Labor: "LAB",
  Agricultural: "AGR",
  Criminal: "CRM",
  Environment: "ENV",
  "Human Rights": "HRI",
});

function sectorCode(name: string): string | undefined {
  const exact = ICEWS_SECTOR_CODES[name];
  if (exact !== undefined) return exact;
  if (/ Ministry$/.test(name)) return "GOV";
  if (/ Business$/.test(name)) return "BUS";
  if (/ IGOs$/.test(name)) return "IGO";
  if (/ NGOs$/.test(name)) return "NGO";
  return undefined;
}

function value(text: string | undefined): string {
  const trimmed = (text ?? "").trim();
  return trimmed === "NA" ? "" : trimmed;
}

type Row = (column: IcewsColumn) => string;

function resolveActor(
  ctx: ImportContext,
  row: Row,
  side: "Source" | "Target",
  line: number,
): string | undefined {
  const name = value(row(`${side} Name`));
  if (name === "") return undefined;
  const countryName = value(row(`${side} Country`));
  let iso: string | undefined;
  if (countryName !== "") {
    iso = icewsCountryCode(countryName);
    if (iso === undefined) {
      ctx.reporter.warn(
        line,
        "unknown_country",
        `${side} Country ${quote(countryName)} is not a country with an ISO 3166-1 code: the actor is kept without a country`,
      );
    }
  }
  const sectorNames = value(row(`${side} Sectors`))
    .split(",")
    .map((sector) => sector.trim())
    .filter((sector) => sector !== "");
  if (sectorNames.length === 0 && iso !== undefined && icewsCountryCode(name) === iso)
    return ctx.country(iso);
  const id = ctx.idForName("icews-actor", name);
  if (ctx.kindOf(id) !== undefined) return id;
  const sectors = [
    ...new Set(sectorNames.map(sectorCode).filter((code): code is string => code !== undefined)),
  ];
  const record: Organization = {
    id,
    kind: "organization",
    name,
    organizationType: organizationTypeOf(sectors),
    ...(iso === undefined ? {} : { country: ctx.country(iso) }),
    ...(sectors.length === 0 ? {} : { sectors }),
    ...(sectorNames.length === 0 ? {} : { notes: `ICEWS sectors: ${sectorNames.join(", ")}` }),
  };
  const created = ctx.create(record);
  if (created.error !== undefined) {
    ctx.reporter.warn(
      line,
      "invalid_actor",
      `${side} Name ${quote(name)} could not be recorded: ${created.error}`,
    );
    return undefined;
  }
  return created.id;
}

function locationOf(ctx: ImportContext, row: Row, line: number): EventRecord["location"] {
  const parts = (["City", "District", "Province", "Country"] as const).map((column) => value(row(column)));
  const countryName = parts[3] as string;
  let country: string | undefined;
  if (countryName !== "") {
    country = icewsCountryCode(countryName);
    if (country === undefined) {
      ctx.reporter.warn(
        line,
        "unknown_country",
        `Country ${quote(countryName)} is not a country with an ISO 3166-1 code: the location keeps its name only`,
      );
    }
  }
  const latitude = value(row("Latitude"));
  const longitude = value(row("Longitude"));
  const coordinates = coordinatesOf(latitude, longitude);
  if (coordinates === undefined && `${latitude}${longitude}` !== "") {
    ctx.reporter.warn(
      line,
      "invalid_coordinates",
      `Latitude/Longitude ${quote(`${latitude}, ${longitude}`)} are not coordinates: not kept`,
    );
  }
  const name = parts.filter((part) => part !== "").join(", ");
  if (name === "" && coordinates === undefined) return undefined;
  return {
    ...(country === undefined ? {} : { country }),
    ...(name === "" ? {} : { name }),
    ...(coordinates === undefined ? {} : { coordinates }),
  };
}

function citationOf(ctx: ImportContext, row: Row): EventRecord["citations"] {
  const publisher = value(row("Publisher"));
  const story = value(row("Story ID"));
  const sentence = value(row("Sentence Number"));
  if (publisher === "") {
    if (story !== "") ctx.reporter.notKept("Story ID (no Publisher to cite)");
    return undefined;
  }
  const source: Source = {
    id: ctx.idForName("icews-source", publisher),
    kind: "source",
    sourceType: "news",
    publisher,
  };
  const created = ctx.create(source);
  if (created.error !== undefined) return undefined;
  const locator = [story === "" ? "" : `story ${story}`, sentence === "" ? "" : `sentence ${sentence}`]
    .filter((part) => part !== "")
    .join(", ");
  return [{ source: created.id, ...(locator === "" ? {} : { locator }) }];
}

/** The rows imported so far, by Event ID: the line and a hash of the rest of the row. */
type SeenEvents = Map<number, { readonly line: number; readonly hash: string }>;

/** A hash of a row's content, its Event ID left out (ICEWS repeats an event under its id). */
function contentHash(fields: readonly string[], columns: ReadonlyMap<string, number>): string {
  const idAt = columns.get("Event ID");
  return shortHash(fields.filter((_, at) => at !== idAt).join("\t"));
}

/**
 * Reports a row that repeats the Event ID of a row imported before (`repeated_event`), saying whether its
 * content differs. Returns true when it is one (the row is not imported again).
 */
function isRepeated(ctx: ImportContext, seen: SeenEvents, id: number, hash: string, line: number): boolean {
  const first = seen.get(id);
  if (first === undefined) return false;
  const same = first.hash === hash;
  ctx.reporter.skip(
    line,
    "repeated_event",
    `Event ID ${id} repeats the event imported from line ${first.line}, ${same ? "with the same content" : "with different content (another source, actor, code, date or place): the first row is kept"}; not imported twice`,
  );
  return true;
}

function importRow(
  ctx: ImportContext,
  fields: readonly string[],
  columns: ReadonlyMap<string, number>,
  line: number,
  seen: SeenEvents,
) {
  const row: Row = (column) => {
    const at = columns.get(column);
    return at === undefined ? "" : (fields[at] ?? "");
  };
  const eventId = value(row("Event ID"));
  if (!/^\d{1,15}$/.test(eventId)) {
    ctx.reporter.skip(line, "invalid_id", `Event ID ${quote(eventId)} is not a number`);
    return;
  }
  const hash = contentHash(fields, columns);
  if (isRepeated(ctx, seen, Number(eventId), hash, line)) return;
  const dateText = value(row("Event Date"));
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateText) ? dateText : undefined;
  if (date === undefined || !isPartialDate(date)) {
    ctx.reporter.skip(line, "invalid_date", `Event Date ${quote(dateText)} is not a date (YYYY-MM-DD)`);
    return;
  }
  const mapping = mapCameoEvent(ctx, value(row("CAMEO Code")), line, "CAMEO Code");
  if (mapping === undefined) return;
  // An empty Source Name is an event whose actor ICEWS does not name: it has no actors (the target stays the
  // recipient).
  const actor = resolveActor(ctx, row, "Source", line);
  if (actor === undefined && value(row("Source Name")) !== "") {
    ctx.reporter.skip(
      line,
      "invalid_actor",
      `Source Name ${quote(value(row("Source Name")))} could not be recorded as an actor`,
    );
    return;
  }
  const recipient = resolveActor(ctx, row, "Target", line);
  const intensityText = value(row("Intensity"));
  let intensity: number | undefined;
  if (intensityText !== "") {
    const parsed = parseDecimal(intensityText);
    if (parsed !== undefined && parsed >= -10 && parsed <= 10) intensity = parsed;
    else
      ctx.reporter.warn(
        line,
        "invalid_value",
        `Intensity ${quote(intensityText)} is not a number from -10 to 10: not kept`,
      );
  }
  if (value(row("Event Text")) !== "") ctx.reporter.notKept("Event Text (the CAMEO code's name)");
  const location = locationOf(ctx, row, line);
  const citations = citationOf(ctx, row);
  const event: EventRecord = {
    id: `icews:${eventId}`,
    kind: "event",
    ...(mapping.category === undefined ? {} : { category: mapping.category }),
    ...(mapping.mode === undefined ? {} : { mode: mapping.mode as EventRecord["mode"] }),
    ...(mapping.contexts === undefined ? {} : { contexts: mapping.contexts as EventRecord["contexts"] }),
    actors: actor === undefined ? [] : [actor],
    ...(recipient === undefined ? {} : { recipients: [recipient] }),
    date,
    ...(location === undefined ? {} : { location }),
    ...(intensity === undefined ? {} : { intensity }),
    ...(mapping.cameo === undefined ? {} : { cameo: mapping.cameo }),
    ...(mapping.delivered === undefined ? {} : { coding: { cameoAsDelivered: mapping.delivered } }),
    ...(citations === undefined ? {} : { citations }),
  };
  if (ctx.emit(event, line, Number(eventId), true)) seen.set(Number(eventId), { line, hash });
}

/**
 * Imports an ICEWS coded event file (tab-separated, header row) as a stream: one event per row,
 * `icews:<Event ID>`, on the PLOVER backbone by the official CAMEO -> PLOVER table (a row of CAMEO root 01 or
 * 02, which PLOVER drops, is a CAMEO-only event: no category, its CAMEO code kept), with the CAMEO code and
 * Intensity kept as delivered; a row repeating an Event ID already imported is reported (`repeated_event`,
 * saying whether its content differs), not imported twice; country names mapped to ISO alpha-3 ({@link icewsCountryCode}); actors as
 * countries or organisations (`icews-actor:<name>`) with their sectors; the publisher as a source cited with
 * the story and sentence. A malformed row is skipped and reported, never fatal; a file whose first line is
 * not an ICEWS header is refused: reading the import throws an error named `InputError` that names the
 * missing columns.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { importIcews } from "bilateral/interop";
 * const run = importIcews(createReadStream("events.2018.sample.tab"));
 * for await (const record of run) if (record.kind === "event") console.log(record.id, record.category);
 * ```
 */
export function importIcews(input: LineInput, options: ImportOptions = {}): ImportRun {
  const ctx = new ImportContext("icews", options);
  const reporter = ctx.reporter;
  return new ImportRun(reporter.report, async function* () {
    let columns: Map<string, number> | undefined;
    const seen: SeenEvents = new Map();
    for await (const batch of readLineBatches(input, options)) {
      for (const entry of batch) {
        if (columns === undefined) {
          if (entry.error === undefined && entry.text.trim() === "") continue;
          if (entry.error !== undefined)
            throw new InputError(`line ${entry.line}: ${entry.error} (expected the ICEWS header row)`);
          const names = entry.text.split("\t").map((name) => name.trim());
          const missing = REQUIRED.filter((name) => !names.includes(name));
          if (missing.length > 0) {
            throw new InputError(
              `line ${entry.line} is not an ICEWS header row: it lacks the column${missing.length === 1 ? "" : "s"} ${missing.map((name) => JSON.stringify(name)).join(", ")}`,
            );
          }
          columns = new Map(names.map((name, index) => [name, index]));
          for (const name of names) {
            if (!(ICEWS_COLUMNS as readonly string[]).includes(name))
              reporter.notKept(`column "${name}" (not an ICEWS column)`);
          }
          continue;
        }
        if (entry.error !== undefined) {
          reporter.row();
          reporter.skip(entry.line, entry.code, entry.error);
          continue;
        }
        if (entry.text === "") continue;
        reporter.row();
        const fields = entry.text.split("\t");
        if (fields.length !== columns.size) {
          reporter.skip(
            entry.line,
            "column_count",
            `expected ${columns.size} tab-separated columns (as in the header), got ${fields.length}`,
          );
          continue;
        }
        const known = columns;
        guarded(ctx, entry.line, () => importRow(ctx, fields, known, entry.line, seen));
      }
      yield ctx.take();
    }
  });
}
