/**
 * The DuckDB engine agrees with the in-memory index: generated datasets, exported to Parquet, and generated
 * queries of every kind, answered by both; the results (or the errors) must be equal (`toEqual`).
 *
 * Run time: DuckDB opens once per dataset; a few datasets, many queries each (about 20 s on the project's
 * 2-core machine).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  blockedProjects,
  countEvents,
  createIndex,
  type Dataset,
  type DatasetIndex,
  dyadPanel,
  dyadSummary,
  dyadTimeline,
  type EventRecord,
  findEvents,
  findStatements,
  intervalOf,
  mediatorsBetween,
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  parseDataset,
  sanctionExposure,
  sanctionsInForce,
  sanctionsOnTrade,
  stanceBetween,
  TIMELINE_ITEM_TYPES,
  tradeTargetProgress,
  tradeTargetsBetween,
} from "bilateral";
import { type DuckDbEngine, exportParquet, openParquet } from "bilateral/duckdb";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { datasetArb, type Pools, partialDateArb, recordArbs } from "../property/arbitraries.js";
import { runs } from "../property/runs.js";

/**
 * Generated datasets (seeds), and one dense dataset (`"dense"`): few parties, many events, exported with
 * one folder a year (`partitionBy: "year"`).
 */
const DATASETS = [11, 12, 13, "dense"] as const;
// Generated queries a kind and dataset: 40, fewer in the time-zone reruns (BILATERAL_PROPERTY_RUNS_SCALE).
const QUERIES = runs(40);
const EXTRA_EVENTS = 150;

type Json = Record<string, unknown>;

/** A query's answer, or its error (class and message), awaited. */
async function outcome(run: () => unknown): Promise<unknown> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

const indexes = new WeakMap<Dataset, DatasetIndex>();
function index0(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = createIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/**
 * A generated dataset (every kind, a few records each) with many more events, drawn over its own parties
 * and inserted at random positions, so that dyads have events to count.
 */
function generatedDataset(seed: number): Dataset {
  const [generated] = fc.sample(datasetArb({ minPerKind: 2, maxPerKind: 10 }), { seed, numRuns: 1 });
  const records = [...(generated as Dataset).records] as Json[];
  const pools: Record<string, string[]> = {};
  for (const record of records) (pools[record.kind as string] ??= []).push(record.id as string);
  const ids = Array.from({ length: EXTRA_EVENTS }, (_, i) => `event:extra-${i}`);
  const [events] = fc.sample(fc.tuple(...ids.map((id) => recordArbs.event(id, pools as unknown as Pools))), {
    seed,
    numRuns: 1,
  });
  const [places] = fc.sample(
    fc.array(fc.nat(records.length), { minLength: EXTRA_EVENTS, maxLength: EXTRA_EVENTS }),
    {
      seed,
      numRuns: 1,
    },
  );
  (events as Json[]).forEach((event, i) => {
    records.splice(Math.min((places as number[])[i] as number, records.length), 0, event);
  });
  return parseDataset({ ...generated, records });
}

/**
 * A dense dataset: four countries, people holding dated positions, and 1,500 events among them in 2018-2024
 * (dates of every precision, some with an end date, some undated), with intensities: a dyad's monthly summary
 * adds many intensities, in order.
 */
function denseDataset(seed: number): Dataset {
  const countries = ["IRN", "PAK", "AFG", "IND"].map((code) => ({
    id: `country:${code}`,
    kind: "country",
    name: code,
    code,
  }));
  const people = [
    {
      id: "person:envoy",
      kind: "person",
      name: "An envoy",
      nationalities: ["country:IRN"],
      positions: [
        { title: "Ambassador", country: "country:PAK", period: { start: "2019-03", end: "2021-06-15" } },
        { title: "Minister", country: "country:IRN", period: { start: "2022" } },
      ],
    },
    { id: "person:adviser", kind: "person", name: "An adviser", nationalities: ["country:AFG"] },
  ];
  const parties = [...countries.map((c) => c.id), "person:envoy", "person:adviser"];
  const date = fc.oneof(
    fc.integer({ min: 2018, max: 2024 }).map(String),
    fc
      .tuple(fc.integer({ min: 2018, max: 2024 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
    fc
      .tuple(
        fc.integer({ min: 2018, max: 2024 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  );
  const event = fc.record(
    {
      category: fc.constantFrom(...PLOVER_CATEGORIES),
      actors: fc.uniqueArray(fc.constantFrom(...parties), { minLength: 1, maxLength: 2 }),
      recipients: fc.uniqueArray(fc.constantFrom(...parties), { maxLength: 2 }),
      date,
      endDate: date,
      intensity: fc.double({ min: -10, max: 10, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
      quadClass: fc.record({ value: fc.constantFrom(1, 2, 3, 4), basis: fc.constant("feed") }),
      contexts: fc.uniqueArray(fc.constantFrom(...PLOVER_CONTEXTS), { maxLength: 2 }),
    },
    { requiredKeys: ["category", "actors"] },
  );
  const [events] = fc.sample(fc.array(event, { minLength: 1500, maxLength: 1500 }), { seed, numRuns: 1 });
  const records = (events as Json[]).map((fields, i) => {
    const { endDate, ...rest } = fields;
    const ordered =
      endDate !== undefined &&
      rest.date !== undefined &&
      intervalOf(endDate as string).end > intervalOf(rest.date as string).start
        ? { endDate }
        : {};
    return { id: `event:${i}`, kind: "event", ...rest, ...ordered };
  });
  return parseDataset({
    format: "bilateral",
    version: "1.0",
    records: [...countries, ...people, ...records],
  });
}

/** The queries' arbitraries over one dataset: ids and dates drawn mostly from its records. */
function arbitraries(dataset: Dataset) {
  const records = dataset.records as readonly Json[];
  const parties = records
    .filter((record) => ["country", "person", "organization"].includes(record.kind as string))
    .map((record) => record.id as string);
  const others = records.map((record) => record.id as string);
  const events = records.filter((record) => record.kind === "event") as unknown as EventRecord[];
  const actors = [...new Set(events.flatMap((event) => [...event.actors, ...(event.recipients ?? [])]))];
  const party = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...parties, ...actors) },
    { weight: 1, arbitrary: fc.constantFrom(...others) },
    { weight: 1, arbitrary: fc.constant("country:ZZZ") },
  );
  const eventDates = events.flatMap((event) => [event.date, event.endDate]).filter((d) => d !== undefined);
  const date = fc.oneof(
    { weight: 3, arbitrary: eventDates.length > 0 ? fc.constantFrom(...eventDates) : partialDateArb },
    { weight: 1, arbitrary: fc.constantFrom("1990", "2000", "2020-01", "2024-06-15", "2100") },
    { weight: 1, arbitrary: partialDateArb },
  );
  const years = [
    ...new Set(eventDates.map((d) => Number(d.slice(0, 4))).filter((year) => year >= 1000)),
    2020,
  ];
  const range = {
    from: date,
    to: date,
    match: fc.constantFrom("overlaps", "within"),
    attribution: fc.constantFrom("country", "record"),
  };
  const at = {
    at: date,
    knownAt: date,
    match: fc.constantFrom("overlaps", "within"),
    attribution: fc.constantFrom("country", "record"),
  };
  const oneOrMore = <T>(values: readonly T[]) =>
    fc.oneof(fc.constantFrom(...values), fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 }));
  // Pairs of parties that share events (as actor and recipient, or as countries), and any two parties.
  const eventPairs = events.flatMap((event) =>
    event.actors.flatMap((actor) =>
      (event.recipients ?? event.actors).map((other) => [actor, other] as const),
    ),
  );
  const countryOf = (id: string) => (index0(dataset).countriesOf(id)[0] as string | undefined) ?? id;
  const countryPairs = eventPairs.map(([x, y]) => [countryOf(x), countryOf(y)] as const);
  const anyPair = fc.tuple(party, party);
  const pair =
    eventPairs.length === 0
      ? anyPair
      : fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...eventPairs, ...countryPairs) },
          { weight: 2, arbitrary: anyPair },
        );
  const filters = {
    directed: fc.boolean(),
    actor: party,
    role: fc.constantFrom("actor", "recipient", "either"),
    category: oneOrMore(PLOVER_CATEGORIES),
    quadClass: oneOrMore([1, 2, 3, 4] as const),
    quadClassBasis: fc.constantFrom("any", "stored", "derived"),
    context: oneOrMore(PLOVER_CONTEXTS),
    limit: fc.nat({ max: 6 }),
    ...range,
  };
  const keys = Object.keys(filters) as (keyof typeof filters)[];
  // A few filters at a time (all at once would match nothing); most queries name a dyad.
  const eventQuery = fc
    .tuple(
      fc.option(pair, { freq: 3, nil: undefined }),
      fc.record(filters),
      fc.subarray(keys, { maxLength: 3 }),
    )
    .map(([between, all, chosen]) => {
      const query: Json = between === undefined ? {} : { between };
      for (const key of chosen) query[key] = all[key];
      return query;
    });
  return {
    party,
    pair,
    eventQuery,
    summary: fc.record(
      { by: fc.constantFrom("month", "quarter", "year"), directed: fc.boolean(), ...range },
      { requiredKeys: [] },
    ),
    timeline: fc.record(
      { directed: fc.boolean(), include: fc.subarray([...TIMELINE_ITEM_TYPES]), ...range },
      { requiredKeys: [] },
    ),
    at: fc.record({ ...at, directed: fc.boolean(), includePrimary: fc.boolean() }, { requiredKeys: [] }),
    sanctions: fc.record({ target: party, issuer: party, ...at }, { requiredKeys: [] }),
    projects: fc.record({ party, ...at }, { requiredKeys: [] }),
    progress: fc.record({ asOf: date, targetDate: date }, { requiredKeys: [] }),
    target: fc.oneof(
      fc.constantFrom(
        ...records.filter((r) => r.kind === "trade-target").map((r) => r.id as string),
        "trade-target:none",
      ),
      party,
    ),
    panel: fc
      .record({
        by: fc.constantFrom("year", "month"),
        start: fc.constantFrom(...years),
        span: fc.nat({ max: 2 }),
        month: fc.integer({ min: 1, max: 12 }),
        dyads: fc.option(fc.array(pair, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        attribution: fc.option(fc.constantFrom("country", "record"), { nil: undefined }),
      })
      .map(({ by, start, span, month, dyads, attribution }) => ({
        by,
        from: by === "year" ? String(start) : `${start}-${String(month).padStart(2, "0")}`,
        to: String(start + span),
        ...(dyads === undefined ? {} : { dyads }),
        ...(attribution === undefined ? {} : { attribution }),
      })),
    statements: fc.record(
      { by: party, about: fc.oneof(party, pair), attribution: fc.constantFrom("country", "record") },
      { requiredKeys: [] },
    ),
  };
}

describe.each(DATASETS)("the DuckDB engine agrees with the index (dataset %s)", (name) => {
  const seed = name === "dense" ? 14 : name;
  let dir: string;
  let dataset: Dataset;
  let index: DatasetIndex;
  let engine: DuckDbEngine;
  let arbs: ReturnType<typeof arbitraries>;

  beforeAll(async () => {
    dataset = name === "dense" ? denseDataset(seed) : generatedDataset(seed);
    index = index0(dataset);
    arbs = arbitraries(dataset);
    dir = await mkdtemp(join(tmpdir(), "bilateral-agreement-"));
    await exportParquet(dataset, join(dir, "parquet"), name === "dense" ? { partitionBy: "year" } : {});
    engine = await openParquet(join(dir, "parquet"));
  });

  afterAll(async () => {
    await engine?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  /** Runs `QUERIES` generated inputs through both and compares. */
  async function agree<T>(
    arb: fc.Arbitrary<T>,
    memory: (input: T) => unknown,
    duck: (input: T) => Promise<unknown>,
  ): Promise<void> {
    for (const input of fc.sample(arb, { seed, numRuns: QUERIES })) {
      const expected = await outcome(() => memory(input));
      const actual = await outcome(() => duck(input));
      expect(actual, JSON.stringify(input)).toEqual(expected);
    }
  }

  test("findEvents and countEvents", async () => {
    await agree(
      arbs.eventQuery,
      (query) => findEvents(index, query),
      (query) => engine.findEvents(query),
    );
    await agree(
      arbs.eventQuery,
      (query) => countEvents(index, query),
      (query) => engine.countEvents(query),
    );
  });

  test("findEvents finds events (the generated queries are not all empty)", async () => {
    const hits = await Promise.all(
      fc
        .sample(arbs.eventQuery, { seed, numRuns: QUERIES })
        .map((query) => engine.countEvents(query).catch(() => 0)),
    );
    expect(hits.some((count) => count > 0)).toBe(true);
  });

  test("dyadSummary", async () => {
    await agree(
      fc.tuple(arbs.pair, arbs.summary),
      ([[a, b], options]) => dyadSummary(index, a, b, options as never),
      ([[a, b], options]) => engine.dyadSummary(a, b, options as never),
    );
  });

  test("dyadTimeline", async () => {
    await agree(
      fc.tuple(arbs.pair, arbs.timeline),
      ([[a, b], options]) => dyadTimeline(index, a, b, options as never),
      ([[a, b], options]) => engine.dyadTimeline(a, b, options as never),
    );
  });

  test("stanceBetween, sanctionsOnTrade, mediatorsBetween, tradeTargetsBetween", async () => {
    const input = fc.tuple(arbs.pair, arbs.at);
    await agree(
      input,
      ([[a, b], options]) => stanceBetween(index, a, b, options as never),
      ([[a, b], options]) => engine.stanceBetween(a, b, options as never),
    );
    await agree(
      input,
      ([[a, b], options]) => sanctionsOnTrade(index, a, b, options as never),
      ([[a, b], options]) => engine.sanctionsOnTrade(a, b, options as never),
    );
    await agree(
      input,
      ([[a, b], options]) => mediatorsBetween(index, a, b, options as never),
      ([[a, b], options]) => engine.mediatorsBetween(a, b, options as never),
    );
    await agree(
      input,
      ([[a, b], options]) => tradeTargetsBetween(index, a, b, options as never),
      ([[a, b], options]) => engine.tradeTargetsBetween(a, b, options as never),
    );
  });

  test("sanctionsInForce, blockedProjects, sanctionExposure", async () => {
    await agree(
      arbs.sanctions,
      (query) => sanctionsInForce(index, query as never),
      (query) => engine.sanctionsInForce(query as never),
    );
    await agree(
      arbs.projects,
      (query) => blockedProjects(index, query as never),
      (query) => engine.blockedProjects(query as never),
    );
    await agree(
      fc.tuple(arbs.party, arbs.at),
      ([id, options]) => sanctionExposure(index, id, options as never),
      ([id, options]) => engine.sanctionExposure(id, options as never),
    );
  });

  test("tradeTargetProgress", async () => {
    await agree(
      fc.tuple(arbs.target, arbs.progress),
      ([id, options]) => tradeTargetProgress(index, id, options as never),
      ([id, options]) => engine.tradeTargetProgress(id, options as never),
    );
  });

  test("dyadPanel", async () => {
    await agree(
      arbs.panel,
      (options) => dyadPanel(index, options as never),
      (options) => engine.dyadPanel(options as never),
    );
  });

  test("findStatements", async () => {
    await agree(
      arbs.statements,
      (query) => findStatements(index, query as never),
      (query) => engine.findStatements(query as never),
    );
  });
});
