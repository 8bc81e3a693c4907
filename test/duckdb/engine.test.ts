import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIndex, findEvents, OptionError, ParquetError, parseDataset, UnknownIdError } from "bilateral";
import { exportParquet, openParquet } from "bilateral/duckdb";
import { loadSeedStory } from "bilateral/example";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(join(tmpdir(), "bilateral-engine-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("openParquet", () => {
  it("answers over the seed story as the index does, and keeps the other records in memory", async () => {
    const seed = loadSeedStory();
    await exportParquet(seed, join(root, "seed"));
    const engine = await openParquet(join(root, "seed"));
    try {
      const query = { between: ["country:IRN", "country:PAK"] as const };
      const events = await engine.findEvents({ between: [...query.between] as [string, string] });
      expect(events.map((event) => event.id)).toEqual(
        findEvents(createIndex(seed), { between: ["country:IRN", "country:PAK"] }).map((event) => event.id),
      );
      expect(events.length).toBeGreaterThan(0);
      expect(engine.index.has("country:IRN")).toBe(true);
      expect(engine.index.eventCount.total).toBeLessThan(createIndex(seed).eventCount.total);
    } finally {
      await engine.close();
    }
  });

  it("opens a directory whose path holds a quote (paths are quoted in the views' SQL)", async () => {
    const dir = join(root, "it's here");
    await exportParquet(loadSeedStory(), dir);
    const engine = await openParquet(dir);
    try {
      expect(await engine.countEvents()).toBe(createIndex(loadSeedStory()).eventCount.total);
    } finally {
      await engine.close();
    }
  });

  it("says when it is closed", async () => {
    const engine = await openParquet(join(root, "seed"));
    await engine.close();
    await engine.close();
    await expect(engine.countEvents()).rejects.toThrow(/engine is closed/);
  });

  it("gives the in-memory errors for bad options and unknown ids", async () => {
    const engine = await openParquet(join(root, "seed"));
    try {
      await expect(engine.findEvents({ from: "2025-13" })).rejects.toBeInstanceOf(OptionError);
      await expect(engine.countEvents({ actor: "country:ZZZ" })).rejects.toBeInstanceOf(UnknownIdError);
      await expect(engine.dyadSummary("country:IRN", "country:IRN")).rejects.toBeInstanceOf(OptionError);
    } finally {
      await engine.close();
    }
  });

  it("opens a dataset without events: empty answers, the other queries as usual", async () => {
    const dataset = parseDataset({
      format: "bilateral",
      version: "1.0",
      records: [
        { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
        { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
        {
          id: "rel:x",
          kind: "relationship",
          relationshipType: "diplomatic",
          parties: ["country:IRN", "country:PAK"],
          stanceHistory: [{ stance: "strained", since: "2024-01" }],
        },
      ],
    });
    await exportParquet(dataset, join(root, "no-events"));
    const engine = await openParquet(join(root, "no-events"));
    try {
      expect(await engine.findEvents({ between: ["country:IRN", "country:PAK"] })).toEqual([]);
      expect(await engine.countEvents()).toBe(0);
      expect((await engine.dyadSummary("country:IRN", "country:PAK")).totals.count).toBe(0);
      expect(await engine.findStatements()).toEqual([]);
      const [stance] = await engine.stanceBetween("country:IRN", "country:PAK");
      expect(stance?.stance).toBe("strained");
    } finally {
      await engine.close();
    }
  });

  it("keeps apart two dyads whose keys coincide (ids holding the key's separator)", async () => {
    const person = (id: string) => ({ id, kind: "person", name: id });
    const dataset = parseDataset({
      format: "bilateral",
      version: "1.0",
      records: [
        ...["person:a", "person:b|person:c", "person:a|person:b", "person:c"].map(person),
        {
          id: "event:1",
          kind: "event",
          category: "CONSULT",
          actors: ["person:a"],
          recipients: ["person:b|person:c"],
          date: "2024-05",
        },
        {
          id: "event:2",
          kind: "event",
          category: "ACCUSE",
          actors: ["person:a|person:b"],
          recipients: ["person:c"],
          date: "2024-06",
        },
      ],
    });
    await exportParquet(dataset, join(root, "separator"));
    const engine = await openParquet(join(root, "separator"));
    try {
      const index = createIndex(dataset);
      for (const between of [
        ["person:a", "person:b|person:c"],
        ["person:a|person:b", "person:c"],
      ] as [string, string][]) {
        const ids = (await engine.findEvents({ between })).map((event) => event.id);
        expect(ids).toEqual(findEvents(index, { between }).map((event) => event.id));
        expect(ids).toHaveLength(1);
        const panel = await engine.dyadPanel({ by: "year", from: "2024", to: "2024", dyads: [between] });
        expect(panel[0]?.events.count).toBe(1);
      }
    } finally {
      await engine.close();
    }
  });

  it("refuses a directory that is not ours, and a damaged event file, with a ParquetError naming the file", async () => {
    const empty = join(root, "empty");
    mkdirSync(empty);
    const missing = await openParquet(empty).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ParquetError);
    expect((missing as ParquetError).file).toBe(join(empty, "bilateral-parquet.json"));

    const seed = loadSeedStory();
    const dir = join(root, "damaged");
    await exportParquet(seed, dir);
    const events = join(dir, "events");
    for (const name of readdirSync(events)) writeFileSync(join(events, name), "not parquet");
    const damaged = await openParquet(dir).catch((error: unknown) => error);
    expect(damaged).toBeInstanceOf(ParquetError);
    expect((damaged as ParquetError).message).toContain(events);
  });
});
