import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RECORD_KINDS, toJsonSchemas } from "bilateral";
import { afterAll, describe, expect, test } from "vitest";
import { run } from "../cli/run.js";

const temp = mkdtempSync(join(tmpdir(), "bilateral-schema-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("bilateral schema", () => {
  test("prints the dataset schema by default, as JSON", async () => {
    const { code, stdout, stderr } = await run("schema");
    expect([code, stderr]).toEqual([0, ""]);
    expect(JSON.parse(stdout)).toEqual(toJsonSchemas().dataset);
    expect(stdout.endsWith("}\n")).toBe(true);
    // Lists of plain values stay on one line: the subdivision list is one line, not five thousand.
    expect(stdout).toMatch(/"enum": \["AD-02", "AD-03", /);
  });

  test("--type prints one schema", async () => {
    const { code, stdout } = await run("schema", "--type", "trade-flow");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(toJsonSchemas()["trade-flow"]);
  });

  test("an unknown name is a usage error: one line listing the valid names, exit code 2", async () => {
    const { code, stdout, stderr } = await run("schema", "--type", "vessel");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `bilateral: unknown schema "vessel": valid names are dataset, ${RECORD_KINDS.join(", ")}\n`,
    );
  });

  test("--out-dir writes every schema as <name>.schema.json, the files the package ships", async () => {
    const dir = join(temp, "all");
    const { code, stdout } = await run("schema", "--out-dir", dir);
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote ${RECORD_KINDS.length + 1} JSON Schema files to ${dir}\n`);
    expect(readdirSync(dir).sort()).toEqual(
      ["dataset", ...RECORD_KINDS].map((name) => `${name}.schema.json`).sort(),
    );
    const printed = (await run("schema", "--type", "event")).stdout;
    expect(readFileSync(join(dir, "event.schema.json"), "utf8")).toBe(printed);
  });

  test("--out-dir with --type writes that one", async () => {
    const dir = join(temp, "one");
    expect((await run("schema", "--type", "country", "--out-dir", dir)).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["country.schema.json"]);
  });

  test("a folder that cannot be written is a usage error naming it", async () => {
    const file = join(temp, "a-file");
    writeFileSync(file, "");
    const { code, stderr } = await run("schema", "--out-dir", join(file, "below"));
    expect(code).toBe(2);
    expect(stderr).toBe(`bilateral: cannot write the schemas to ${join(file, "below")} (ENOTDIR)\n`);
  });
});
