import { UnknownIdError } from "../core/errors.js";
import type { Citation } from "../model/base.js";
import type { Person, Position } from "../model/person.js";
import { intervalOf } from "../time/partial-date.js";
import { periodInterval } from "../time/period.js";
import type { DatasetIndex, IndexableRecord } from "./create-index.js";
import { checkParty } from "./internal/parties.js";
import { type AnyRecord, type IndexData, internalsOf, recordAt } from "./internal/store.js";

/**
 * A statement: a claim a citation attributes to someone (`attributedTo`). Who spoke (`speaker`), in what
 * role as the source puts it (`role`, the citation's `attributedAs`) and in the positions the speaker held
 * then (`positions`: at the date of the event the citation supports, else the positions without an end), what
 * they said (`quote`), and the record the claim supports, with the path of the citation within it and the
 * source record cited.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { Statement } from "bilateral";
 * const line = (s: Statement) => `${s.speaker.id} (${s.role ?? "no role given"}): ${s.quote ?? ""}`;
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
}

/**
 * Options of {@link findStatements}: `by`, the speaker wanted (a person, organisation or country id); every
 * speaker when absent.
 *
 * @category Queries
 * @example
 * ```ts
 * import type { StatementQuery } from "bilateral";
 * const query: StatementQuery = { by: "person:marco-rubio" };
 * ```
 */
export interface StatementQuery {
  readonly by?: string;
}

interface RawStatement {
  readonly record: number;
  readonly path: readonly (string | number)[];
  readonly citation: Citation;
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

function statementsOf(data: IndexData): readonly RawStatement[] {
  if (data.statements === undefined) {
    const out: RawStatement[] = [];
    for (let position = 0; position < data.records.length; position++)
      collect(data.records[position], [], position, out, 0);
    data.statements = out;
  }
  return data.statements as readonly RawStatement[];
}

function positionsHeld(speaker: AnyRecord, record: AnyRecord): readonly Position[] {
  if (speaker.kind !== "person") return [];
  const positions = (speaker as Person).positions ?? [];
  const date =
    (record as { kind: string; date?: string; endDate?: string }).kind === "event"
      ? (record as { date?: string }).date
      : undefined;
  if (date === undefined) return positions.filter((position) => position.period?.end === undefined);
  const own = intervalOf(date);
  const endDate = (record as { endDate?: string }).endDate;
  const end = endDate === undefined ? own.end : Math.max(own.end, intervalOf(endDate).end);
  return positions.filter((position) => {
    const held = periodInterval(position.period);
    return held.start < end && held.end > own.start;
  });
}

/**
 * Who said what: every citation of the dataset that attributes a claim to someone (`attributedTo`), wherever
 * it stands in a record (the record's own citations, a history entry's, a position's, an effect's...), with
 * the speaker, their role and positions, the quote and the record it supports (see {@link Statement}). In
 * dataset order, then in order within each record.
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
 *     { id: "person:khan", kind: "person", name: "Shafqat Ali Khan", positions: [{ title: "Foreign Ministry spokesperson", country: "country:PAK" }] },
 *     {
 *       id: "event:x", kind: "event", category: "AGREE", actors: ["country:PAK"],
 *       citations: [{ source: "source:a", quote: "Pakistan is looking to contribute positively", attributedTo: "person:khan", attributedAs: "spokesperson" }],
 *     },
 *   ],
 * }));
 * const [said] = findStatements(index, { by: "person:khan" });
 * said?.role; //=> "spokesperson"
 * said?.positions[0]?.title; //=> "Foreign Ministry spokesperson"
 * ```
 */
export function findStatements<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  query: StatementQuery = {},
): Statement<R>[] {
  const data = internalsOf(index);
  const by = query.by === undefined ? undefined : checkParty(data, query.by, "by");
  const out: Statement<R>[] = [];
  const lookup = (id: string | undefined): R | undefined => {
    const position = id === undefined ? undefined : data.positionOf(id);
    return position === undefined ? undefined : recordAt<R>(data, position);
  };
  for (const raw of statementsOf(data)) {
    const speakerId = raw.citation.attributedTo as string;
    if (by !== undefined && speakerId !== by) continue;
    const speakerPosition = data.positionOf(speakerId);
    if (speakerPosition === undefined) throw new UnknownIdError(speakerId);
    out.push({
      speaker: recordAt<R>(data, speakerPosition),
      role: raw.citation.attributedAs,
      positions: positionsHeld(
        recordAt<AnyRecord>(data, speakerPosition),
        recordAt<AnyRecord>(data, raw.record),
      ),
      quote: raw.citation.quote,
      record: recordAt<R>(data, raw.record),
      path: raw.path,
      citation: raw.citation,
      source: lookup(raw.citation.source),
    });
  }
  return out;
}
