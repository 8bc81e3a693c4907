import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RECORD_KINDS, RECORD_SCHEMAS } from "bilateral";
import { describe, expect, it } from "vitest";
import { kindLayout, SQL_TYPES } from "../../src/columnar/layout.js";

// docs/parquet.md carries a table of the columns of each built-in kind's Parquet file, generated from the record
// schemas by the layout exportParquet writes with. This test asserts it is up to date; `UPDATE_DOCS=1 npx
// vitest run test/docs/parquet-doc.test.ts` rewrites it.

const DOC = fileURLToPath(new URL("../../docs/parquet.md", import.meta.url));
const START = "<!-- parquet-columns:start -->";
const END = "<!-- parquet-columns:end -->";

function renderTable(): string {
  const rows = RECORD_KINDS.map((kind) => {
    const columns = kindLayout(kind, RECORD_SCHEMAS).fields.map(
      (field) => `\`${field.name}\` ${SQL_TYPES[field.type]}${field.type === "json" ? " (JSON)" : ""}`,
    );
    const file = kind === "event" ? "`events/`" : `\`${kind}.parquet\``;
    return `| \`${kind}\` | ${file} | ${columns.join(", ")} |`;
  });
  return ["| Kind | File | Columns |", "| --- | --- | --- |", ...rows].join("\n");
}

function tableIn(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start)
    throw new Error(`docs/parquet.md lacks the ${START} ... ${END} markers`);
  return text.slice(start + START.length, end).trim();
}

describe("docs/parquet.md", () => {
  let text = readFileSync(DOC, "utf8");
  if (process.env.UPDATE_DOCS === "1") {
    tableIn(text);
    text = `${text.slice(0, text.indexOf(START) + START.length)}\n${renderTable()}\n${text.slice(text.indexOf(END))}`;
    writeFileSync(DOC, text);
  }

  it("lists the columns of every built-in kind, as exportParquet lays them out", () => {
    expect(tableIn(text)).toBe(renderTable());
  });
});
