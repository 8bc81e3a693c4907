import { idNamespace } from "../core/id.js";
import type { AsDelivered } from "../model/as-delivered.js";
import type { Citation, Identifier } from "../model/base.js";
import type { Organization } from "../model/organization.js";
import type { Person, Position } from "../model/person.js";
import type { Place } from "../model/place.js";
import type { DatasetRecord, RecordKind } from "../model/records.js";
import type { Sanction } from "../model/sanction.js";
import {
  FTM_DATASET_NAMESPACE,
  FTM_ID_SCHEME,
  FTM_LISTING_NOTE,
  FTM_POSITION_SCHEME,
  FTM_PROPERTY_OF_SCHEME,
  FTM_REFERENT_SCHEME,
  FTM_SANCTION_PROPERTY_OF_SCHEME,
  type FtmEntity,
  toFtmCountry,
} from "./ftm-entity.js";
import { FTM_LINK_KINDS, linkProperties } from "./ftm-export-links.js";
import { deliveredMap, writeDelivered } from "./ftm-properties.js";

/**
 * What an export to FollowTheMoney did: records read, entities written, records skipped (each with its id
 * and reason: FtM has no place for events, relationships, countries...) and warnings for values left out.
 * The lists hold the first `limit` entries (10,000); the counts hold them all.
 *
 * @category Interop
 * @example
 * ```ts
 * import { exportFtm } from "bilateral/interop";
 * const run = exportFtm([{ id: "country:IRN", kind: "country", name: "Iran", code: "IRN" }]);
 * for await (const entity of run) console.log(entity.schema);
 * run.report.skippedBy.country; //=> 1
 * ```
 */
export interface ExportReport {
  /** Records read. */
  read: number;
  /** FtM entities written. */
  exported: number;
  /** The first records skipped: id and reason. */
  readonly skipped: { readonly recordId: string; readonly reason: string }[];
  /** Every record skipped. */
  skippedCount: number;
  /** Records skipped, counted by kind. */
  readonly skippedBy: Record<string, number>;
  /** The first warnings: values left out of an entity. */
  readonly warnings: { readonly recordId: string; readonly message: string }[];
  /** Every warning. */
  warningCount: number;
  /** Whether every record was read. */
  complete: boolean;
}

/**
 * A running export to FollowTheMoney: an async iterable of FtM entities, read once, with its report (complete
 * once every entity has been read). Sanctions come last: they need their targets' and authority's names.
 *
 * @category Interop
 * @example
 * ```ts
 * import { exportFtm, writeJsonLines } from "bilateral/interop";
 * const run = exportFtm([{ id: "person:x", kind: "person", name: "Jane Doe" }]);
 * await writeJsonLines((text) => void process.stdout.write(text), run);
 * ```
 */
export class FtmExportRun implements AsyncIterable<FtmEntity> {
  /** What the export did so far. */
  readonly report: ExportReport;
  #source: (() => AsyncGenerator<FtmEntity[]>) | undefined;

  /** @internal */
  constructor(report: ExportReport, source: () => AsyncGenerator<FtmEntity[]>) {
    this.report = report;
    this.#source = source;
  }

  /** The entities in batches. An export can be read once. */
  async *batches(): AsyncGenerator<readonly FtmEntity[]> {
    const source = this.#source;
    if (source === undefined)
      throw new Error("this export has been read already: an export can be read once");
    this.#source = undefined;
    for await (const batch of source()) {
      if (batch.length === 0) continue;
      this.report.exported += batch.length;
      yield batch;
    }
    this.report.complete = true;
  }

  /** Yields the entities one at a time (the run can be read once). */
  async *[Symbol.asyncIterator](): AsyncGenerator<FtmEntity> {
    for await (const batch of this.batches()) yield* batch;
  }
}

const LIMIT = 10_000;
const COMPANY_TYPES = new Set(["company", "state-owned-enterprise"]);

/**
 * An FtM id for a record: its `ftm` identifier, else the rest of an `ftm:` id, else its own id made safe for
 * FtM (`person:jane-doe` -> `person-jane-doe`).
 */
function ftmIdOf(record: { id: string; identifiers?: readonly Identifier[] }): string {
  const own = record.identifiers?.find((identifier) => identifier.scheme === FTM_ID_SCHEME)?.value;
  if (own !== undefined) return own;
  if (idNamespace(record.id) === "ftm") return record.id.slice(4);
  return record.id.replace(/[^A-Za-z0-9._-]/g, "-");
}

class FtmExport {
  readonly report: ExportReport = {
    read: 0,
    exported: 0,
    skipped: [],
    skippedCount: 0,
    skippedBy: {},
    warnings: [],
    warningCount: 0,
    complete: false,
  };
  /** Persons, organisations and addresses written: record id -> FtM id. */
  readonly entityIds = new Map<string, string>();
  /** The kinds of the records written, for the schema of an association. */
  readonly entityKinds = new Map<string, RecordKind>();
  /** Organisation names, for sanction authorities. */
  readonly organizationNames = new Map<string, { name: string; country?: string }>();
  /** Country records: id -> ISO alpha-3. */
  readonly countries = new Map<string, string>();
  /** Dataset sources: id -> title. */
  readonly datasets = new Map<string, string>();
  /** Positions (posts) written, by FtM id: each once, however many hold it. */
  readonly posts = new Set<string>();
  readonly sanctions: Sanction[] = [];
  /** Links whose ends were not written yet when they were read. */
  readonly links: DatasetRecord[] = [];

  skip(record: DatasetRecord, reason: string): void {
    this.report.skippedCount++;
    this.report.skippedBy[record.kind] = (this.report.skippedBy[record.kind] ?? 0) + 1;
    if (this.report.skipped.length < LIMIT) this.report.skipped.push({ recordId: record.id, reason });
  }

  warn(recordId: string, message: string): void {
    this.report.warningCount++;
    if (this.report.warnings.length < LIMIT) this.report.warnings.push({ recordId, message });
  }

  country(id: string, recordId: string): string | undefined {
    const iso = this.countries.get(id) ?? (/^country:[A-Z]{3}$/.test(id) ? id.slice(8) : undefined);
    const code = iso === undefined ? undefined : toFtmCountry(iso);
    if (code === undefined) this.warn(recordId, `${id} is not a country FtM can name: left out`);
    return code;
  }

  countryList(ids: readonly string[] | undefined, recordId: string): string[] {
    return (ids ?? [])
      .map((id) => this.country(id, recordId))
      .filter((code): code is string => code !== undefined);
  }

  /** Identifiers, source URLs and notes of an entity (notes unless kept as delivered). */
  common(record: Person | Organization | Place): Record<string, string[]> {
    const properties: Record<string, string[]> = Object.create(null);
    for (const identifier of record.identifiers ?? []) {
      if (identifier.scheme === FTM_ID_SCHEME || identifier.scheme === FTM_REFERENT_SCHEME) continue;
      const property = FTM_PROPERTY_OF_SCHEME[identifier.scheme];
      if (property === undefined)
        this.warn(record.id, `identifier scheme "${identifier.scheme}" has no FtM property: left out`);
      else add(properties, property, identifier.value);
    }
    for (const url of this.urls(record.citations)) add(properties, "sourceUrl", url);
    const delivered = deliveredMap(record.asDelivered);
    if (record.notes !== undefined && !NOTES.some((property) => delivered.has(property)))
      add(properties, "notes", record.notes);
    return properties;
  }

  /** Names: `name` (the record's name, then its additional names), `alias`, `weakAlias`, `previousName`. */
  names(
    record: Person | Organization | Place,
    properties: Record<string, string[]>,
    nameProperty = "name",
  ): void {
    properties[nameProperty] = [record.name, ...(record.additionalNames ?? [])];
    for (const [field, property] of NAME_FIELDS) {
      const values = record[field];
      if (values !== undefined && values.length > 0) properties[property] = [...values];
    }
  }

  urls(citations: readonly Citation[] | undefined): string[] {
    return (citations ?? []).flatMap((citation) => (citation.url === undefined ? [] : [citation.url]));
  }

  datasetsOf(citations: readonly Citation[] | undefined): string[] {
    const titles = (citations ?? [])
      .map((citation) => (citation.source === undefined ? undefined : this.datasets.get(citation.source)))
      .filter((title): title is string => title !== undefined);
    return [...new Set(titles)];
  }

  /** An FtM entity: its id, schema, caption, referents and datasets, and what was kept as delivered. */
  envelope(
    record: {
      identifiers?: readonly Identifier[];
      citations?: readonly Citation[];
      asDelivered?: AsDelivered;
    },
    id: string,
    schema: string,
    properties: Record<string, string[]>,
    caption?: string,
  ): FtmEntity {
    const referents = (record.identifiers ?? [])
      .filter((identifier) => identifier.scheme === FTM_REFERENT_SCHEME)
      .map((identifier) => identifier.value);
    const datasets = this.datasetsOf(record.citations);
    const entity: FtmEntity = {
      id,
      schema,
      ...(caption === undefined ? {} : { caption }),
      properties,
      ...(referents.length === 0 ? {} : { referents }),
      ...(datasets.length === 0 ? {} : { datasets }),
    };
    return writeDelivered(entity, record.asDelivered);
  }

  written(record: Person | Organization | Place): void {
    this.entityIds.set(record.id, ftmIdOf(record));
    this.entityKinds.set(record.id, record.kind);
  }

  person(record: Person): FtmEntity[] {
    const properties = this.common(record);
    this.names(record, properties);
    const delivered = deliveredMap(record.asDelivered);
    const nationalities = this.countryList(record.nationalities, record.id);
    if (nationalities.length > 0 && !delivered.has("citizenship")) properties.nationality = nationalities;
    const countries = this.countryList(record.countries, record.id);
    if (countries.length > 0) properties.country = countries;
    if (record.birthDate !== undefined) properties.birthDate = [record.birthDate];
    if (record.deathDate !== undefined) properties.deathDate = [record.deathDate];
    if (record.birthPlace !== undefined) properties.birthPlace = [record.birthPlace];
    if (record.gender !== undefined) properties.gender = [record.gender];
    if (record.addresses !== undefined && record.addresses.length > 0)
      properties.address = [...record.addresses];
    const positions = (record.positions ?? []).filter((position) => occupancyId(position) === undefined);
    if (positions.length > 0) properties.position = positions.map((position) => position.title);
    this.written(record);
    const person = this.envelope(record, ftmIdOf(record), "Person", properties, record.name);
    return [person, ...this.documents(record, person.id), ...this.occupancies(record, person.id)];
  }

  /** A person's identity documents as FtM Passport and Identification entities. */
  documents(record: Person, holder: string): FtmEntity[] {
    return (record.identifications ?? []).map((document, index) => {
      const properties: Record<string, string[]> = { holder: [holder], number: [document.number] };
      if (document.label !== undefined) properties.type = [document.label];
      const country = document.country === undefined ? undefined : toFtmCountry(document.country);
      if (country !== undefined) properties.country = [country];
      if (document.authority !== undefined) properties.authority = [document.authority];
      if (document.validFrom !== undefined) properties.startDate = [document.validFrom];
      if (document.validUntil !== undefined) properties.endDate = [document.validUntil];
      const urls = this.urls(document.citations);
      if (urls.length > 0) properties.sourceUrl = urls;
      const schema = document.type === "passport" ? "Passport" : "Identification";
      const id = ftmIdOf({ id: `${holder}-document-${index + 1}`, identifiers: document.identifiers ?? [] });
      return this.envelope(document, id, schema, properties);
    });
  }

  /** A person's positions read from FtM Occupancies, as Occupancy and Position entities (each post once). */
  occupancies(record: Person, holder: string): FtmEntity[] {
    const out: FtmEntity[] = [];
    for (const position of record.positions ?? []) {
      const id = occupancyId(position);
      const postId = position.identifiers?.find(
        (identifier) => identifier.scheme === FTM_POSITION_SCHEME,
      )?.value;
      if (id === undefined || postId === undefined) continue;
      const properties: Record<string, string[]> = { holder: [holder], post: [postId] };
      if (position.period?.start !== undefined) properties.startDate = [position.period.start];
      if (position.period?.end !== undefined) properties.endDate = [position.period.end];
      const urls = this.urls(position.citations);
      if (urls.length > 0) properties.sourceUrl = urls;
      out.push(this.envelope(position, id, "Occupancy", properties));
      if (this.posts.has(postId)) continue;
      this.posts.add(postId);
      const post: Record<string, string[]> = { name: [position.title] };
      const country = position.country === undefined ? undefined : this.country(position.country, record.id);
      if (country !== undefined) post.country = [country];
      const organization =
        position.organization === undefined ? undefined : this.entityIds.get(position.organization);
      if (organization !== undefined) post.organization = [organization];
      out.push(
        writeDelivered(
          { id: postId, schema: "Position", caption: position.title, properties: post },
          position.asDelivered,
          "post.",
        ),
      );
    }
    return out;
  }

  organization(record: Organization): FtmEntity {
    const properties = this.common(record);
    this.names(record, properties);
    const delivered = deliveredMap(record.asDelivered);
    const country = record.country === undefined ? undefined : this.country(record.country, record.id);
    if (country !== undefined && !delivered.has("mainCountry")) properties.country = [country];
    const jurisdiction =
      record.jurisdiction === undefined ? undefined : this.country(record.jurisdiction, record.id);
    if (jurisdiction !== undefined) properties.jurisdiction = [jurisdiction];
    if (record.addresses !== undefined && record.addresses.length > 0)
      properties.address = [...record.addresses];
    if (record.period?.start !== undefined) properties.incorporationDate = [record.period.start];
    if (record.period?.end !== undefined) properties.dissolutionDate = [record.period.end];
    const schema = COMPANY_TYPES.has(record.organizationType)
      ? "Company"
      : record.organizationType === "government-body"
        ? "PublicBody"
        : "Organization";
    this.written(record);
    return this.envelope(record, ftmIdOf(record), schema, properties, record.name);
  }

  place(record: Place): FtmEntity {
    const properties = this.common(record);
    this.names(record, properties, "full");
    const countries = this.countryList(record.countries, record.id);
    if (countries.length > 0) properties.country = countries;
    if (record.coordinates !== undefined) {
      properties.latitude = [String(record.coordinates.latitude)];
      properties.longitude = [String(record.coordinates.longitude)];
    }
    this.written(record);
    return this.envelope(record, ftmIdOf(record), "Address", properties, record.name);
  }

  /** A link record as an FtM entity, or undefined (skipped, or waiting for its ends when `final` is false). */
  link(record: DatasetRecord, final: boolean): FtmEntity | undefined {
    const idOf = (id: string) => this.entityIds.get(id);
    const result = linkProperties(
      record as unknown as Parameters<typeof linkProperties>[0],
      idOf,
      (id) => this.entityKinds.get(id),
      (message) => this.warn(record.id, message),
    );
    if ("reason" in result) {
      if (final) this.skip(record, result.reason);
      else this.links.push(record);
      return undefined;
    }
    const link = record as DatasetRecord & {
      citations?: Citation[];
      notes?: string;
      asDelivered?: AsDelivered;
    };
    const delivered = deliveredMap(link.asDelivered);
    for (const url of this.urls(link.citations)) add(result.properties, "sourceUrl", url);
    if (link.notes !== undefined && !NOTES.some((property) => delivered.has(property)))
      add(result.properties, "notes", link.notes);
    return this.envelope(link, ftmIdOf(link), result.schema, result.properties);
  }

  sanction(record: Sanction): FtmEntity | undefined {
    const targets: string[] = [];
    for (const target of record.targets) {
      const id = this.entityIds.get(target);
      if (id !== undefined) targets.push(id);
      else this.warn(record.id, `target ${target} is not a person or organisation written to FtM: left out`);
    }
    if (targets.length === 0) {
      this.skip(
        record,
        "no target is a person or organisation written to FtM (an FtM Sanction needs an entity)",
      );
      return undefined;
    }
    const properties: Record<string, string[]> = Object.create(null);
    properties.entity = targets;
    // A sanction read from FtM keeps its authority, country, programme and provisions as delivered.
    if (record.asDelivered === undefined) this.sanctionReadings(record, properties);
    if (record.objective !== undefined) properties.reason = [record.objective];
    for (const entry of record.statusHistory) {
      const date = entry.since ?? entry.asOf;
      if (date === undefined) continue;
      const field =
        entry.note === FTM_LISTING_NOTE
          ? "listingDate"
          : entry.status === "lifted" || entry.status === "suspended"
            ? "endDate"
            : entry.since !== undefined
              ? "startDate"
              : undefined;
      if (field === undefined || (field === "startDate" && properties.startDate !== undefined)) continue;
      properties[field] = [...(properties[field] ?? []), date];
    }
    for (const identifier of record.identifiers ?? []) {
      const property = FTM_SANCTION_PROPERTY_OF_SCHEME[identifier.scheme];
      if (property === undefined)
        this.warn(
          record.id,
          `identifier scheme "${identifier.scheme}" has no FtM Sanction property: left out`,
        );
      else properties[property] = [...(properties[property] ?? []), identifier.value];
    }
    const urls = this.urls(record.citations);
    if (urls.length > 0) properties.sourceUrl = urls;
    const delivered = deliveredMap(record.asDelivered);
    if (record.notes !== undefined && !NOTES.some((property) => delivered.has(property)))
      properties.notes = [record.notes];
    for (const field of ["legalBasis", "objectiveType", "secondary", "effects"] as const) {
      if (record[field] !== undefined) this.warn(record.id, `${field} has no FtM property: left out`);
    }
    return this.envelope(record, ftmIdOf({ id: record.id }), "Sanction", properties);
  }

  /** A sanction's authority, country, programme and provisions, from its fields. */
  sanctionReadings(record: Sanction, properties: Record<string, string[]>): void {
    const authority = this.organizationNames.get(record.authority);
    if (authority !== undefined) {
      properties.authority = [authority.name];
      if (authority.country !== undefined) {
        const code = this.country(authority.country, record.id);
        if (code !== undefined) properties.country = [code];
      }
    } else {
      const code = this.country(record.authority, record.id);
      if (code !== undefined) properties.country = [code];
    }
    if (record.program?.name !== undefined) properties.program = [record.program.name];
    if (record.program?.key !== undefined) properties.programId = [record.program.key];
    if (record.program?.url !== undefined) properties.programUrl = [record.program.url];
    if (record.measures !== undefined && record.measures.length > 0)
      properties.provisions = [...record.measures];
  }

  record(record: DatasetRecord): FtmEntity[] {
    this.report.read++;
    if (FTM_LINK_KINDS.has(record.kind)) {
      const entity = this.link(record, false);
      return entity === undefined ? [] : [entity];
    }
    switch (record.kind) {
      case "person":
        return this.person(record);
      case "organization":
        this.organizationNames.set(record.id, {
          name: record.name,
          ...(record.country === undefined ? {} : { country: record.country }),
        });
        if (idNamespace(record.id) === "ftm-authority") {
          this.skip(
            record,
            "a sanction authority read from FtM: written as the Sanction's authority, not as an entity",
          );
          return [];
        }
        return [this.organization(record)];
      case "place":
        if (record.placeType !== "other" && record.placeType !== "site") {
          this.skip(
            record,
            `a ${record.placeType} is not an address (FtM Address holds sites and addresses)`,
          );
          return [];
        }
        return [this.place(record)];
      case "sanction":
        this.sanctions.push(record);
        return [];
      case "country":
        this.countries.set(record.id, record.code);
        this.skip(record, "FtM has no entity for a country: countries are property values");
        return [];
      case "source":
        if (idNamespace(record.id) === FTM_DATASET_NAMESPACE && record.title !== undefined) {
          this.datasets.set(record.id, record.title);
          this.skip(record, "an FtM dataset: written as the `datasets` of the entities that cite it");
        } else {
          this.skip(record, "FtM has no entity for a source");
        }
        return [];
      default:
        this.skip(record, `FtM has no schema for a ${record.kind} record`);
        return [];
    }
  }
}

/** The properties whose values a record's `notes` joins. */
const NOTES = ["notes", "summary", "description"];
const NAME_FIELDS = [
  ["aliases", "alias"],
  ["weakAliases", "weakAlias"],
  ["previousNames", "previousName"],
] as const;

/** Adds a value to a property, once. */
function add(properties: Record<string, string[]>, property: string, value: string | undefined): void {
  if (value === undefined || value === "") return;
  const list = properties[property];
  if (list === undefined) properties[property] = [value];
  else if (!list.includes(value)) list.push(value);
}

/** The FtM id of the Occupancy a position was read from, if it was. */
function occupancyId(position: Position): string | undefined {
  return position.identifiers?.find((identifier) => identifier.scheme === FTM_ID_SCHEME)?.value;
}

/**
 * Exports records to FollowTheMoney entities, for what FtM can hold: persons (Person), organisations
 * (Company, PublicBody or Organization by type), addresses and sites (Address), sanctions (Sanction, with
 * authority, programme, provisions, reason, dates and listing ids), the links between entities (Ownership,
 * Directorship, Employment, Membership, Representation, Family, Associate or UnknownLink, Payment), a person's
 * identity documents (Passport, Identification) and posts (Occupancy and Position). Names, aliases, countries, jurisdictions,
 * dates (birth, death, incorporation...), birth places, genders, addresses, identifiers
 * (back to their FtM properties), FtM ids, referents and datasets come back as they were imported. Records FtM
 * has no schema for (events, relationships, countries, trade...) are skipped and reported. A model's records
 * are accepted as they are: those of the built-in kinds are read by the built-in fields (a model extends
 * those schemas, so they have them; fields of its own are left out), those of its own kinds are skipped and
 * reported.
 *
 * @category Interop
 * @example
 * ```ts
 * import { exportFtm } from "bilateral/interop";
 * const run = exportFtm([
 *   { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *   { id: "person:x", kind: "person", name: "Jane Doe", nationalities: ["country:IRN"] },
 * ]);
 * for await (const entity of run) console.log(entity.schema, entity.properties.nationality); // Person ["ir"]
 * ```
 */
export function exportFtm<R extends { readonly id: string; readonly kind: string } = DatasetRecord>(
  records: AsyncIterable<R> | Iterable<R>,
): FtmExportRun {
  const state = new FtmExport();
  return new FtmExportRun(state.report, async function* () {
    let batch: FtmEntity[] = [];
    for await (const record of records) {
      // A record of a built-in kind has the built-in fields (see above); others reach the `default` skip.
      for (const entity of state.record(record as unknown as DatasetRecord)) batch.push(entity);
      if (batch.length >= 256) {
        yield batch;
        batch = [];
      }
    }
    for (const link of state.links.splice(0)) {
      const entity = state.link(link, true);
      if (entity !== undefined) batch.push(entity);
    }
    for (const sanction of state.sanctions) {
      const entity = state.sanction(sanction);
      if (entity !== undefined) batch.push(entity);
    }
    yield batch;
  });
}
