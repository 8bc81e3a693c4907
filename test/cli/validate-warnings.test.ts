import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

// An organisation whose id has a Cyrillic А in "PАK": doubtful (it can pass for another id), not wrong.
const records = [
  { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
  {
    id: "org:P\u0410K-ministry",
    kind: "organization",
    name: "A ministry",
    organizationType: "government-body",
  },
];

describe("bilateral validate: warnings and --strict", () => {
  let dir = "";
  let json = "";
  let lines = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bilateral-warnings-"));
    json = join(dir, "doubtful.json");
    writeFileSync(json, JSON.stringify({ format: "bilateral", version: "1.0", records }));
    lines = join(dir, "doubtful.jsonl");
    writeFileSync(
      lines,
      [{ format: "bilateral", version: "1.0" }, ...records].map((r) => JSON.stringify(r)).join("\n"),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["json", "jsonl"])(
    "%s: valid with a warning (exit 0); invalid with --strict (exit 1)",
    async (format) => {
      const file = format === "json" ? json : lines;
      const plain = await run("validate", file);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(
        /^valid: .* \(2 records, 1 warning\)\n {2}warning .*\[mixed_script_id\]\n$/,
      );
      const strict = await run("validate", "--strict", file);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toMatch(/^invalid: .*: 1 issue \(1 warning\)\n/);
      const report = JSON.parse((await run("validate", "--json", file)).stdout) as {
        valid: boolean;
        issues: { code: string; severity: string }[];
      };
      expect(report.valid).toBe(true);
      expect(report.issues.map((issue) => [issue.code, issue.severity])).toEqual([
        ["mixed_script_id", "warning"],
      ]);
    },
  );

  it("a warning does not stop a query", async () => {
    const result = await run("query", "events", lines);
    expect(result.code).toBe(0);
  });
});
