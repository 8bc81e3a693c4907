/*
 * The ajv peer of the validation benchmark (issue 9): `safeParseDataset` (shapes and integrity: ids,
 * references, histories) vs ajv validating the same dataset against the shipped JSON Schema
 * (dist/schema/dataset.schema.json, written by `npm run build`), shapes only. ajv is set up as the JSON Schema
 * tests set it up (test/json-schema/ajv.ts: draft 2020-12, ajv-formats, strict); compiling the schema is not
 * timed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { safeParseDataset } from "../src/validate/parse.js";
import { createAjv } from "../test/json-schema/ajv.js";
import { compare, type Figure, ms, report } from "./timing.js";

export const DATASET_SCHEMA = join(process.cwd(), "dist", "schema", "dataset.schema.json");

/** Compiles the shipped dataset schema once; the validator is reused at every size. */
export function compileDatasetSchema(): (data: unknown) => boolean {
  const schema = JSON.parse(readFileSync(DATASET_SCHEMA, "utf8")) as object;
  const validate = createAjv().compile(schema);
  return (data) => validate(data) as boolean;
}

/** safeParseDataset vs ajv on the same dataset, the fastest of `reps` alternated runs; both must accept it. */
export function benchAjv(
  validate: (data: unknown) => boolean,
  data: unknown,
  size: number,
  reps: number,
): Figure {
  if (!validate(data)) throw new Error("ajv rejects the generated dataset");
  if (!safeParseDataset(data).success) throw new Error("safeParseDataset rejects the generated dataset");
  const times = compare(
    reps,
    () => validate(data),
    () => safeParseDataset(data),
  );
  return report({
    events: size,
    label: "safeParseDataset (shapes and integrity) / ajv (shapes, shipped JSON Schema)",
    detail: `${ms(times.measured)} / ${ms(times.baseline)}`,
    value: times.measured / times.baseline,
    target: { kind: "at most", limit: 1.5, unit: "x" },
  });
}
