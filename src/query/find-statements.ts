import { UnknownIdError } from "../core/errors.js";
import type { Citation } from "../model/base.js";
import type { ClaimRecord } from "../model/claim.js";
import type { Person, Position } from "../model/person.js";
import { intervalOf } from "../time/partial-date.js";
import { periodInterval } from "../time/period.js";
import type { DatasetIndex, IndexableRecord, IndexedRecord } from "./create-index.js";
import { attributionOf, checkPair, checkParty, partyIds } from "./internal/parties.js";
import { type AnyRecord, type IndexData, internalsOf, recordAt } from "./internal/store.js";
import type { Attribution, AttributionOptions } from "./options.js";

/**
 * A statement: a claim record, or a claim a citation attributes to someone (`attributedTo`). Who spoke
 * (`speaker`: the claim's `by`, or the citation's `attributedTo`), in what role as the source puts it
 * (`role`, the `attributedAs`) and in the positions the speaker held then (`positions`: at the date of the
 * claim or of the event the citation supports, else the positions without an end), what they said (`quote`:
 * the claim's `text`, or the citation's quote), and the record: the claim itself, or the record the citation
 * supports, with the path of the citation within it and the source record cited. A claim's statement also
 * carries the claim (`claim`, with its type, summary, confidence and date) and its `hedges`; its `citation`
 * is the claim's first citation (`path` `["citations", 0]`) or, when it has none, one made of the claim's
 * own fields (`path` `[]`).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { Statement } from "bilateral";
 * const line = (s: Statement) =>
 *   `${s.speaker.id} (${s.role ?? "no role given"}): ${s.quote ?? s.claim?.summary ?? ""} ${(s.hedges ?? []).join(", ")}`;
 * ```
 */
export interface Statement<R extends IndexableRecord = IndexableRecord> {
  readonly speaker: R;
  readonly role: string | undefined;
  readonly positions: readonly Position[];
  readonly quote: string | undefined;
  readonly record: R;
  readonly path: readonly (string | number)[];
  readonly citation: Citation;
  readonly source: R | undefined;
  /** The claim, when the statement is a claim record. */
  readonly claim?: IndexedRecord<R, "claim">;
  /** The claim's hedge words as said (empty when it has none); absent for a citation's statement. */
  readonly hedges?: readonly string[];
}

/**
 * Options of {@link findStatements}: `by`, the speaker wanted (a person, organisation, country or source id;
 * every speaker when absent), and `about`, a party or a pair of parties the statement's record must name
 * (a claim's `parties` or `about`, not its speaker; another record's reference fields: an event's actors and recipients, a
 * relationship's parties...), under the attribution mode (by default a person counts for the countries of
 * their positions).
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StatementQuery } from "bilateral";
 * const query: StatementQuery = { by: "person:marco-rubio", about: ["country:IRN", "country:USA"] };
 * ```
 */
export interface StatementQuery extends AttributionOptions {
  readonly by?: string;
  readonly about?: string | readonly [string, string];
}

interface RawStatement {
  readonly record: number;
  readonly path: readonly (string | number)[];
  /** The attributing citation; `undefined` for a claim record (its statement is made from the claim). */
  readonly citation: Citation | undefined;
}

const MAX_DEPTH = 64;

function collect(
  value: unknown,
  path: (string | number)[],
  record: number,
  out: RawStatement[],
  depth: number,
): void {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === "object" && item !== null) collect(item, [...path, i], record, out, depth + 1);
    }
    return;
  }
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child !== "object" || child === null) continue;
    if (key === "citations" && Array.isArray(child)) {
      child.forEach((citation, i) => {
        if (
          typeof citation === "object" &&
          citation !== null &&
          typeof (citation as Citation).attributedTo === "string"
        ) {
          out.push({ record, path: [...path, key, i], citation: citation as Citation });
        }
      });
    } else {
      collect(child, [...path, key], record, out, depth + 1);
    }
  }
}

/**
 * Every statement of the dataset, in dataset order: a claim record is one statement (its `by` is its one
 * attribution, so its citations are not read for others); any other record, one per attributing citation.
 */
function statementsOf(data: IndexData): readonly RawStatement[] {
  if (data.statements === undefined) {
    const out: RawStatement[] = [];
    for (let position = 0; position < data.records.length; position++) {
      const record = data.records[position] as AnyRecord;
      if (record.kind === "claim") out.push({ record: position, path: [], citation: undefined });
      else collect(record, [], position, out, 0);
    }
    data.statements = out;
  }
  return data.statements as readonly RawStatement[];
}

function positionsHeld(speaker: AnyRecord, record: AnyRecord): readonly Position[] {
  if (speaker.kind !== "person") return [];
  const positions = (speaker as Person).positions ?? [];
  const date =
    record.kind === "event" || record.kind === "claim" ? (record as { date?: string }).date : undefined;
  if (date === undefined) return positions.filter((position) => position.period?.end === undefined);
  const own = intervalOf(date);
  const endDate = (record as { endDate?: string }).endDate;
  const end = endDate === undefined ? own.end : Math.max(own.end, intervalOf(endDate).end);
  return positions.filter((position) => {
    const held = periodInterval(position.period);
    return held.start < end && held.end > own.start;
  });
}

/** A claim's citation: its first one, else one made of its own fields. */
function claimCitation(data: IndexData, claim: ClaimRecord): Citation {
  const first = claim.citations?.[0];
  if (first !== undefined) return first;
  const bySource = data.records[data.positionOf(claim.by) as number]?.kind === "source";
  const out: { -readonly [K in keyof Citation]: Citation[K] } = {};
  if (bySource) out.source = claim.by;
  else out.attributedTo = claim.by;
  if (claim.text !== undefined) out.quote = claim.text;
  if (claim.attributedAs !== undefined) out.attributedAs = claim.attributedAs;
  if (claim.confidence !== undefined) out.confidence = claim.confidence;
  return out;
}

/** What a claim is about: its parties and the records it concerns (not its speaker). */
const CLAIM_SUBJECTS = ["parties", "about"] as const;

/** Whether a record names all the wanted parties in its reference fields (a claim: `parties`, `about`...). */
function namesParties(
  data: IndexData,
  record: AnyRecord,
  wanted: readonly string[],
  mode: Attribution,
): boolean {
  const roles = data.roles.get(record.kind);
  if (roles === undefined) return false;
  const fields =
    record.kind === "claim"
      ? CLAIM_SUBJECTS
      : roles.pair === undefined
        ? roles.references
        : [roles.pair, ...roles.references];
  const named = new Set<string>();
  for (const field of fields) {
    const value = record[field];
    const ids = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    for (const id of ids) {
      if (typeof id !== "string" || data.positionOf(id) === undefined) continue;
      for (const counted of partyIds(data, id, mode)) named.add(counted);
    }
  }
  return wanted.every((id) => named.has(id));
}

/**
 * Who said what: every claim record, and every citation of the dataset that attributes a claim to someone
 * (`attributedTo`), wherever it stands in a record (the record's own citations, a history entry's, a
 * position's, an effect's...), with the speaker, their role and positions, the quote, the record, and for
 * a claim its type and hedges (see {@link Statement}). In dataset order, then in order within each record.
 * `by` keeps one speaker's; `about` those whose record names a party, or both parties of a pair.
 *
 * @category Queries
 * @example
 * ```ts
 * import { createIndex, findStatements, parseDataset } from "bilateral";
 * const index = createIndex(parseDataset({
 *   format: "bilateral",
 *   version: "1.0",
 *   records: [
 *     { id: "source:a", kind: "source", title: "An article" },
 *     { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
 *     { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
 *     { id: "person:khan", kind: "person", name: "Shafqat Ali Khan", positions: [{ title: "Foreign Ministry spokesperson", country: "country:PAK" }] },
 *     {
 *       id: "event:x", kind: "event", category: "AGREE", actors: ["country:PAK"],
 *       citations: [{ source: "source:a", quote: "Pakistan is looking to contribute positively", attributedTo: "person:khan", attributedAs: "spokesperson" }],
 *     },
 *     {
 *       id: "claim:shift", kind: "claim", claimType: "assessment", by: "source:a", parties: ["country:IRN"],
 *       text: "Iran appears to be shifting towards security diplomacy", hedges: ["appears"], confidence: 0.6,
 *     },
 *   ],
 * }));
 * const [said] = findStatements(index, { by: "person:khan" });
 * said?.role; //=> "spokesperson"
 * said?.positions[0]?.title; //=> "Foreign Ministry spokesperson"
 * const [shift] = findStatements(index, { about: "country:IRN" });
 * shift?.claim?.claimType; //=> "assessment"
 * shift?.hedges; //=> ["appears"]
 * ```
 */
export function findStatements<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  query: StatementQuery = {},
): Statement<R>[] {
  const data = internalsOf(index);
  const by = query.by === undefined ? undefined : checkParty(data, query.by, "by");
  const about =
    query.about === undefined
      ? undefined
      : typeof query.about === "string"
        ? [checkParty(data, query.about, "about")]
        : checkPair(data, query.about, "about");
  const mode = attributionOf(query);
  const out: Statement<R>[] = [];
  const lookup = (id: string | undefined): R | undefined => {
    const position = id === undefined ? undefined : data.positionOf(id);
    return position === undefined ? undefined : recordAt<R>(data, position);
  };
  for (const raw of statementsOf(data)) {
    const record = recordAt<AnyRecord>(data, raw.record);
    const claim = raw.citation === undefined ? (record as unknown as ClaimRecord) : undefined;
    const speakerId = claim === undefined ? (raw.citation?.attributedTo as string) : claim.by;
    if (by !== undefined && speakerId !== by) continue;
    if (about !== undefined && !namesParties(data, record, about, mode)) continue;
    const speakerPosition = data.positionOf(speakerId);
    if (speakerPosition === undefined) throw new UnknownIdError(speakerId);
    const speaker = recordAt<AnyRecord>(data, speakerPosition);
    const citation = claim === undefined ? (raw.citation as Citation) : claimCitation(data, claim);
    const common = {
      speaker: recordAt<R>(data, speakerPosition),
      positions: positionsHeld(speaker, record),
      record: recordAt<R>(data, raw.record),
      citation,
      source:
        lookup(citation.source) ??
        (speaker.kind === "source" ? recordAt<R>(data, speakerPosition) : undefined),
    };
    if (claim === undefined) {
      out.push({ ...common, role: citation.attributedAs, quote: citation.quote, path: raw.path });
    } else {
      out.push({
        ...common,
        role: claim.attributedAs,
        quote: claim.text,
        path: claim.citations?.[0] === undefined ? [] : ["citations", 0],
        claim: claim as unknown as IndexedRecord<R, "claim">,
        hedges: claim.hedges ?? [],
      });
    }
  }
  return out;
}
