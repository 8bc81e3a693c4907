import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";

// The import graph of src/, checked against the table of layers in CONTRIBUTING.md.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = join(ROOT, "src");

interface Import {
  readonly from: string;
  readonly to: string;
  readonly line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative import of every module of src/ (static, dynamic and type-only), as paths from src/. */
function importGraph(): Import[] {
  const out: Import[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const { importedFiles } = ts.preProcessFile(text, true, true);
    for (const imported of importedFiles) {
      if (!imported.fileName.startsWith(".")) continue;
      const target = resolve(dirname(file), imported.fileName).replace(/\.js$/, ".ts");
      const line = text.slice(0, imported.pos).split("\n").length;
      out.push({ from: relative(SRC, file), to: relative(SRC, target), line });
    }
  }
  return out;
}

/** The folder (layer) of a path from src/: its first segment, or `(root)` for a file directly in src/. */
function layerOf(path: string): string {
  const parts = path.split("/");
  return parts.length === 1 ? "(root)" : (parts[0] as string);
}

/** The table of layers in CONTRIBUTING.md: folder -> the folders it may import. */
function allowedImports(): Map<string, Set<string>> {
  const text = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
  const section = text.split("## Layers")[1]?.split("\n## ")[0] ?? "";
  const table = new Map<string, Set<string>>();
  for (const row of section.split("\n")) {
    const cells = row.split("|").map((cell) => cell.trim());
    const folder = cells[1]?.replace(/`/g, "");
    if (folder === undefined || folder === "" || folder === "folder" || folder.startsWith("---")) continue;
    const allowed = (cells[3] ?? "").match(/`[^`]+`/g) ?? [];
    table.set(folder, new Set(allowed.map((name) => name.replace(/`/g, ""))));
  }
  return table;
}

/** The import cycles among modules, each as its chain of files. */
function cycles(graph: readonly Import[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const { from, to } of graph) edges.set(from, [...(edges.get(from) ?? []), to]);
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (state.get(node) === undefined) visit(node);
  return found;
}

describe("layering", () => {
  const graph = importGraph();
  const table = allowedImports();

  test("the table in CONTRIBUTING.md names every folder of src/", () => {
    const layers = new Set(sourceFiles(SRC).map((file) => layerOf(relative(SRC, file))));
    expect([...layers].filter((layer) => !table.has(layer)).sort()).toEqual([]);
  });

  test("every import crosses layers only as the table allows", () => {
    const forbidden = graph
      .filter(({ from, to }) => {
        const source = layerOf(from);
        const target = layerOf(to);
        return source !== target && table.get(source)?.has(target) !== true;
      })
      .map(
        ({ from, to, line }) => `src/${from}:${line} imports src/${to} (${layerOf(from)} -> ${layerOf(to)})`,
      );
    expect(forbidden).toEqual([]);
  });

  test("query/internal imports only the public query modules that stand on nothing of it (options, errors)", () => {
    const standsOnInternal = new Set(
      graph.filter(({ to }) => to.startsWith("query/internal/")).map(({ from }) => from),
    );
    const upward = graph
      .filter(({ from, to }) => from.startsWith("query/internal/") && /^query\/[^/]+$/.test(to))
      .filter(({ to }) => standsOnInternal.has(to))
      .map(({ from, to, line }) => `src/${from}:${line} imports src/${to}`);
    expect(upward).toEqual([]);
  });

  test("no module imports itself through others", () => {
    expect(cycles(graph).map((cycle) => cycle.join(" -> "))).toEqual([]);
  });

  test("the checker finds a forbidden import and a cycle (control)", () => {
    const made: Import[] = [
      { from: "io/a.ts", to: "cli/b.ts", line: 3 },
      { from: "cli/b.ts", to: "io/a.ts", line: 1 },
    ];
    expect(cycles(made)).toEqual([["io/a.ts", "cli/b.ts", "io/a.ts"]]);
    expect(table.get("io")?.has("cli")).toBe(false);
  });
});

describe("tests mirror src/", () => {
  test("every public query module with values has a test file of its name in test/query", () => {
    const tests = new Set(readdirSync(join(ROOT, "test/query")));
    const missing = readdirSync(join(SRC, "query"))
      .filter((name) => name.endsWith(".ts") && name !== "index.ts")
      .filter((name) =>
        /^export (function|class|const) /m.test(readFileSync(join(SRC, "query", name), "utf8")),
      )
      .map((name) => name.replace(/\.ts$/, ".test.ts"))
      .filter((name) => !tests.has(name));
    expect(missing).toEqual([]);
  });
});
