import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ISSUE_CODES } from "bilateral";
import { describe, expect, it } from "vitest";

// docs/validation.md carries a table of every issue code, generated from ISSUE_CODES. This test asserts that the
// table matches ISSUE_CODES exactly (codes, order and meanings). `UPDATE_DOCS=1 npx vitest run
// test/docs/validation-doc.test.ts` rewrites the table from ISSUE_CODES.

const DOC = fileURLToPath(new URL("../../docs/validation.md", import.meta.url));
const START = "<!-- issue-codes:start -->";
const END = "<!-- issue-codes:end -->";

function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}

function renderTable(): string {
  const rows = Object.entries(ISSUE_CODES).map(([code, meaning]) => `| \`${code}\` | ${cell(meaning)} |`);
  return ["| Code | Meaning |", "| --- | --- |", ...rows].join("\n");
}

function tableIn(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start)
    throw new Error(`docs/validation.md lacks the ${START} ... ${END} markers`);
  return text.slice(start + START.length, end).trim();
}

function codesIn(table: string): string[] {
  return [...table.matchAll(/^\|\s*`([a-z_]+)`\s*\|/gm)].map((match) => match[1] ?? "");
}

describe("docs/validation.md", () => {
  let text = readFileSync(DOC, "utf8");
  if (process.env.UPDATE_DOCS === "1") {
    tableIn(text); // checks the markers
    const before = text.slice(0, text.indexOf(START) + START.length);
    text = `${before}\n${renderTable()}\n${text.slice(text.indexOf(END))}`;
    writeFileSync(DOC, text);
  }

  it("lists every issue code, in the order of ISSUE_CODES, and no other", () => {
    expect(codesIn(tableIn(text))).toEqual(Object.keys(ISSUE_CODES));
  });

  it("gives each code the meaning ISSUE_CODES gives it", () => {
    expect(tableIn(text)).toBe(renderTable());
  });
});
