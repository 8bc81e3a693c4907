import { formatPath, type Issue } from "../core/issue.js";

type Path = readonly (string | number)[];

/** The field each kind chains through: an organisation's parent, a place's enclosing place. */
const CHAIN_FIELDS: Readonly<Record<string, string>> = { organization: "parent", place: "within" };
/** How many ids of a loop a message names before it says how many more there are. */
const NAMED_IN_LOOP = 6;

interface Link {
  readonly to: string;
  readonly path: Path;
}

/**
 * The dataset rules on identity, beside the ids and references of `ReferenceLedger`: one state is one record
 * (a second country record with an ISO code already taken is `duplicate_country`), and no organisation is
 * its own parent, nor a place within itself, directly or through a chain (`parent_cycle`, once per loop,
 * at one of its records). Both dataset checks use it, so one problem has one message. It keeps the country codes and the chain links only.
 * @internal
 */
export class IdentityRules {
  readonly #countries = new Map<string, { id: string; path: Path }>();
  readonly #links = new Map<string, Link>();

  /** Enters a record (as read: any value) found at `path`; returns a `duplicate_country` issue at once. */
  addRecord(record: unknown, path: Path): Issue[] {
    if (typeof record !== "object" || record === null) return [];
    const { id, kind } = record as { id?: unknown; kind?: unknown };
    if (typeof id !== "string" || typeof kind !== "string") return [];
    const fields = record as Record<string, unknown>;
    const field = Object.hasOwn(CHAIN_FIELDS, kind) ? (CHAIN_FIELDS[kind] as string) : undefined;
    if (field !== undefined && typeof fields[field] === "string" && !this.#links.has(id)) {
      this.#links.set(id, { to: fields[field] as string, path: [...path, field] });
    }
    if (kind !== "country" || typeof fields.code !== "string") return [];
    const code = fields.code;
    const first = this.#countries.get(code);
    if (first === undefined) {
      this.#countries.set(code, { id, path });
      return [];
    }
    return [
      {
        code: "duplicate_country",
        message: `a second record for the country ${JSON.stringify(code)}: ${JSON.stringify(first.id)} (${formatPath(first.path)}) is that state already`,
        path: [...path, "code"],
        recordId: id,
      },
    ];
  }

  /** Ends the check: one `parent_cycle` issue for each loop. */
  finish(): Issue[] {
    const issues: Issue[] = [];
    const done = new Set<string>();
    for (const start of this.#links.keys()) {
      const walked: string[] = [];
      const onWalk = new Map<string, number>();
      let at: string | undefined = start;
      while (at !== undefined && !done.has(at) && !onWalk.has(at)) {
        onWalk.set(at, walked.length);
        walked.push(at);
        at = this.#links.get(at)?.to;
      }
      if (at !== undefined && onWalk.has(at)) issues.push(this.#loopIssue(walked.slice(onWalk.get(at))));
      for (const id of walked) done.add(id);
    }
    this.#links.clear();
    return issues;
  }

  #loopIssue(loop: readonly string[]): Issue {
    const first = loop[0] as string;
    const link = this.#links.get(first) as Link;
    const place = link.path[link.path.length - 1] === "within";
    const rule = place ? "a place cannot be within itself" : "an organisation cannot be its own parent";
    const named = loop.slice(1, NAMED_IN_LOOP + 1).map((id) => JSON.stringify(id));
    const more = loop.length > NAMED_IN_LOOP + 1 ? ` and ${loop.length - NAMED_IN_LOOP - 1} more` : "";
    const what =
      loop.length === 1
        ? place
          ? "is within itself"
          : "names itself as its parent"
        : `comes back to itself through ${named.join(", ")}${more}`;
    return {
      code: "parent_cycle",
      message: `${JSON.stringify(first)} ${what}: ${rule}`,
      path: link.path,
      recordId: first,
    };
  }
}
