import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, inject, it } from "vitest";

// A consumer's editor shows each record field's description when hovering it: the packed declarations carry
// them (scripts/dts-field-docs.mjs writes them in after tsup, which drops them), for ES modules and CommonJS.

const consumer = inject("packed").consumer;

/** The documentation TypeScript gives each property access of consumer files, by file and text. */
function hovers(files: Readonly<Record<string, string>>): Map<string, string> {
  const paths = Object.entries(files).map(([name, source]) => {
    writeFileSync(join(consumer, name), source);
    return join(consumer, name);
  });
  const program = ts.createProgram(paths, {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const out = new Map<string, string>();
  for (const path of paths) {
    const name = path.slice(consumer.length + 1);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        out.set(
          `${name} ${node.getText()}`,
          ts.displayPartsToString(symbol?.getDocumentationComment(checker)),
        );
      }
      ts.forEachChild(node, visit);
    };
    const sourceFile = program.getSourceFile(path);
    if (sourceFile !== undefined) visit(sourceFile);
  }
  return out;
}

const PROBE = `import type { EventRecord, Sanction, TradeTarget } from "bilateral";
declare const event: EventRecord;
declare const sanction: Sanction;
declare const target: TradeTarget;
export const read = [event.negated, event.location?.adm1, sanction.legalBasis, target.announced?.by];
`;

describe("field descriptions in the packed types", () => {
  // An ES module reads dist/*.d.ts, a CommonJS module dist/*.d.cts.
  const docs = hovers({ "field-docs.mts": PROBE, "field-docs.cts": PROBE });

  for (const name of ["field-docs.mts", "field-docs.cts"]) {
    it(`shows them on hover (${name})`, () => {
      expect(docs.get(`${name} event.negated`)).toMatch(/^True when the source reports that the act did not/);
      expect(docs.get(`${name} event.location?.adm1`)).toMatch(
        /^A feed's first-level administrative division/,
      );
      expect(docs.get(`${name} sanction.legalBasis`)).toMatch(/^The legal instruments it is imposed under/);
      expect(docs.get(`${name} target.announced?.by`)).toBe(
        "The countries, organisations and people who announced it.",
      );
    });
  }
});
