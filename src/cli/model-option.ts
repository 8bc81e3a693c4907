import { existsSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";
import { RECORD_SCHEMAS } from "../model/records.js";
import { UsageError } from "./io.js";

/**
 * The record schemas a command reads a dataset with: the built-in ones, or a model's (`--model`).
 * @internal
 */
export type CliSchemas = { readonly [kind: string]: z.ZodType };

/** `--model <module>`, for every command that reads a dataset: `.option(...MODEL_OPTION)`. @internal */
export const MODEL_OPTION = [
  "--model <module>",
  "read the dataset with a model of your own: a JavaScript module whose default export, or export `model`, is what defineModel returns",
] as const;

const TYPESCRIPT = new Set([".ts", ".mts", ".cts", ".tsx"]);

/** Whether a value looks like what `defineModel` returns: record schemas by kind, and a checker. */
function isModel(value: unknown): value is { schemas: CliSchemas } {
  if (typeof value !== "object" || value === null) return false;
  const { schemas, createChecker } = value as { schemas?: unknown; createChecker?: unknown };
  return typeof schemas === "object" && schemas !== null && typeof createChecker === "function";
}

/**
 * The record schemas of the model module `path` (its default export, or its export `model`), or the
 * built-in ones when `path` is undefined. A module that cannot be found, loaded or that exports no model is
 * a usage error with one line saying which.
 * @internal
 */
export async function loadModelSchemas(path: string | undefined): Promise<CliSchemas> {
  if (path === undefined) return RECORD_SCHEMAS;
  const file = resolve(path);
  if (!existsSync(file)) throw new UsageError(`--model: ${path}: no such file`);
  let module: { default?: unknown; model?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown; model?: unknown };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (TYPESCRIPT.has(extname(file)) && code === "ERR_UNKNOWN_FILE_EXTENSION") {
      throw new UsageError(
        `--model: ${path}: this Node (${process.version}) cannot load TypeScript; compile the model to JavaScript, or run bilateral under a TypeScript loader (node --import tsx)`,
      );
    }
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`--model: ${path} could not be loaded: ${reason}`);
  }
  const model = isModel(module.default) ? module.default : isModel(module.model) ? module.model : undefined;
  if (model === undefined) {
    throw new UsageError(
      `--model: ${path} exports no model: export what defineModel returns as its default export or as \`model\``,
    );
  }
  return model.schemas;
}
