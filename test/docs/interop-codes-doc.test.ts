import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SKIP_CODES, WARNING_CODES } from "bilateral/interop";
import { describe, expect, it } from "vitest";

// docs/interop.md carries a table of every skip code and every warning code, generated from SKIP_CODES and
// WARNING_CODES. This test asserts that the tables match them exactly. `UPDATE_DOCS=1 npx vitest run
// test/docs/interop-codes-doc.test.ts` rewrites the tables.

const DOC = fileURLToPath(new URL("../../docs/interop.md", import.meta.url));

const TABLES = [
  { name: "skip-codes", codes: SKIP_CODES, heading: "| Code | Why the row was not imported |" },
  {
    name: "warning-codes",
    codes: WARNING_CODES,
    heading: "| Code | What was kept, and why it is doubtful |",
  },
] as const;

function render(codes: Readonly<Record<string, string>>, heading: string): string {
  const rows = Object.entries(codes).map(
    ([code, meaning]) => `| \`${code}\` | ${meaning.replaceAll("|", "\\|")} |`,
  );
  return [heading, "| --- | --- |", ...rows].join("\n");
}

function markers(name: string): [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

function tableIn(text: string, name: string): string {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`docs/interop.md lacks the ${start} ... ${end} markers`);
  return text.slice(from + start.length, to).trim();
}

describe("docs/interop.md", () => {
  let text = readFileSync(DOC, "utf8");
  if (process.env.UPDATE_DOCS === "1") {
    for (const { name, codes, heading } of TABLES) {
      const [start, end] = markers(name);
      tableIn(text, name);
      text = `${text.slice(0, text.indexOf(start) + start.length)}\n${render(codes, heading)}\n${text.slice(text.indexOf(end))}`;
    }
    writeFileSync(DOC, text);
  }

  for (const { name, codes, heading } of TABLES) {
    it(`lists every code of ${name}, with its meaning, in order`, () => {
      const table = tableIn(text, name);
      expect([...table.matchAll(/^\|\s*`([a-z_0-9]+)`\s*\|/gm)].map((match) => match[1])).toEqual(
        Object.keys(codes),
      );
      expect(table).toBe(render(codes, heading));
    });
  }
});
