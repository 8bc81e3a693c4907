import { RECORD_KINDS, safeParseDataset } from "bilateral";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../bench/generate.js";

// The benchmarks' synthetic datasets must be valid, deterministic, skewed and complete (every record kind).
describe("bench/generate.ts", () => {
  const dataset = generateDataset({ events: 3000, seed: 7 });

  it("generates a valid dataset with every record kind", () => {
    const result = safeParseDataset(dataset);
    expect(result.issues.slice(0, 3)).toEqual([]);
    expect(new Set(dataset.records.map((record) => record.kind))).toEqual(new Set(RECORD_KINDS));
    expect(dataset.records.filter((record) => record.kind === "event").length).toBe(3000);
    expect(dataset.records.filter((record) => record.kind === "country").length).toBe(200);
  });

  it("is deterministic for a seed, and differs across seeds", () => {
    expect(JSON.stringify(generateDataset({ events: 3000, seed: 7 }))).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(generateDataset({ events: 3000, seed: 8 }))).not.toBe(JSON.stringify(dataset));
  });

  it("skews events toward a few dyads", () => {
    const counts = new Map<string, number>();
    for (const record of dataset.records) {
      if (record.kind !== "event") continue;
      const parties = [
        ...(record.actors as string[]),
        ...((record.recipients as string[] | undefined) ?? []),
      ];
      const codes = [...new Set(parties.map((id) => /[A-Z]{3}/.exec(id)?.[0]))].sort().join("-");
      counts.set(codes, (counts.get(codes) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    // The busiest dyad carries about a tenth of the events, far more than the median one.
    expect(sorted[0]).toBeGreaterThan(200);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(5);
  });
});
