import type { z } from "zod";
import { formatPath, type IssueCode, previewValue } from "../core/issue.js";
import { compileReferenceExtractor } from "../validate/references.js";

type Path = readonly (string | number)[];

interface Reference {
  readonly target: string;
  readonly kinds: readonly string[];
  readonly path: Path;
}

function describeKinds(kinds: readonly string[]): string {
  return kinds.length === 1 ? `a ${kinds[0]}` : `one of ${kinds.join(", ")}`;
}

/**
 * The dataset rules a model's `DatasetSchema` checks once every record has its shape: ids are unique, and
 * every reference resolves to a record of an allowed kind. Issues carry the `bilateral` code in
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
    const push = (code: IssueCode, message: string, path: Path, input: unknown) => {
      ctx.issues.push({ code: "custom", message, path: [...path], input, continue: true, params: { code } });
    };
    const records = ctx.value.records;
    const known = new Map<string, { kind: string; index: number }>();
    records.forEach((record, index) => {
      const previous = known.get(record.id);
      if (previous === undefined) known.set(record.id, { kind: record.kind, index });
      else {
        push(
          "duplicate_id",
          `duplicate id ${previewValue(record.id)}: ${formatPath(["records", previous.index])} has it already`,
          ["records", index, "id"],
          record.id,
        );
      }
    });
    records.forEach((record, index) => {
      const extract = extractorOf(record.kind);
      if (extract === null) return;
      const found: Reference[] = [];
      extract(record, ["records", index], (target, kinds, path) =>
        found.push({ target, kinds, path: [...path] }),
      );
      for (const reference of found) {
        const target = known.get(reference.target);
        if (target === undefined) {
          push(
            "unresolved_reference",
            `${previewValue(reference.target)} does not match the id of any record (expected ${describeKinds(reference.kinds)})`,
            reference.path,
            reference.target,
          );
        } else if (!reference.kinds.includes(target.kind) && !reference.kinds.includes("*")) {
          push(
            "wrong_reference_kind",
            `${previewValue(reference.target)} is a ${target.kind}, but this field takes ${describeKinds(reference.kinds)}`,
            reference.path,
            reference.target,
          );
        }
      }
    });
  };
}
