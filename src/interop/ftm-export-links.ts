import type { AsDelivered } from "../model/as-delivered.js";
import type { Money } from "../model/money.js";
import type { RecordKind } from "../model/records.js";
import type { Share } from "../model/share.js";
import type { Period } from "../time/period.js";
import {
  FTM_LINK_SCHEMATA,
  FTM_VALUE_PROPERTIES,
  type FtmLinkMapping,
  valueProperties,
} from "./ftm-links.js";
import { deliveredMap } from "./ftm-properties.js";

/** The link record kinds the exporter writes, and the FtM schema of each (an association: see below). @internal */
export const FTM_LINK_KINDS: ReadonlySet<string> = new Set(
  Object.values(FTM_LINK_SCHEMATA).map((mapping) => mapping.kind),
);

/** The fields of a link record the exporter reads (those of every built-in link kind). */
interface LinkFields {
  readonly id: string;
  readonly kind: string;
  readonly period?: Period;
  readonly notes?: string;
  readonly share?: Share;
  readonly sharesCount?: number;
  readonly amount?: Money;
  readonly date?: string;
  readonly purpose?: string;
  readonly programme?: string;
  readonly parties?: readonly [string, string];
  readonly asDelivered?: AsDelivered;
  readonly [field: string]: unknown;
}

/** The FtM schema of a link record: by kind; an association of two persons is an Associate, else an UnknownLink. */
function schemaOf(record: LinkFields, kindOf: (id: string) => RecordKind | undefined): string | undefined {
  if (record.kind === "association") {
    const persons = (record.parties ?? []).every((party) => kindOf(party) === "person");
    return persons ? "Associate" : "UnknownLink";
  }
  return Object.entries(FTM_LINK_SCHEMATA).find(([, mapping]) => mapping.kind === record.kind)?.[0];
}

/** A share as FtM's `percentage`: as stated, else the figure or the range. */
function percentage(share: Share | undefined): string | undefined {
  if (share === undefined) return undefined;
  if (share.stated !== undefined) return share.stated;
  if ("exact" in share && typeof share.exact === "number") return String(share.exact);
  if ("unknown" in share) return undefined;
  const range = share as { min?: number; max?: number };
  return `${range.min ?? 0}-${range.max ?? 100}`;
}

/** A payment's amount as FtM's Value properties, unless they were kept as delivered. */
function amountProperties(
  money: Money | undefined,
  delivered: ReadonlyMap<string, readonly string[]>,
  warn: (message: string) => void,
): Record<string, string[]> {
  if (money === undefined || FTM_VALUE_PROPERTIES.some((property) => delivered.has(property))) return {};
  const { properties, left } = valueProperties(money);
  for (const currency of left) warn(`the equivalent in ${currency} has no FtM property: left out`);
  return properties;
}

/** The properties particular to a kind of link. */
function particular(
  record: LinkFields,
  delivered: ReadonlyMap<string, readonly string[]>,
  warn: (message: string) => void,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const put = (property: string, value: string | number | undefined) => {
    if (value !== undefined) out[property] = [String(value)];
  };
  put("percentage", percentage(record.share));
  put("sharesCount", record.sharesCount);
  Object.assign(out, amountProperties(record.amount, delivered, warn));
  put("date", record.date);
  put("purpose", record.purpose);
  put("programme", record.programme);
  return out;
}

/**
 * The FtM schema and properties of a link record, from its fields (its ends as FtM ids by `idOf`), or the
 * reason it cannot be written (an end FtM cannot name). `asDelivered` is written by the caller.
 * @internal
 */
export function linkProperties(
  record: LinkFields,
  idOf: (id: string) => string | undefined,
  kindOf: (id: string) => RecordKind | undefined,
  warn: (message: string) => void,
): { schema: string; properties: Record<string, string[]> } | { reason: string } {
  const delivered = deliveredMap(record.asDelivered);
  const schema = delivered.get("schema")?.[0] ?? schemaOf(record, kindOf);
  const mapping: FtmLinkMapping | undefined = schema === undefined ? undefined : FTM_LINK_SCHEMATA[schema];
  if (schema === undefined || mapping === undefined)
    return { reason: `FtM has no schema for a ${record.kind} record` };
  const properties: Record<string, string[]> = {};
  const ends = mapping.parties
    ? (record.parties ?? [])
    : mapping.ends.map((end) => record[end.field] as string);
  for (const [index, end] of mapping.ends.entries()) {
    const id = idOf(ends[index] as string);
    if (id === undefined)
      return {
        reason: `its ${end.field} ${ends[index]} is not a person, organisation or address written to FtM`,
      };
    properties[end.property] = [id];
  }
  if (mapping.words !== undefined) {
    const words = record[mapping.words[0]];
    if (typeof words === "string") properties[mapping.words[1]] = [words];
  }
  Object.assign(properties, particular(record, delivered, warn));
  if (record.period?.start !== undefined) properties.startDate = [record.period.start];
  if (record.period?.end !== undefined) properties.endDate = [record.period.end];
  return { schema, properties };
}
