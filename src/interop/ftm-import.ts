import { SANCTION_MEASURES, type SanctionMeasure } from "../codes/sanction-measures.js";
import { FORBIDDEN_KEYS } from "../core/issue.js";
import { type LineInput, readJsonLineBatches } from "../io/jsonl.js";
import type { Citation, Identifier } from "../model/base.js";
import type { Organization, OrganizationType } from "../model/organization.js";
import type { Person } from "../model/person.js";
import type { Place } from "../model/place.js";
import type { Sanction } from "../model/sanction.js";
import type { Source } from "../model/source.js";
import { isPartialDate, startOf } from "../time/partial-date.js";
import { guarded, ImportContext, isIdRest } from "./context.js";
import { coordinatesOf, isHttpUrl, quote } from "./fields.js";
import {
  FTM_DATASET_NAMESPACE,
  FTM_GENDERS,
  FTM_ID_SCHEME,
  FTM_IDENTIFIER_SCHEMES,
  FTM_LISTING_NOTE,
  FTM_REFERENT_SCHEME,
  FTM_SANCTION_IDENTIFIER_SCHEMES,
  type FtmEntity,
  FtmEntitySchema,
  ftmCountry,
} from "./ftm-entity.js";
import { FTM_ISSUERS, FTM_PROGRAMS, type FtmIssuer } from "./ftm-programs.js";
import { type ImportOptions, ImportRun } from "./import-run.js";

/**
 * The FollowTheMoney schemata the importer reads, and the record kind each becomes. Entities of other
 * schemata (Ownership, Directorship, Family, Passport, Vessel...) are skipped and reported by schema name.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FTM_IMPORTED_SCHEMATA } from "bilateral/interop";
 * FTM_IMPORTED_SCHEMATA.Company; //=> "organization"
 * ```
 */
export const FTM_IMPORTED_SCHEMATA = Object.freeze({
  Person: "person",
  Organization: "organization",
  Company: "organization",
  PublicBody: "organization",
  LegalEntity: "organization",
  Address: "place",
  Sanction: "sanction",
} as const);

type ImportedSchema = keyof typeof FTM_IMPORTED_SCHEMATA;

const ORGANIZATION_TYPE: Readonly<Record<string, OrganizationType>> = {
  Company: "company",
  PublicBody: "government-body",
  Organization: "other",
  LegalEntity: "other",
};

const NAME_PROPERTIES = ["name", "alias", "weakAlias", "previousName"];
const COMMON_PROPERTIES = [
  ...NAME_PROPERTIES,
  "notes",
  "summary",
  "description",
  "sourceUrl",
  ...Object.keys(FTM_IDENTIFIER_SCHEMES),
];
const ORGANIZATION_PROPERTIES = new Set([
  ...COMMON_PROPERTIES,
  "country",
  "jurisdiction",
  "mainCountry",
  "incorporationDate",
  "dissolutionDate",
  "address",
]);
const HANDLED: Readonly<Record<ImportedSchema, ReadonlySet<string>>> = {
  Person: new Set([
    ...COMMON_PROPERTIES,
    "nationality",
    "citizenship",
    "country",
    "position",
    "birthDate",
    "deathDate",
    "birthPlace",
    "gender",
    "address",
  ]),
  Organization: ORGANIZATION_PROPERTIES,
  Company: ORGANIZATION_PROPERTIES,
  PublicBody: ORGANIZATION_PROPERTIES,
  LegalEntity: ORGANIZATION_PROPERTIES,
  Address: new Set([
    "full",
    "country",
    "latitude",
    "longitude",
    "notes",
    "summary",
    "description",
    "sourceUrl",
  ]),
  Sanction: new Set([
    "entity",
    "authority",
    "program",
    "programId",
    "programUrl",
    "provisions",
    "reason",
    "startDate",
    "endDate",
    "listingDate",
    "sourceUrl",
    "country",
    "summary",
    "notes",
    ...Object.keys(FTM_SANCTION_IDENTIFIER_SCHEMES),
  ]),
};

const MEASURES: ReadonlySet<string> = new Set(SANCTION_MEASURES);
const PROGRAM_KEY = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

interface Pending {
  readonly line: number;
  readonly entity: FtmEntity;
}

class FtmImport {
  readonly ctx: ImportContext;
  /** FtM ids of entities skipped, with their schema, to explain a sanction whose target was skipped. */
  readonly skippedSchema = new Map<string, string>();
  readonly pending: Pending[] = [];

  constructor(ctx: ImportContext) {
    this.ctx = ctx;
  }

  values(entity: FtmEntity, property: string): string[] {
    const values = Object.hasOwn(entity.properties, property) ? entity.properties[property] : undefined;
    if (values === undefined) return [];
    const out: string[] = [];
    for (const value of values) {
      const trimmed = value.trim();
      if (trimmed !== "" && !out.includes(trimmed)) out.push(trimmed);
    }
    return out;
  }

  first(entity: FtmEntity, property: string, line: number): string | undefined {
    const values = this.values(entity, property);
    if (values.length > 1) {
      this.ctx.reporter.warn(
        line,
        "extra_value",
        `${entity.schema}.${property} has ${values.length} values: the first, ${quote(values[0] as string)}, is kept`,
      );
    }
    return values[0];
  }

  date(entity: FtmEntity, property: string, line: number): string | undefined {
    const value = this.first(entity, property, line);
    if (value === undefined) return undefined;
    if (isPartialDate(value)) return value;
    const day = value.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value) && isPartialDate(day)) {
      this.ctx.reporter.warn(
        line,
        "date_truncated",
        `${entity.schema}.${property} ${quote(value)} has a time without a time zone: kept as the day ${day}`,
      );
      return day;
    }
    this.ctx.reporter.warn(
      line,
      "invalid_date",
      `${entity.schema}.${property} ${quote(value)} is not a date: not kept`,
    );
    return undefined;
  }

  gender(entity: FtmEntity, line: number): Person["gender"] {
    const value = this.first(entity, "gender", line);
    if (value === undefined) return undefined;
    if (FTM_GENDERS.has(value)) return value as Person["gender"];
    this.ctx.reporter.warn(
      line,
      "invalid_value",
      `Person.gender ${quote(value)} is not male, female or other: not kept`,
    );
    return undefined;
  }

  countries(entity: FtmEntity, properties: readonly string[], line: number): string[] {
    const out: string[] = [];
    for (const property of properties) {
      for (const code of this.values(entity, property)) {
        const iso = ftmCountry(code);
        if (iso === undefined) {
          this.ctx.reporter.warn(
            line,
            "unknown_country",
            `${entity.schema}.${property} ${quote(code)} is not an ISO 3166-1 country code: not kept`,
          );
          continue;
        }
        const id = this.ctx.country(iso);
        if (!out.includes(id)) out.push(id);
      }
    }
    return out;
  }

  notKept(entity: FtmEntity, schema: ImportedSchema): void {
    const handled = HANDLED[schema];
    for (const [property, values] of Object.entries(entity.properties)) {
      if (!handled.has(property) && values.length > 0) this.ctx.reporter.notKept(`${schema}.${property}`);
    }
    for (const key of ["first_seen", "last_seen", "last_change", "target"] as const) {
      if (entity[key] !== undefined) this.ctx.reporter.notKept(key);
    }
  }

  /** Names: the caption (else the first name) and every other name, alias, weak alias and previous name. */
  names(entity: FtmEntity, fallback?: string): { name: string; aliases: string[] } | undefined {
    const all: string[] = [];
    for (const property of NAME_PROPERTIES) {
      for (const value of this.values(entity, property)) if (!all.includes(value)) all.push(value);
    }
    const caption = entity.caption?.trim();
    const name = caption !== undefined && caption !== "" ? caption : (all[0] ?? fallback);
    if (name === undefined) return undefined;
    return { name, aliases: all.filter((value) => value !== name) };
  }

  identifiers(entity: FtmEntity): Identifier[] {
    const out: Identifier[] = [{ scheme: FTM_ID_SCHEME, value: entity.id }];
    for (const referent of entity.referents ?? []) {
      if (referent.trim() !== "") out.push({ scheme: FTM_REFERENT_SCHEME, value: referent });
    }
    for (const [property, scheme] of Object.entries(FTM_IDENTIFIER_SCHEMES)) {
      for (const value of this.values(entity, property)) out.push({ scheme, value });
    }
    return out;
  }

  citations(entity: FtmEntity, line: number): Citation[] {
    const out: Citation[] = [];
    for (const dataset of entity.datasets ?? []) {
      const title = dataset.trim();
      if (title === "") continue;
      const source: Source = {
        id: this.ctx.idForName(FTM_DATASET_NAMESPACE, title),
        kind: "source",
        sourceType: "dataset",
        title,
      };
      const created = this.ctx.create(source);
      if (created.id !== undefined) out.push({ source: created.id });
    }
    for (const url of this.values(entity, "sourceUrl")) {
      if (isHttpUrl(url)) out.push({ url });
      else
        this.ctx.reporter.warn(
          line,
          "invalid_url",
          `${entity.schema}.sourceUrl ${quote(url)} is not an http(s) URL: not kept`,
        );
    }
    return out;
  }

  notes(entity: FtmEntity): string | undefined {
    const notes = [
      ...this.values(entity, "summary"),
      ...this.values(entity, "description"),
      ...this.values(entity, "notes"),
    ];
    return notes.length === 0 ? undefined : notes.join("\n\n");
  }

  person(entity: FtmEntity, line: number): void {
    const names = this.names(entity);
    if (names === undefined) {
      this.ctx.reporter.skip(line, "no_name", `Person ${quote(entity.id)} has no name`);
      return;
    }
    const nationalities = this.countries(entity, ["nationality", "citizenship"], line);
    const countries = this.countries(entity, ["country"], line);
    const positions = this.values(entity, "position").map((title) => ({ title }));
    const birthDate = this.date(entity, "birthDate", line);
    const deathDate = this.date(entity, "deathDate", line);
    if (birthDate !== undefined && deathDate !== undefined && startOf(deathDate) < startOf(birthDate)) {
      this.ctx.reporter.warn(
        line,
        "period_reversed",
        `Person.deathDate ${deathDate} comes before birthDate ${birthDate}: both kept, as delivered`,
      );
    }
    const birthPlace = this.first(entity, "birthPlace", line);
    const gender = this.gender(entity, line);
    const addresses = this.values(entity, "address");
    const citations = this.citations(entity, line);
    const notes = this.notes(entity);
    const record: Person = {
      id: `ftm:${entity.id}`,
      kind: "person",
      name: names.name,
      ...(names.aliases.length === 0 ? {} : { aliases: names.aliases }),
      identifiers: this.identifiers(entity),
      ...(nationalities.length === 0 ? {} : { nationalities }),
      ...(countries.length === 0 ? {} : { countries }),
      ...(birthDate === undefined ? {} : { birthDate }),
      ...(deathDate === undefined ? {} : { deathDate }),
      ...(birthPlace === undefined ? {} : { birthPlace }),
      ...(gender === undefined ? {} : { gender }),
      ...(addresses.length === 0 ? {} : { addresses }),
      ...(positions.length === 0 ? {} : { positions }),
      ...(citations.length === 0 ? {} : { citations }),
      ...(notes === undefined ? {} : { notes }),
    };
    this.notKept(entity, "Person");
    this.ctx.emit(record, line);
  }

  organization(entity: FtmEntity, schema: ImportedSchema, line: number): void {
    const names = this.names(entity);
    if (names === undefined) {
      this.ctx.reporter.skip(line, "no_name", `${schema} ${quote(entity.id)} has no name`);
      return;
    }
    const countries = this.countries(entity, ["country", "mainCountry"], line);
    if (countries.length > 1) {
      this.ctx.reporter.warn(
        line,
        "extra_value",
        `${schema} has ${countries.length} countries (country, mainCountry): the first, ${countries[0]}, is kept`,
      );
    }
    const jurisdictions = this.countries(entity, ["jurisdiction"], line);
    if (jurisdictions.length > 1) {
      this.ctx.reporter.warn(
        line,
        "extra_value",
        `${schema}.jurisdiction has ${jurisdictions.length} countries: the first, ${jurisdictions[0]}, is kept`,
      );
    }
    const addresses = this.values(entity, "address");
    const start = this.date(entity, "incorporationDate", line);
    let end = this.date(entity, "dissolutionDate", line);
    if (start !== undefined && end !== undefined && startOf(end) < startOf(start)) {
      this.ctx.reporter.warn(
        line,
        "period_reversed",
        `${schema}.dissolutionDate ${end} comes before incorporationDate ${start}: not kept`,
      );
      end = undefined;
    }
    const citations = this.citations(entity, line);
    const notes = this.notes(entity);
    const record: Organization = {
      id: `ftm:${entity.id}`,
      kind: "organization",
      name: names.name,
      ...(names.aliases.length === 0 ? {} : { aliases: names.aliases }),
      identifiers: this.identifiers(entity),
      organizationType: ORGANIZATION_TYPE[schema] ?? "other",
      ...(countries[0] === undefined ? {} : { country: countries[0] }),
      ...(jurisdictions[0] === undefined ? {} : { jurisdiction: jurisdictions[0] }),
      ...(addresses.length === 0 ? {} : { addresses }),
      ...(start === undefined && end === undefined
        ? {}
        : { period: { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) } }),
      ...(citations.length === 0 ? {} : { citations }),
      ...(notes === undefined ? {} : { notes }),
    };
    this.notKept(entity, schema);
    this.ctx.emit(record, line);
  }

  address(entity: FtmEntity, line: number): void {
    const full = this.values(entity, "full");
    const caption = entity.caption?.trim();
    const name = full[0] ?? (caption === "" ? undefined : caption);
    if (name === undefined) {
      this.ctx.reporter.skip(line, "no_name", `Address ${quote(entity.id)} has no full address nor caption`);
      return;
    }
    const countries = this.countries(entity, ["country"], line);
    const latitude = this.first(entity, "latitude", line);
    const longitude = this.first(entity, "longitude", line);
    const coordinates =
      latitude === undefined || longitude === undefined ? undefined : coordinatesOf(latitude, longitude);
    const aliases = full.filter((value) => value !== name);
    const citations = this.citations(entity, line);
    const notes = this.notes(entity);
    const record: Place = {
      id: `ftm:${entity.id}`,
      kind: "place",
      name,
      ...(aliases.length === 0 ? {} : { aliases }),
      identifiers: this.identifiers(entity),
      placeType: "other",
      ...(countries.length === 0 ? {} : { countries }),
      ...(coordinates === undefined ? {} : { coordinates }),
      ...(citations.length === 0 ? {} : { citations }),
      ...(notes === undefined ? {} : { notes }),
    };
    this.notKept(entity, "Address");
    this.ctx.emit(record, line);
  }

  /** Tries a sanction: imports it when its targets are known, skips it when they never will be, else waits. */
  sanction(entity: FtmEntity, line: number, final: boolean): void {
    const targets = this.values(entity, "entity");
    if (targets.length === 0) {
      this.ctx.reporter.skip(line, "no_target", `Sanction ${quote(entity.id)} names no entity (its target)`);
      return;
    }
    const waiting = targets.filter(
      (target) => this.ctx.kindOf(`ftm:${target}`) === undefined && !this.skippedSchema.has(target),
    );
    if (waiting.length > 0 && !final) {
      this.pending.push({ line, entity });
      return;
    }
    const kept: string[] = [];
    for (const target of targets) {
      const id = `ftm:${target}`;
      const kind = this.ctx.kindOf(id);
      if (kind === "person" || kind === "organization") kept.push(id);
      else {
        const why =
          kind !== undefined
            ? `is a ${kind}, which cannot be a sanction's target`
            : this.skippedSchema.has(target)
              ? `is a ${this.skippedSchema.get(target)} entity, which is not imported`
              : "is not in the input";
        this.ctx.reporter.warn(
          line,
          "unresolved_target",
          `Sanction ${quote(entity.id)}: its target ${quote(target)} ${why}`,
        );
      }
    }
    if (kept.length === 0) {
      this.ctx.reporter.skip(
        line,
        "unresolved_target",
        `Sanction ${quote(entity.id)} has no target that was imported`,
      );
      return;
    }
    const programKey = this.first(entity, "programId", line);
    const program = programKey === undefined ? undefined : FTM_PROGRAMS[programKey];
    const authority = this.authority(entity, program?.issuer, line);
    if (authority === undefined) {
      this.ctx.reporter.skip(
        line,
        "no_authority",
        `Sanction ${quote(entity.id)} has no authority, no known programme and no country: a sanction needs an authority`,
      );
      return;
    }
    const programName = this.first(entity, "program", line) ?? program?.title;
    const programUrl = this.first(entity, "programUrl", line) ?? program?.url;
    const validKey = programKey !== undefined && PROGRAM_KEY.test(programKey) ? programKey : undefined;
    if (programKey !== undefined && validKey === undefined) {
      this.ctx.reporter.warn(
        line,
        "invalid_value",
        `Sanction.programId ${quote(programKey)} is not a programme key (such as "US-IRAN"): not kept`,
      );
    }
    const url = programUrl !== undefined && isHttpUrl(programUrl) ? programUrl : undefined;
    const measures: SanctionMeasure[] = [];
    const unknownProvisions: string[] = [];
    for (const provision of this.values(entity, "provisions")) {
      if (MEASURES.has(provision)) measures.push(provision as SanctionMeasure);
      else unknownProvisions.push(provision);
    }
    if (unknownProvisions.length > 0) {
      this.ctx.reporter.warn(
        line,
        "unknown_measure",
        `Sanction.provisions ${unknownProvisions.map(quote).join(", ")} ${unknownProvisions.length === 1 ? "is" : "are"} not in the OpenSanctions measure vocabulary: kept in the notes`,
      );
    }
    if (measures.length === 0 && unknownProvisions.length === 0 && program !== undefined)
      measures.push(...program.measures);
    const statusHistory = this.statusHistory(entity, line);
    const identifiers: Identifier[] = [];
    for (const [property, scheme] of Object.entries(FTM_SANCTION_IDENTIFIER_SCHEMES)) {
      for (const value of this.values(entity, property)) identifiers.push({ scheme, value });
    }
    const reasons = this.values(entity, "reason");
    const citations = this.citations(entity, line);
    const notes = [
      ...this.values(entity, "summary"),
      ...this.values(entity, "notes"),
      ...(unknownProvisions.length === 0 ? [] : [`provisions: ${unknownProvisions.join("; ")}`]),
    ];
    const record: Sanction = {
      id: `ftm:${entity.id}`,
      kind: "sanction",
      authority,
      targets: kept,
      ...(validKey === undefined && programName === undefined
        ? {}
        : {
            program: {
              ...(validKey === undefined ? {} : { key: validKey }),
              ...(programName === undefined ? {} : { name: programName }),
              ...(url === undefined ? {} : { url }),
            },
          }),
      ...(measures.length === 0 ? {} : { measures }),
      ...(reasons.length === 0 ? {} : { objective: reasons.join("\n") }),
      statusHistory,
      ...(identifiers.length === 0 ? {} : { identifiers }),
      ...(citations.length === 0 ? {} : { citations }),
      ...(notes.length === 0 ? {} : { notes: notes.join("\n\n") }),
    };
    this.notKept(entity, "Sanction");
    this.ctx.emit(record, line);
  }

  statusHistory(entity: FtmEntity, line: number): Sanction["statusHistory"] {
    const start = this.date(entity, "startDate", line);
    const listed = this.date(entity, "listingDate", line);
    const end = this.date(entity, "endDate", line);
    const entries: Sanction["statusHistory"] = [];
    if (start !== undefined) entries.push({ status: "imposed", since: start });
    if (listed !== undefined) entries.push({ status: "imposed", asOf: listed, note: FTM_LISTING_NOTE });
    if (end !== undefined) entries.push({ status: "lifted", since: end });
    if (start !== undefined && end !== undefined && startOf(end) < startOf(start)) {
      this.ctx.reporter.warn(
        line,
        "period_reversed",
        `Sanction.endDate ${end} comes before startDate ${start}: both kept, in time order`,
      );
    }
    entries.sort((a, b) => startOf((a.since ?? a.asOf) as string) - startOf((b.since ?? b.asOf) as string));
    return entries.length === 0 ? [{ status: "imposed" }] : entries;
  }

  /**
   * The sanction's authority: the organisation its `authority` names, else its programme's issuer, else its
   * country (the European Union for `eu`).
   */
  authority(entity: FtmEntity, issuerId: string | undefined, line: number): string | undefined {
    const text = this.first(entity, "authority", line);
    const issuer: FtmIssuer | undefined = issuerId === undefined ? undefined : FTM_ISSUERS[issuerId];
    const countries = this.values(entity, "country");
    const countryCode = countries.map(ftmCountry).find((iso) => iso !== undefined);
    if (text === undefined && issuer === undefined) {
      if (countryCode !== undefined) return this.ctx.country(countryCode);
      // "eu" is the sanctioning "country" of EU sanctions: the European Union is their authority.
      if (!countries.includes("eu")) return undefined;
    }
    const name = text ?? issuer?.name ?? "European Union";
    const matches = issuer !== undefined && [issuer.name, issuer.acronym, issuer.organisation].includes(name);
    const territory = matches ? ftmCountry(issuer.territory) : countryCode;
    const eu = (matches && issuer.territory === "eu") || (text === undefined && issuer === undefined);
    const record: Organization = {
      id: this.ctx.idForName("ftm-authority", name),
      kind: "organization",
      name,
      ...(matches && issuer.acronym !== name ? { aliases: [issuer.acronym] } : {}),
      organizationType: eu ? "intergovernmental" : matches ? "government-body" : "other",
      ...(territory === undefined ? {} : { country: this.ctx.country(territory) }),
    };
    const created = this.ctx.create(record);
    if (created.error !== undefined) {
      this.ctx.reporter.warn(
        line,
        "invalid_value",
        `Sanction.authority ${quote(name)} could not be recorded: ${created.error}`,
      );
      return undefined;
    }
    return created.id;
  }

  entity(raw: unknown, line: number): void {
    if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
      const properties = (raw as { properties?: unknown }).properties;
      const keys = [
        ...Object.keys(raw),
        ...(typeof properties === "object" && properties !== null ? Object.keys(properties) : []),
      ];
      const forbidden = keys.find((key) => FORBIDDEN_KEYS.has(key));
      if (forbidden !== undefined) {
        this.ctx.reporter.skip(
          line,
          "forbidden_key",
          `the entity has the key ${quote(forbidden)}, which is never read`,
        );
        return;
      }
    }
    const parsed = FtmEntitySchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.length === 0 ? "(root)" : issue.path.join(".")}: ${issue.message}`);
      this.ctx.reporter.skip(line, "invalid_entity", `not a FollowTheMoney entity (${problems.join("; ")})`);
      return;
    }
    const entity = parsed.data;
    if (!isIdRest(entity.id)) {
      this.ctx.reporter.skip(line, "invalid_id", `FtM id ${quote(entity.id)} has spaces or is too long`);
      return;
    }
    const schema = entity.schema;
    if (!Object.hasOwn(FTM_IMPORTED_SCHEMATA, schema)) {
      this.skippedSchema.set(entity.id, schema);
      this.ctx.reporter.notKept(`schema ${schema}`);
      this.ctx.reporter.skip(
        line,
        "unsupported_schema",
        `schema ${quote(schema)} is not imported (entity ${quote(entity.id)})`,
      );
      return;
    }
    switch (schema as ImportedSchema) {
      case "Person":
        this.person(entity, line);
        return;
      case "Address":
        this.address(entity, line);
        return;
      case "Sanction":
        this.sanction(entity, line, false);
        return;
      default:
        this.organization(entity, schema as ImportedSchema, line);
    }
  }
}

/**
 * Imports FollowTheMoney entities (JSON Lines, as OpenSanctions and yente write them) as a stream: Person ->
 * person, Organization, Company, PublicBody and LegalEntity -> organization, Address -> place, Sanction ->
 * sanction, each `ftm:<id>`, with names and aliases, countries and jurisdictions, dates (birth, death,
 * incorporation, dissolution), birth places, genders, addresses, identifiers (the FtM id, referents and
 * identifier properties) and sanction properties (authority, programme, measures, dates, the issuer's and the
 * UN's ids for the listing). Sanctions come after
 * the entities they target (a sanction read before its target waits for it, in memory, until the end of the
 * input). Other schemata are skipped and reported by name. See the interop guide for the full mapping.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { collectImport, importFtm } from "bilateral/interop";
 * const { dataset, report } = await collectImport(importFtm(createReadStream("entities.ftm.json")));
 * console.log(report.imported, report.notKept);
 * ```
 */
export function importFtm(input: LineInput, options: ImportOptions = {}): ImportRun {
  const ctx = new ImportContext("ftm", options);
  const reporter = ctx.reporter;
  const state = new FtmImport(ctx);
  return new ImportRun(reporter.report, async function* () {
    for await (const batch of readJsonLineBatches(input, options)) {
      for (const entry of batch) {
        reporter.row();
        if (entry.error !== undefined) {
          reporter.skip(entry.line, entry.code, entry.error);
          continue;
        }
        guarded(ctx, entry.line, () => state.entity(entry.value, entry.line));
      }
      yield ctx.take();
    }
    for (const { line, entity } of state.pending.splice(0)) {
      guarded(ctx, line, () => state.sanction(entity, line, true));
    }
    yield ctx.take();
  });
}
