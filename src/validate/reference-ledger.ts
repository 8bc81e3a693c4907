import { mixesScripts } from "../core/id.js";
import { formatPath, type Issue, previewValue } from "../core/issue.js";
import { closestId, didYouMean } from "../core/suggest.js";

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
 * How many record kinds a ledger packs into a number: a known record is stored as
 * `position * KIND_SLOTS + kind index`. 32 slots hold the 21 built-in kinds and those an extension adds; a
 * kind beyond them is stored unpacked. Kept small so that the packed number stays a small integer (a V8
 * "Smi", stored inline in the map, no heap number) for positions up to 2^31 / 32, 67 million.
 */
const KIND_SLOTS = 32;
/** How many unresolved ids get a suggestion. */
const SUGGESTED_IDS = 100;
/** Up to how many ids a suggestion may be a few edits away; past it, only a difference of case is found. */
const CLOSE_MATCH_IDS = 10_000;
/** The largest position that packs into a safe integer. */
const MAX_PACKED_POSITION = Math.floor(Number.MAX_SAFE_INTEGER / KIND_SLOTS);
/** Ids up to this length (every valid id: see `ID_PATTERN`) are quoted whole in messages; longer ones cut. */
const QUOTED_ID_LENGTH = 300;

function quoteId(id: string): string {
  return id.length <= QUOTED_ID_LENGTH ? JSON.stringify(id) : previewValue(id);
}

function describeKinds(kinds: readonly string[]): string {
  return kinds.length === 1 ? `a ${kinds[0]}` : `one of ${kinds.join(", ")}`;
}

function accepts(kinds: readonly string[], kind: string): boolean {
  return kinds.includes(kind) || kinds.includes("*");
}

function withRecordId(issue: Issue, recordId: string | undefined): Issue {
  return recordId === undefined ? issue : { ...issue, recordId };
}

/**
 * The one place the dataset rules on ids and references live: ids are unique, and every reference resolves
 * to a record of a kind its field allows. Both dataset checks use it (`DatasetChecker`, record by record
 * over a stream, and a model's `DatasetSchema`), so one problem has one message. Records and references may
 * come in any order: a reference to a record not seen yet waits until the record comes, or until
 * {@link ReferenceLedger.finish}, which reports what never resolved.
 *
 * It keeps only the ids (each with its kind and position packed into one number: about 60 to 70 bytes a
 * record with a short id) and the references not yet resolved, so a file of millions of records can be
 * checked as a stream.
 * @internal
 */
export class ReferenceLedger {
  /**
   * Every id seen, with where it was and its kind. The common case is packed into one number: the kind as an
   * index into `#kinds` and the record's position (the last element of its path, a number), its path being
   * `#prefix` then the position (`["line", 12]`, `["records", 3]`). A record whose path does not fit that
   * template is stored as it is.
   */
  readonly #known = new Map<string, number | KnownRecord>();
  /** The kinds seen, interned: a packed entry refers to its kind by its index here. */
  readonly #kinds: string[] = [];
  /** The path all packed records share but for their last element, learnt from the first record. */
  #prefix: Path | undefined;
  readonly #pending = new Map<string, PendingReference[]>();
  /** Every id by its lower-case form, built when a large dataset has an unresolved reference. */
  #lowerCase: Map<string, string> | undefined;

  /**
   * Enters the record `id` of `kind` found at `path` (the record's own path; the issue points at its `id`).
   * Returns a `duplicate_id` issue when the id is taken, else the `wrong_reference_kind` issues of earlier
   * references that this record resolves with the wrong kind, and a `mixed_script_id` warning for an id that
   * mixes look-alike scripts.
   */
  addRecord(id: string, kind: string, path: Path): Issue[] {
    const previous = this.#known.get(id);
    if (previous !== undefined) {
      const issue: Issue = {
        code: "duplicate_id",
        message: `duplicate id ${quoteId(id)}: ${formatPath(this.#pathOf(previous))} has it already`,
        path: [...path, "id"],
      };
      return [withRecordId(issue, id)];
    }
    this.#known.set(id, this.#pack(kind, path));
    const issues = this.#resolvePending(id, kind);
    if (mixesScripts(id)) {
      const warning: Issue = {
        code: "mixed_script_id",
        message: `the id ${quoteId(id)} mixes Latin, Cyrillic or Greek letters: it can pass for another id`,
        path: [...path, "id"],
        severity: "warning",
      };
      issues.push(withRecordId(warning, id));
    }
    return issues;
  }

  /**
   * Enters a reference to `target` at `path`, whose field takes `kinds` (`"*"`: any kind), from the record
   * `recordId`. Returns a `wrong_reference_kind` issue when the target is known and of another kind; a target
   * not known yet waits. `path` may be reused by the caller: it is copied only when kept.
   */
  addReference(target: string, kinds: readonly string[], path: Path, recordId?: string): Issue | undefined {
    const entry = this.#known.get(target);
    const known = entry === undefined ? undefined : this.#kindOf(entry);
    if (known !== undefined && accepts(kinds, known)) return undefined; // the common case: nothing to keep
    if (known !== undefined) return wrongKind(target, known, kinds, [...path], recordId);
    let list = this.#pending.get(target);
    if (list === undefined) {
      list = [];
      this.#pending.set(target, list);
    }
    list.push({ kinds, path: [...path], recordId });
    return undefined;
  }

  /**
   * Ends the check: every reference still unresolved is reported, and forgotten. The first
   * `SUGGESTED_IDS` unresolved ids offer the id they probably meant (`country:IND` for `IND`), when
   * the dataset has such a record.
   */
  finish(): Issue[] {
    const issues: Issue[] = [];
    let suggested = 0;
    for (const [id, references] of this.#pending) {
      const suggestion = suggested++ < SUGGESTED_IDS ? this.#suggest(id) : undefined;
      for (const reference of references) {
        const issue: Issue = {
          code: "unresolved_reference",
          message: `${quoteId(id)} does not match the id of any record (expected ${describeKinds(reference.kinds)})${didYouMean(suggestion)}`,
          path: reference.path,
        };
        issues.push(withRecordId(issue, reference.recordId));
      }
    }
    this.#pending.clear();
    return issues;
  }

  /**
   * The id an unresolved reference probably meant: among all ids when there are at most
   * `CLOSE_MATCH_IDS` (see `closestId`), else only one that differs in case.
   */
  #suggest(id: string): string | undefined {
    if (this.#known.size <= CLOSE_MATCH_IDS) return closestId(id, this.#known.keys());
    if (this.#lowerCase === undefined) {
      this.#lowerCase = new Map();
      for (const known of this.#known.keys()) this.#lowerCase.set(known.toLowerCase(), known);
    }
    return this.#lowerCase.get(id.toLowerCase());
  }

  /** The kind of the record with this id, if one has been entered. */
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

function wrongKind(
  id: string,
  kind: string,
  kinds: readonly string[],
  path: Path,
  recordId: string | undefined,
): Issue {
  const issue: Issue = {
    code: "wrong_reference_kind",
    message: `${quoteId(id)} is a ${kind}, but this field takes ${describeKinds(kinds)}`,
    path,
  };
  return withRecordId(issue, recordId);
}
