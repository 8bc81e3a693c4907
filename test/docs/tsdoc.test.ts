import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every export of every entry point has a summary and a @category; every function and class an @example.
// Entry points come from package.json `exports`: "." is src/index.ts, "./name" is src/name/index.ts
// (subpaths with a wildcard or a plain file target, such as JSON Schema files, have no TSDoc).

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Manifest {
  readonly exports: Record<string, unknown>;
}

function entryPoints(): { subpath: string; file: string }[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;
  const out: { subpath: string; file: string }[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (subpath.includes("*") || typeof target !== "object" || target === null) continue;
    const file = subpath === "." ? "src/index.ts" : `src/${subpath.slice(2)}/index.ts`;
    out.push({ subpath, file });
  }
  return out;
}

const entries = entryPoints();

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error("cannot read tsconfig.json");
  return config.options;
}

const program = ts.createProgram({
  rootNames: entries.map((entry) => join(ROOT, entry.file)).filter((path) => existsSync(path)),
  options: compilerOptions(),
});
const checker = program.getTypeChecker();

function isFunctionLike(symbol: ts.Symbol): boolean {
  if (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class)) return true;
  return (symbol.declarations ?? []).some(
    (declaration) =>
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer !== undefined &&
      (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer)),
  );
}

/** What an exported symbol's TSDoc lacks, as a list of messages (empty when it is complete). */
function violations(entryFile: string): string[] {
  const source = program.getSourceFile(join(ROOT, entryFile));
  if (source === undefined) return [`${entryFile}: the entry point does not exist`];
  const module = checker.getSymbolAtLocation(source);
  if (module === undefined) return [`${entryFile}: not a module`];
  const out: string[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const where = declaration === undefined ? "?" : relative(ROOT, declaration.getSourceFile().fileName);
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    const tag = (name: string) => tags.find((candidate) => candidate.name === name);
    const missing: string[] = [];
    if (summary === "") missing.push("a summary");
    const category = tag("category");
    if (category === undefined || ts.displayPartsToString(category.text).trim() === "")
      missing.push("@category");
    if (isFunctionLike(symbol) && tag("example") === undefined) missing.push("@example");
    const examples = tags.filter((candidate) => candidate.name === "example");
    if (examples.some((example) => !/```(ts|typescript)\b/.test(ts.displayPartsToString(example.text)))) {
      missing.push("```ts block in an @example");
    }
    if (missing.length > 0) out.push(`${exported.name} (${where}): no ${missing.join(", no ")}`);
    if (tag("internal") !== undefined) out.push(`${exported.name} (${where}): tagged @internal but exported`);
  }
  return out.sort();
}

describe("TSDoc of the public API", () => {
  it("reads the entry points from package.json exports", () => {
    expect(entries.map((entry) => entry.subpath)).toContain(".");
  });

  it.each(entries)(
    "$subpath ($file): every export has a summary and a @category, every function an @example",
    ({ file }) => {
      expect(violations(file)).toEqual([]);
    },
  );
});
