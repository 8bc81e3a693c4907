/*
 * Country attribution of an event's parties, written plainly for the benchmarks' baselines (the linear scan
 * of bench/run.ts and the DuckDB table of bench/duckdb.ts): a country is itself, an organisation is its
 * country, a person is the country of each position held during the event (else their nationalities).
 */
import type { EventRecord } from "../src/model/event.js";
import type { Person } from "../src/model/person.js";
import { intervalOf, startOf } from "../src/time/partial-date.js";
import type { GeneratedRecord } from "./generate.js";

/** The countries the parties `ids` stand for during [start, end) (epoch ms). */
export function attributedCountries(
  byId: ReadonlyMap<string, GeneratedRecord>,
  ids: readonly string[] | undefined,
  start: number,
  end: number,
): string[] {
  const out: string[] = [];
  for (const id of ids ?? []) {
    const record = byId.get(id);
    if (record === undefined) continue;
    if (record.kind === "country") out.push(id);
    else if (record.kind === "organization" && typeof record.country === "string") out.push(record.country);
    else if (record.kind === "person") {
      const person = record as unknown as Person;
      let found = false;
      for (const position of person.positions ?? []) {
        const held = {
          start: position.period?.start ? startOf(position.period.start) : -Infinity,
          end: position.period?.end ? intervalOf(position.period.end).end : Infinity,
        };
        if (position.country !== undefined && held.start < end && held.end > start) {
          out.push(position.country);
          found = true;
        }
      }
      if (!found) out.push(...(person.nationalities ?? []));
    }
  }
  return out;
}

/**
 * The time an event covers: its date's interval, extended to the end of its end date (epoch ms, end
 * excluded); undefined for an undated event.
 */
export function spanOf(event: EventRecord): { start: number; end: number; dateEnd: number } | undefined {
  if (event.date === undefined) return undefined;
  const own = intervalOf(event.date);
  const end = event.endDate === undefined ? own.end : Math.max(own.end, intervalOf(event.endDate).end);
  return { start: own.start, end, dateEnd: own.end };
}

/**
 * The undirected dyads ("A|B", codes in order) an event is between, as `findEvents({ between })` reads
 * them: an actor's country and a recipient's, or two actors' countries of an event without recipients.
 */
export function dyadsOf(
  event: EventRecord,
  byId: ReadonlyMap<string, GeneratedRecord>,
  start: number,
  end: number,
): Set<string> {
  const actors = attributedCountries(byId, event.actors, start, end);
  const recipients = attributedCountries(byId, event.recipients, start, end);
  const out = new Set<string>();
  const add = (x: string, y: string) => {
    if (x !== y) out.add(x < y ? `${x}|${y}` : `${y}|${x}`);
  };
  if (recipients.length === 0) for (const x of actors) for (const y of actors) add(x, y);
  else for (const x of actors) for (const y of recipients) add(x, y);
  return out;
}
