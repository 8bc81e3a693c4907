import { countryName } from "../codes/country.js";
import { formatPath } from "../core/issue.js";
import type { Country } from "../model/country.js";
import { type DatasetRecord, RECORD_SCHEMAS, type RecordKind } from "../model/records.js";
import { safeParseRecord } from "../validate/parse.js";
import type { ImportOptions } from "./import-run.js";
import { type ImportFormat, ImportReporter } from "./report.js";

/** A 32-bit FNV-1a hash, as 8 hex digits: short and stable, for ids cut to length. @internal */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

const MAX_ID_REST = 200;

/** The part of an id after the namespace, made from a name: spaces become dashes; long names are cut and hashed. @internal */
export function slugOf(name: string): string {
  const slug = name.trim().replace(/\s+/g, "-");
  return slug.length <= MAX_ID_REST ? slug : `${slug.slice(0, MAX_ID_REST)}~${shortHash(slug)}`;
}

/** Tells whether a string can follow `namespace:` in an id (no white space, 1 to 256 characters). @internal */
export function isIdRest(value: string): boolean {
  return value.length > 0 && value.length <= 256 && !/\s/.test(value);
}

/** Formats the first issues of a failed record check as a skip reason. @internal */
export function describeIssues(
  issues: readonly { path: readonly (string | number)[]; message: string }[],
): string {
  const shown = issues.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : "";
  return `the record would not be valid (${shown.join("; ")}${more})`;
}

/**
 * The state of one import: the report, the records waiting to be yielded, and the ids of the records already
 * produced (so that each country, organisation or source is produced once, before what refers to it).
 * @internal
 */
export class ImportContext {
  readonly reporter: ImportReporter;
  readonly #kinds = new Map<string, RecordKind>();
  readonly #names = new Map<string, string>();
  readonly #slugOwners = new Map<string, string>();
  readonly #events = new Set<number | string>();
  #out: DatasetRecord[] = [];
  readonly #checkAll: boolean;

  constructor(format: ImportFormat, options: ImportOptions = {}) {
    this.reporter = new ImportReporter(format, options.reportLimit);
    this.#checkAll = options.checkRecords === true;
  }

  /** The kind of a record already produced, by id. */
  kindOf(id: string): RecordKind | undefined {
    return this.#kinds.get(id);
  }

  /** Takes the records produced since the last call. */
  take(): DatasetRecord[] {
    const out = this.#out;
    this.#out = [];
    return out;
  }

  /**
   * An id for a record known by its name in a namespace (`icews-actor:Police-(India)`): the same name gives the
   * same id; two names that would give one id are told apart with a suffix.
   */
  idForName(namespace: string, name: string): string {
    const key = `${namespace}\u0000${name}`;
    const known = this.#names.get(key);
    if (known !== undefined) return known;
    const base = `${namespace}:${slugOf(name)}`;
    let id = base;
    for (let n = 2; this.#slugOwners.has(id) && this.#slugOwners.get(id) !== name; n++) id = `${base}~${n}`;
    this.#slugOwners.set(id, name);
    this.#names.set(key, id);
    return id;
  }

  /**
   * Produces a record that rows refer to (a country, an organisation, a source), once per id. Returns the id,
   * or undefined when the record would not be valid (the caller skips or warns).
   */
  create(record: DatasetRecord): { id: string; error?: undefined } | { id?: undefined; error: string } {
    const known = this.#kinds.get(record.id);
    if (known !== undefined) return { id: record.id };
    const result = safeParseRecord(RECORD_SCHEMAS[record.kind], record);
    if (!result.success) return { error: describeIssues(result.issues) };
    this.#kinds.set(record.id, record.kind);
    this.#out.push(result.data as DatasetRecord);
    this.reporter.report.created++;
    return { id: record.id };
  }

  /** Produces the country record of an ISO alpha-3 code (once) and returns its id. */
  country(iso3: string): string {
    const id = `country:${iso3}`;
    if (this.#kinds.has(id)) return id;
    const record: Country = { id, kind: "country", name: countryName(iso3) ?? iso3, code: iso3 };
    this.#kinds.set(id, "country");
    this.#out.push(record);
    this.reporter.report.created++;
    return id;
  }

  /**
   * Produces a row's own record (an event, an entity, a sanction) after checking it against its schema.
   * Returns false, and records the skip, when it would not be valid or its id was produced already. Events
   * pass `eventKey` (the feed's own id, as a number when it is one) and are not otherwise remembered.
   * `built` marks a record made only of values checked one by one against the schema's rules (the GDELT and
   * ICEWS events, which the tests and the conformance run validate): it skips the schema pass, the largest
   * cost of an import, unless the options ask for it (`checkRecords`).
   */
  emit(record: DatasetRecord, line: number, eventKey?: number | string, built = false): boolean {
    if (eventKey !== undefined ? this.#events.has(eventKey) : this.#kinds.has(record.id)) {
      this.reporter.skip(
        line,
        "duplicate_id",
        `id ${JSON.stringify(record.id)} was imported already (an earlier row has it)`,
      );
      return false;
    }
    let output = record;
    if (!built || this.#checkAll) {
      const result = safeParseRecord(RECORD_SCHEMAS[record.kind], record);
      if (!result.success) {
        this.reporter.skip(line, "invalid_record", describeIssues(result.issues));
        return false;
      }
      output = result.data as DatasetRecord;
    }
    // Events are kept by a compact key (a number when the feed's ids are numbers): nothing an import
    // produces refers to them, so only duplicates need finding.
    if (eventKey !== undefined) this.#events.add(eventKey);
    else this.#kinds.set(record.id, record.kind);
    this.#out.push(output);
    this.reporter.imported();
    return true;
  }

  /** Marks an id as produced without producing a record (an id that must not be produced again). */
  reserve(id: string, kind: RecordKind): void {
    this.#kinds.set(id, kind);
  }
}

/**
 * Runs the import of one row so that an unexpected failure skips that row (and says so) instead of ending the
 * import.
 * @internal
 */
export function guarded(ctx: ImportContext, line: number, importRow: () => void): void {
  try {
    importRow();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    ctx.reporter.skip(line, "import_error", `the row could not be imported (${message})`);
  }
}
