import type { z } from "zod";
import { appendAll } from "../core/append.js";
import { fromZodIssues, type Issue, previewValue } from "../core/issue.js";
import { closestWord, didYouMean } from "../core/suggest.js";
import { type DatasetHeader, DatasetHeaderSchema } from "../model/dataset.js";
import type { RecordSchemaMap } from "../model/records.js";
import { suggestFields } from "./field-suggestions.js";
import { IdentityRules } from "./identity-rules.js";
import { OwnershipRules } from "./ownership-rules.js";
import { ReferenceLedger } from "./reference-ledger.js";
import { compileReferenceExtractor } from "./references.js";

type Path = readonly (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks a dataset one record at a time: each record's shape, unique ids, and references (resolved as soon as
 * the record they point to is seen, reported as unresolved at the end). It keeps only the ids (about 60 to 70
 * bytes a record with a short id) and the references not yet resolved, so a JSON Lines file can be checked
 * as a stream.
 *
 * @category Validation
 * @example
 * ```ts
 * import { DatasetChecker, RECORD_SCHEMAS } from "bilateral";
 * const checker = new DatasetChecker(RECORD_SCHEMAS);
 * checker.checkHeader({ format: "bilateral", version: "1.0" });
 * checker.checkRecord({ id: "country:IRN", kind: "country", name: "Iran", code: "IRN" }, ["records", 0]);
 * const last = checker.finish(); // issues that only the end can tell (unresolved references)
 * ```
 */
export class DatasetChecker {
  readonly #schemas: RecordSchemaMap;
  readonly #extractors = new Map<string, ReturnType<typeof compileReferenceExtractor>>();
  readonly #ledger = new ReferenceLedger();
  readonly #identity = new IdentityRules();
  readonly #ownership = new OwnershipRules();

  constructor(schemas: RecordSchemaMap) {
    this.#schemas = schemas;
  }

  /** Checks a dataset header (`format`, `version` and the descriptive fields). */
  checkHeader(
    input: unknown,
    path: readonly (string | number)[] = [],
  ): { header?: DatasetHeader; issues: Issue[] } {
    const result = DatasetHeaderSchema.safeParse(input, { reportInput: true });
    if (result.success) return { header: result.data, issues: [] };
    return { issues: fromZodIssues(result.error.issues, path) };
  }

  /**
   * Checks one record at `path`. Returns the parsed record when its shape is valid, and the issues found now:
   * its shape, a duplicate id, and references to records already seen that are of the wrong kind. Issues of
   * earlier records whose references this record resolves with the wrong kind come back here too.
   */
  checkRecord(input: unknown, path: readonly (string | number)[]): { record?: unknown; issues: Issue[] } {
    if (!isPlainObject(input)) {
      return {
        issues: [
          { code: "invalid_type", message: `expected a record (an object), got ${kindOfValue(input)}`, path },
        ],
      };
    }
    const id = typeof input.id === "string" ? input.id : undefined;
    const kind = input.kind;
    const issues: Issue[] = [];
    const withId = (issue: Omit<Issue, "recordId">): Issue =>
      id === undefined ? issue : { ...issue, recordId: id };

    if (kind === undefined) {
      issues.push(
        withId({ code: "missing_field", message: 'missing required field "kind"', path: [...path, "kind"] }),
      );
    } else if (typeof kind !== "string" || !Object.hasOwn(this.#schemas, kind)) {
      const known = Object.keys(this.#schemas).join(", ");
      issues.push(
        withId({
          code: "unknown_kind",
          message: `${previewValue(kind)} is not a record kind (one of ${known}, or one an extension defines)${typeof kind === "string" ? didYouMean(closestWord(kind, Object.keys(this.#schemas))) : ""}`,
          path: [...path, "kind"],
        }),
      );
    }

    let duplicate = false;
    if (id !== undefined && typeof kind === "string") {
      const entered = this.#ledger.addRecord(id, kind, path);
      appendAll(issues, entered);
      // A record whose id is taken is not a second state nor a second stake: the duplicate id is the problem.
      duplicate = entered.some((issue) => issue.code === "duplicate_id");
      if (!duplicate) appendAll(issues, this.#identity.addRecord(input, path));
    }

    if (typeof kind !== "string" || !Object.hasOwn(this.#schemas, kind)) return { issues };
    const schema = this.#schemas[kind] as z.ZodType;
    // Parse without reportInput (it costs a context copy per call); parse again with it only to explain a failure.
    const first = schema.safeParse(input);
    const result = first.success ? first : schema.safeParse(input, { reportInput: true });
    if (!result.success) {
      const shapeIssues = fromZodIssues(result.error.issues, path, id);
      suggestFields(shapeIssues, schema, path);
      appendAll(issues, shapeIssues);
      // References are still followed in an invalid record, so that one pass reports everything.
      appendAll(issues, this.#checkReferences(kind, schema, input, path, id));
      return { issues };
    }
    appendAll(issues, this.#checkReferences(kind, schema, result.data, path, id));
    if (!duplicate) this.#ownership.addRecord(result.data, path);
    return { record: result.data, issues };
  }

  /**
   * Ends the check: every reference still unresolved is reported, every parent chain that loops, and the
   * ownership warnings (chains that loop, shares over the whole).
   */
  finish(): Issue[] {
    const issues = this.#ledger.finish();
    appendAll(issues, this.#identity.finish());
    appendAll(issues, this.#ownership.finish());
    return issues;
  }

  /** The kind of the record with this id, if one has been checked. */
  kindOf(id: string): string | undefined {
    return this.#ledger.kindOf(id);
  }

  #checkReferences(
    kind: string,
    schema: z.ZodType,
    record: unknown,
    path: Path,
    recordId: string | undefined,
  ): Issue[] {
    let extract = this.#extractors.get(kind);
    if (extract === undefined) {
      extract = compileReferenceExtractor(schema);
      this.#extractors.set(kind, extract);
    }
    if (extract === null) return [];
    const issues: Issue[] = [];
    extract(record, [...path], (target, kinds, at) => {
      const issue = this.#ledger.addReference(target, kinds, at, recordId);
      if (issue !== undefined) issues.push(issue);
    });
    return issues;
  }
}

function kindOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}
