/**
 * Every generated mutation that breaks an invariant of a valid dataset yields at least one issue with the
 * right code, at the right path, naming the right record: as an object, after a JSON round trip, and (for
 * a mutation inside one record) through safeParseRecord on that record alone.
 *
 * Run counts: 10 mutations x 60 runs; each run generates a dataset with 1 or 2 records of every kind and
 * validates it three ways. The file takes about 20 s of CPU on the project's 2-core machine.
 */
import { type Issue, RECORD_SCHEMAS, safeParseDataset, safeParseRecord } from "bilateral";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fullDatasetArb } from "./arbitraries.js";
import { MUTATIONS, type Mutation } from "./mutations.js";
import { runs } from "./runs.js";

const RUNS = runs(60);

function expectIssue(
  issues: readonly Issue[],
  expected: Pick<Issue, "code" | "path" | "recordId">,
  label: string,
): void {
  const found = issues.some(
    (issue) =>
      issue.code === expected.code &&
      JSON.stringify(issue.path) === JSON.stringify(expected.path) &&
      issue.recordId === expected.recordId,
  );
  if (!found) {
    throw new Error(
      `${label}: expected ${expected.code} at ${JSON.stringify(expected.path)} (record ${expected.recordId}), got ${JSON.stringify(issues, null, 1)}`,
    );
  }
}

function check(mutation: Mutation): void {
  const expected = { code: mutation.code, path: mutation.path, recordId: mutation.recordId };
  const direct = safeParseDataset(mutation.input);
  expect(direct.success, mutation.name).toBe(false);
  expectIssue(direct.issues, expected, mutation.name);

  const reread = safeParseDataset(JSON.parse(JSON.stringify(mutation.input)));
  expect(reread.success, mutation.name).toBe(false);
  expectIssue(reread.issues, expected, `${mutation.name} (after JSON)`);

  if (mutation.within !== undefined) {
    const index = mutation.path[1] as number;
    const alone = safeParseRecord(RECORD_SCHEMAS[mutation.within.kind], mutation.input.records[index]);
    expect(alone.success, mutation.name).toBe(false);
    expectIssue(
      alone.issues,
      { ...expected, path: mutation.within.path },
      `${mutation.name} (safeParseRecord)`,
    );
  }
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(mutation.input)).toBe(Object.prototype);
}

describe("a mutation that breaks an invariant is reported with the right code and path", () => {
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    test(name, () => {
      fc.assert(fc.property(fullDatasetArb.chain(mutate), check), { numRuns: RUNS });
    });
  }

  test("the mutations cover every code they promise", () => {
    const codes = new Set<string>();
    for (const mutate of Object.values(MUTATIONS)) {
      for (const mutation of fc.sample(fullDatasetArb.chain(mutate), { numRuns: 12, seed: 6 }))
        codes.add(mutation.code);
    }
    expect([...codes].sort()).toEqual(
      [
        "duplicate_id",
        "forbidden_key",
        "history_not_chronological",
        "invalid_currency",
        "invalid_date",
        "mode_category_mismatch",
        "period_reversed",
        "same_party",
        "unknown_field",
        "unresolved_reference",
        "wrong_reference_kind",
      ].sort(),
    );
  });
});
