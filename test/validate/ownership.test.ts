import { DatasetChecker, defineModel, RECORD_SCHEMAS, safeParseDataset } from "bilateral";
import { describe, expect, test } from "vitest";

const company = (id: string) => ({ id, kind: "organization", name: id, organizationType: "company" });
let counter = 0;
const owns = (owner: string, asset: string, share: object, period?: object) => ({
  id: `ownership:${++counter}`,
  kind: "ownership",
  owner,
  asset,
  share,
  ...(period === undefined ? {} : { period }),
});
const dataset = (records: object[]) => ({ format: "bilateral", version: "1.0", records });
const summary = (issues: readonly { code: string; path: readonly (string | number)[]; message: string }[]) =>
  issues.map((issue) => [issue.code, issue.path.join("/"), issue.message]);

describe("ownership_cycle: an asset that owns itself through a chain", () => {
  test("a 3-loop and a self-owned company are one warning each; a plain chain is none; the dataset stays valid", () => {
    counter = 0;
    const records = [
      ...["org:a", "org:b", "org:c", "org:d", "org:e", "org:f"].map(company),
      owns("org:a", "org:b", { exact: 60 }),
      owns("org:b", "org:c", { exact: 60 }),
      owns("org:c", "org:a", { exact: 60 }),
      owns("org:d", "org:d", { exact: 5, stated: "treasury shares" }),
      owns("org:e", "org:f", { unknown: true }),
    ];
    const result = safeParseDataset(dataset(records));
    expect(result.success).toBe(true);
    expect(summary(result.warnings)).toEqual([
      [
        "ownership_cycle",
        "records/6/asset",
        '"org:a" owns itself through a chain: "org:a" owns "org:b" owns "org:c", which owns "org:a"',
      ],
      ["ownership_cycle", "records/9/asset", '"org:d" owns itself ("ownership:4")'],
    ]);
    expect(result.warnings.every((warning) => warning.severity === "warning")).toBe(true);
    expect(result.warnings[0]?.recordId).toBe("ownership:1");
  });

  test("two loops through one company are one group: one warning", () => {
    counter = 0;
    const records = [
      ...["org:a", "org:b", "org:c"].map(company),
      owns("org:a", "org:b", { exact: 10 }),
      owns("org:b", "org:a", { exact: 10 }),
      owns("org:a", "org:c", { exact: 10 }),
      owns("org:c", "org:a", { exact: 10 }),
    ];
    const result = safeParseDataset(dataset(records));
    expect(result.warnings.map((warning) => warning.code)).toEqual(["ownership_cycle"]);
  });

  test("a loop of 10,000 companies is found at once, named by its first few", () => {
    counter = 0;
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, index) => `org:c${index}`);
    const records = [
      ...ids.map(company),
      ...ids.map((id, index) => owns(id, ids[(index + 1) % n] as string, { exact: 100 })),
    ];
    const started = performance.now();
    const result = safeParseDataset(dataset(records));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.success).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toContain('"org:c0" owns "org:c1" owns');
    expect(result.warnings[0]?.message).toContain('and 9993 more, which owns "org:c0"');
  });

  test("a chain of 10,000 with no loop is no warning", () => {
    counter = 0;
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, index) => `org:c${index}`);
    const records = [
      ...ids.map(company),
      ...ids.slice(1).map((id, index) => owns(ids[index] as string, id, { exact: 100 })),
    ];
    expect(safeParseDataset(dataset(records)).warnings).toEqual([]);
  });
});

describe("shares_exceed_whole: an asset's stated shares add up to more than 100% at some time", () => {
  test("60% and 50% held together are a warning, once, at the share that tips it over", () => {
    counter = 0;
    const records = [
      ...["org:a", "org:b", "org:c", "org:x"].map(company),
      owns("org:a", "org:x", { exact: 60 }, { start: "2020" }),
      owns("org:b", "org:x", { min: 50, max: 75, stated: "50-75%" }, { start: "2021-03-01" }),
      owns("org:c", "org:x", { exact: 10 }, { start: "2022" }),
    ];
    const result = safeParseDataset(dataset(records));
    expect(result.success).toBe(true);
    expect(summary(result.warnings)).toEqual([
      [
        "shares_exceed_whole",
        "records/5/share",
        'the stated shares of "org:x" add up to 110% from 2021-03-01, more than the whole: "ownership:1" 60%, "ownership:2" 50%',
      ],
    ]);
  });

  test("shares held at different times, unknown shares and ranges' maxima never add up", () => {
    counter = 0;
    const records = [
      ...["org:a", "org:b", "org:c", "org:x"].map(company),
      owns("org:a", "org:x", { exact: 60 }, { start: "2010", end: "2015" }),
      owns("org:b", "org:x", { exact: 60 }, { start: "2016" }),
      owns("org:c", "org:x", { unknown: true }),
      owns("org:a", "org:x", { max: 40, stated: "up to 40%" }, { start: "2016" }),
    ];
    expect(safeParseDataset(dataset(records)).warnings).toEqual([]);
  });
});

describe("a duplicate ownership record", () => {
  test("is a duplicate_id, not a second stake: no shares_exceed_whole, in either dataset check", () => {
    counter = 0;
    const stake = owns("org:a", "org:x", { exact: 60 });
    const records = [...["org:a", "org:x"].map(company), stake, stake];
    const result = safeParseDataset(dataset(records));
    expect(result.issues.map((issue) => issue.code)).toEqual(["duplicate_id"]);
    expect(result.warnings).toEqual([]);
    const checker = new DatasetChecker(RECORD_SCHEMAS);
    const streamed = records.flatMap(
      (record, index) => checker.checkRecord(record, ["records", index]).issues,
    );
    streamed.push(...checker.finish());
    expect(streamed.map((issue) => issue.code)).toEqual(["duplicate_id"]);
  });
});

describe("share_range_reversed", () => {
  test("a range whose min exceeds its max is an error at the share's max", () => {
    counter = 0;
    const records = [...["org:a", "org:x"].map(company), owns("org:a", "org:x", { min: 50, max: 25 })];
    const result = safeParseDataset(dataset(records));
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path.join("/")])).toEqual([
      ["share_range_reversed", "records/2/share/max"],
    ]);
  });
});

describe("one rule, one place: the streaming checker and a model's DatasetSchema", () => {
  counter = 0;
  const records = [
    ...["org:a", "org:b", "org:x"].map(company),
    owns("org:a", "org:b", { exact: 70 }),
    owns("org:b", "org:a", { exact: 70 }),
    owns("org:a", "org:x", { exact: 70 }),
    owns("org:b", "org:x", { exact: 70 }),
  ];

  test("DatasetChecker reports the same warnings at its end as safeParseDataset", () => {
    const checker = new DatasetChecker(RECORD_SCHEMAS);
    for (const [index, record] of records.entries()) {
      expect(checker.checkRecord(record, ["records", index]).issues).toEqual([]);
    }
    const streamed = checker.finish();
    expect(summary(streamed)).toEqual(summary(safeParseDataset(dataset(records)).warnings));
    expect(streamed.map((issue) => issue.code)).toEqual(["ownership_cycle", "shares_exceed_whole"]);
  });

  test("a model's DatasetSchema has no warnings: it accepts the dataset", () => {
    const model = defineModel({ records: RECORD_SCHEMAS });
    expect(model.DatasetSchema.safeParse(dataset(records)).success).toBe(true);
  });
});
