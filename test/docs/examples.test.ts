import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { type CodeBlock, fencedBlocks, tsdocBlocks, typescriptFiles } from "./code-blocks.js";

// Type-checks every checked ```ts block of the TSDoc comments in src/, of README.md and of docs/*.md. Each
// block is written as a module into a temporary project (.tmp/doc-examples, git-ignored) whose tsconfig
// extends the repository's, so that "bilateral", "bilateral/example"... resolve to the sources.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORK = join(ROOT, ".tmp", `doc-examples-${process.pid}`);

function guides(): string[] {
  const docs = join(ROOT, "docs");
  const files = existsSync(docs)
    ? readdirSync(docs)
        .filter((name) => name.endsWith(".md"))
        .sort()
        .map((name) => join(docs, name))
    : [];
  return [join(ROOT, "README.md"), ...files].filter((path) => existsSync(path));
}

function collect(): Map<string, CodeBlock[]> {
  const byFile = new Map<string, CodeBlock[]>();
  const add = (blocks: CodeBlock[]) => {
    for (const block of blocks.filter((candidate) => candidate.checked)) {
      byFile.set(block.file, [...(byFile.get(block.file) ?? []), block]);
    }
  };
  for (const path of typescriptFiles(join(ROOT, "src"))) add(tsdocBlocks(path, ROOT));
  for (const path of guides()) add(fencedBlocks(readFileSync(path, "utf8"), path.slice(ROOT.length)));
  return byFile;
}

const blocksByFile = collect();
const files = [...blocksByFile.keys()];
const problems = new Map<string, string[]>();

function blockFileName(block: CodeBlock): string {
  return join(WORK, `${block.file.replace(/[^A-Za-z0-9]+/g, "_")}_L${block.line}.ts`);
}

function typecheck(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(
    join(WORK, "tsconfig.json"),
    JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { noEmit: true }, include: ["*.ts"] }),
  );
  const where = new Map<string, CodeBlock>();
  for (const block of [...blocksByFile.values()].flat()) {
    const name = blockFileName(block);
    where.set(name, block);
    // `export {}` makes each block a module of its own (top-level await allowed, no shared globals).
    writeFileSync(name, `${block.code}\nexport {};\n`);
  }
  const config = ts.getParsedCommandLineOfConfigFile(
    join(WORK, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error("cannot read the examples' tsconfig");
  const program = ts.createProgram({ rootNames: [...where.keys()], options: config.options });
  for (const source of program.getSourceFiles()) {
    const block = where.get(source.fileName);
    if (block === undefined) continue;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const diagnostic of diagnostics) {
      const line =
        diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
      const owner = block.symbol === undefined ? "" : ` (TSDoc of ${block.symbol})`;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n  ");
      const list = problems.get(block.file) ?? [];
      list.push(`${block.file}:${block.line + line}${owner}: TS${diagnostic.code}: ${message}`);
      problems.set(block.file, list);
    }
  }
  rmSync(WORK, { recursive: true, force: true });
}

describe("code examples in TSDoc, README.md and docs/*.md", () => {
  beforeAll(typecheck, 120_000);

  it("finds examples in the sources and the guides", () => {
    expect(files.some((file) => file.startsWith("src/"))).toBe(true);
    expect(files).toContain("README.md");
  });

  it.each(files)("%s: every ```ts block type-checks", (file) => {
    expect(problems.get(file) ?? []).toEqual([]);
  });
});
