import { join } from "node:path";
import ts from "typescript";
import { describe, expect, inject, it } from "vitest";
import { moduleSubpaths, readManifest } from "./manifest.js";

// The public surface, pinned: every name each entry point of the packed library exports, values (what the ESM
// build exports at run time) and types (what its declaration file exports). A change to the API shows up as a
// change to test/package/__snapshots__/exports.snap; update it deliberately with
// `npx vitest run --config vitest.consumer.config.ts -u` and describe the change in a changeset.

const packed = inject("packed");
const installed = join(packed.consumer, "node_modules", "bilateral");
const manifest = readManifest();

function typeLevelExports(declarationFile: string): string[] {
  const program = ts.createProgram({
    rootNames: [declarationFile],
    options: {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      types: [],
    },
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarationFile);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${declarationFile} is not a module`);
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.flags & ts.SymbolFlags.Value) === 0;
    })
    .map((symbol) => symbol.name)
    .sort();
}

describe("the export list", () => {
  it("matches the snapshot (values and types of every entry point)", async () => {
    const surface: Record<string, { values: string[]; types: string[] }> = {};
    for (const entry of moduleSubpaths(manifest)) {
      const esm = entry.import?.default;
      const types = entry.import?.types;
      if (esm === undefined || types === undefined)
        throw new Error(`${entry.subpath} lacks import.types or import.default`);
      const values = Object.keys(await import(join(installed, esm))).sort();
      surface[entry.specifier] = { values, types: typeLevelExports(join(installed, types)) };
    }
    expect(Object.keys(surface)).toContain("bilateral");
    await expect(`${JSON.stringify(surface, null, 2)}\n`).toMatchFileSnapshot("./__snapshots__/exports.snap");
  });
});
