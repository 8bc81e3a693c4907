import type { z } from "zod";
import { ID_PATTERN } from "./id.js";

/**
 * Every issue code `bilateral` reports, with what it means. Codes are stable: a code is never renamed or
 * reused for another meaning within a major version.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ISSUE_CODES } from "bilateral";
 * ISSUE_CODES.duplicate_id; //=> "Two records share one id."
 * ```
 */
export const ISSUE_CODES = {
  invalid_json: "The input is not valid JSON (or a JSON Lines line is not).",
  invalid_type: "A value has the wrong JSON type (a number where a string goes, say).",
  missing_field: "A required field is absent.",
  unknown_field: "A field the schema does not define; it is reported rather than dropped.",
  forbidden_key: "A key such as __proto__, constructor or prototype that could reach an object's prototype.",
  invalid_value: "A value outside the allowed set (an enumeration) or otherwise not allowed.",
  invalid_format: "A string that does not have the required form (a URL, a pattern).",
  out_of_range: "A number, string or list that is too small, too large or too long.",
  invalid_id: "An id that is not namespaced (`namespace:rest`, no spaces).",
  invalid_date: "A partial date that is malformed or not a real date (2025-02-30).",
  invalid_country_code: "A country code that is not an assigned ISO 3166-1 alpha-3 code.",
  invalid_subdivision_code: "A subdivision code that is not an ISO 3166-2 code.",
  invalid_currency: "A currency code that is not an active ISO 4217 code.",
  invalid_cameo_code: "A CAMEO event code that is not in the CAMEO codebook.",
  unknown_category: "An event category that is neither a PLOVER category nor a registered extension.",
  mode_category_mismatch:
    "An event mode that does not belong to the event's category, or a mode on an event with no category.",
  unknown_context: "An event context that is neither a PLOVER context nor a registered extension.",
  unknown_kind: "A record kind that is neither built in nor registered by an extension.",
  period_reversed: "A period or date range whose end comes before its start.",
  history_not_chronological: "A dated history whose entries are not in time order.",
  same_party:
    "A dyad (relationship, border, mediation, trade) or a link (director, member, agent, relative, payer...) whose two parties are one record.",
  equivalent_same_unit: "A stated equivalent in the same currency or unit as the value it restates.",
  unsupported_format: "A dataset whose `format` is not `bilateral`.",
  unsupported_version: "A dataset whose format version this release cannot read.",
  duplicate_id: "Two records share one id.",
  duplicate_country: "Two country records for one ISO 3166-1 code: one state is one record.",
  parent_cycle:
    "An organisation's parent chain, or a place's `within` chain, that comes back to where it started.",
  unresolved_reference: "A reference to an id that no record of the dataset has.",
  wrong_reference_kind: "A reference to a record of a kind the field does not accept.",
  too_deep: "Input nested deeper than the reader accepts.",
  share_range_reversed: "A share of ownership stated as a range whose minimum exceeds its maximum.",
  ownership_cycle:
    "A warning: an asset that owns itself through a chain of ownerships (reported once per loop).",
  shares_exceed_whole:
    "A warning: the shares of one asset its ownerships state (exact, or a range's minimum) add up to more than 100% at some time.",
  mixed_script_id:
    "A warning: an id whose text mixes Latin, Cyrillic or Greek letters (country:PАK with a Cyrillic А), so that it can pass for another.",
} as const;

/**
 * The issue codes an application declares for checks of its own, by declaration merging (the values are not
 * read; `true` will do), and registers with {@link defineIssueCode}.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { IssueCode } from "bilateral";
 * declare module "bilateral" {
 *   interface IssueCodes {
 *     imo_check_digit: true;
 *   }
 * }
 * const code: IssueCode = "imo_check_digit";
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in applications
export interface IssueCodes {}

/**
 * A stable issue code: a key of {@link ISSUE_CODES}, or one an application declared in {@link IssueCodes}.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { IssueCode } from "bilateral";
 * const code: IssueCode = "unresolved_reference";
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CODES | Extract<keyof IssueCodes, string>;

const ISSUE_CODE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
const REGISTRY_KEY = Symbol.for("bilateral.issue-codes.v1");

/** The codes applications registered, with their descriptions; on `globalThis`, shared by the ESM and CJS builds. */
function registeredCodes(): Map<string, string> {
  const holder = globalThis as unknown as Record<symbol, Map<string, string> | undefined>;
  let codes = holder[REGISTRY_KEY];
  if (codes === undefined) {
    codes = new Map();
    holder[REGISTRY_KEY] = codes;
  }
  return codes;
}

/**
 * Registers an issue code of an application's own, declared first in {@link IssueCodes}, so that its checks
 * report it (with `addIssue`, or `params: { code }` in a refinement) and validation passes it through instead
 * of turning it into `invalid_value`. A code is lower-case letters, digits and underscores; registering it
 * again with the same description does nothing; a built-in code, or one registered with another
 * description, throws an `Error` naming it. Returns the code.
 *
 * @category Validation
 * @example
 * ```ts
 * import { defineIssueCode } from "bilateral";
 * declare module "bilateral" {
 *   interface IssueCodes {
 *     imo_check_digit: true;
 *   }
 * }
 * defineIssueCode("imo_check_digit", "An IMO ship number whose check digit is wrong.");
 * ```
 */
export function defineIssueCode<const Code extends Extract<keyof IssueCodes, string>>(
  code: Code,
  description: string,
): Code {
  if (typeof code !== "string" || !ISSUE_CODE_PATTERN.test(code)) {
    throw new Error(
      `defineIssueCode: ${JSON.stringify(code)} cannot be an issue code: use lower-case letters, digits and underscores ("imo_check_digit")`,
    );
  }
  if (Object.hasOwn(ISSUE_CODES, code)) {
    throw new Error(`defineIssueCode: "${code}" is a built-in issue code (see ISSUE_CODES)`);
  }
  const codes = registeredCodes();
  const known = codes.get(code);
  if (known !== undefined && known !== description) {
    throw new Error(
      `defineIssueCode: "${code}" is already registered with another description: ${JSON.stringify(known)}`,
    );
  }
  codes.set(code, description);
  return code;
}

/**
 * The issue codes applications registered with {@link defineIssueCode}, with their descriptions.
 *
 * @category Validation
 * @example
 * ```ts
 * import { registeredIssueCodes } from "bilateral";
 * registeredIssueCodes().get("imo_check_digit"); // its description, once registered
 * ```
 */
export function registeredIssueCodes(): ReadonlyMap<string, string> {
  return registeredCodes();
}

/**
 * Adds an issue with a `bilateral` code to a zod check: the one way the library's schemas report a problem
 * that zod's own checks do not. The code is checked against {@link ISSUE_CODES} when compiled, so a misspelt
 * code is a compile error rather than an `invalid_value`; it travels in `params.code`, where
 * `safeParseDataset` and `safeParseRecord` read it. Use it in `.check()` of a schema an extension defines.
 *
 * @category Validation
 * @example
 * ```ts
 * import { z } from "zod";
 * import { addIssue, safeParseRecord } from "bilateral";
 * const Even = z.number().check((ctx) => {
 *   if (ctx.value % 2 !== 0) addIssue(ctx, { code: "out_of_range", message: "expected an even number", input: ctx.value });
 * });
 * safeParseRecord(Even, 3).issues[0]?.code; //=> "out_of_range"
 * ```
 */
export function addIssue(
  ctx: Pick<z.core.ParsePayload, "issues">,
  issue: {
    /** The issue's code. */
    readonly code: IssueCode;
    /** What is wrong, for a person. */
    readonly message: string;
    /** The value at fault. */
    readonly input: unknown;
    /** Where, relative to the value checked (the value itself when left out). */
    readonly path?: PropertyKey[];
  },
): void {
  ctx.issues.push({
    code: "custom",
    message: issue.message,
    input: issue.input,
    ...(issue.path === undefined ? {} : { path: issue.path }),
    continue: true,
    params: { code: issue.code },
  });
}

/**
 * One problem found in the input: what (a stable code and a message a person understands) and where (the
 * JSON path from the document's root, and the id of the record concerned when there is one).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Issue } from "bilateral";
 * const issue: Issue = {
 *   code: "unresolved_reference",
 *   message: "\"country:XXX\" does not match any record's id",
 *   path: ["records", 4, "actors", 0],
 *   recordId: "event:visit",
 * };
 * ```
 */
export interface Issue {
  readonly code: IssueCode;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly recordId?: string;
  /** `"warning"` for data that is doubtful rather than wrong (see {@link severityOf}); absent for an error. */
  readonly severity?: "warning";
}

/**
 * How bad an issue is: an `"error"` makes the data invalid; a `"warning"` says it is doubtful (an id mixing
 * scripts, say) and is reported beside the result, which stays valid.
 *
 * @category Validation
 * @example
 * ```ts
 * import { type Issue, severityOf } from "bilateral";
 * const issue: Issue = { code: "duplicate_id", message: "duplicate id", path: ["records", 1, "id"] };
 * severityOf(issue); //=> "error"
 * ```
 */
export function severityOf(issue: Issue): "error" | "warning" {
  return issue.severity ?? "error";
}

/**
 * The result of a safe entry point: the parsed value, or every error found; and, either way, the
 * `warnings` (issues with `severity: "warning"`: doubtful data that does not make it invalid).
 *
 * @category Validation
 * @example
 * ```ts
 * import { safeParseDataset } from "bilateral";
 * const result = safeParseDataset({ format: "bilateral", version: "1.0", records: [] });
 * if (result.success) console.log(result.data.records.length);
 * else console.log(result.issues.map((issue) => issue.code));
 * ```
 */
export type ParseResult<T> =
  | {
      readonly success: true;
      readonly data: T;
      readonly issues: readonly [];
      readonly warnings: readonly Issue[];
    }
  | {
      readonly success: false;
      readonly data?: undefined;
      readonly issues: readonly Issue[];
      readonly warnings: readonly Issue[];
    };

/**
 * Formats an issue path the way a person reads it: `records[3].actors[0]`.
 *
 * @category Validation
 * @example
 * ```ts
 * import { formatPath } from "bilateral";
 * formatPath(["records", 3, "actors", 0]); //=> "records[3].actors[0]"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (key.length <= 40 && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    // A long key (a 10 MB field name, say) is shown by its start: the path itself keeps it whole.
    else out += `[${previewValue(key)}]`;
  }
  return out === "" ? "(root)" : out;
}

/** Keys that must never be copied onto an object, lest they reach its prototype. @internal */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/**
 * A short rendering of an input value for a message: a string quoted and cut to 40 characters, a number or a
 * boolean as written, anything else by its type. It never walks into the value, so that a value nested
 * 100,000 deep cannot overflow the stack and a 10 MB string cannot flood the message.
 * @internal
 */
export function previewValue(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "boolean" || value === null) return String(value);
  if (value === undefined) return "nothing";
  return describe(value);
}

function article(expected: string): string {
  if (expected === "array") return "a list";
  if (expected === "object") return "an object";
  if (expected === "integer" || expected === "int") return "an integer";
  return `a ${expected}`;
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === "symbol" ? String(key) : key;
}

/**
 * Turns zod issues into `bilateral` issues with stable codes and readable messages.
 * @internal
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
  recordId?: string,
): Issue[] {
  const out: Issue[] = [];
  const push = (code: IssueCode, message: string, path: readonly (string | number)[]) => {
    out.push(recordId === undefined ? { code, message, path } : { code, message, path, recordId });
  };
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(pathKey)];
    switch (issue.code) {
      case "invalid_type": {
        if (issue.input === undefined && issue.expected !== "undefined") {
          const field = path[path.length - 1];
          push("missing_field", `missing required field ${JSON.stringify(String(field))}`, path);
        } else {
          push("invalid_type", `expected ${article(issue.expected)}, got ${describe(issue.input)}`, path);
        }
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) {
          if (FORBIDDEN_KEYS.has(key)) {
            push(
              "forbidden_key",
              `forbidden key ${previewValue(key)}: it is never copied, lest it reach a prototype`,
              [...path, key],
            );
          } else {
            push("unknown_field", `unknown field ${previewValue(key)}: the schema does not define it`, [
              ...path,
              key,
            ]);
          }
        }
        break;
      case "invalid_value":
        if (issue.input === undefined) {
          // A required enumeration or literal that is absent: zod says invalid_value, a person says missing.
          const field = String(path[path.length - 1]);
          push("missing_field", `missing required field ${JSON.stringify(field)}`, path);
          break;
        }
        push(
          "invalid_value",
          `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}, got ${previewValue(issue.input)}`,
          path,
        );
        break;
      case "too_small":
        push("out_of_range", tooMessage("at least", issue.origin, issue.minimum, issue.inclusive), path);
        break;
      case "too_big":
        push("out_of_range", tooMessage("at most", issue.origin, issue.maximum, issue.inclusive), path);
        break;
      case "not_multiple_of":
        push("out_of_range", `must be a multiple of ${String(issue.divisor)}`, path);
        break;
      case "invalid_format":
        push(
          issue.format === "regex" && (issue as { pattern?: string }).pattern === String(ID_PATTERN)
            ? "invalid_id"
            : "invalid_format",
          issue.message,
          path,
        );
        break;
      case "custom":
        push((customCode(issue) ?? "invalid_value") as IssueCode, issue.message, path);
        break;
      case "invalid_union": {
        const options = (issue as { options?: unknown[] }).options;
        const message = Array.isArray(options)
          ? `expected one of ${options.map((option) => JSON.stringify(option)).join(", ")}, got ${previewValue(issue.input)}`
          : "does not match any of the allowed forms";
        push("invalid_value", message, path);
        break;
      }
      default:
        push("invalid_value", issue.message, path);
    }
  }
  return out;
}

function customCode(issue: z.core.$ZodIssue): string | undefined {
  const params = (issue as { params?: { code?: unknown } }).params;
  const code = params?.code;
  return typeof code === "string" && (Object.hasOwn(ISSUE_CODES, code) || registeredCodes().has(code))
    ? code
    : undefined;
}

function tooMessage(
  bound: string,
  origin: string,
  limit: number | bigint | Date,
  inclusive?: boolean,
): string {
  const n = String(limit);
  switch (origin) {
    case "string":
      return `must have ${bound} ${n} character${n === "1" ? "" : "s"}`;
    case "array":
    case "set":
      return `must have ${bound} ${n} item${n === "1" ? "" : "s"}`;
    default:
      return inclusive === false
        ? `must be ${bound === "at least" ? "greater" : "less"} than ${n}`
        : `must be ${bound} ${n}`;
  }
}
