// ajv and bilateral agree at scale: on generated valid datasets (every kind, every PLOVER category and mode,
// partial dates of every precision, codes of every table), and on the property tests' mutations, each of
// which breaks one rule: ajv rejects those JSON Schema can express, and accepts the others (the known
// disagreements, listed in docs/json-schema.md).
import { type IssueCode, safeParseDataset, toJsonSchemas } from "bilateral";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fullDatasetArb } from "../property/arbitraries.js";
import { MUTATIONS } from "../property/mutations.js";
import { createAjv } from "./ajv.js";

const validate = createAjv().compile(toJsonSchemas().dataset);

/** The rules JSON Schema cannot express (docs/json-schema.md), among the codes the mutations produce. */
const INEXPRESSIBLE: ReadonlySet<IssueCode> = new Set([
  "duplicate_id",
  "unresolved_reference",
  "wrong_reference_kind",
  "history_not_chronological",
  "period_reversed",
  "equivalent_same_unit",
]);

/** The same_party mutations that break a rule across two fields (see test/property/mutations.ts). */
const CROSS_FIELD_MUTATIONS: ReadonlySet<string> = new Set(["mediator is a party", "trade flow with itself"]);

describe("ajv and bilateral agree on generated documents", () => {
  test("valid datasets", () => {
    fc.assert(
      fc.property(fullDatasetArb, (dataset) => {
        expect(safeParseDataset(dataset).issues).toEqual([]);
        expect(validate(dataset), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      }),
      { numRuns: 25, seed: 20, endOnFailure: true },
    );
  });

  test.each(Object.keys(MUTATIONS))("mutation %s", (name) => {
    const mutate = MUTATIONS[name];
    if (mutate === undefined) throw new Error(name);
    fc.assert(
      fc.property(fullDatasetArb.chain(mutate), (mutation) => {
        expect(safeParseDataset(mutation.input).issues.map((issue) => issue.code)).toContain(mutation.code);
        // A same_party between a mediator and a party, or a trade flow's reporter and partner, is a rule
        // across two fields; that of a dyad's two parties is not (uniqueItems).
        const crossField = CROSS_FIELD_MUTATIONS.has(mutation.name);
        const expressible = !INEXPRESSIBLE.has(mutation.code) && !crossField;
        expect(
          validate(mutation.input),
          `${mutation.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`,
        ).toBe(!expressible);
      }),
      { numRuns: 15, seed: 21, endOnFailure: true },
    );
  });
});
