// ajv set up as a user would (draft 2020-12, ajv-formats), in strict mode: a schema with an unknown keyword or
// format fails to compile. strictRequired is off: it flags `required` inside `anyOf` and `if`, which the
// schemas use for "a source or a url" and for the mode of each category.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export type Ajv = InstanceType<typeof Ajv2020.default>;

export function createAjv(): Ajv {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv);
  return ajv;
}

/** Where an ajv error points, as a path like ours: the instance path, then the property it names. */
export function errorLocation(error: {
  instancePath: string;
  params: Record<string, unknown>;
}): (string | number)[] {
  const path: (string | number)[] =
    error.instancePath === ""
      ? []
      : error.instancePath
          .slice(1)
          .split("/")
          .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
          .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const property = error.params.additionalProperty ?? error.params.missingProperty;
  return typeof property === "string" ? [...path, property] : path;
}

/** Whether one path is a prefix of the other (they point at the same place or one inside the other). */
export function related(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return false;
  return true;
}
