import type { z } from "zod";
import { addIssue, type Issue } from "../core/issue.js";
import { IdentityRules } from "../validate/identity-rules.js";
import { OwnershipRules } from "../validate/ownership-rules.js";
import { ReferenceLedger } from "../validate/reference-ledger.js";
import { compileReferenceExtractor } from "../validate/references.js";

/**
 * The dataset rules a model's `DatasetSchema` checks once every record has its shape: ids are unique, and
 * every reference resolves to a record of an allowed kind, by the same `ReferenceLedger` as `DatasetChecker`
 * (one message for one problem). Issues carry the `bilateral` code in
 * `params.code`, so that they read like those of `safeParseDataset`.
 * @internal
 */
export function datasetIntegrityCheck(schemas: { readonly [kind: string]: z.core.$ZodType }) {
  const extractors = new Map<string, ReturnType<typeof compileReferenceExtractor>>();
  const extractorOf = (kind: string) => {
    let extract = extractors.get(kind);
    if (extract === undefined) {
      const schema = schemas[kind];
      extract = schema === undefined ? null : compileReferenceExtractor(schema);
      extractors.set(kind, extract);
    }
    return extract;
  };

  return (
    ctx: z.core.ParsePayload<{ readonly records: readonly { readonly id: string; readonly kind: string }[] }>,
  ) => {
    // A warning is not a zod issue (any zod issue fails the parse): safeParseDataset reports warnings.
    const push = (issue: Issue) => {
      if (issue.severity === "warning") return;
      const input = issue.code === "duplicate_id" ? issue.recordId : undefined;
      addIssue(ctx, { code: issue.code, message: issue.message, input, path: [...issue.path] });
    };
    const records = ctx.value.records;
    const ledger = new ReferenceLedger();
    const identity = new IdentityRules();
    const ownership = new OwnershipRules();
    records.forEach((record, index) => {
      const entered = ledger.addRecord(record.id, record.kind, ["records", index]);
      for (const issue of entered) push(issue);
      // A record whose id is taken is not a second state nor a second stake: the duplicate id is the problem.
      if (entered.some((issue) => issue.code === "duplicate_id")) return;
      for (const issue of identity.addRecord(record, ["records", index])) push(issue);
      ownership.addRecord(record, ["records", index]);
    });
    records.forEach((record, index) => {
      const extract = extractorOf(record.kind);
      if (extract === null) return;
      extract(record, ["records", index], (target, kinds, path) => {
        const issue = ledger.addReference(target, kinds, path, record.id);
        if (issue !== undefined) push(issue);
      });
    });
    for (const issue of ledger.finish()) push(issue);
    for (const issue of identity.finish()) push(issue);
    for (const issue of ownership.finish()) push(issue);
  };
}
