import {
  createIndex,
  DATASET_FORMAT,
  datedEntryShape,
  defineModel,
  dyadSchema,
  dyadTimeline,
  entityShape,
  historyInEffect,
  historySchema,
  indexedFields,
  OptionError,
  RECORD_SCHEMAS,
  recordShape,
  recordsBetween,
  recordsNaming,
  ref,
  UnknownIdError,
} from "bilateral";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// A model with a kind of its own that has a dyad, a reference list and a dated history.
const CorridorSchema = z.strictObject({
  ...recordShape("corridor"),
  parties: dyadSchema("country"),
  operators: z.array(ref("organization")).optional(),
  statusHistory: historySchema(
    z.strictObject({ ...datedEntryShape, status: z.enum(["proposed", "open", "suspended"]) }),
  ).optional(),
});
const PortSchema = z.strictObject({ ...entityShape("port"), country: ref("country") });
const model = defineModel({ records: { ...RECORD_SCHEMAS, corridor: CorridorSchema, port: PortSchema } });

const dataset = model.parseDataset({
  format: DATASET_FORMAT,
  version: "1.0",
  records: [
    { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
    { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
    { id: "country:IND", kind: "country", name: "India", code: "IND" },
    {
      id: "org:ports-ir",
      kind: "organization",
      name: "Ports Authority",
      organizationType: "government-body",
      country: "country:IRN",
    },
    { id: "port:chabahar", kind: "port", name: "Chabahar", country: "country:IRN" },
    {
      id: "corridor:gwadar-chabahar",
      kind: "corridor",
      parties: ["country:PAK", "country:IRN"],
      operators: ["org:ports-ir"],
      statusHistory: [
        { since: "2023", status: "proposed" },
        { since: "2024-06", status: "open" },
        { since: "2025-02", status: "suspended", note: "closed after the strikes" },
      ],
    },
    { id: "corridor:ind-irn", kind: "corridor", parties: ["country:IND", "country:IRN"] },
    {
      id: "event:talks",
      kind: "event",
      category: "CONSULT",
      actors: ["country:IRN"],
      recipients: ["country:PAK"],
      date: "2024-06-10",
    },
  ],
});
const index = createIndex(dataset, { schemas: model.schemas });

describe("recordsBetween", () => {
  it("finds a model's kind by the pair of its dyad field, in either order", () => {
    expect(recordsBetween(index, "corridor", "country:IRN", "country:PAK").map((r) => r.id)).toEqual([
      "corridor:gwadar-chabahar",
    ]);
    expect(recordsBetween(index, "corridor", "country:IRN", "country:IND").map((r) => r.id)).toEqual([
      "corridor:ind-irn",
    ]);
    expect(recordsBetween(index, "corridor", "country:PAK", "country:IND")).toEqual([]);
  });

  it("lists a record under its parties' countries, not the other way round", () => {
    // The corridor names two countries: a query naming an organisation of one of them does not find it
    // (a record naming the organisation would count for its country, in country attribution).
    expect(recordsBetween(index, "corridor", "org:ports-ir", "country:PAK")).toEqual([]);
    expect(
      recordsBetween(index, "corridor", "country:IRN", "country:PAK", { attribution: "record" }).length,
    ).toBe(1);
  });

  it("has nothing for a kind without a dyad, and checks its ids", () => {
    expect(recordsBetween(index, "port", "country:IRN", "country:PAK")).toEqual([]);
    expect(() => recordsBetween(index, "corridor", "country:IRN", "country:XXX")).toThrow(UnknownIdError);
    expect(() => recordsBetween(index, "corridor", "country:IRN", "country:IRN")).toThrow(OptionError);
  });

  it("needs the model's schemas to list a kind of its own", () => {
    const plain = createIndex(dataset);
    expect(recordsBetween(plain, "corridor", "country:IRN", "country:PAK")).toEqual([]);
    expect(indexedFields(plain, "corridor")).toEqual({ pair: undefined, references: [], histories: [] });
  });
});

describe("recordsNaming", () => {
  it("finds records by the ids of one reference field, or of any", () => {
    expect(recordsNaming(index, "port", "country:IRN").map((r) => r.id)).toEqual(["port:chabahar"]);
    expect(recordsNaming(index, "corridor", "org:ports-ir", { field: "operators" }).map((r) => r.id)).toEqual(
      ["corridor:gwadar-chabahar"],
    );
    // In country attribution the operator counts for Iran.
    expect(recordsNaming(index, "corridor", "country:IRN", { field: "operators" }).length).toBe(1);
    expect(
      recordsNaming(index, "corridor", "country:IRN", { field: "operators", attribution: "record" }),
    ).toEqual([]);
  });

  it("says which fields a kind has when asked for another", () => {
    expect(() => recordsNaming(index, "corridor", "country:IRN", { field: "parties" })).toThrow(
      'field: "parties" is not a reference field of the kind "corridor" (one of operators)',
    );
    expect(() => recordsNaming(index, "port", "port:nowhere")).toThrow(UnknownIdError);
  });
});

describe("indexedFields", () => {
  it("reads the markers of a model's schema and of the built-in ones", () => {
    expect(indexedFields(index, "corridor")).toEqual({
      pair: "parties",
      references: ["operators"],
      histories: ["statusHistory"],
    });
    expect(indexedFields(index, "relationship")).toEqual({
      pair: "parties",
      references: [],
      histories: ["stanceHistory"],
    });
    expect(indexedFields(index, "trade-flow").references).toEqual(["reporter", "partner"]);
    // A claim is listed by its speaker, its parties and the records it is about, without declaring them.
    expect(indexedFields(index, "claim")).toEqual({
      pair: undefined,
      references: ["by", "parties", "about"],
      histories: [],
    });
  });
});

describe("historyInEffect", () => {
  const history = dataset.records.find((r) => r.id === "corridor:gwadar-chabahar");
  const entries = history?.kind === "corridor" ? history.statusHistory : undefined;

  it("gives the entry holding at a date, or the last one", () => {
    expect(historyInEffect(entries, { at: "2024-12" }).map((e) => e.status)).toEqual(["open"]);
    expect(historyInEffect(entries).map((e) => e.status)).toEqual(["suspended"]);
    expect(historyInEffect(entries, { at: "2024" }).map((e) => e.status)).toEqual(["proposed", "open"]);
    expect(historyInEffect(entries, { at: "2024", match: "within" })).toEqual([]);
    expect(historyInEffect(entries, { at: "2022" })).toEqual([]);
  });

  it("rejects a malformed date with an OptionError", () => {
    expect(() => historyInEffect(entries, { at: "2024-13" })).toThrow(OptionError);
  });
});

describe("dyadTimeline over a model's kind", () => {
  it("merges the entries of a kind with a dyad and a history, as items of type history", () => {
    const items = dyadTimeline(index, "country:PAK", "country:IRN").map((item) =>
      item.type === "history"
        ? `history ${item.date} ${item.field} ${String(item.entry.status)}`
        : `${item.type} ${item.date}`,
    );
    expect(items).toEqual([
      "history 2023 statusHistory proposed",
      "history 2024-06 statusHistory open",
      "event 2024-06-10",
      "history 2025-02 statusHistory suspended",
    ]);
    expect(dyadTimeline(index, "country:PAK", "country:IRN", { include: ["event"] }).length).toBe(1);
  });
});
