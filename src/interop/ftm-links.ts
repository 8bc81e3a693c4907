import { isCurrencyCode } from "../codes/currency.js";
import type { Money } from "../model/money.js";
import type { DatasetRecord, RecordKind } from "../model/records.js";
import type { Share } from "../model/share.js";
import type { Period } from "../time/period.js";
import { parseDecimal, quote } from "./fields.js";
import type { FtmProperties } from "./ftm-properties.js";
import { compact, exactNumber, type FtmReader, reversed } from "./ftm-read.js";

/** One end of a link: the model's field, the FtM property, and the kinds of record it may name. @internal */
export interface FtmLinkEnd {
  readonly field: string;
  readonly property: string;
  readonly kinds: readonly RecordKind[];
}

/** How an FtM link schema maps to a link record kind. @internal */
export interface FtmLinkMapping {
  readonly kind: RecordKind;
  readonly ends: readonly [FtmLinkEnd, FtmLinkEnd];
  /** The link's words: the model's field and the FtM property read into it (`role`, `relationship`). */
  readonly words?: readonly [field: string, property: string];
  /** The two ends go to `parties` (an association). */
  readonly parties?: true;
}

const PARTIES = ["person", "organization"] as const;
const end = (field: string, property: string, kinds: readonly RecordKind[]): FtmLinkEnd => ({
  field,
  property,
  kinds,
});

/**
 * The FtM link schemata the importer reads, with the record kind each becomes and the FtM property of each
 * field. UnknownLink keeps its schema name as delivered (an association is written back as an Associate
 * when both parties are persons, else as an UnknownLink).
 * @internal
 */
export const FTM_LINK_SCHEMATA: Readonly<Record<string, FtmLinkMapping>> = Object.freeze({
  Ownership: {
    kind: "ownership",
    ends: [end("owner", "owner", PARTIES), end("asset", "asset", ["organization", "place"])],
    words: ["role", "role"],
  },
  Directorship: {
    kind: "directorship",
    ends: [end("director", "director", PARTIES), end("organization", "organization", ["organization"])],
    words: ["role", "role"],
  },
  Employment: {
    kind: "employment",
    ends: [end("employee", "employee", ["person"]), end("employer", "employer", PARTIES)],
    words: ["role", "role"],
  },
  Membership: {
    kind: "membership",
    ends: [end("member", "member", PARTIES), end("organization", "organization", ["organization"])],
    words: ["role", "role"],
  },
  Representation: {
    kind: "representation",
    ends: [end("agent", "agent", PARTIES), end("client", "client", PARTIES)],
    words: ["role", "role"],
  },
  Family: {
    kind: "family",
    ends: [end("person", "person", ["person"]), end("relative", "relative", ["person"])],
    words: ["relation", "relationship"],
  },
  Associate: {
    kind: "association",
    ends: [end("parties", "person", ["person"]), end("parties", "associate", ["person"])],
    words: ["relation", "relationship"],
    parties: true,
  },
  UnknownLink: {
    kind: "association",
    ends: [end("parties", "subject", PARTIES), end("parties", "object", PARTIES)],
    words: ["relation", "role"],
    parties: true,
  },
  Payment: {
    kind: "payment",
    ends: [end("payer", "payer", PARTIES), end("beneficiary", "beneficiary", PARTIES)],
  },
});

/** What resolving a link's ends gives: the record ids, or why they cannot be had (`waiting` for later). */
export type FtmEnds =
  | { readonly ids: readonly [string, string] }
  | { readonly waiting: true }
  | { readonly missing: string };

/**
 * A share as stated in FtM's `percentage`: a number (`"51"`, `"51%"`) is exact, `"25-50"` a range, anything
 * else unknown; the words are kept in `stated`.
 * @internal
 */
export function shareOf(text: string | undefined): Share {
  if (text === undefined) return { unknown: true };
  const value = percentOf(text);
  if (value !== undefined) return { exact: value, stated: text };
  const dash = text.search(/[-\u2013]/);
  const min = dash === -1 ? undefined : percentOf(text.slice(0, dash));
  const max = dash === -1 ? undefined : percentOf(text.slice(dash + 1));
  if (min !== undefined && max !== undefined && min <= max) return { min, max, stated: text };
  return { unknown: true, stated: text };
}

/** A percentage written as digits, maybe a decimal part, maybe a `%`, with blanks around: `" 25 %"`. */
function percentOf(text: string): number | undefined {
  const digits = text.trim().replace(/%$/, "").trimEnd();
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return undefined;
  const number = Number(digits);
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : undefined;
}

/** A link's period from `startDate` and `endDate` (an end before the start is kept as delivered only). */
function periodOf(reader: FtmReader, p: FtmProperties, line: number): Period | undefined {
  const start = reader.date(p, "startDate", line);
  let endDate = reader.date(p, "endDate", line);
  if (reversed(start, endDate)) {
    reader.ctx.reporter.warn(
      line,
      "period_reversed",
      `${p.entity.schema}.endDate ${endDate} comes before startDate ${start}: the end is kept as delivered only`,
    );
    p.unhold("endDate");
    endDate = undefined;
  }
  return start === undefined && endDate === undefined ? undefined : compact({ start, end: endDate });
}

/** FtM's Value properties, which a payment's `amount` reads. @internal */
export const FTM_VALUE_PROPERTIES = ["amount", "currency", "amountEur", "amountUsd"];

/**
 * Money as FtM's Value properties: EUR as `amountEur`, USD as `amountUsd`, another currency as `amount` and
 * `currency`; stated equivalents in EUR or USD beside it (others have no FtM property).
 * @internal
 */
export function valueProperties(money: Money): { properties: Record<string, string[]>; left: string[] } {
  const properties: Record<string, string[]> = {};
  const left: string[] = [];
  const property = (currency: string) => ({ EUR: "amountEur", USD: "amountUsd" })[currency];
  const main = property(money.currency);
  if (main === undefined) {
    properties.amount = [String(money.amount)];
    properties.currency = [money.currency];
  } else properties[main] = [String(money.amount)];
  for (const equivalent of money.equivalents ?? []) {
    const name = property(equivalent.currency);
    if (name === undefined || properties[name] !== undefined) left.push(equivalent.currency);
    else properties[name] = [String(equivalent.amount)];
  }
  return { properties, left };
}

/** The single number of a Value property, if it is one. */
function amountOf(p: FtmProperties, property: string): number | undefined {
  const values = p.values(property);
  const value = values.length === 1 ? parseDecimal(values[0] as string) : undefined;
  return value !== undefined && value >= 0 ? value : undefined;
}

/**
 * A payment's amount: `amountEur` (with `amountUsd` as a stated equivalent), else `amount` in its `currency`
 * (with `amountUsd` as an equivalent), else `amountUsd`. The Value properties are held when the exporter
 * writes exactly them back; else they are all kept as delivered (and the amount is a reading of them).
 * @internal
 */
export function paymentAmount(p: FtmProperties): Money | undefined {
  const eur = amountOf(p, "amountEur");
  const usd = amountOf(p, "amountUsd");
  const amount = amountOf(p, "amount");
  const codes = p.values("currency");
  const code = codes.length === 1 && isCurrencyCode(codes[0] as string) ? codes[0] : undefined;
  let money: Money | undefined;
  if (eur !== undefined) money = { amount: eur, currency: "EUR" };
  else if (amount !== undefined && code !== undefined) money = { amount, currency: code };
  else if (usd !== undefined) money = { amount: usd, currency: "USD" };
  if (money !== undefined && usd !== undefined && money.currency !== "USD")
    money = { ...money, equivalents: [{ amount: usd, currency: "USD" }] };
  if (money === undefined) return undefined;
  const back = valueProperties(money).properties;
  const same = FTM_VALUE_PROPERTIES.every(
    (property) => JSON.stringify(back[property] ?? []) === JSON.stringify(p.raw(property)),
  );
  if (same) p.hold(...FTM_VALUE_PROPERTIES);
  return money;
}

/** The fields particular to a kind of link (share, amount, date...). */
function particular(mapping: FtmLinkMapping, reader: FtmReader, p: FtmProperties, line: number) {
  if (mapping.kind === "ownership") {
    const stated = reader.single(p, "percentage", line);
    const countText = p.raw("sharesCount");
    const sharesCount = countText.length === 1 ? exactNumber(countText[0] as string) : undefined;
    if (sharesCount !== undefined && sharesCount >= 0) p.hold("sharesCount");
    return compact({
      share: shareOf(stated),
      sharesCount: sharesCount !== undefined && sharesCount >= 0 ? sharesCount : undefined,
    });
  }
  if (mapping.kind === "payment") {
    return compact({
      amount: paymentAmount(p),
      date: reader.date(p, "date", line),
      purpose: reader.single(p, "purpose", line),
      programme: reader.single(p, "programme", line),
    });
  }
  return {};
}

/**
 * The link record of an FtM link entity whose ends are resolved, with everything the model has no field for
 * kept as delivered.
 * @internal
 */
export function linkRecord(
  mapping: FtmLinkMapping,
  reader: FtmReader,
  p: FtmProperties,
  ids: readonly [string, string],
  line: number,
): DatasetRecord {
  for (const { property } of mapping.ends) if (p.raw(property).length === 1) p.hold(property);
  const words = mapping.words === undefined ? undefined : reader.single(p, mapping.words[1], line);
  const period = periodOf(reader, p, line);
  const citations = reader.citations(p, line);
  const notes = reader.notes(p);
  if (p.entity.schema === "UnknownLink") p.keepField("schema", ["UnknownLink"]);
  p.keepEntityFields(undefined, true);
  const ends = mapping.parties
    ? { parties: [...ids] }
    : { [mapping.ends[0].field]: ids[0], [mapping.ends[1].field]: ids[1] };
  return compact({
    id: `ftm:${p.entity.id}`,
    kind: mapping.kind,
    ...ends,
    ...(mapping.words === undefined ? {} : { [mapping.words[0]]: words }),
    ...particular(mapping, reader, p, line),
    period,
    citations,
    notes,
    asDelivered: p.delivered(),
  }) as unknown as DatasetRecord;
}

/** Says why an end of a link cannot be had, for a skip reason. @internal */
export function describeEnd(schema: string, endProperty: string, target: string, why: string): string {
  return `${schema}.${endProperty} ${quote(target)} ${why}`;
}
