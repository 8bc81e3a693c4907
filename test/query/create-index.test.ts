import { createIndex, type Dataset, DatasetIndex, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset, event, ids } from "./helpers.js";

const data = dataset([
  ...countries("IRN", "PAK", "USA"),
  {
    id: "org:mofa",
    kind: "organization",
    name: "MOFA",
    organizationType: "government-body",
    country: "country:PAK",
  },
  {
    id: "org:unit",
    kind: "organization",
    name: "A unit",
    organizationType: "government-body",
    parent: "org:mofa",
  },
  { id: "org:un", kind: "organization", name: "UN", organizationType: "intergovernmental" },
  {
    id: "person:p",
    kind: "person",
    name: "P",
    nationalities: ["country:USA"],
    positions: [
      { title: "Ambassador to Pakistan", country: "country:IRN", period: { start: "2020", end: "2022-06" } },
      { title: "Minister", organization: "org:mofa", period: { start: "2024-03" } },
    ],
  },
  event("b", "country:IRN", "country:PAK", "2025-08-03"),
  event("undated", "country:IRN", "country:PAK", undefined),
  event("a", "country:IRN", "country:PAK", "2025-08"),
  event("c", "country:IRN", "country:PAK", "2025"),
]);

describe("createIndex", () => {
  const index = createIndex(data);

  it("looks records up by id, with a kind check", () => {
    expect(index.get("country:IRN").kind).toBe("country");
    expect(index.get("country:IRN", "country").code).toBe("IRN");
    expect(index.find("country:XXX")).toBeUndefined();
    expect(index.find("country:IRN", "person")).toBeUndefined();
    expect(index.has("org:un")).toBe(true);
    expect(index.size).toBe(data.records.length);
    expect(index.dataset).toBe(data);
  });

  it("throws an UnknownIdError naming the id", () => {
    expect(() => index.get("country:XXX")).toThrow(UnknownIdError);
    expect(() => index.get("country:XXX")).toThrow('no record has the id "country:XXX" in this dataset');
    try {
      index.get("country:IRN", "person");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownIdError);
      expect((error as UnknownIdError).id).toBe("country:IRN");
      expect((error as UnknownIdError).actual).toBe("country");
      expect((error as Error).message).toBe('"country:IRN" is a country, not a person');
    }
  });

  it("lists records by kind in dataset order, and the kinds present", () => {
    expect(ids(index.ofKind("country"))).toEqual(["country:IRN", "country:PAK", "country:USA"]);
    expect(index.ofKind("sanction")).toEqual([]);
    expect(index.ofKind("country")).toBe(index.ofKind("country"));
    expect(Object.fromEntries(index.kinds())).toEqual({ country: 3, organization: 3, person: 1, event: 4 });
  });

  it("finds countries by ISO alpha-3 or alpha-2 code, in any case", () => {
    expect(index.country("PAK")?.id).toBe("country:PAK");
    expect(index.country("pk")?.id).toBe("country:PAK");
    expect(index.country("Ir")?.id).toBe("country:IRN");
    expect(index.country("FRA")).toBeUndefined();
    expect(index.country("XX")).toBeUndefined();
    expect(index.country("")).toBeUndefined();
  });

  it("orders events by start, the longer first on ties, undated last", () => {
    expect(ids(index.eventsInOrder())).toEqual(["event:c", "event:a", "event:b", "event:undated"]);
    expect(index.eventCount).toEqual({ total: 4, dated: 3 });
  });

  it("attributes records to countries", () => {
    expect(index.countriesOf("country:IRN")).toEqual(["country:IRN"]);
    expect(index.countriesOf("org:mofa")).toEqual(["country:PAK"]);
    expect(index.countriesOf("org:unit")).toEqual(["country:PAK"]);
    expect(index.countriesOf("org:un")).toEqual([]);
    // The position held at the date decides; without one, positions without an end; else nationality.
    expect(index.countriesOf("person:p", { at: "2021" })).toEqual(["country:IRN"]);
    expect(index.countriesOf("person:p", { at: "2025" })).toEqual(["country:PAK"]);
    expect(index.countriesOf("person:p", { at: "2023" })).toEqual(["country:USA"]);
    expect(index.countriesOf("person:p", { at: "2022" })).toEqual(["country:IRN"]);
    expect(index.countriesOf("person:p")).toEqual(["country:PAK"]);
    expect(() => index.countriesOf("person:nobody")).toThrow(UnknownIdError);
    expect(() => index.countriesOf("person:p", { at: "2021-13" })).toThrow(
      'at: "2021-13" is not a partial date',
    );
  });

  it("indexes an empty dataset", () => {
    const empty = createIndex({ format: "bilateral", version: "1.0", records: [] });
    expect(empty.size).toBe(0);
    expect(empty.eventsInOrder()).toEqual([]);
    expect(empty).toBeInstanceOf(DatasetIndex);
  });

  it("refuses a dataset with duplicate ids or records without id and kind", () => {
    const duplicate = {
      format: "bilateral",
      version: "1.0",
      records: [...countries("IRN"), ...countries("IRN")],
    } as Dataset;
    expect(() => createIndex(duplicate)).toThrow('records[1] (country:IRN): duplicate id "country:IRN"');
    const broken = {
      format: "bilateral",
      version: "1.0",
      records: [{ kind: "country" }],
    } as unknown as Dataset;
    expect(() => createIndex(broken)).toThrow("records[0]: expected a record with a string id and kind");
    expect(() => createIndex({} as Dataset)).toThrow("createIndex expects a dataset");
    // Event ids are mapped (and checked) when an event is first looked up by id.
    const events = createIndex({
      format: "bilateral",
      version: "1.0",
      records: [
        ...countries("IRN"),
        event("x", "country:IRN", undefined, "2025"),
        event("x", "country:IRN", undefined, "2024"),
      ],
    } as Dataset);
    expect(events.get("country:IRN").kind).toBe("country");
    expect(() => events.find("event:x")).toThrow('records[2] (event:x): duplicate id "event:x"');
  });

  it("passes records of an extended model through", () => {
    type Vessel = { readonly id: string; readonly kind: "vessel"; readonly imo: string };
    type Extended =
      | Vessel
      | { readonly id: string; readonly kind: "country"; readonly name: string; readonly code: string };
    const extended: Dataset<Extended> = {
      format: "bilateral",
      version: "1.0",
      records: [
        { id: "vessel:1", kind: "vessel", imo: "9321483" },
        { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
      ],
    };
    const vessels = createIndex(extended).ofKind("vessel");
    expect(vessels[0]?.imo).toBe("9321483");
    expect(createIndex(extended).get("vessel:1", "vessel").imo).toBe("9321483");
  });
});
