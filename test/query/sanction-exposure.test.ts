import { createIndex, OptionError, sanctionExposure, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset } from "./helpers.js";

const company = (id: string) => ({ id, kind: "organization", name: id, organizationType: "company" });
const person = (id: string) => ({ id, kind: "person", name: id });
const owns = (owner: string, asset: string, share: object, extra: object = {}) => ({
  id: `ownership:${owner.split(":")[1]}-${asset.split(":")[1]}`,
  kind: "ownership",
  owner,
  asset,
  share,
  ...extra,
});
const sanction = (
  id: string,
  targets: string[],
  statusHistory: object[] = [{ status: "imposed", since: "2020" }],
) => ({
  id,
  kind: "sanction",
  authority: "country:USA",
  targets,
  statusHistory,
});
const indexOf = (records: object[]) => createIndex(dataset([...countries("USA", "IRN"), ...records]));
const origins = (found: ReturnType<typeof sanctionExposure>) =>
  found.paths.map((path) => path.steps.map((step) => step.owner).join(" > "));

describe("sanctionExposure: a sanction on the entity itself", () => {
  const index = indexOf([person("person:a"), sanction("sanction:a", ["person:a"])]);

  it("is exposure, with the sanctions in force and no path", () => {
    const found = sanctionExposure(index, "person:a", { at: "2024" });
    expect(found.exposed).toBe(true);
    expect(found.possiblyExposed).toBe(true);
    expect(found.sanctions.map((s) => s.sanction.id)).toEqual(["sanction:a"]);
    expect(found.paths).toEqual([]);
  });

  it("counts only when in force at the date", () => {
    const found = sanctionExposure(index, "person:a", { at: "2019" });
    expect(found).toEqual({
      exposed: false,
      possiblyExposed: false,
      sanctions: [],
      aggregateShare: { min: 0, max: 0 },
      paths: [],
    });
  });
});

describe("sanctionExposure: stated shares, exact, ranges and unknown", () => {
  const records = [
    person("person:a"),
    person("person:b"),
    person("person:c"),
    ...["org:x", "org:y", "org:z"].map(company),
    sanction("sanction:abc", ["person:a", "person:b", "person:c"]),
    owns("person:a", "org:x", { min: 25, max: 50, stated: "25-50%" }),
    owns("person:b", "org:x", { exact: 30 }),
    owns("person:a", "org:y", { min: 25, max: 50, stated: "25-50%" }),
    owns("person:c", "org:z", { unknown: true }),
  ];
  const index = indexOf(records);

  it("25-50% and 30% owned by sanctioned people expose by the lower bounds: 25 + 30 = 55", () => {
    const found = sanctionExposure(index, "org:x", { at: "2024" });
    expect(found.exposed).toBe(true);
    expect(found.possiblyExposed).toBe(true);
    expect(found.sanctions).toEqual([]);
    expect(found.aggregateShare).toEqual({ min: 55, max: 80 });
    expect(origins(found)).toEqual(["person:a", "person:b"]);
    expect(found.paths.map((path) => path.share)).toEqual([
      { min: 25, max: 50 },
      { min: 30, max: 30 },
    ]);
    expect(found.paths[0]?.steps[0]?.ownership.share).toEqual({ min: 25, max: 50, stated: "25-50%" });
    expect(found.paths[0]?.sanctions.map((s) => s.sanction.id)).toEqual(["sanction:abc"]);
  });

  it("25-50% alone is possible exposure only: its lower bound falls short, its upper bound reaches 50", () => {
    const found = sanctionExposure(index, "org:y", { at: "2024" });
    expect(found.exposed).toBe(false);
    expect(found.possiblyExposed).toBe(true);
    expect(found.aggregateShare).toEqual({ min: 25, max: 50 });
    expect(found.paths).toHaveLength(1);
  });

  it("an unknown share counts 0 toward exposure and 100 toward possible exposure", () => {
    const found = sanctionExposure(index, "org:z", { at: "2024" });
    expect(found.exposed).toBe(false);
    expect(found.possiblyExposed).toBe(true);
    expect(found.aggregateShare).toEqual({ min: 0, max: 100 });
  });
});

describe("sanctionExposure: through entities that are themselves exposed", () => {
  const records = [
    person("person:a"),
    ...["org:b", "org:c", "org:d", "org:e", "org:t"].map(company),
    sanction("sanction:a", ["person:a"]),
    owns("person:a", "org:b", { exact: 50 }),
    owns("org:b", "org:c", { exact: 60 }),
    owns("person:a", "org:d", { exact: 40 }),
    owns("org:d", "org:e", { exact: 100 }),
    owns("person:a", "org:t", { exact: 30 }),
    owns("org:b", "org:t", { exact: 20 }),
  ];
  const index = indexOf(records);

  it("exposes a company owned 60% by a company owned 50% by a sanctioned person; the path runs from the person", () => {
    const found = sanctionExposure(index, "org:c", { at: "2024" });
    expect(found.exposed).toBe(true);
    expect(origins(found)).toEqual(["person:a > org:b"]);
    expect(found.paths[0]?.steps.map((step) => step.ownership.id)).toEqual([
      "ownership:a-b",
      "ownership:b-c",
    ]);
    expect(found.paths[0]?.exposed).toBe(true);
    expect(found.paths[0]?.share).toEqual({ min: 60, max: 60 });
  });

  it("does not multiply shares: an owner short of 50% exposes nothing below it, even at 100%", () => {
    expect(sanctionExposure(index, "org:d", { at: "2024" }).exposed).toBe(false);
    const found = sanctionExposure(index, "org:e", { at: "2024" });
    expect(found.exposed).toBe(false);
    expect(found.possiblyExposed).toBe(false);
    expect(found.paths).toEqual([]);
  });

  it("adds up direct and indirect stakes: 30% held directly and 20% through an exposed company make 50%", () => {
    const found = sanctionExposure(index, "org:t", { at: "2024" });
    expect(found.exposed).toBe(true);
    expect(found.aggregateShare).toEqual({ min: 50, max: 50 });
    expect(origins(found)).toEqual(["person:a", "person:a > org:b"]);
  });

  it("passes possible exposure down: a company owned wholly by one only possibly exposed is possibly exposed", () => {
    const possible = indexOf([
      person("person:a"),
      ...["org:b", "org:c"].map(company),
      sanction("sanction:a", ["person:a"]),
      owns("person:a", "org:b", { min: 25, max: 50 }),
      owns("org:b", "org:c", { exact: 100 }),
    ]);
    const found = sanctionExposure(possible, "org:c", { at: "2024" });
    expect(found.exposed).toBe(false);
    expect(found.possiblyExposed).toBe(true);
    expect(found.aggregateShare).toEqual({ min: 0, max: 100 });
    expect(found.paths.map((path) => [path.exposed, path.steps.map((step) => step.ownership.id)])).toEqual([
      [false, ["ownership:a-b", "ownership:b-c"]],
    ]);
  });

  it("does not expose a country's companies for a sanction on the country, unless the country owns them", () => {
    const own = indexOf([
      ...["org:state", "org:private"].map(company),
      sanction("sanction:iran", ["country:IRN"]),
      owns("country:IRN", "org:state", { exact: 51 }),
      {
        id: "org:iranian",
        kind: "organization",
        name: "Iranian",
        organizationType: "company",
        country: "country:IRN",
      },
    ]);
    expect(sanctionExposure(own, "org:iranian").exposed).toBe(false);
    expect(sanctionExposure(own, "org:state").exposed).toBe(true);
  });
});

describe("sanctionExposure: time", () => {
  const records = [
    person("person:a"),
    company("org:x"),
    company("org:y"),
    sanction(
      "sanction:a",
      ["person:a"],
      [
        { status: "imposed", since: "2020" },
        { status: "lifted", since: "2023" },
      ],
    ),
    sanction("sanction:a2", ["person:a"], [{ status: "imposed", since: "2024" }]),
    owns("person:a", "org:x", { exact: 80 }, { period: { start: "2018", end: "2021" } }),
    owns(
      "person:a",
      "org:y",
      { exact: 80 },
      {
        period: { start: "2018" },
        citations: [{ url: "https://example.org/registry", reported: "2022-06" }],
      },
    ),
  ];
  const index = indexOf(records);

  it("counts an ownership while its period holds, and a sanction while in force", () => {
    expect(sanctionExposure(index, "org:x", { at: "2020-06" }).exposed).toBe(true);
    expect(sanctionExposure(index, "org:x", { at: "2022" }).exposed).toBe(false);
    expect(sanctionExposure(index, "org:y", { at: "2023-06" }).exposed).toBe(false);
    expect(sanctionExposure(index, "org:y", { at: "2024" }).exposed).toBe(true);
  });

  it("without a date, reads sanctions as last known and ownerships without an end", () => {
    expect(sanctionExposure(index, "org:x").exposed).toBe(false);
    expect(sanctionExposure(index, "org:y").exposed).toBe(true);
  });

  it("with knownAt, counts an ownership only once a citation reported it", () => {
    expect(sanctionExposure(index, "org:y", { at: "2021" }).exposed).toBe(true);
    expect(sanctionExposure(index, "org:y", { at: "2021", knownAt: "2021-12" }).exposed).toBe(false);
    expect(sanctionExposure(index, "org:y", { at: "2021", knownAt: "2022-06" }).exposed).toBe(true);
  });
});

describe("sanctionExposure: loops and long chains always end", () => {
  it("a loop of three companies owning each other wholly exposes none of them by itself", () => {
    const loop = [
      ...["org:a", "org:b", "org:c"].map(company),
      owns("org:a", "org:b", { exact: 100 }),
      owns("org:b", "org:c", { exact: 100 }),
      owns("org:c", "org:a", { exact: 100 }),
    ];
    const clear = indexOf(loop);
    for (const id of ["org:a", "org:b", "org:c"]) {
      expect(sanctionExposure(clear, id, { at: "2024" }).possiblyExposed).toBe(false);
    }
    const sanctioned = indexOf([...loop, sanction("sanction:a", ["org:a"])]);
    const found = sanctionExposure(sanctioned, "org:c", { at: "2024" });
    expect(found.exposed).toBe(true);
    expect(origins(found)).toEqual(["org:a > org:b"]);
    // org:a is targeted, and owned wholly by org:c, which it exposes: the loop back is reported as it is.
    expect(origins(sanctionExposure(sanctioned, "org:a", { at: "2024" }))).toEqual(["org:a > org:b > org:c"]);
  });

  it("a chain 10,000 deep is followed to its end without recursion", () => {
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, index) => `org:c${index}`);
    const records = [
      ...ids.map(company),
      ...ids.slice(1).map((id, index) => owns(ids[index] as string, id, { exact: 100 })),
      sanction("sanction:top", ["org:c0"]),
    ];
    const index = indexOf(records);
    const found = sanctionExposure(index, `org:c${n - 1}`, { at: "2024" });
    expect(found.exposed).toBe(true);
    expect(found.paths).toHaveLength(1);
    expect(found.paths[0]?.steps).toHaveLength(n - 1);
    expect(found.paths[0]?.steps[0]?.owner).toBe("org:c0");
  });

  it("a loop 10,000 long with no sanction ends, exposing nothing", () => {
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, index) => `org:c${index}`);
    const records = [
      ...ids.map(company),
      ...ids.map((id, index) => owns(id, ids[(index + 1) % n] as string, { exact: 100 })),
    ];
    const found = sanctionExposure(indexOf(records), "org:c0", { at: "2024" });
    expect(found.possiblyExposed).toBe(false);
  });
});

describe("sanctionExposure: bad arguments", () => {
  const index = indexOf([company("org:x")]);

  it("throws an UnknownIdError for an id no record has, and an OptionError for a bad date", () => {
    expect(() => sanctionExposure(index, "org:nobody")).toThrow(UnknownIdError);
    expect(() => sanctionExposure(index, "org:x", { at: "2024-13" })).toThrow(OptionError);
    expect(() => sanctionExposure(index, "org:x", { knownAt: "soon" })).toThrow(OptionError);
  });
});
