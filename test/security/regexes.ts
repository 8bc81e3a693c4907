/**
 * Finds every regular expression in the library's sources by parsing them with the TypeScript compiler:
 * regular expression literals, `new RegExp(...)` and `RegExp(...)` calls, and the string patterns that
 * `String.prototype.match`, `matchAll` and `search` turn into regular expressions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One regular expression found in the sources. */
export interface FoundRegex {
  /** Where: `src/core/id.ts:7`. */
  readonly at: string;
  /** Its source text, or null when it is built at run time from something that is not a literal. */
  readonly pattern: string | null;
  readonly flags: string;
  /** How it is written: a literal, a RegExp call, or a string given to match/matchAll/search. */
  readonly form: "literal" | "RegExp" | "string-pattern";
  /** The code, for a dynamic one. */
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function literalText(node: ts.Expression | undefined): string | null {
  if (node === undefined) return "";
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

/** Every regular expression in the .ts files under `root`. */
export function findRegexes(root: string, base: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(base, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = (node as ts.RegularExpressionLiteral).text;
        const end = literal.lastIndexOf("/");
        found.push({
          at: where(node),
          pattern: literal.slice(1, end),
          flags: literal.slice(end + 1),
          form: "literal",
          code: literal,
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const pattern = literalText(patternArg);
        const flags = literalText(flagsArg);
        found.push({
          at: where(node),
          pattern: flags === null ? null : pattern,
          flags: flags ?? "",
          form: "RegExp",
          code: node.getText(source),
        });
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ["match", "matchAll", "search"].includes(node.expression.name.text) &&
        node.arguments.length > 0
      ) {
        const pattern = literalText(node.arguments[0]);
        // A string argument becomes a regular expression; a literal one was found above, a variable may be either.
        if (pattern !== null)
          found.push({
            at: where(node),
            pattern,
            flags: "",
            form: "string-pattern",
            code: node.getText(source),
          });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
