import { UrlSchema } from "../model/base.js";
import { isPartialDate } from "../time/partial-date.js";

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^\d+$/;

/** A decimal number written as text, or undefined (empty or not a number). @internal */
export function parseDecimal(text: string): number | undefined {
  const value = text.trim();
  if (!DECIMAL.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A non-negative integer written as text, or undefined. @internal */
export function parseCount(text: string): number | undefined {
  const value = text.trim();
  if (!INTEGER.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** `YYYYMMDD` as a partial date (`YYYY-MM-DD`), or undefined when it is not a real date. @internal */
export function compactDate(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  const date = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  return isPartialDate(date) ? date : undefined;
}

/**
 * `YYYYMMDDhhmmss` (GDELT's DATEADDED, in UTC) as a partial date with second precision
 * (`2019-10-24T14:30:00Z`), or undefined when it is not a real date and time. @internal
 */
export function compactDateTime(text: string): string | undefined {
  if (!/^\d{14}$/.test(text)) return undefined;
  const date = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(8, 10)}:${text.slice(10, 12)}:${text.slice(12, 14)}Z`;
  return isPartialDate(date) ? date : undefined;
}

const urls = new Map<string, boolean>();

/**
 * Tells whether text is an absolute http(s) URL the model accepts, exactly as the model's URL schema does
 * (with a small cache: feeds repeat a story's URL on each of its events). @internal
 */
export function isHttpUrl(text: string): boolean {
  let ok = urls.get(text);
  if (ok === undefined) {
    ok = /^https?:\/\//i.test(text) && text.trim() === text && UrlSchema.safeParse(text).success;
    if (urls.size >= 10_000) urls.clear();
    urls.set(text, ok);
  }
  return ok;
}

/** Coordinates from two decimal texts, when both are numbers in range. @internal */
export function coordinatesOf(
  latitude: string,
  longitude: string,
): { latitude: number; longitude: number } | undefined {
  const lat = parseDecimal(latitude);
  const lon = parseDecimal(longitude);
  if (lat === undefined || lon === undefined) return undefined;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return undefined;
  return { latitude: lat, longitude: lon };
}

/** Quotes a delivered value for a message, cut short when long. @internal */
export function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
}
