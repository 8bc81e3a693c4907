import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * A fenced code block found in a guide or a TSDoc comment, and what its info string says to do with it.
 *
 * Conventions (documented in CONTRIBUTING.md):
 * - ```ts (or ```typescript): a standalone module, type-checked against the sources;
 * - ```ts ignore: not checked (a fragment, a signature, pseudo-code);
 * - ```ts norun: checked, never run (in a guide whose examples the consumer tests run);
 * - any other language (```text, ```sh, ```json...): not checked.
 */
export interface CodeBlock {
  /** Path of the file it comes from, relative to the repository. */
  readonly file: string;
  /** 1-based line, in that file, of the block's first line of code. */
  readonly line: number;
  /** The code, with the comment's leading ` * ` removed. */
  readonly code: string;
  /** Whether the block is checked (a TypeScript block without `ignore`). */
  readonly checked: boolean;
  /** Whether the block may be run (checked and without `norun`). */
  readonly runnable: boolean;
  /** The symbol whose TSDoc holds the block, when it comes from a source file. */
  readonly symbol?: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

function classify(language: string, flags: string): { checked: boolean; runnable: boolean } {
  const words = flags.split(/[\s,]+/).filter((word) => word !== "");
  const typescript = language === "ts" || language === "typescript";
  const checked = typescript && !words.includes("ignore");
  return { checked, runnable: checked && !words.includes("norun") };
}

/**
 * The fenced code blocks of a Markdown text. `lineOffset` is the 0-based line of the text's first line in
 * its file; `file` names the file in the results.
 */
export function fencedBlocks(text: string, file: string, lineOffset = 0, symbol?: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let open:
    | { fence: string; indent: number; language: string; flags: string; start: number; body: string[] }
    | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (open === undefined) {
      const match = FENCE.exec(line);
      if (match !== null) {
        open = {
          indent: match[1]?.length ?? 0,
          fence: match[2] ?? "```",
          language: (match[3] ?? "").toLowerCase(),
          flags: match[4] ?? "",
          start: index + 1,
          body: [],
        };
      }
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith(open.fence) && trimmed.slice(open.fence.length).trim() === "") {
      const { checked, runnable } = classify(open.language, open.flags);
      const code = open.body
        .map((bodyLine) => bodyLine.slice(Math.min(open?.indent ?? 0, leading(bodyLine))))
        .join("\n");
      const block: CodeBlock = { file, line: lineOffset + open.start + 1, code, checked, runnable };
      blocks.push(symbol === undefined ? block : { ...block, symbol });
      open = undefined;
      continue;
    }
    open.body.push(line);
  }
  return blocks;
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

/** The declaration name a JSDoc comment documents, for messages. */
function documentedName(node: ts.Node): string | undefined {
  let current: ts.Node | undefined = node;
  while (current !== undefined && !ts.isSourceFile(current)) {
    const name = (current as { name?: ts.Node }).name;
    if (
      name !== undefined &&
      (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))
    ) {
      const parent = current.parent;
      const owner =
        parent !== undefined && (ts.isClassLike(parent) || ts.isInterfaceDeclaration(parent))
          ? parent.name?.text
          : undefined;
      return owner === undefined ? name.text : `${owner}.${name.text}`;
    }
    if (ts.isVariableStatement(current)) {
      const first = current.declarationList.declarations[0];
      if (first !== undefined && ts.isIdentifier(first.name)) return first.name.text;
    }
    current = current.parent;
  }
  return undefined;
}

/**
 * The fenced code blocks of every TSDoc comment (`/** ... *\/`) of a TypeScript source file, with the line
 * of each in the file and the name of the symbol it documents.
 */
export function tsdocBlocks(path: string, root: string): CodeBlock[] {
  const text = readFileSync(path, "utf8");
  const file = relative(root, path);
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const blocks: CodeBlock[] = [];
  const seen = new Set<number>();
  const visit = (node: ts.Node) => {
    for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      const comment = text.slice(range.pos, range.end);
      if (!comment.startsWith("/**")) continue;
      const firstLine = source.getLineAndCharacterOfPosition(range.pos).line;
      const body = comment
        .slice(3, -2)
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n");
      blocks.push(...fencedBlocks(body, file, firstLine, documentedName(node)));
    }
    ts.forEachChild(node, visit);
  };
  // The source file shares its start with its first statement: let the statement claim the first comment.
  ts.forEachChild(source, visit);
  return blocks;
}

/** Every `.ts` file under a folder, recursively, sorted. */
export function typescriptFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...typescriptFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out.sort();
}
