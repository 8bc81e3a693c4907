import type { z } from "zod";
import { formatPath, fromZodIssues, type Issue, previewValue } from "../core/issue.js";
import { type DatasetHeader, DatasetHeaderSchema } from "../model/dataset.js";
import { compileReferenceExtractor } from "./references.js";

/**
 * Record schemas by kind: the built-in ones, or those of a model an extension defined.
 *
 * @category Validation
 * @example
 * ```ts
 * import { RECORD_SCHEMAS, type RecordSchemaMap } from "bilateral";
 * const schemas: RecordSchemaMap = RECORD_SCHEMAS;
 * ```
 */
export type RecordSchemaMap = { readonly [kind: string]: z.ZodType };

type Path = readonly (string | number)[];

interface PendingReference {
  readonly kinds: readonly string[];
  readonly path: Path;
  readonly recordId: string | undefined;
}

interface KnownRecord {
  readonly kind: string;
  readonly path: Path;
}

/**
 * How many record kinds a checker packs into a number (see `DatasetChecker`): a known record is stored as
 * `position * KIND_SLOTS + kind index`. 32 slots hold the 13 built-in kinds and those an extension adds; a
 * kind beyond them is stored unpacked. Kept small so that the packed number stays a small integer (a V8
 * "Smi", stored inline in the map, no heap number) for positions up to 2^31 / 32, 67 million.
 */
const KIND_SLOTS = 32;
/** The largest position that packs into a safe integer. */
const MAX_PACKED_POSITION = Math.floor(Number.MAX_SAFE_INTEGER / KIND_SLOTS);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeKinds(kinds: readonly string[]): string {
  return kinds.length === 1 ? `a ${kinds[0]}` : `one of ${kinds.join(", ")}`;
}

/**
 * Checks a dataset one record at a time: each record's shape, unique ids, and references (resolved as soon as
 * the record they point to is seen, reported as unresolved at the end). It keeps only the ids (each with its
 * kind and position packed into one number: about 60 to 70 bytes a record with a short id) and the
 * references not yet resolved, so a JSON Lines file can be checked as a stream.
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
  /**
   * Every id seen, with where it was and its kind. To keep memory low on a stream of millions of records (a
   * JSON Lines file), the common case is packed into one number: the kind as an index into `#kinds` and the
   * record's position (the last element of its path, a number), its path being `#prefix` then the position
   * (`["line", 12]`, `["records", 3]`). A record whose path does not fit that template is stored as it is.
   */
  readonly #known = new Map<string, number | KnownRecord>();
  /** The kinds seen, interned: a packed entry refers to its kind by its index here. */
  readonly #kinds: string[] = [];
  /** The path all packed records share but for their last element, learnt from the first record. */
  #prefix: Path | undefined;
  readonly #pending = new Map<string, PendingReference[]>();

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
          message: `${previewValue(kind)} is not a record kind (one of ${known}, or one an extension defines)`,
          path: [...path, "kind"],
        }),
      );
    }

    if (id !== undefined) {
      const previous = this.#known.get(id);
      if (previous !== undefined) {
        issues.push(
          withId({
            code: "duplicate_id",
            message: `duplicate id ${previewValue(id)}: ${formatPath(this.#pathOf(previous))} has it already`,
            path: [...path, "id"],
          }),
        );
      } else if (typeof kind === "string") {
        this.#known.set(id, this.#pack(kind, path));
        issues.push(...this.#resolvePending(id, kind));
      }
    }

    if (typeof kind !== "string" || !Object.hasOwn(this.#schemas, kind)) return { issues };
    const schema = this.#schemas[kind] as z.ZodType;
    // Parse without reportInput (it costs a context copy per call); parse again with it only to explain a failure.
    const first = schema.safeParse(input);
    const result = first.success ? first : schema.safeParse(input, { reportInput: true });
    if (!result.success) {
      issues.push(...fromZodIssues(result.error.issues, path, id));
      // References are still followed in an invalid record, so that one pass reports everything.
      issues.push(...this.#checkReferences(kind, schema, input, path, id));
      return { issues };
    }
    issues.push(...this.#checkReferences(kind, schema, result.data, path, id));
    return { record: result.data, issues };
  }

  /** Ends the check: every reference still unresolved is reported. */
  finish(): Issue[] {
    const issues: Issue[] = [];
    for (const [id, references] of this.#pending) {
      for (const reference of references) {
        const issue: Issue = {
          code: "unresolved_reference",
          message: `${JSON.stringify(id)} does not match the id of any record (expected ${describeKinds(reference.kinds)})`,
          path: reference.path,
        };
        issues.push(reference.recordId === undefined ? issue : { ...issue, recordId: reference.recordId });
      }
    }
    this.#pending.clear();
    return issues;
  }

  /** The kind of the record with this id, if one has been checked. */
  kindOf(id: string): string | undefined {
    const known = this.#known.get(id);
    return known === undefined ? undefined : this.#kindOf(known);
  }

  /** Packs a record's kind and path into a number when they fit the template; else keeps them as they are. */
  #pack(kind: string, path: Path): number | KnownRecord {
    const last = path.length - 1;
    const position = path[last];
    if (typeof position !== "number" || !Number.isInteger(position) || position < 0) return { kind, path };
    if (position > MAX_PACKED_POSITION) return { kind, path };
    const prefix = this.#prefix;
    if (prefix === undefined) {
      this.#prefix = path.slice(0, last);
    } else {
      if (prefix.length !== last) return { kind, path };
      for (let index = 0; index < last; index++) {
        if (prefix[index] !== path[index]) return { kind, path };
      }
    }
    let slot = this.#kinds.indexOf(kind);
    if (slot === -1) {
      if (this.#kinds.length === KIND_SLOTS) return { kind, path };
      slot = this.#kinds.push(kind) - 1;
    }
    return position * KIND_SLOTS + slot;
  }

  #kindOf(known: number | KnownRecord): string {
    return typeof known === "number" ? (this.#kinds[known % KIND_SLOTS] as string) : known.kind;
  }

  #pathOf(known: number | KnownRecord): Path {
    return typeof known === "number"
      ? [...(this.#prefix as Path), Math.floor(known / KIND_SLOTS)]
      : known.path;
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
      const entry = this.#known.get(target);
      const known = entry === undefined ? undefined : this.#kindOf(entry);
      if (known !== undefined && accepts(kinds, known)) return; // the common case: nothing to keep
      const where = [...at]; // the walker reuses its path array: copy it only to keep it
      if (known === undefined) {
        let list = this.#pending.get(target);
        if (list === undefined) {
          list = [];
          this.#pending.set(target, list);
        }
        list.push({ kinds, path: where, recordId });
      } else {
        issues.push(wrongKind(target, known, kinds, where, recordId));
      }
    });
    return issues;
  }

  #resolvePending(id: string, kind: string): Issue[] {
    const references = this.#pending.get(id);
    if (references === undefined) return [];
    this.#pending.delete(id);
    const issues: Issue[] = [];
    for (const reference of references) {
      if (!accepts(reference.kinds, kind))
        issues.push(wrongKind(id, kind, reference.kinds, reference.path, reference.recordId));
    }
    return issues;
  }
}

function accepts(kinds: readonly string[], kind: string): boolean {
  return kinds.includes(kind) || kinds.includes("*");
}

function wrongKind(
  id: string,
  kind: string,
  kinds: readonly string[],
  path: Path,
  recordId: string | undefined,
): Issue {
  const issue: Issue = {
    code: "wrong_reference_kind",
    message: `${JSON.stringify(id)} is a ${kind}, but this field takes ${describeKinds(kinds)}`,
    path,
  };
  return recordId === undefined ? issue : { ...issue, recordId };
}

function kindOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}
