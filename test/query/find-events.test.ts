import {
  countEvents,
  createIndex,
  type EventQuery,
  type EventRecord,
  endOf,
  findEvents,
  startOf,
  UnknownIdError,
} from "bilateral";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countries, dataset, event, ids } from "./helpers.js";

const IRN = "country:IRN";
const PAK = "country:PAK";
const USA = "country:USA";

const index = createIndex(
  dataset([
    ...countries("IRN", "PAK", "USA", "AFG"),
    {
      id: "org:pak-mofa",
      kind: "organization",
      name: "MOFA",
      organizationType: "government-body",
      country: PAK,
    },
    { id: "org:un", kind: "organization", name: "UN", organizationType: "intergovernmental" },
    {
      id: "person:president",
      kind: "person",
      name: "A president",
      positions: [{ title: "President of Iran", country: IRN, period: { start: "2024-07-28" } }],
    },
    event("visit", "person:president", PAK, "2025-08-02", {
      endDate: "2025-08-03",
      mode: "visit",
      contexts: ["diplomatic"],
    }),
    event("statement", "org:pak-mofa", IRN, "2025-08-01", { category: "AGREE", contexts: ["diplomatic"] }),
    event("accuse", IRN, USA, "2025-07", { category: "ACCUSE", quadClass: { value: 3, basis: "gdelt" } }),
    event("attack", PAK, IRN, "2024-01-18", { category: "ASSAULT", contexts: ["terrorism", "military"] }),
    event("year", IRN, PAK, "2025", { category: "COOPERATE" }),
    event("joint", IRN, undefined, "2025-08-31", { actors: [IRN, PAK], category: "AGREE" }),
    event("un", "org:un", IRN, "2025-09-01", { category: "REQUEST" }),
    event("undated", PAK, IRN, undefined, { category: "PROTEST", quadClass: { value: 3, basis: "gdelt" } }),
    event("before-term", "person:president", PAK, "2023-05-01"),
  ]),
);

describe("findEvents", () => {
  it("finds a dyad's events either way, in time order, undated last", () => {
    expect(ids(findEvents(index, { between: [IRN, PAK] }))).toEqual([
      "event:attack",
      "event:year",
      "event:statement",
      "event:visit",
      "event:joint",
      "event:undated",
    ]);
    expect(ids(findEvents(index, { between: [PAK, IRN] }))).toEqual(
      ids(findEvents(index, { between: [IRN, PAK] })),
    );
  });

  it("finds a directed dyad's events from the first party to the second", () => {
    expect(ids(findEvents(index, { between: [PAK, IRN], directed: true }))).toEqual([
      "event:attack",
      "event:statement",
      "event:undated",
    ]);
    // A joint act (co-actors, no recipient) has no direction.
    expect(ids(findEvents(index, { between: [IRN, PAK], directed: true }))).toEqual([
      "event:year",
      "event:visit",
    ]);
  });

  it("counts actors for their country, or as records when asked", () => {
    // The president's visit is an Iran event; before his term he is no one's (no nationality given).
    expect(ids(findEvents(index, { between: [IRN, PAK], attribution: "record" }))).toEqual([
      "event:attack",
      "event:year",
      "event:joint",
      "event:undated",
    ]);
    expect(ids(findEvents(index, { actor: "person:president" }))).toEqual([
      "event:before-term",
      "event:visit",
    ]);
    expect(ids(findEvents(index, { actor: PAK, role: "actor", from: "2025-08", to: "2025-08" }))).toEqual([
      "event:statement",
      "event:joint",
    ]);
    expect(ids(findEvents(index, { actor: "org:un" }))).toEqual(["event:un"]);
  });

  it("filters by side", () => {
    expect(ids(findEvents(index, { actor: USA }))).toEqual(["event:accuse"]);
    expect(ids(findEvents(index, { actor: USA, role: "actor" }))).toEqual([]);
    expect(ids(findEvents(index, { actor: USA, role: "recipient" }))).toEqual(["event:accuse"]);
  });

  it("filters by category, context and quad class (any of a list)", () => {
    expect(ids(findEvents(index, { category: ["ASSAULT", "ACCUSE"] }))).toEqual([
      "event:attack",
      "event:accuse",
    ]);
    expect(ids(findEvents(index, { context: "terrorism" }))).toEqual(["event:attack"]);
    expect(ids(findEvents(index, { context: ["military", "diplomatic"], between: [IRN, PAK] }))).toEqual([
      "event:attack",
      "event:statement",
      "event:visit",
    ]);
    // PROTEST is quad class 4 in the plover-0.8 table, but this event stores 3 (as GDELT delivers it).
    expect(ids(findEvents(index, { quadClass: 3 }))).toEqual(["event:accuse", "event:un", "event:undated"]);
    expect(ids(findEvents(index, { quadClass: 3, quadClassBasis: "stored" }))).toEqual([
      "event:accuse",
      "event:undated",
    ]);
    expect(ids(findEvents(index, { quadClass: [3, 4], quadClassBasis: "derived" }))).toEqual([
      "event:attack",
      "event:un",
    ]);
    expect(findEvents(index, { category: "RETREAT" })).toEqual([]);
  });

  it("compares partial dates as intervals, overlapping by default", () => {
    // "2025" overlaps August 2025, but does not lie within it.
    expect(ids(findEvents(index, { between: [IRN, PAK], from: "2025-08", to: "2025-08" }))).toEqual([
      "event:year",
      "event:statement",
      "event:visit",
      "event:joint",
    ]);
    expect(
      ids(findEvents(index, { between: [IRN, PAK], from: "2025-08", to: "2025-08", match: "within" })),
    ).toEqual(["event:statement", "event:visit", "event:joint"]);
  });

  it("treats range bounds as the start of `from` and the end of `to`", () => {
    // The visit runs 2025-08-02..03: a range ending on the 2nd overlaps it; within needs the 3rd.
    expect(
      ids(findEvents(index, { actor: "person:president", from: "2025-08-02", to: "2025-08-02" })),
    ).toEqual(["event:visit"]);
    expect(
      findEvents(index, { actor: "person:president", from: "2025-08-02", to: "2025-08-02", match: "within" }),
    ).toEqual([]);
    expect(
      ids(
        findEvents(index, {
          actor: "person:president",
          from: "2025-08-02",
          to: "2025-08-03",
          match: "within",
        }),
      ),
    ).toEqual(["event:visit"]);
    // Adjacent intervals do not overlap: an event on 2025-08-31 is not in September; one in "2025" is.
    expect(ids(findEvents(index, { from: "2025-09" }))).toEqual(["event:year", "event:un"]);
    expect(ids(findEvents(index, { from: "2024", to: "2024-01-17" }))).toEqual([]);
    expect(ids(findEvents(index, { to: "2024-01-18" }))).toEqual(["event:before-term", "event:attack"]);
  });

  it("handles open-ended ranges and leaves undated events out of any range", () => {
    expect(ids(findEvents(index, { from: "2025-08-03", between: [IRN, PAK] }))).toEqual([
      "event:year",
      "event:visit",
      "event:joint",
    ]);
    expect(ids(findEvents(index, { to: "2100", between: [IRN, PAK], match: "within" }))).not.toContain(
      "event:undated",
    );
    expect(countEvents(index, { from: "1900" })).toBe(8);
    expect(countEvents(index)).toBe(9);
  });

  it("limits the number of events", () => {
    expect(ids(findEvents(index, { between: [IRN, PAK], limit: 2 }))).toEqual(["event:attack", "event:year"]);
    expect(findEvents(index, { limit: 0 })).toEqual([]);
  });

  it("returns an empty list for parties that never meet", () => {
    expect(findEvents(index, { between: [USA, "country:AFG"] })).toEqual([]);
    expect(findEvents(index, { actor: "country:AFG" })).toEqual([]);
  });

  it("reports unknown ids and bad options clearly", () => {
    expect(() => findEvents(index, { between: [IRN, "country:XXX"] })).toThrow(UnknownIdError);
    expect(() => findEvents(index, { actor: "country:XXX" })).toThrow('no record has the id "country:XXX"');
    expect(() => findEvents(index, { between: [IRN, IRN] })).toThrow("two distinct parties");
    expect(() => findEvents(index, { category: "FIGHT" as never })).toThrow(
      'category: "FIGHT" is not a PLOVER 0.8 event category',
    );
    expect(() => findEvents(index, { context: "war" as never })).toThrow('context: "war"');
    expect(() => findEvents(index, { quadClass: 5 as never })).toThrow("quadClass: 5 is not 1, 2, 3 or 4");
    expect(() => findEvents(index, { from: "2025-02-30" })).toThrow(
      'from: "2025-02-30" is not a partial date',
    );
    expect(() => findEvents(index, { from: "2025", to: "2024" })).toThrow("the range ends");
    expect(() => findEvents(index, { match: "inside" as never })).toThrow('match: "inside"');
    expect(() => findEvents(index, { attribution: "state" as never })).toThrow('attribution: "state"');
    expect(() => findEvents({} as never)).toThrow("expected an index made by createIndex");
  });
});

// A reference implementation: a linear scan with the same semantics, for records that are all countries.
function intervalOfEvent(e: EventRecord): [number, number] | undefined {
  if (e.date === undefined) return undefined;
  return [startOf(e.date), Math.max(endOf(e.date), e.endDate === undefined ? 0 : endOf(e.endDate))];
}

function scan(events: readonly EventRecord[], query: EventQuery): string[] {
  const qs = query.from === undefined ? Number.NEGATIVE_INFINITY : startOf(query.from);
  const qe = query.to === undefined ? Number.POSITIVE_INFINITY : endOf(query.to);
  const ranged = query.from !== undefined || query.to !== undefined;
  const kept = events.filter((e) => {
    const interval = intervalOfEvent(e);
    if (ranged) {
      if (interval === undefined) return false;
      const [s, end] = interval;
      if (query.match === "within" ? s < qs || end > qe : s >= qe || end <= qs) return false;
    }
    // In country attribution a person counts for itself and for its country (here: person:p is Iranian).
    const expand = (ids: readonly string[]) =>
      query.attribution === "record"
        ? ids
        : ids.flatMap((id) => (id === "person:p" ? [id, "country:IRN"] : [id]));
    const actors = expand(e.actors);
    const recipients = expand(e.recipients ?? []);
    if (query.between !== undefined) {
      const [a, b] = query.between;
      const ab = actors.includes(a) && recipients.includes(b);
      const ba = actors.includes(b) && recipients.includes(a);
      const joint = recipients.length === 0 && actors.includes(a) && actors.includes(b);
      if (query.directed ? !ab : !(ab || ba || joint)) return false;
    }
    if (query.actor !== undefined && !(actors.includes(query.actor) || recipients.includes(query.actor)))
      return false;
    if (query.category !== undefined && !([query.category].flat() as string[]).includes(e.category ?? ""))
      return false;
    if (
      query.context !== undefined &&
      !([query.context].flat() as string[]).some((c) => e.contexts?.includes(c as never))
    ) {
      return false;
    }
    return true;
  });
  const order = new Map(events.map((e, i) => [e, i]));
  return kept
    .sort((x, y) => {
      const a = intervalOfEvent(x);
      const b = intervalOfEvent(y);
      if (a === undefined || b === undefined) {
        return a === b ? (order.get(x) as number) - (order.get(y) as number) : a === undefined ? 1 : -1;
      }
      return a[0] - b[0] || b[1] - a[1] || (order.get(x) as number) - (order.get(y) as number);
    })
    .map((e) => e.id);
}

const DATES = [
  "2024",
  "2024-02",
  "2024-02-28",
  "2024-02-29",
  "2024-03",
  "2024-03-01",
  "2024-12-31",
  "2025",
  "2025-01-01",
];
const CODES = ["IRN", "PAK", "USA", "AFG"];
const party = fc.constantFrom(...CODES.map((code) => `country:${code}`), "person:p");

const eventArbitrary = fc
  .record({
    actors: fc.uniqueArray(party, { minLength: 1, maxLength: 2 }),
    recipients: fc.uniqueArray(party, { maxLength: 2 }),
    date: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    endDate: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    category: fc.constantFrom("CONSULT", "ASSAULT", "AGREE"),
    contexts: fc.option(fc.uniqueArray(fc.constantFrom("diplomatic", "military"), { minLength: 1 }), {
      nil: undefined,
    }),
  })
  .map((fields) => {
    const out: Record<string, unknown> = { kind: "event", category: fields.category, actors: fields.actors };
    if (fields.recipients.length > 0) out.recipients = fields.recipients;
    if (fields.contexts !== undefined) out.contexts = fields.contexts;
    if (fields.date !== undefined) {
      out.date = fields.date;
      if (fields.endDate !== undefined && endOf(fields.endDate) > startOf(fields.date))
        out.endDate = fields.endDate;
    }
    return out;
  });

const queryArbitrary = fc.record(
  {
    between: fc
      .uniqueArray(party, { minLength: 2, maxLength: 2 })
      .map((pair) => pair as unknown as [string, string]),
    directed: fc.boolean(),
    actor: party,
    category: fc.constantFrom("CONSULT", "ASSAULT", "AGREE"),
    context: fc.constantFrom("diplomatic", "military"),
    from: fc.constantFrom(...DATES),
    to: fc.constantFrom(...DATES),
    match: fc.constantFrom("overlaps", "within"),
    attribution: fc.constantFrom("country", "record"),
  },
  { requiredKeys: [] },
);

describe("findEvents against a linear scan", () => {
  it("agrees with the scan on random datasets and queries", () => {
    fc.assert(
      fc.property(
        fc.array(eventArbitrary, { maxLength: 40 }),
        fc.array(queryArbitrary, { minLength: 1, maxLength: 8 }),
        (raw, queries) => {
          const person = { id: "person:p", kind: "person", name: "P", nationalities: ["country:IRN"] };
          const records = [
            ...countries(...CODES),
            person,
            ...raw.map((fields, i) => ({ id: `event:${i}`, ...fields })),
          ];
          const data = dataset(records);
          const random = createIndex(data);
          const events = data.records.filter((record): record is EventRecord => record.kind === "event");
          for (const candidate of queries) {
            const query = candidate as EventQuery;
            if (query.from !== undefined && query.to !== undefined && endOf(query.to) <= startOf(query.from))
              continue;
            expect(ids(findEvents(random, query))).toEqual(scan(events, query));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("findEvents and countEvents with CAMEO-only events (no PLOVER category)", () => {
  const feed = createIndex(
    dataset([
      ...countries("IRN", "PAK"),
      event("consult", IRN, PAK, "2025-08-02"),
      event("assault", PAK, IRN, "2025-08-03", { category: "ASSAULT" }),
      // CAMEO 010 (make statement) and 020 (appeal): PLOVER has no category for them.
      event("statement", IRN, PAK, "2025-08-04", {
        category: undefined,
        cameo: "010",
        quadClass: { value: 1, basis: "gdelt" },
      }),
      event("appeal", PAK, IRN, "2025-08-05", { category: undefined, cameo: "020" }),
    ]),
  );

  it("counts them in a dyad's events, so that the count equals the feed's", () => {
    expect(ids(findEvents(feed, { between: [IRN, PAK] }))).toEqual([
      "event:consult",
      "event:assault",
      "event:statement",
      "event:appeal",
    ]);
    expect(countEvents(feed, { between: [IRN, PAK] })).toBe(4);
    expect(countEvents(feed, { between: [IRN, PAK], directed: true })).toBe(2);
    expect(countEvents(feed)).toBe(4);
  });

  it("leaves them out of a PLOVER category filter, whatever the categories asked", () => {
    expect(ids(findEvents(feed, { category: "CONSULT" }))).toEqual(["event:consult"]);
    expect(ids(findEvents(feed, { between: [IRN, PAK], category: ["CONSULT", "ASSAULT"] }))).toEqual([
      "event:consult",
      "event:assault",
    ]);
    expect(countEvents(feed, { category: ["AGREE", "REQUEST", "SUPPORT"] })).toBe(0);
  });

  it("finds them by the quad class their feed delivered, and never by a derived one", () => {
    expect(ids(findEvents(feed, { quadClass: 1 }))).toEqual(["event:consult", "event:statement"]);
    expect(ids(findEvents(feed, { quadClass: 1, quadClassBasis: "stored" }))).toEqual(["event:statement"]);
    expect(ids(findEvents(feed, { quadClass: [1, 2, 3, 4] }))).not.toContain("event:appeal");
  });
});
