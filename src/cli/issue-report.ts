import type pc from "picocolors";
import { formatPath, type Issue, severityOf } from "../core/issue.js";
import { escapeForTerminal, stringifyForTerminal } from "../io/terminal-text.js";

/** Where issues go as they are found: a list, or a report that keeps only what it prints. @internal */
export interface IssueSink {
  push(issue: Issue): unknown;
}

/** How many issues the human report lists before it counts the rest by code. @internal */
export const HUMAN_ISSUE_LIMIT = 50;

/** An issue's line in a JSON Lines file (its path starts `["line", n]`), else 0. */
function lineOf(issue: Issue): number {
  return issue.path[0] === "line" && typeof issue.path[1] === "number" ? issue.path[1] : 0;
}

/**
 * Formats one issue as a line a person reads: path, record id, message and code, each escaped for the
 * terminal (an id, a field name or a quoted value may hold control characters). A JSON Lines line that could
 * not be read has the path `["line", n]` and a message that starts with `line n: ` (so that it stands alone
 * in `--json`): the line number is shown once, as the path.
 * @internal
 */
export function formatIssue(issue: Issue, colors: ReturnType<typeof pc.createColors>): string {
  const where = escapeForTerminal(formatPath(issue.path));
  const record = issue.recordId === undefined ? "" : ` (${escapeForTerminal(issue.recordId)})`;
  let message = issue.message;
  if (issue.path.length === 2 && issue.path[0] === "line" && typeof issue.path[1] === "number") {
    const prefix = `line ${issue.path[1]}: `;
    if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  const warning = issue.severity === "warning" ? `${colors.yellow("warning")} ` : "";
  return `  ${warning}${colors.bold(where)}${record}: ${escapeForTerminal(message)} ${colors.dim(`[${issue.code}]`)}`;
}

/** Counts issues by severity, and by code. */
class IssueCounts {
  errors = 0;
  warnings = 0;
  readonly byCode = new Map<string, number>();

  add(issue: Issue): void {
    if (severityOf(issue) === "warning") this.warnings++;
    else this.errors++;
    this.byCode.set(issue.code, (this.byCode.get(issue.code) ?? 0) + 1);
  }

  get total(): number {
    return this.errors + this.warnings;
  }
}

/**
 * The human report of `validate`, in bounded memory: it keeps the first {@link HUMAN_ISSUE_LIMIT} issues by
 * line and counts the others by code, whatever their number.
 * @internal
 */
export class HumanIssueReport implements IssueSink {
  readonly counts = new IssueCounts();
  readonly #first: Issue[] = [];

  push(issue: Issue): void {
    this.counts.add(issue);
    const first = this.#first;
    if (first.length === HUMAN_ISSUE_LIMIT && lineOf(issue) >= lineOf(first[first.length - 1] as Issue))
      return;
    let at = first.length;
    while (at > 0 && lineOf(first[at - 1] as Issue) > lineOf(issue)) at--;
    first.splice(at, 0, issue);
    if (first.length > HUMAN_ISSUE_LIMIT) first.pop();
  }

  /** The report's lines after its first: the issues kept, then the rest counted by code. */
  lines(colors: ReturnType<typeof pc.createColors>): string[] {
    const lines = this.#first.map((issue) => formatIssue(issue, colors));
    const rest = this.counts.total - this.#first.length;
    if (rest > 0) {
      const kept = new Map<string, number>();
      for (const issue of this.#first) kept.set(issue.code, (kept.get(issue.code) ?? 0) + 1);
      const counts = [...this.counts.byCode]
        .map(([code, count]) => [code, count - (kept.get(code) ?? 0)] as const)
        .filter(([, count]) => count > 0)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([code, count]) => `${code} ${count}`)
        .join(", ");
      lines.push(`  ... and ${rest} more: ${counts} (use --json to list them all)`);
    }
    return lines;
  }
}

/**
 * The `--json` report of `validate`, streamed: `{"issues": [` and each issue as it is found, then
 * `], "valid": boolean}`. Nothing is kept but counts; nothing is written before the first issue or the end.
 * @internal
 */
export class JsonIssueStream implements IssueSink {
  readonly counts = new IssueCounts();
  readonly #write: (text: string) => void;

  constructor(write: (text: string) => void) {
    this.#write = write;
  }

  push(issue: Issue): void {
    const entry = {
      code: issue.code,
      severity: severityOf(issue),
      message: issue.message,
      path: issue.path,
      recordId: issue.recordId ?? null,
    };
    // The report opens with its first issue, so that a file that cannot be read leaves no half of it.
    this.#write(`${this.counts.total === 0 ? '{"issues":[\n' : ",\n"}${stringifyForTerminal(entry)}`);
    this.counts.add(issue);
  }

  /** Ends the report with the verdict. */
  end(valid: boolean): void {
    this.#write(`${this.counts.total === 0 ? '{"issues":[' : "\n"}],"valid":${valid}}\n`);
  }
}
