/**
 * The arbitraries generate what they promise: every record kind, every PLOVER category and mode, partial
 * dates of every precision, many currencies, names in many scripts. Checked on a fixed sample (seeded, so
 * the check is deterministic), 400 datasets: about 8 s of CPU on the project's 2-core machine.
 */
import {
  type Dataset,
  isPartialDate,
  PLOVER_CATEGORIES,
  PLOVER_MODES,
  precisionOf,
  RECORD_KINDS,
} from "bilateral";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { CATEGORY_MODES, CURRENCY_CODES, datasetArb, PRECISIONS } from "./arbitraries.js";

const DATE_KEYS = new Set([
  "date",
  "endDate",
  "start",
  "end",
  "since",
  "asOf",
  "published",
  "retrieved",
  "created",
  "targetDate",
  "period",
]);

interface Seen {
  kinds: Set<string>;
  categoryModes: Set<string>;
  precisions: Set<string>;
  currencies: Set<string>;
  strings: string[];
  forwardReferences: number;
}

function walk(value: unknown, key: string | number, seen: Seen): void {
  if (typeof value === "string") {
    seen.strings.push(value);
    if (typeof key === "string" && DATE_KEYS.has(key) && isPartialDate(value))
      seen.precisions.add(precisionOf(value));
    if (key === "currency") seen.currencies.add(value);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walk(item, index, seen);
  } else if (typeof value === "object" && value !== null) {
    for (const [inner, item] of Object.entries(value)) walk(item, inner, seen);
  }
}

describe("the arbitraries cover the model", () => {
  const seen: Seen = {
    kinds: new Set(),
    categoryModes: new Set(),
    precisions: new Set(),
    currencies: new Set(),
    strings: [],
    forwardReferences: 0,
  };
  let datasets: Dataset[] = [];

  // Sampling takes about 3 s; the default hook timeout (10 s) is too short on a loaded machine.
  beforeAll(() => {
    datasets = fc.sample(datasetArb(), { numRuns: 400, seed: 2026 });
    for (const dataset of datasets) {
      walk(dataset, "", seen);
      const position = new Map(dataset.records.map((record, index) => [record.id, index]));
      dataset.records.forEach((record, index) => {
        seen.kinds.add(record.kind);
        if (record.kind === "event") seen.categoryModes.add(`${record.category}/${record.mode ?? ""}`);
        for (const actor of record.kind === "event" ? record.actors : []) {
          if ((position.get(actor) ?? -1) > index) seen.forwardReferences++;
        }
      });
    }
  }, 60_000);

  test("every record kind", () => {
    expect([...seen.kinds].sort()).toEqual([...RECORD_KINDS].sort());
  });

  test("every PLOVER category with every one of its modes, and without a mode", () => {
    expect(seen.categoryModes.size).toBe(CATEGORY_MODES.length);
    for (const category of PLOVER_CATEGORIES) {
      expect(seen.categoryModes).toContain(`${category}/`);
      for (const mode of PLOVER_MODES[category]) expect(seen.categoryModes).toContain(`${category}/${mode}`);
    }
  });

  test("partial dates of every precision", () => {
    expect([...seen.precisions].sort()).toEqual([...PRECISIONS].sort());
  });

  test("money in many currencies", () => {
    expect(seen.currencies.size).toBeGreaterThan(CURRENCY_CODES.length / 2);
  });

  test("names in many scripts: right-to-left, combining marks, emoji, astral characters, lone surrogates", () => {
    const has = (pattern: RegExp) => seen.strings.some((text) => pattern.test(text));
    expect(has(/[\u0590-\u08FF]/)).toBe(true); // Hebrew, Arabic, Persian, Urdu
    expect(has(/[\u200E\u200F\u202A-\u202E]/)).toBe(true); // directional marks and overrides
    expect(has(/\p{M}/u)).toBe(true); // combining marks
    expect(has(/\p{Extended_Pictographic}/u)).toBe(true); // emoji
    expect(has(/[\u{10000}-\u{10FFFF}]/u)).toBe(true); // astral characters
    expect(has(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)).toBe(true); // lone surrogates
    expect(has(/[\u4E00-\u9FFF]/)).toBe(true); // CJK
    expect(has(/[\u0900-\u097F]/)).toBe(true); // Devanagari
  });

  test("empty datasets, large ones, and references that point forward", () => {
    const sizes = datasets.map((dataset) => dataset.records.length);
    expect(Math.min(...sizes)).toBe(0);
    expect(Math.max(...sizes)).toBeGreaterThan(30);
    expect(seen.forwardReferences).toBeGreaterThan(100);
  });
});
