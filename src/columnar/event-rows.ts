import type { EventRecord } from "../model/event.js";
import type { Attributor } from "../query/internal/attribution.js";
import { quadClassOf } from "../query/quad-class.js";
import { intervalOf, precisionOf } from "../time/partial-date.js";
import { wellFormed } from "./cells.js";
import { dyadsOf } from "./dyads.js";
import type { KindLayout } from "./layout.js";
import { type Row, recordRow, recordRowText } from "./record-row.js";

/** An event's dates as the index reads them: start, end (exclusive), in ms since 1970; null when undated. */
interface EventDates {
  readonly start: number | null;
  readonly end: number | null;
}

/** `date`'s interval start, and the end of the later of `date`'s and `endDate`'s intervals (the index's `eventInterval`). */
function eventDates(event: Partial<EventRecord>): EventDates {
  if (typeof event.date !== "string") return { start: null, end: null };
  const interval = intervalOf(event.date);
  const end =
    typeof event.endDate === "string" ? Math.max(interval.end, intervalOf(event.endDate).end) : interval.end;
  return { start: interval.start, end };
}

function partyIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}

/** The distinct countries the parties count for during `dates` (their latest state when undated). */
function countriesOf(parties: readonly string[], dates: EventDates, attributor: Attributor): string[] {
  const out = new Set<string>();
  const dated = dates.start !== null;
  for (const id of parties) {
    for (const country of attributor.countriesOf(id, dated, dates.start ?? 0, dates.end ?? 0))
      out.add(country);
  }
  return [...out];
}

function quadColumns(event: Partial<EventRecord>): Pick<Row, "quad_class" | "quad_basis"> {
  const category = typeof event.category === "string" ? event.category : undefined;
  const quad = quadClassOf({ category, quadClass: event.quadClass } as Pick<
    EventRecord,
    "category" | "quadClass"
  >);
  const value: unknown = quad?.value;
  if (quad === undefined || typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 4) {
    return { quad_class: null, quad_basis: null };
  }
  return { quad_class: value, quad_basis: quad.derived ? "derived" : "stored" };
}

/** An event's analysis columns but the dyad, and the dyads it belongs to, sorted. */
interface EventAnalysis {
  readonly dates: EventDates;
  readonly actorCountries: string[];
  readonly recipientCountries: string[];
  readonly quad: Pick<Row, "quad_class" | "quad_basis">;
  readonly dyads: string[];
}

function analyse(event: object, attributor: Attributor): EventAnalysis {
  const fields = event as Partial<EventRecord>;
  const dates = eventDates(fields);
  const actors = partyIds(fields.actors);
  const recipients = partyIds(fields.recipients);
  const actorCountries = countriesOf(actors, dates, attributor);
  const recipientCountries = countriesOf(recipients, dates, attributor);
  const actorSide = [...new Set([...actors, ...actorCountries])];
  const recipientSide = [...new Set([...recipients, ...recipientCountries])];
  const dyads = dyadsOf(actorSide, recipientSide, recipients.length === 0).map(wellFormed);
  return {
    dates,
    actorCountries: actorCountries.map(wellFormed),
    recipientCountries: recipientCountries.map(wellFormed),
    quad: quadColumns(fields),
    dyads,
  };
}

function precisionColumn(event: object, dates: EventDates): string | null {
  return dates.start === null ? null : precisionOf((event as Partial<EventRecord>).date as string);
}

function yearColumn(dates: EventDates): number | null {
  return dates.start === null ? null : new Date(dates.start).getUTCFullYear();
}

/**
 * An event's row without its dyad: the record's columns (see `recordRow`) and the analysis columns, and the
 * dyads the event belongs to, sorted (see {@link eventRows}). `starts_at` and `ends_at` are in ms since 1970
 * (the SQL makes them timestamps). Throws a `RangeError` for a date that is not a partial date.
 * @internal
 */
export function eventRowParts(
  event: object,
  seq: number,
  layout: KindLayout,
  attributor: Attributor,
): { readonly base: Row; readonly dyads: readonly string[] } {
  const { dates, actorCountries, recipientCountries, quad, dyads } = analyse(event, attributor);
  const base = recordRow(event, seq, layout);
  base.starts_at = dates.start;
  base.ends_at = dates.end;
  base.date_precision = precisionColumn(event, dates);
  base.year = yearColumn(dates);
  base.actor_countries = actorCountries;
  base.recipient_countries = recipientCountries;
  base.quad_class = quad.quad_class;
  base.quad_basis = quad.quad_basis;
  return { base, dyads };
}

/**
 * An event's rows: one row per dyad the event belongs to (`dyad`, `dyad_rank` 0, 1, ... in dyad order), or
 * one row with `dyad` null when it belongs to none; every row holds the whole event and its analysis columns.
 * @internal
 */
export function eventRows(event: object, seq: number, layout: KindLayout, attributor: Attributor): Row[] {
  const { base, dyads } = eventRowParts(event, seq, layout, attributor);
  if (dyads.length === 0) return [{ ...base, dyad: null, dyad_rank: 0 }];
  return dyads.map((dyad, rank) => ({ ...base, dyad, dyad_rank: rank }));
}

/**
 * An event's rows as JSON Lines text: the rows of {@link eventRows}, as JSON objects with the same columns
 * and cells, the event's columns written once for all its rows.
 * @internal
 */
export function eventRowLines(
  event: object,
  seq: number,
  layout: KindLayout,
  attributor: Attributor,
): string[] {
  const { dates, actorCountries, recipientCountries, quad, dyads } = analyse(event, attributor);
  const head =
    `${recordRowText(event, seq, layout)},"starts_at":${JSON.stringify(dates.start)}` +
    `,"ends_at":${JSON.stringify(dates.end)},"date_precision":${JSON.stringify(precisionColumn(event, dates))}` +
    `,"year":${JSON.stringify(yearColumn(dates))},"actor_countries":${JSON.stringify(actorCountries)}` +
    `,"recipient_countries":${JSON.stringify(recipientCountries)},"quad_class":${JSON.stringify(quad.quad_class)}` +
    `,"quad_basis":${JSON.stringify(quad.quad_basis)}`;
  if (dyads.length === 0) return [`${head},"dyad":null,"dyad_rank":0}`];
  return dyads.map((dyad, rank) => `${head},"dyad":${JSON.stringify(dyad)},"dyad_rank":${rank}}`);
}
