import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { previewValue } from "../../core/issue.js";
import { escapeForTerminal } from "../../io/terminal-text.js";
import { formatJsonSchema, type JsonSchema, toJsonSchemas } from "../../json-schema/json-schema.js";
import { type CliIo, UsageError } from "../io.js";

/** Registers `bilateral schema [--type NAME] [--out-dir DIR]`. @internal */
export function registerSchema(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("schema")
    .description(
      "Print the JSON Schema (draft 2020-12) of a dataset file, or of one record kind with --type; or write them all to a directory.",
    )
    .option("--type <name>", '"dataset" (the default) or a record kind: event, country, sanction, ...')
    .option(
      "--out-dir <dir>",
      "write <name>.schema.json files there (every schema, or only --type's) instead of printing",
    )
    .action(async (options: { type?: string; outDir?: string }) => {
      const schemas: Readonly<Record<string, JsonSchema>> = toJsonSchemas();
      const text = (name: string) => formatJsonSchema(schemas[name] ?? {});
      const names = Object.keys(schemas);
      if (options.type !== undefined && !Object.hasOwn(schemas, options.type)) {
        io.stderr(
          `bilateral: unknown schema ${escapeForTerminal(previewValue(options.type))}: valid names are ${names.join(", ")}\n`,
        );
        setExit(2);
        return;
      }
      const selected =
        options.type === undefined ? (options.outDir === undefined ? ["dataset"] : names) : [options.type];
      if (options.outDir === undefined) {
        for (const name of selected) io.stdout(text(name));
        setExit(0);
        return;
      }
      const dir = options.outDir;
      try {
        await mkdir(dir, { recursive: true });
        for (const name of selected) {
          await writeFile(join(dir, `${name}.schema.json`), text(name));
        }
      } catch (error) {
        const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
        throw new UsageError(`cannot write the schemas to ${dir} (${reason})`);
      }
      io.stdout(
        `wrote ${selected.length} JSON Schema file${selected.length === 1 ? "" : "s"} to ${escapeForTerminal(dir)}\n`,
      );
      setExit(0);
    });
}
