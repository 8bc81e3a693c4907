import type { ColumnType } from "./column-type.js";

/** A value as a column holds it (before SQL conversion). @internal */
export type Cell = string | number | boolean | readonly string[] | null;

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether a string is valid Unicode (no lone surrogate), so that it can be stored as UTF-8. @internal */
export function isWellFormed(text: string): boolean {
  // Most text has no surrogate at all: the cheap test first.
  return !SURROGATE.test(text) || !LONE_SURROGATE.test(text);
}

/** A string made valid Unicode (lone surrogates replaced by U+FFFD), for derived columns. @internal */
export function wellFormed(text: string): string {
  return isWellFormed(text) ? text : text.replace(LONE_SURROGATES, "\uFFFD");
}

function isText(value: unknown): value is string {
  return typeof value === "string" && isWellFormed(value);
}

/**
 * A field's value as its column stores it, or `undefined` when the column cannot hold it exactly (then the
 * field goes to `extra`, as JSON text).
 * @internal
 */
export function cellOf(value: unknown, type: ColumnType): Cell | undefined {
  switch (type) {
    case "string":
      return isText(value) ? value : undefined;
    case "number":
      return typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0) ? value : undefined;
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "strings":
      return Array.isArray(value) && isDenseStrings(value) ? [...value] : undefined;
    case "json":
      return jsonText(value);
  }
}

function isDenseStrings(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) if (!(i in values) || !isText(values[i])) return false;
  return true;
}

function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** A field's value from its column's cell; throws a `TypeError` saying what is wrong for a cell of the wrong type. @internal */
export function cellValue(cell: unknown, type: ColumnType): unknown {
  switch (type) {
    case "string":
      return expect(cell, typeof cell === "string", "text");
    case "number":
      return expect(cell, typeof cell === "number", "a number");
    case "boolean":
      return expect(cell, typeof cell === "boolean", "true or false");
    case "strings":
      return expect(
        cell,
        Array.isArray(cell) && cell.every((item) => typeof item === "string"),
        "a list of text",
      );
    case "json":
      if (typeof cell !== "string") throw new TypeError("expected JSON text");
      return JSON.parse(cell);
  }
}

function expect(cell: unknown, ok: boolean, what: string): unknown {
  if (!ok) throw new TypeError(`expected ${what}, got ${cell === null ? "null" : typeof cell}`);
  return cell;
}

/** Sets an own enumerable property, even one named `__proto__`. @internal */
export function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
