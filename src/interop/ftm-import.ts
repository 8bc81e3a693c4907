import { SANCTION_MEASURES, type SanctionMeasure } from "../codes/sanction-measures.js";
import { FORBIDDEN_KEYS } from "../core/issue.js";
import { type LineInput, readJsonLineBatches } from "../io/jsonl.js";
import type { Identifier } from "../model/base.js";
import type { Organization, OrganizationType } from "../model/organization.js";
import type { Person } from "../model/person.js";
import type { Place } from "../model/place.js";
import type { RecordKind } from "../model/records.js";
import type { Sanction } from "../model/sanction.js";
import { startOf } from "../time/partial-date.js";
import { guarded, ImportContext, isIdRest } from "./context.js";
import { coordinatesOf, isHttpUrl, quote } from "./fields.js";
import { identificationOf, positionOf } from "./ftm-attach.js";
import {
  FTM_GENDERS,
  FTM_LISTING_NOTE,
  FTM_SANCTION_IDENTIFIER_SCHEMES,
  type FtmEntity,
  FtmEntitySchema,
  ftmCountry,
} from "./ftm-entity.js";
import { FTM_LINK_SCHEMATA, type FtmEnds, type FtmLinkMapping, linkRecord } from "./ftm-links.js";
import { FTM_ISSUERS, FTM_PROGRAMS, type FtmIssuer } from "./ftm-programs.js";
import { FtmProperties } from "./ftm-properties.js";
import { compact, exactNumber, FtmReader, reversed } from "./ftm-read.js";
import { type ImportOptions, ImportRun } from "./import-run.js";

/**
 * The FollowTheMoney schemata the importer reads, and the record kind each becomes: entities, sanctions and
 * links become records of their own; a Passport or Identification becomes an identity document of its
 * holder, a person, and an Occupancy with its Position (the post) one of the holder's positions. Entities of
 * other schemata (Vessel, Airplane...) are skipped and reported by schema name.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FTM_IMPORTED_SCHEMATA } from "bilateral/interop";
 * FTM_IMPORTED_SCHEMATA.Company; //=> "organization"
 * FTM_IMPORTED_SCHEMATA.Passport; //=> "person"
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
  Ownership: "ownership",
  Directorship: "directorship",
  Employment: "employment",
  Membership: "membership",
  Representation: "representation",
  Family: "family",
  Associate: "association",
  UnknownLink: "association",
  Payment: "payment",
  Passport: "person",
  Identification: "person",
  Position: "person",
  Occupancy: "person",
} as const);

type ImportedSchema = keyof typeof FTM_IMPORTED_SCHEMATA;
type OrganizationSchemaName = "Organization" | "Company" | "PublicBody" | "LegalEntity";

const ORGANIZATION_TYPE: Readonly<Record<OrganizationSchemaName, OrganizationType>> = {
  Company: "company",
  PublicBody: "government-body",
  Organization: "other",
  LegalEntity: "other",
};

/** Why the model holds no entity of a schema, for the skip reason. */
const NOT_HELD: Readonly<Record<string, string>> = {
  Vessel: "the model has no record for a vessel",
  Airplane: "the model has no record for an aircraft",
};

/** The Sanction properties the model reads with the programme table: kept as delivered, written back so. */
const SANCTION_READINGS = ["authority", "country", "program", "programId", "programUrl", "provisions"];

const MEASURES: ReadonlySet<string> = new Set(SANCTION_MEASURES);
const PROGRAM_KEY = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** A word with its indefinite article: "an organization", "a person". */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

interface Pending {
  readonly line: number;
  readonly entity: FtmEntity;
}

class FtmImport {
  readonly ctx: ImportContext;
  readonly reader: FtmReader;
  /** FtM ids of entities skipped, with their schema, to explain a link or sanction that names them. */
  readonly skippedSchema = new Map<string, string>();
  /** Persons wait for the end of the input: their documents and posts may come after them. */
  readonly persons = new Map<string, { record: Person; line: number }>();
  /** Positions (posts), until the Occupancies that give them holders are read. */
  readonly posts = new Map<string, Pending & { used: boolean }>();
  /** Sanctions, links, documents and occupancies waiting for what they name. */
  readonly pending: Pending[] = [];

  constructor(ctx: ImportContext) {
    this.ctx = ctx;
    this.reader = new FtmReader(ctx);
  }

  /** The kind of the record an FtM id became, read so far (persons included). */
  kindOf(ftmId: string): RecordKind | undefined {
    return this.persons.has(ftmId) ? "person" : this.ctx.kindOf(`ftm:${ftmId}`);
  }

  gender(p: FtmProperties, line: number): Person["gender"] {
    const value = this.reader.single(p, "gender", line);
    if (value === undefined || FTM_GENDERS.has(value)) return value as Person["gender"];
    p.unhold("gender");
    this.ctx.reporter.warn(
      line,
      "invalid_value",
      `Person.gender ${quote(value)} is not male, female or other: kept as delivered only`,
    );
    return undefined;
  }

  person(p: FtmProperties, line: number): void {
    const entity = p.entity;
    const names = this.reader.names(p);
    if (names === undefined) {
      this.ctx.reporter.skip(line, "no_name", `Person ${quote(entity.id)} has no name`);
      return;
    }
    if (this.persons.has(entity.id) || this.ctx.kindOf(`ftm:${entity.id}`) !== undefined) {
      this.ctx.reporter.skip(line, "duplicate_id", `id "ftm:${entity.id}" was imported already`);
      return;
    }
    const hasCitizenship = p.raw("citizenship").length > 0;
    const nationalities = this.reader.countries(p, ["nationality", "citizenship"], line, !hasCitizenship);
    const countries = this.reader.countries(p, ["country"], line);
    const birthDate = this.reader.date(p, "birthDate", line);
    const deathDate = this.reader.date(p, "deathDate", line);
    if (birthDate !== undefined && deathDate !== undefined && startOf(deathDate) < startOf(birthDate)) {
      this.ctx.reporter.warn(
        line,
        "period_reversed",
        `Person.deathDate ${deathDate} comes before birthDate ${birthDate}: both kept, as delivered`,
      );
    }
    const positions = p.values("position").map((title) => ({ title }));
    p.hold("address", "position");
    const record: Person = compact({
      id: `ftm:${entity.id}`,
      kind: "person",
      ...names,
      identifiers: this.reader.identifiers(p),
      nationalities,
      countries,
      birthDate,
      deathDate,
      birthPlace: this.reader.single(p, "birthPlace", line),
      gender: this.gender(p, line),
      addresses: p.values("address"),
      positions,
      citations: this.reader.citations(p, line),
      notes: this.reader.notes(p),
    });
    p.keepEntityFields(names.name);
    const asDelivered = p.delivered();
    this.persons.set(entity.id, {
      record: asDelivered === undefined ? record : { ...record, asDelivered },
      line,
    });
  }

  organization(p: FtmProperties, schema: OrganizationSchemaName, line: number): void {
    const names = this.reader.names(p);
    if (names === undefined) {
      this.ctx.reporter.skip(line, "no_name", `${schema} ${quote(p.entity.id)} has no name`);
      return;
    }
    const single = p.raw("country").length === 1 && p.raw("mainCountry").length === 0;
    const countries = this.reader.countries(p, ["country", "mainCountry"], line, single);
    if (countries.length > 1) {
      this.ctx.reporter.warn(
        line,
        "extra_value",
        `${schema} has ${countries.length} countries (country, mainCountry): the first, ${countries[0]}, is kept in the field, all as delivered`,
      );
    }
    const jurisdictions = this.reader.countries(
      p,
      ["jurisdiction"],
      line,
      p.raw("jurisdiction").length === 1,
    );
    const start = this.reader.date(p, "incorporationDate", line);
    let end = this.reader.date(p, "dissolutionDate", line);
    if (reversed(start, end)) {
      this.ctx.reporter.warn(
        line,
        "period_reversed",
        `${schema}.dissolutionDate ${end} comes before incorporationDate ${start}: kept as delivered only`,
      );
      p.unhold("dissolutionDate");
      end = undefined;
    }
    p.hold("address");
    if (schema === "LegalEntity") p.keepField("schema", [schema]);
    const record: Organization = compact({
      id: `ftm:${p.entity.id}`,
      kind: "organization",
      ...names,
      identifiers: this.reader.identifiers(p),
      organizationType: ORGANIZATION_TYPE[schema],
      country: countries[0],
      jurisdiction: jurisdictions[0],
      addresses: p.values("address"),
      period: start === undefined && end === undefined ? undefined : compact({ start, end }),
      citations: this.reader.citations(p, line),
      notes: this.reader.notes(p),
    });
    p.keepEntityFields(names.name);
    this.ctx.emit(compact({ ...record, asDelivered: p.delivered() }), line);
  }

  address(p: FtmProperties, line: number): void {
    const full = p.values("full");
    const caption = p.entity.caption?.trim();
    const name = full[0] ?? (caption === "" ? undefined : caption);
    if (name === undefined) {
      this.ctx.reporter.skip(
        line,
        "no_name",
        `Address ${quote(p.entity.id)} has no full address nor caption`,
      );
      return;
    }
    p.hold("full");
    const latitude = p.raw("latitude");
    const longitude = p.raw("longitude");
    const exact =
      latitude.length === 1 &&
      longitude.length === 1 &&
      exactNumber(latitude[0] as string) !== undefined &&
      exactNumber(longitude[0] as string) !== undefined;
    const coordinates = exact ? coordinatesOf(latitude[0] as string, longitude[0] as string) : undefined;
    if (coordinates !== undefined) p.hold("latitude", "longitude");
    const record: Place = compact({
      id: `ftm:${p.entity.id}`,
      kind: "place",
      name,
      additionalNames: full.filter((value) => value !== name),
      identifiers: this.reader.identifiers(p),
      placeType: "other",
      countries: this.reader.countries(p, ["country"], line),
      coordinates,
      citations: this.reader.citations(p, line),
      notes: this.reader.notes(p),
    });
    p.keepEntityFields(name);
    this.ctx.emit(compact({ ...record, asDelivered: p.delivered() }), line);
  }

  /** Why an FtM id cannot be an end of a link, or undefined when it can (now, or at the end: `waiting`). */
  endProblem(target: string, kinds: readonly RecordKind[], final: boolean): string | "waiting" | undefined {
    const kind = this.kindOf(target);
    if (kind !== undefined) {
      if (!kinds.includes(kind)) return `is ${withArticle(kind)}, which it cannot name`;
      return this.ctx.kindOf(`ftm:${target}`) === undefined && !final ? "waiting" : undefined;
    }
    const schema = this.skippedSchema.get(target) ?? (this.posts.has(target) ? "Position" : undefined);
    if (schema !== undefined) return `is a ${schema} entity, which it cannot name`;
    return final ? "is not in the input" : "waiting";
  }

  ends(mapping: FtmLinkMapping, p: FtmProperties, final: boolean): FtmEnds {
    const ids: string[] = [];
    for (const end of mapping.ends) {
      const target = p.values(end.property)[0];
      if (target === undefined) return { missing: `names no ${end.property}` };
      const problem = this.endProblem(target, end.kinds, final);
      if (problem === "waiting") return { waiting: true };
      if (problem !== undefined) return { missing: `${end.property} ${quote(target)} ${problem}` };
      ids.push(`ftm:${target}`);
    }
    return { ids: [ids[0] as string, ids[1] as string] };
  }

  /** Tries a link: imports it when its ends are known, skips it when they never will be, else waits. */
  link(entity: FtmEntity, line: number, final: boolean): void {
    const mapping = FTM_LINK_SCHEMATA[entity.schema] as FtmLinkMapping;
    const p = new FtmProperties(entity);
    const ends = this.ends(mapping, p, final);
    if ("waiting" in ends) {
      this.pending.push({ line, entity });
      return;
    }
    if ("missing" in ends) {
      this.ctx.reporter.skip(
        line,
        "unresolved_party",
        `${entity.schema} ${quote(entity.id)}: ${ends.missing}`,
      );
      return;
    }
    if (ends.ids[0] === ends.ids[1]) {
      this.ctx.reporter.skip(
        line,
        "same_party",
        `${entity.schema} ${quote(entity.id)} links ${quote(ends.ids[0].slice(4))} to itself`,
      );
      return;
    }
    this.ctx.emit(linkRecord(mapping, this.reader, p, ends.ids, line), line);
  }

  /** A holder of a document or post that is a person of the input, or why not. */
  holder(p: FtmProperties): Person | string {
    const holder = p.values("holder")[0];
    if (holder === undefined) return "names no holder";
    const person = this.persons.get(holder)?.record;
    if (person !== undefined) return person;
    const kind = this.kindOf(holder) ?? this.skippedSchema.get(holder);
    return `holder ${quote(holder)} ${kind === undefined ? "is not in the input" : `is ${withArticle(kind)}, not a person`}`;
  }

  /** Adds a Passport or Identification to its holder's identity documents (at the end of the input). */
  document(entity: FtmEntity, line: number): void {
    const p = new FtmProperties(entity);
    const holder = this.holder(p);
    if (typeof holder === "string") {
      this.ctx.reporter.skip(line, "no_holder", `${entity.schema} ${quote(entity.id)}: ${holder}`);
      return;
    }
    const document = identificationOf(this.reader, p, line);
    if (document === undefined) {
      this.ctx.reporter.skip(line, "no_number", `${entity.schema} ${quote(entity.id)} has no number`);
      return;
    }
    (holder as { identifications?: unknown[] }).identifications = [
      ...(holder.identifications ?? []),
      document,
    ];
    this.ctx.reporter.attached();
  }

  /** Adds an Occupancy, with its Position, to its holder's positions (at the end of the input). */
  occupancy(entity: FtmEntity, line: number): void {
    const p = new FtmProperties(entity);
    const holder = this.holder(p);
    const postId = p.values("post")[0];
    const post = postId === undefined ? undefined : this.posts.get(postId);
    if (typeof holder === "string" || post === undefined) {
      const why =
        typeof holder === "string" ? holder : `post ${quote(postId ?? "")} is not a Position of the input`;
      this.ctx.reporter.skip(line, "unresolved_party", `Occupancy ${quote(entity.id)}: ${why}`);
      return;
    }
    const organizationId = (id: string) =>
      this.ctx.kindOf(`ftm:${id}`) === "organization" ? `ftm:${id}` : undefined;
    const position = positionOf(this.reader, p, new FtmProperties(post.entity), organizationId, line);
    if (position === undefined) {
      this.ctx.reporter.skip(line, "no_name", `Occupancy ${quote(entity.id)}: its post has no name`);
      return;
    }
    (holder as { positions?: unknown[] }).positions = [...(holder.positions ?? []), position];
    this.ctx.reporter.attached();
    if (!post.used) this.ctx.reporter.attached();
    post.used = true;
  }

  /** Tries a sanction: imports it when its targets are known, skips it when they never will be, else waits. */
  sanction(entity: FtmEntity, line: number, final: boolean): void {
    const p = new FtmProperties(entity);
    const targets = p.values("entity");
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
    if (kept.length === targets.length) p.hold("entity");
    const programKey = this.reader.first(p, "programId", line);
    const program = programKey === undefined ? undefined : FTM_PROGRAMS[programKey];
    const authority = this.authority(p, program?.issuer, line);
    if (authority === undefined) {
      this.ctx.reporter.skip(
        line,
        "no_authority",
        `Sanction ${quote(entity.id)} has no authority, no known programme and no country: a sanction needs an authority`,
      );
      return;
    }
    const programName = this.reader.first(p, "program", line) ?? program?.title;
    const programUrl = this.reader.first(p, "programUrl", line) ?? program?.url;
    const validKey = programKey !== undefined && PROGRAM_KEY.test(programKey) ? programKey : undefined;
    if (programKey !== undefined && validKey === undefined) {
      this.ctx.reporter.warn(
        line,
        "invalid_value",
        `Sanction.programId ${quote(programKey)} is not a programme key (such as "US-IRAN"): kept as delivered only`,
      );
    }
    const url = programUrl !== undefined && isHttpUrl(programUrl) ? programUrl : undefined;
    const measures: SanctionMeasure[] = [];
    const unknownProvisions: string[] = [];
    for (const provision of p.values("provisions")) {
      if (MEASURES.has(provision)) measures.push(provision as SanctionMeasure);
      else unknownProvisions.push(provision);
    }
    if (unknownProvisions.length > 0) {
      this.ctx.reporter.warn(
        line,
        "unknown_measure",
        `Sanction.provisions ${unknownProvisions.map(quote).join(", ")} ${unknownProvisions.length === 1 ? "is" : "are"} not in the OpenSanctions measure vocabulary: kept as delivered`,
      );
    }
    if (measures.length === 0 && unknownProvisions.length === 0 && program !== undefined)
      measures.push(...program.measures);
    const statusHistory = this.statusHistory(p, line);
    const identifiers: Identifier[] = [];
    for (const [property, scheme] of Object.entries(FTM_SANCTION_IDENTIFIER_SCHEMES)) {
      for (const value of p.values(property)) identifiers.push({ scheme, value });
      p.hold(property);
    }
    const reasons = p.values("reason");
    if (p.raw("reason").length === 1) p.hold("reason");
    const citations = this.reader.citations(p, line);
    const notes = [...p.values("summary"), ...p.values("notes")];
    if (p.raw("summary").length === 0 && p.raw("notes").length === 1) p.hold("notes");
    p.keepEntityFields(undefined, true);
    const record: Sanction = compact({
      id: `ftm:${entity.id}`,
      kind: "sanction",
      authority,
      targets: kept,
      program:
        validKey === undefined && programName === undefined
          ? undefined
          : compact({ key: validKey, name: programName, url }),
      measures,
      objective: reasons.length === 0 ? undefined : reasons.join("\n"),
      statusHistory,
      identifiers,
      citations,
      notes: notes.length === 0 ? undefined : notes.join("\n\n"),
      asDelivered: p.delivered(),
    });
    for (const property of SANCTION_READINGS) p.unhold(property);
    this.ctx.emit(record, line);
  }

  statusHistory(p: FtmProperties, line: number): Sanction["statusHistory"] {
    const start = this.reader.date(p, "startDate", line);
    const listed = this.reader.date(p, "listingDate", line);
    const end = this.reader.date(p, "endDate", line);
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
  authority(p: FtmProperties, issuerId: string | undefined, line: number): string | undefined {
    const text = this.reader.first(p, "authority", line);
    const issuer: FtmIssuer | undefined = issuerId === undefined ? undefined : FTM_ISSUERS[issuerId];
    const countries = p.values("country");
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

  /** Reads one entity of the input: imports it now, or keeps it until what it needs is read. */
  entity(raw: unknown, line: number): void {
    const entity = this.parse(raw, line);
    if (entity === undefined) return;
    const schema = entity.schema;
    if (!Object.hasOwn(FTM_IMPORTED_SCHEMATA, schema)) {
      this.skippedSchema.set(entity.id, schema);
      this.ctx.reporter.notKept(`schema ${schema}`);
      const why = NOT_HELD[schema] ?? "is not imported";
      this.ctx.reporter.skip(
        line,
        "unsupported_schema",
        `schema ${quote(schema)} ${NOT_HELD[schema] === undefined ? why : `is not imported: ${why}`} (entity ${quote(entity.id)})`,
      );
      return;
    }
    switch (schema as ImportedSchema) {
      case "Person":
        this.person(new FtmProperties(entity), line);
        break;
      case "Address":
        this.address(new FtmProperties(entity), line);
        break;
      case "Sanction":
        this.sanction(entity, line, false);
        break;
      case "Passport":
      case "Identification":
      case "Occupancy":
        this.pending.push({ line, entity });
        break;
      case "Position":
        this.posts.set(entity.id, { line, entity, used: false });
        break;
      case "Organization":
      case "Company":
      case "PublicBody":
      case "LegalEntity":
        this.organization(new FtmProperties(entity), schema as OrganizationSchemaName, line);
        break;
      default:
        this.link(entity, line, false);
    }
  }

  /** The entity of a line, or undefined (and the skip recorded) when it is not one. */
  parse(raw: unknown, line: number): FtmEntity | undefined {
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
        return undefined;
      }
    }
    const parsed = FtmEntitySchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.length === 0 ? "(root)" : issue.path.join(".")}: ${issue.message}`);
      this.ctx.reporter.skip(line, "invalid_entity", `not a FollowTheMoney entity (${problems.join("; ")})`);
      return undefined;
    }
    if (!isIdRest(parsed.data.id)) {
      this.ctx.reporter.skip(line, "invalid_id", `FtM id ${quote(parsed.data.id)} has spaces or is too long`);
      return undefined;
    }
    return parsed.data;
  }

  /**
   * The end of the input: documents and posts go to their holders, the persons are produced, then the links
   * and sanctions that waited, in input order.
   */
  finish(): void {
    const waiting = this.pending.splice(0);
    const later: Pending[] = [];
    for (const { line, entity } of waiting) {
      if (entity.schema === "Occupancy") guarded(this.ctx, line, () => this.occupancy(entity, line));
      else if (entity.schema === "Passport" || entity.schema === "Identification")
        guarded(this.ctx, line, () => this.document(entity, line));
      else later.push({ line, entity });
    }
    for (const [id, post] of this.posts) {
      if (!post.used)
        this.ctx.reporter.skip(
          post.line,
          "no_holder",
          `Position ${quote(id)}: no Occupancy of the input gives it a holder`,
        );
    }
    this.posts.clear();
    for (const { record, line } of this.persons.values())
      guarded(this.ctx, line, () => this.ctx.emit(record, line));
    this.persons.clear();
    for (const { line, entity } of later) {
      if (entity.schema === "Sanction") guarded(this.ctx, line, () => this.sanction(entity, line, true));
      else guarded(this.ctx, line, () => this.link(entity, line, true));
    }
  }
}

/**
 * Imports FollowTheMoney entities (JSON Lines, as OpenSanctions and yente write them) as a stream: Person ->
 * person, Organization, Company, PublicBody and LegalEntity -> organization, Address -> place, Sanction ->
 * sanction, Ownership, Directorship, Employment, Membership, Representation, Family, Associate, UnknownLink
 * and Payment -> the link of that kind, Passport and Identification -> an identity document of the holder,
 * Occupancy with its Position -> a position of the holder; each record `ftm:<id>`. Every property value is
 * kept: in the model's fields (names and aliases apart, countries, dates as partial dates, identifiers,
 * shares, amounts...) when they hold it exactly, else as delivered (`asDelivered`), which the exporter
 * writes back. Links and sanctions are resolved after the whole input is read when they name entities read
 * later; persons are produced at the end (their documents and posts may come after them), other entities as
 * they are read. Other schemata (Vessel, Airplane...) are skipped and reported by name. See the interop
 * guide for the full mapping.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { collectImport, importFtm } from "bilateral/interop";
 * const { dataset, report } = await collectImport(importFtm(createReadStream("entities.ftm.json")));
 * console.log(report.imported, report.skippedBy);
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
    state.finish();
    yield ctx.take();
  });
}
