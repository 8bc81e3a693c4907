import type { z } from "zod";
import type { Issue } from "../core/issue.js";
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
    const push = (issue: Issue) => {
      const input = issue.code === "duplicate_id" ? issue.recordId : undefined;
      ctx.issues.push({
        code: "custom",
        message: issue.message,
        path: [...issue.path],
        input,
        continue: true,
        params: { code: issue.code },
      });
    };
    const records = ctx.value.records;
    const ledger = new ReferenceLedger();
    records.forEach((record, index) => {
      for (const issue of ledger.addRecord(record.id, record.kind, ["records", index])) push(issue);
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
  };
}
