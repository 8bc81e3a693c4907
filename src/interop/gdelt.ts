import { toIso3 } from "../codes/country.js";
import { type LineInput, readLineBatches } from "../io/jsonl.js";
import type { EventRecord } from "../model/event.js";
import { resolveCameoActor } from "./cameo-actors.js";
import { mapCameoEvent } from "./cameo-event.js";
import { guarded, ImportContext } from "./context.js";
import {
  compactDate,
  compactDateTime,
  coordinatesOf,
  isHttpUrl,
  parseCount,
  parseDecimal,
  quote,
} from "./fields.js";
import { type ImportOptions, ImportRun } from "./import-run.js";

/**
 * The 61 columns of a GDELT 2.0 event export file, in order (the files have no header row). From the GDELT 2.0
 * Event Codebook.
 *
 * @category Interop
 * @example
 * ```ts
 * import { GDELT_COLUMNS } from "bilateral/interop";
 * GDELT_COLUMNS.length; //=> 61
 * GDELT_COLUMNS[26]; //=> "EventCode"
 * ```
 */
export const GDELT_COLUMNS = Object.freeze([
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...actorColumns("Actor1"),
  ...actorColumns("Actor2"),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...geoColumns("Actor1Geo"),
  ...geoColumns("Actor2Geo"),
  ...geoColumns("ActionGeo"),
  "DATEADDED",
  "SOURCEURL",
] as const);

function actorColumns<const P extends string>(prefix: P) {
  return [
    `${prefix}Code`,
    `${prefix}Name`,
    `${prefix}CountryCode`,
    `${prefix}KnownGroupCode`,
    `${prefix}EthnicCode`,
    `${prefix}Religion1Code`,
    `${prefix}Religion2Code`,
    `${prefix}Type1Code`,
    `${prefix}Type2Code`,
    `${prefix}Type3Code`,
  ] as const;
}

function geoColumns<const P extends string>(prefix: P) {
  return [
    `${prefix}_Type`,
    `${prefix}_FullName`,
    `${prefix}_CountryCode`,
    `${prefix}_ADM1Code`,
    `${prefix}_ADM2Code`,
    `${prefix}_Lat`,
    `${prefix}_Long`,
    `${prefix}_FeatureID`,
  ] as const;
}

const COLUMN_COUNT = 61;
const ACTOR1 = 5;
const ACTOR2 = 15;
const IS_ROOT = 25;
const EVENT_CODE = 26;
const QUAD_CLASS = 29;
const GOLDSTEIN = 30;
const ACTOR1_GEO = 35;
const ACTOR2_GEO = 43;
const ACTION_GEO = 51;
const DATE_ADDED = 59;
const SOURCE_URL = 60;

function actorOf(ctx: ImportContext, f: readonly string[], at: number, label: string, line: number) {
  const code = f[at] ?? "";
  if (code === "") return undefined;
  return resolveCameoActor(
    ctx,
    {
      code,
      name: f[at + 1],
      countryCode: f[at + 2],
      groupCode: f[at + 3],
      otherCodes: [f[at + 4] ?? "", f[at + 5] ?? "", f[at + 6] ?? ""],
      types: [f[at + 7] ?? "", f[at + 8] ?? "", f[at + 9] ?? ""].filter((type) => type !== ""),
      label,
    },
    line,
  );
}

/**
 * A GDELT geography (ActionGeo, Actor1Geo or Actor2Geo, from its `_Type` column at `at`) as a location: the
 * FIPS country mapped to ISO alpha-3, the other fields kept as delivered. Undefined when the type is empty or
 * 0 (no geography).
 */
function geoOf(
  ctx: ImportContext,
  f: readonly string[],
  at: number,
  label: string,
  line: number,
): EventRecord["location"] {
  const type = (f[at] ?? "").trim();
  if (type === "" || type === "0") return undefined;
  const name = (f[at + 1] ?? "").trim();
  const fips = f[at + 2] ?? "";
  let country: string | undefined;
  if (fips !== "") {
    country = toIso3(fips, "fips");
    if (country === undefined) {
      ctx.reporter.warn(
        line,
        "unknown_fips",
        `${label}_CountryCode ${quote(fips)} is not a FIPS 10-4 code of an ISO 3166-1 country: the location keeps its name and coordinates only`,
      );
    }
  }
  const coordinates = coordinatesOf(f[at + 5] ?? "", f[at + 6] ?? "");
  if (coordinates === undefined && `${f[at + 5]}${f[at + 6]}` !== "") {
    ctx.reporter.warn(
      line,
      "invalid_coordinates",
      `${label}_Lat/${label}_Long ${quote(`${f[at + 5]}, ${f[at + 6]}`)} are not coordinates: not kept`,
    );
  }
  const adm1 = (f[at + 3] ?? "").trim();
  const featureId = (f[at + 7] ?? "").trim();
  if ((f[at + 4] ?? "") !== "") ctx.reporter.notKept(`${label}_ADM2Code`);
  return {
    ...(country === undefined ? {} : { country }),
    ...(name === "" ? {} : { name }),
    ...(coordinates === undefined ? {} : { coordinates }),
    ...(featureId === "" ? {} : { featureId }),
    ...(adm1 === "" ? {} : { adm1 }),
    featureType: type,
  };
}

/** Where GDELT places the event's actor and recipient (Actor1Geo, Actor2Geo), with the entity each names. */
function actorLocationsOf(
  ctx: ImportContext,
  f: readonly string[],
  actor1: string | undefined,
  actor2: string | undefined,
  line: number,
): EventRecord["actorLocations"] {
  const out: NonNullable<EventRecord["actorLocations"]> = [];
  for (const [entity, at, role, label] of [
    [actor1, ACTOR1_GEO, "actor", "Actor1Geo"],
    [actor2, ACTOR2_GEO, "recipient", "Actor2Geo"],
  ] as const) {
    const geo = geoOf(ctx, f, at, label, line);
    if (geo !== undefined) out.push({ role, ...(entity === undefined ? {} : { entity }), ...geo });
  }
  return out.length === 0 ? undefined : out;
}

function codingOf(
  ctx: ImportContext,
  f: readonly string[],
  line: number,
  cameoAsDelivered: string | undefined,
): EventRecord["coding"] {
  const coding: NonNullable<EventRecord["coding"]> = {};
  const doubtful = (field: string, value: string, why: string) =>
    ctx.reporter.warn(line, "invalid_value", `${field} ${quote(value)} ${why}: not kept`);
  const goldstein = f[GOLDSTEIN] ?? "";
  if (goldstein !== "") {
    const value = parseDecimal(goldstein);
    if (value !== undefined && value >= -10 && value <= 10) coding.goldstein = value;
    else doubtful("GoldsteinScale", goldstein, "is not a number from -10 to 10");
  }
  const counts = [
    ["NumMentions", "numMentions"],
    ["NumSources", "numSources"],
    ["NumArticles", "numArticles"],
  ] as const;
  counts.forEach(([field, key], index) => {
    const text = f[GOLDSTEIN + 1 + index] ?? "";
    if (text === "") return;
    const value = parseCount(text);
    if (value !== undefined) coding[key] = value;
    else doubtful(field, text, "is not a whole number");
  });
  const tone = f[GOLDSTEIN + 4] ?? "";
  if (tone !== "") {
    const value = parseDecimal(tone);
    if (value !== undefined) coding.avgTone = value;
    else doubtful("AvgTone", tone, "is not a number");
  }
  const root = f[IS_ROOT] ?? "";
  if (root === "1" || root === "0") coding.isRootEvent = root === "1";
  else if (root !== "") doubtful("IsRootEvent", root, "is not 0 or 1");
  if (cameoAsDelivered !== undefined) coding.cameoAsDelivered = cameoAsDelivered;
  const added = f[DATE_ADDED] ?? "";
  if (added !== "") {
    const value = compactDateTime(added);
    if (value !== undefined) coding.dateAdded = value;
    else
      ctx.reporter.warn(
        line,
        "invalid_date",
        `DATEADDED ${quote(added)} is not a date and time (YYYYMMDDhhmmss): not kept`,
      );
  }
  return Object.keys(coding).length === 0 ? undefined : coding;
}

function importRow(ctx: ImportContext, text: string, line: number): void {
  const f = text.split("\t");
  if (f.length !== COLUMN_COUNT) {
    ctx.reporter.skip(
      line,
      "column_count",
      `expected ${COLUMN_COUNT} tab-separated columns, got ${f.length}${f.length < COLUMN_COUNT ? " (a truncated or GDELT 1.0 row?)" : ""}`,
    );
    return;
  }
  const eventId = f[0] as string;
  if (!/^\d{1,15}$/.test(eventId)) {
    ctx.reporter.skip(line, "invalid_id", `GLOBALEVENTID ${quote(eventId)} is not a number`);
    return;
  }
  const date = compactDate(f[1] as string);
  if (date === undefined) {
    ctx.reporter.skip(line, "invalid_date", `SQLDATE ${quote(f[1] as string)} is not a date (YYYYMMDD)`);
    return;
  }
  const mapping = mapCameoEvent(ctx, f[EVENT_CODE] as string, line, "EventCode", [
    { label: "EventBaseCode", code: f[EVENT_CODE + 1] as string },
    { label: "EventRootCode", code: f[EVENT_CODE + 2] as string },
  ]);
  if (mapping === undefined) return;

  // A row without Actor1 is an event whose actor GDELT does not name: it has no actors (Actor2 stays the
  // recipient; it is not moved up).
  const actor1 = actorOf(ctx, f, ACTOR1, "Actor1", line);
  if (actor1 === undefined && (f[ACTOR1] as string) !== "") {
    ctx.reporter.skip(
      line,
      "invalid_actor",
      `Actor1Code ${quote(f[ACTOR1] as string)} could not be recorded as an actor`,
    );
    return;
  }
  const actor2 = actorOf(ctx, f, ACTOR2, "Actor2", line);
  const mentions: NonNullable<EventRecord["mentions"]> = [];
  for (const [entity, at, role, field] of [
    [actor1, ACTOR1 + 1, "actor", "Actor1Name"],
    [actor2, ACTOR2 + 1, "recipient", "Actor2Name"],
  ] as const) {
    const text = (f[at] ?? "").trim();
    if (text === "") continue;
    if (entity !== undefined) mentions.push({ entity, text, role });
    else ctx.reporter.notKept(`${field} (no actor recorded for it)`);
  }
  const quad = f[QUAD_CLASS] as string;
  let quadClass: EventRecord["quadClass"];
  if (quad === "1" || quad === "2" || quad === "3" || quad === "4") {
    quadClass = { value: Number(quad) as 1 | 2 | 3 | 4, basis: "gdelt" };
  } else if (quad !== "") {
    ctx.reporter.warn(line, "invalid_value", `QuadClass ${quote(quad)} is not 1, 2, 3 or 4: not kept`);
  }

  let notes: string | undefined;
  const sourceUrl = (f[SOURCE_URL] as string).trim();
  let citations: EventRecord["citations"];
  if (sourceUrl !== "") {
    if (isHttpUrl(sourceUrl)) {
      citations = [{ url: sourceUrl }];
    } else {
      notes = `SOURCEURL as delivered: ${sourceUrl}`;
      ctx.reporter.warn(
        line,
        "invalid_url",
        `SOURCEURL ${quote(sourceUrl)} is not an http(s) URL: kept in the notes rather than as a citation`,
      );
    }
  }
  const location = geoOf(ctx, f, ACTION_GEO, "ActionGeo", line);
  const actorLocations = actorLocationsOf(ctx, f, actor1, actor2, line);
  const coding = codingOf(ctx, f, line, mapping.delivered);
  const event: EventRecord = {
    id: `gdelt:${eventId}`,
    kind: "event",
    ...(mapping.category === undefined ? {} : { category: mapping.category }),
    ...(mapping.mode === undefined ? {} : { mode: mapping.mode as EventRecord["mode"] }),
    ...(mapping.contexts === undefined ? {} : { contexts: mapping.contexts as EventRecord["contexts"] }),
    actors: actor1 === undefined ? [] : [actor1],
    ...(actor2 === undefined ? {} : { recipients: [actor2] }),
    date,
    ...(location === undefined ? {} : { location }),
    ...(actorLocations === undefined ? {} : { actorLocations }),
    ...(quadClass === undefined ? {} : { quadClass }),
    ...(mapping.cameo === undefined ? {} : { cameo: mapping.cameo }),
    ...(coding === undefined ? {} : { coding }),
    ...(mentions.length === 0 ? {} : { mentions }),
    ...(citations === undefined ? {} : { citations }),
    ...(notes === undefined ? {} : { notes }),
  };
  ctx.emit(event, line, Number(eventId), true);
}

/**
 * Imports a GDELT 2.0 event export file (61 tab-separated columns, no header row) as a stream: one event per
 * row, `gdelt:<GLOBALEVENTID>`, on the PLOVER backbone by the official CAMEO -> PLOVER table (a row of CAMEO
 * root 01 or 02, which PLOVER drops, is a CAMEO-only event: no category, its CAMEO code kept), with the CAMEO
 * code, GDELT's QuadClass (`basis: "gdelt"`), GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone,
 * IsRootEvent and DATEADDED (`coding`), the actor names (`mentions`), the actors' geography
 * (`actorLocations`, wherever it is) and SOURCEURL (a citation) kept as delivered; FIPS geo codes mapped to
 * ISO alpha-3; actors as countries (`country:IRN`) or organisations
 * (`cameo-actor:IRNGOV`) produced before the events that name them. A row without Actor1 is an event with no
 * actors (Actor2 stays its recipient). A malformed row is skipped and reported, never fatal. See the interop
 * guide for the full mapping.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { collectImport, importGdelt } from "bilateral/interop";
 * const { dataset, report } = await collectImport(importGdelt(createReadStream("20191024143000.export.CSV")));
 * console.log(report.read, report.imported, report.skippedBy);
 * ```
 */
export function importGdelt(input: LineInput, options: ImportOptions = {}): ImportRun {
  const ctx = new ImportContext("gdelt", options);
  const reporter = ctx.reporter;
  return new ImportRun(reporter.report, async function* () {
    for await (const batch of readLineBatches(input, options)) {
      for (const entry of batch) {
        if (entry.error !== undefined) {
          reporter.row();
          reporter.skip(entry.line, entry.code, entry.error);
          continue;
        }
        if (entry.text === "") continue;
        reporter.row();
        guarded(ctx, entry.line, () => importRow(ctx, entry.text, entry.line));
      }
      yield ctx.take();
    }
  });
}
