import { toIso3 } from "../codes/country.js";
import {
  isPloverCategory,
  isPloverContext,
  isPloverMode,
  PLOVER_LEGACY_CATEGORY_NAMES,
  type PloverCategory,
} from "../codes/plover.js";
import { readJsonRecords } from "../io/json-array.js";
import type { LineInput } from "../io/jsonl.js";
import type { Citation } from "../model/base.js";
import type { EventRecord } from "../model/event.js";
import type { Source } from "../model/source.js";
import { isPartialDate } from "../time/partial-date.js";
import { CAMEO_ACTOR_TYPES, resolveCameoActor } from "./cameo-actors.js";
import { guarded, ImportContext, isIdRest } from "./context.js";
import { coordinatesOf, isHttpUrl, parseCount, parseDecimal, quote } from "./fields.js";
import { type ImportOptions, ImportRun } from "./import-run.js";

/**
 * How the names of one PLOVER version map to PLOVER 0.8: record fields, event categories, modes and contexts.
 * A name missing from a table is taken as it is.
 *
 * @category Interop
 * @example
 * ```ts
 * import { PLOVER_VERSION_ALIASES, type PloverVersionAliases } from "bilateral/interop";
 * const legacy: PloverVersionAliases = PLOVER_VERSION_ALIASES["0.6"];
 * legacy.fields.source; //=> "actor"
 * ```
 */
export interface PloverVersionAliases {
  /** Record fields: old name -> 0.8 name. */
  readonly fields: Readonly<Record<string, string>>;
  /** Actor fields: old name -> 0.8 name. */
  readonly actorFields: Readonly<Record<string, string>>;
  /** Event categories: old name -> 0.8 category, or `null` for a category dropped without replacement. */
  readonly categories: Readonly<Record<string, PloverCategory | null>>;
  /** Modes: old name -> 0.8 mode. */
  readonly modes: Readonly<Record<string, string>>;
}

// The renamed categories (src/codes, from the PLOVER manual), and CRIME, which 0.8 dropped without replacement.
const LEGACY_CATEGORIES: Readonly<Record<string, PloverCategory | null>> = Object.freeze({
  ...PLOVER_LEGACY_CATEGORY_NAMES,
  CRIME: null,
});

const LEGACY: PloverVersionAliases = Object.freeze({
  // The 0.5/0.6 field names of the gold standard records (PLOVER manual draft 0.8, "older names").
  fields: Object.freeze({
    source: "actor",
    target: "recipient",
    eventText: "event_text",
    eventLoc: "event_loc",
  }),
  actorFields: Object.freeze({ actorText: "entity_text" }),
  categories: LEGACY_CATEGORIES,
  // Modes renamed or merged by 0.8: "host" is the visit seen from the host (CAMEO2PLOVER maps 042 and 043 both
  // to "visit"); organised and spontaneous demonstrations and riots became "demo" and "riot"; hunger strikes
  // became their own mode "hunger", other strikes "strike".
  modes: Object.freeze({
    host: "visit",
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot-org": "riot",
    "riot-spon": "riot",
    "strike-gen": "strike",
    "strike-hun": "hunger",
  }),
});

const CURRENT: PloverVersionAliases = Object.freeze({
  fields: Object.freeze({}),
  actorFields: Object.freeze({}),
  categories: Object.freeze({}),
  modes: Object.freeze({}),
});

/**
 * The versioned alias table of the PLOVER importer: for each PLOVER version (0.5 to 0.8), how its names map
 * to PLOVER 0.8's. Versions 0.5 and 0.6 (the gold standard records) use `source`/`target`, `eventText`,
 * `eventLoc` and the categories DEMAND, DISAPPROVE, INVESTIGATE, FIGHT (and CRIME, dropped); 0.7 is read
 * with the same aliases, as it is documented nowhere we could check; 0.8 needs none. A record's version comes
 * from its `version` field ("0.5b1" is 0.5), else from its field names.
 *
 * @category Interop
 * @example
 * ```ts
 * import { PLOVER_VERSION_ALIASES } from "bilateral/interop";
 * PLOVER_VERSION_ALIASES["0.5"].categories.FIGHT; //=> "ASSAULT"
 * PLOVER_VERSION_ALIASES["0.5"].modes.host; //=> "visit"
 * PLOVER_VERSION_ALIASES["0.8"].categories.FIGHT; //=> undefined
 * ```
 */
export const PLOVER_VERSION_ALIASES: Readonly<Record<"0.5" | "0.6" | "0.7" | "0.8", PloverVersionAliases>> =
  Object.freeze({ "0.5": LEGACY, "0.6": LEGACY, "0.7": LEGACY, "0.8": CURRENT });

/**
 * A PLOVER version the importer knows.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { PloverVersion } from "bilateral/interop";
 * const version: PloverVersion = "0.8";
 * ```
 */
export type PloverVersion = keyof typeof PLOVER_VERSION_ALIASES;

/**
 * Options of {@link importPlover}.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { PloverImportOptions } from "bilateral/interop";
 * const options: PloverImportOptions = { version: "0.6" };
 * ```
 */
export interface PloverImportOptions extends ImportOptions {
  /** Read every record as this version, whatever its `version` field says. */
  readonly version?: PloverVersion;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function versionOf(record: Json, forced: PloverVersion | undefined): PloverVersion {
  if (forced !== undefined) return forced;
  const declared = typeof record.version === "string" ? /^0\.([5-8])/.exec(record.version.trim()) : null;
  if (declared !== null) return `0.${declared[1]}` as PloverVersion;
  return Object.hasOwn(record, "source") ||
    Object.hasOwn(record, "target") ||
    Object.hasOwn(record, "eventText")
    ? "0.6"
    : "0.8";
}

/** The record's fields under their 0.8 names (an old name is used only when the 0.8 name is absent). */
function renamed(record: Json, aliases: PloverVersionAliases): Json {
  const out: Json = Object.create(null);
  for (const [key, value] of Object.entries(record)) {
    const name = aliases.fields[key] ?? key;
    if (name !== key && Object.hasOwn(record, name)) continue;
    out[name] = value;
  }
  return out;
}

const GROUP_CODES = new Set(["IGO", "UNO", "NGO", "IMG", "MNC", "ISM", "EUR", "NGM", "INT"]);

/** An actor or recipient of a record: the record id it resolved to, and the text that named it. */
interface ResolvedActor {
  readonly id: string;
  readonly text?: string | undefined;
}

function resolveActor(
  ctx: ImportContext,
  entry: unknown,
  label: string,
  aliases: PloverVersionAliases,
  line: number,
): ResolvedActor | undefined {
  if (!isObject(entry)) {
    ctx.reporter.warn(line, "invalid_actor", `${label} is not an object: not kept`);
    return undefined;
  }
  const actor: Json = Object.create(null);
  for (const [key, value] of Object.entries(entry)) actor[aliases.actorFields[key] ?? key] = value;
  const code = text(actor.code);
  if (code === undefined) {
    ctx.reporter.warn(line, "invalid_actor", `${label} has no code: not kept`);
    return undefined;
  }
  const sector = text(actor.sector) ?? "";
  const types = sector === "" ? [] : sector.length % 3 === 0 ? (sector.match(/.{3}/g) ?? []) : [sector];
  const isCountry = toIso3(code, "cameo") !== undefined;
  const isGroup = !isCountry && (GROUP_CODES.has(code) || CAMEO_ACTOR_TYPES[code] !== undefined);
  if (actor.identifier_id !== undefined) ctx.reporter.notKept("actor identifier_id");
  const name = text(actor.entity_text);
  const id = resolveCameoActor(
    ctx,
    {
      code: `${code}${sector}`,
      name,
      ...(isGroup ? { groupCode: code } : { countryCode: code }),
      types,
      label,
    },
    line,
  );
  return id === undefined ? undefined : { id, text: name };
}

function sourceOf(ctx: ImportContext, record: Json): Citation | undefined {
  const cite = isObject(record.cite_info) ? record.cite_info : undefined;
  const publication = text(cite?.publication) ?? text(record.publication);
  const url = text(cite?.url);
  const citation: { source?: string; url?: string } = {};
  if (url !== undefined && isHttpUrl(url)) citation.url = url;
  if (publication !== undefined) {
    const source: Source = {
      id: ctx.idForName("plover-source", publication),
      kind: "source",
      publisher: publication,
      ...(text(cite?.title) === undefined ? {} : { title: text(cite?.title) }),
    };
    const created = ctx.create(source);
    if (created.id !== undefined) citation.source = created.id;
  }
  return citation.source === undefined && citation.url === undefined ? undefined : citation;
}

function importDocument(ctx: ImportContext, record: Json, id: string, line: number) {
  const notes = [text(record.event_text), text(record.copyright), text(record.comment)].filter(
    (note): note is string => note !== undefined,
  );
  const published = text(record.dateCoded);
  const source: Source = {
    id,
    kind: "source",
    sourceType: "dataset",
    publisher: text(record.publication) ?? "PLOVER",
    ...(text(record.coder) === undefined ? {} : { authors: [text(record.coder) as string] }),
    ...(published !== undefined && isPartialDate(published) ? { published } : {}),
    ...(text(record.license) === undefined ? {} : { licence: text(record.license) }),
    ...(notes.length === 0 ? {} : { notes: notes.join("\n") }),
  };
  ctx.emit(source, line);
}

function categoryOf(
  ctx: ImportContext,
  value: unknown,
  aliases: PloverVersionAliases,
  version: PloverVersion,
  line: number,
): PloverCategory | "DOCUMENT" | undefined {
  const names = list(value).map(text);
  const name = names[0];
  if (name === undefined) {
    ctx.reporter.skip(line, "no_category", "the record has no event category (`event`)");
    return undefined;
  }
  if (names.length > 1) {
    ctx.reporter.warn(
      line,
      "extra_category",
      `the record has ${names.length} event categories: the first, ${quote(name)}, is kept`,
    );
  }
  if (name === "DOCUMENT") return "DOCUMENT";
  if (isPloverCategory(name)) return name;
  const upper = name.toUpperCase();
  if (Object.hasOwn(aliases.categories, upper)) {
    const mapped = aliases.categories[upper];
    if (mapped === null || mapped === undefined) {
      ctx.reporter.skip(
        line,
        "dropped_category",
        `category ${quote(name)} (PLOVER ${version}) was dropped by PLOVER 0.8 without replacement`,
      );
      return undefined;
    }
    return mapped;
  }
  if (isPloverCategory(upper)) {
    ctx.reporter.warn(line, "category_case", `category ${quote(name)} read as ${upper}`);
    return upper;
  }
  ctx.reporter.skip(
    line,
    "unknown_category",
    `category ${quote(name)} is not a PLOVER ${version} or 0.8 category`,
  );
  return undefined;
}

function casualtiesOf(ctx: ImportContext, record: Json, line: number): EventRecord["casualties"] {
  const size = isObject(record.size) ? record.size : undefined;
  if (record.size !== undefined && size === undefined) {
    ctx.reporter.warn(
      line,
      "not_kept",
      `size ${quote(String(text(record.size) ?? JSON.stringify(record.size)))} (a crowd size or count, PLOVER 0.5/0.6) has no place in the model: not kept`,
    );
  }
  const out: NonNullable<EventRecord["casualties"]> = {};
  for (const key of ["dead", "injured", "arrested"] as const) {
    const raw = size?.[key] ?? record[key];
    if (raw === undefined || raw === null || raw === "") continue;
    const count =
      typeof raw === "number"
        ? Number.isSafeInteger(raw) && raw >= 0
          ? raw
          : undefined
        : parseCount(String(raw));
    if (count === undefined)
      ctx.reporter.warn(line, "invalid_value", `${key} ${quote(String(raw))} is not a count: not kept`);
    else out[key] = count;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function locationOf(ctx: ImportContext, value: unknown, line: number): EventRecord["location"] {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    ctx.reporter.warn(line, "invalid_value", "event_loc is not an object: not kept");
    return undefined;
  }
  const name = text(value.name) ?? text(value.placename);
  const code = text(value.country_code) ?? text(value["country code"]) ?? text(value.country);
  let country: string | undefined;
  if (code !== undefined) {
    country = toIso3(code.toUpperCase(), code.length === 2 ? "iso2" : "iso3");
    if (country === undefined) {
      ctx.reporter.warn(
        line,
        "unknown_country",
        `event_loc country ${quote(code)} is not an ISO 3166-1 code: not kept`,
      );
    }
  }
  const lat = text(value.lat) ?? text(value.latitude);
  const lon = text(value.lon) ?? text(value.lng) ?? text(value.long) ?? text(value.longitude);
  const coordinates = lat === undefined || lon === undefined ? undefined : coordinatesOf(lat, lon);
  if (name === undefined && country === undefined && coordinates === undefined) return undefined;
  return {
    ...(country === undefined ? {} : { country }),
    ...(name === undefined ? {} : { name }),
    ...(coordinates === undefined ? {} : { coordinates }),
  };
}

const NOT_KEPT_FIELDS = ["event_text", "textInfo", "coder", "language", "time", "endtime", "version"];

function importRecord(ctx: ImportContext, raw: unknown, line: number, forced: PloverVersion | undefined) {
  if (!isObject(raw)) {
    ctx.reporter.skip(line, "invalid_record", "a PLOVER record is a JSON object");
    return;
  }
  const version = versionOf(raw, forced);
  const aliases = PLOVER_VERSION_ALIASES[version];
  const record = renamed(raw, aliases);
  const rawId = text(record.id);
  if (rawId === undefined || !isIdRest(rawId)) {
    ctx.reporter.skip(line, "invalid_id", `id ${quote(String(record.id ?? ""))} is missing or has spaces`);
    return;
  }
  const id = `plover:${rawId}`;
  const category = categoryOf(ctx, record.event, aliases, version, line);
  if (category === undefined) return;
  if (category === "DOCUMENT") {
    importDocument(ctx, record, id, line);
    return;
  }
  const date = text(record.date);
  if (date === undefined || !isPartialDate(date)) {
    ctx.reporter.skip(
      line,
      "invalid_date",
      `date ${quote(date ?? "")} is missing or not a date (YYYY-MM-DD)`,
    );
    return;
  }
  const endDate = text(record.enddate);
  if (endDate !== undefined && !isPartialDate(endDate)) {
    ctx.reporter.warn(line, "invalid_date", `enddate ${quote(endDate)} is not a date: not kept`);
  }
  // A record without an actor (`actor`, or `source` before 0.8) is an event whose actor the coder did not
  // name: it has no actors.
  const actorEntries = list(record.actor);
  const resolvedActors = actorEntries
    .map((entry, index) => resolveActor(ctx, entry, `actor[${index}]`, aliases, line))
    .filter((actor): actor is ResolvedActor => actor !== undefined);
  if (actorEntries.length > 0 && resolvedActors.length === 0) {
    ctx.reporter.skip(line, "invalid_actor", "none of the record's actors could be recorded");
    return;
  }
  const resolvedRecipients = list(record.recipient)
    .map((entry, index) => resolveActor(ctx, entry, `recipient[${index}]`, aliases, line))
    .filter((actor): actor is ResolvedActor => actor !== undefined);
  const actors = resolvedActors.map((actor) => actor.id);
  const recipients = resolvedRecipients.map((actor) => actor.id);
  const mentions: NonNullable<EventRecord["mentions"]> = [];
  for (const [role, resolved] of [
    ["actor", resolvedActors],
    ["recipient", resolvedRecipients],
  ] as const) {
    for (const actor of resolved) {
      if (actor.text !== undefined) mentions.push({ entity: actor.id, text: actor.text, role });
    }
  }

  const kept: string[] = [];
  let mode: string | undefined;
  const modes = list(record.mode)
    .map(text)
    .filter((value): value is string => value !== undefined);
  for (const delivered of modes) {
    const name = aliases.modes[delivered] ?? delivered;
    if (mode === undefined && isPloverMode(category, name)) mode = name;
    else kept.push(`mode ${JSON.stringify(delivered)}`);
  }
  const contexts: string[] = [];
  const contextNames = list(record.context).flatMap((value) =>
    typeof value === "string" ? value.split(",") : [value],
  );
  for (const value of contextNames) {
    const name = text(value);
    if (name === undefined) continue;
    if (isPloverContext(name)) {
      if (!contexts.includes(name)) contexts.push(name);
    } else kept.push(`context ${JSON.stringify(name)}`);
  }
  if (kept.length > 0) {
    ctx.reporter.warn(
      line,
      "unknown_code",
      `${kept.join(", ")} ${kept.length === 1 ? "is" : "are"} not PLOVER 0.8 for ${category}: kept in the notes`,
    );
  }

  let quadClass: EventRecord["quadClass"];
  if (record.quad_code !== undefined && record.quad_code !== null && record.quad_code !== "") {
    const value = Number(record.quad_code);
    if (value === 1 || value === 2 || value === 3 || value === 4) quadClass = { value, basis: "plover" };
    else
      ctx.reporter.warn(
        line,
        "invalid_value",
        `quad_code ${quote(String(record.quad_code))} is not 1 to 4: not kept`,
      );
  }
  let intensity: number | undefined;
  if (record.event_scale !== undefined && record.event_scale !== null && record.event_scale !== "") {
    const value =
      typeof record.event_scale === "number" ? record.event_scale : parseDecimal(String(record.event_scale));
    if (value !== undefined && value >= -10 && value <= 10) intensity = value;
    else
      ctx.reporter.warn(
        line,
        "invalid_value",
        `event_scale ${quote(String(record.event_scale))} is not from -10 to 10: not kept`,
      );
  }
  const citation = sourceOf(ctx, record);
  const dateCoded = text(record.dateCoded);
  if (dateCoded !== undefined && !isPartialDate(dateCoded)) {
    ctx.reporter.warn(line, "invalid_date", `dateCoded ${quote(dateCoded)} is not a date: not kept`);
  }
  for (const field of NOT_KEPT_FIELDS) if (record[field] !== undefined) ctx.reporter.notKept(field);
  const notes = [
    text(record.comment),
    kept.length === 0 ? undefined : `PLOVER ${version} values not in PLOVER 0.8: ${kept.join(", ")}`,
  ].filter((note): note is string => note !== undefined);
  const summary = text(record.text);
  const location = locationOf(ctx, record.event_loc, line);
  const casualties = casualtiesOf(ctx, record, line);
  const event: EventRecord = {
    id,
    kind: "event",
    category,
    ...(mode === undefined ? {} : { mode: mode as EventRecord["mode"] }),
    ...(contexts.length === 0 ? {} : { contexts: contexts as EventRecord["contexts"] }),
    actors,
    ...(recipients.length === 0 ? {} : { recipients }),
    date,
    ...(endDate !== undefined && isPartialDate(endDate) ? { endDate } : {}),
    ...(location === undefined ? {} : { location }),
    ...(summary === undefined ? {} : { summary }),
    ...(intensity === undefined ? {} : { intensity }),
    ...(quadClass === undefined ? {} : { quadClass }),
    ...(casualties === undefined ? {} : { casualties }),
    ...(dateCoded !== undefined && isPartialDate(dateCoded) ? { coding: { dateAdded: dateCoded } } : {}),
    ...(mentions.length === 0 ? {} : { mentions }),
    ...(citation === undefined ? {} : { citations: [citation] }),
    ...(notes.length === 0 ? {} : { notes: notes.join("\n") }),
  };
  ctx.emit(event, line, id);
}

/**
 * Imports PLOVER records, versions 0.5 to 0.8, from a JSON array or JSON Lines (told apart by the first
 * character) as a stream: events `plover:<id>` with PLOVER 0.8 names through {@link PLOVER_VERSION_ALIASES}
 * (`source`/`target` -> actors/recipients, FIGHT -> ASSAULT...), actors as countries or organisations (the
 * text that named each kept in `mentions`; a record without an actor is an event with no actors), the
 * sentence as the summary, casualties, location, quad class (`basis: "plover"`), scale and `dateCoded`
 * (`coding.dateAdded`) as delivered.
 * DOCUMENT records are metadata: each becomes a source record. Values that are not PLOVER 0.8 are kept in
 * the notes, with a warning. A malformed record is skipped and reported, never fatal.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { collectImport, importPlover } from "bilateral/interop";
 * const { dataset, report } = await collectImport(importPlover(createReadStream("PLOVER_GSR_CAMEO.txt")));
 * console.log(report.imported, report.skippedBy);
 * ```
 */
export function importPlover(input: LineInput, options: PloverImportOptions = {}): ImportRun {
  const ctx = new ImportContext("plover", options);
  const reporter = ctx.reporter;
  return new ImportRun(reporter.report, async function* () {
    for await (const batch of readJsonRecords(input, options)) {
      for (const entry of batch) {
        reporter.row();
        if (entry.error !== undefined) {
          reporter.skip(entry.line, entry.code, entry.error);
          continue;
        }
        guarded(ctx, entry.line, () => importRecord(ctx, entry.value, entry.line, options.version));
      }
      yield ctx.take();
    }
  });
}
