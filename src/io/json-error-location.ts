/**
 * Where JSON text stops being valid JSON, and why: the UTF-16 offset of the first error and a short reason
 * worded as V8 words its own (`Unexpected token 'x'`, `Unexpected end of JSON input`, ...). The reason may
 * quote one character of the text, raw: escape it before printing it.
 * @internal
 */
export interface JsonErrorLocation {
  readonly offset: number;
  readonly reason: string;
}

// What the scanner expects next.
const VALUE = 0; // a value
const VALUE_OR_CLOSE = 1; // a value or `]` (just after `[`)
const KEY = 2; // a property name (after `,` in an object)
const KEY_OR_CLOSE = 3; // a property name or `}` (just after `{`)
const COLON = 4; // `:` after a property name
const AFTER = 5; // `,` or the end of the container after a value; the end of the text at the top level

const IN_OBJECT = 0;
const IN_ARRAY = 1;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const ZERO = 0x30;
const LITERALS: readonly string[] = ["true", "false", "null"];

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function unexpected(text: string, offset: number): JsonErrorLocation {
  const code = text.charCodeAt(offset);
  // A character outside the BMP is one token, not half of one.
  const wide = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(offset + 1) & 0xfc00) === 0xdc00;
  return { offset, reason: `Unexpected token '${text.slice(offset, offset + (wide ? 2 : 1))}'` };
}

/** Scans a string from its opening quote: the offset after its closing quote, or the error in it. */
function scanString(text: string, start: number): number | JsonErrorLocation {
  const end = text.length;
  let index = start + 1;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) return index + 1;
    if (code < 0x20) return { offset: index, reason: "Bad control character in string literal" };
    if (code !== BACKSLASH) {
      index++;
      continue;
    }
    if (index + 1 >= end) break;
    const escaped = text.charCodeAt(index + 1);
    if (escaped === 0x75) {
      // \uXXXX
      for (let digit = index + 2; digit < index + 6; digit++) {
        if (digit >= end) return { offset: end, reason: "Unterminated string" };
        if (!isHex(text.charCodeAt(digit))) return { offset: digit, reason: "Bad Unicode escape" };
      }
      index += 6;
    } else if ('"\\/bfnrt'.includes(text.charAt(index + 1))) {
      index += 2;
    } else {
      return { offset: index + 1, reason: "Bad escaped character" };
    }
  }
  return { offset: end, reason: "Unterminated string" };
}

/** Scans a number from its first character: the offset after it, or the error in it. */
function scanNumber(text: string, start: number): number | JsonErrorLocation {
  let index = start;
  if (text.charCodeAt(index) === MINUS) {
    index++;
    if (!isDigit(text.charCodeAt(index))) return { offset: index, reason: "No number after minus sign" };
  }
  if (text.charCodeAt(index) === ZERO) {
    index++;
    // A leading zero followed by a digit (`01`).
    if (isDigit(text.charCodeAt(index))) return { offset: index, reason: "Unexpected number" };
  } else {
    while (isDigit(text.charCodeAt(index))) index++;
  }
  if (text.charCodeAt(index) === 0x2e) {
    index++;
    if (!isDigit(text.charCodeAt(index))) return { offset: index, reason: "Unterminated fractional number" };
    while (isDigit(text.charCodeAt(index))) index++;
  }
  const e = text.charCodeAt(index);
  if (e === 0x65 || e === 0x45) {
    index++;
    const sign = text.charCodeAt(index);
    if (sign === 0x2b || sign === MINUS) index++;
    if (!isDigit(text.charCodeAt(index)))
      return { offset: index, reason: "Exponent part is missing a number" };
    while (isDigit(text.charCodeAt(index))) index++;
  }
  return index;
}

/**
 * Finds the first error in JSON text with one linear pass and an explicit stack (no recursion, so text nested
 * 100,000 deep is fine): its offset, and a reason worded as V8 words it. Returns `undefined` when the text is
 * valid JSON. Meant to run only after `JSON.parse` has failed, to locate the errors V8 reports without a
 * position (an unexpected character, a bad literal such as `tru`, `NaN`, a single-quoted string, the end of
 * the text). A bad literal is located at its first character.
 *
 * @internal
 * @example
 * ```ts ignore
 * jsonErrorLocation('{"a": tru}'); //=> { offset: 6, reason: "Expected true, false or null" }
 * jsonErrorLocation("[1,]"); //=> { offset: 3, reason: "Unexpected token ']'" }
 * jsonErrorLocation("[1]"); //=> undefined
 * ```
 */
export function jsonErrorLocation(text: string): JsonErrorLocation | undefined {
  const end = text.length;
  const stack: number[] = [];
  let state = VALUE;
  let index = 0;
  for (;;) {
    while (index < end && isSpace(text.charCodeAt(index))) index++;
    if (index >= end) {
      return state === AFTER && stack.length === 0
        ? undefined
        : { offset: end, reason: "Unexpected end of JSON input" };
    }
    const code = text.charCodeAt(index);
    if (state === AFTER) {
      const top = stack[stack.length - 1];
      if (top === undefined)
        return { offset: index, reason: "Unexpected non-whitespace character after JSON" };
      if (code === 0x2c) {
        state = top === IN_ARRAY ? VALUE : KEY;
        index++;
      } else if (code === (top === IN_ARRAY ? 0x5d : 0x7d)) {
        stack.pop();
        index++;
      } else {
        return {
          offset: index,
          reason:
            top === IN_ARRAY
              ? "Expected ',' or ']' after array element"
              : "Expected ',' or '}' after property value",
        };
      }
    } else if (state === COLON) {
      if (code !== 0x3a) return { offset: index, reason: "Expected ':' after property name" };
      state = VALUE;
      index++;
    } else if (state === KEY || state === KEY_OR_CLOSE) {
      if (state === KEY_OR_CLOSE && code === 0x7d) {
        stack.pop();
        state = AFTER;
        index++;
      } else if (code !== QUOTE) {
        return {
          offset: index,
          reason: state === KEY ? "Expected double-quoted property name" : "Expected property name or '}'",
        };
      } else {
        const after = scanString(text, index);
        if (typeof after !== "number") return after;
        state = COLON;
        index = after;
      }
    } else if (state === VALUE_OR_CLOSE && code === 0x5d) {
      stack.pop();
      state = AFTER;
      index++;
    } else if (code === 0x7b) {
      stack.push(IN_OBJECT);
      state = KEY_OR_CLOSE;
      index++;
    } else if (code === 0x5b) {
      stack.push(IN_ARRAY);
      state = VALUE_OR_CLOSE;
      index++;
    } else {
      let after: number | JsonErrorLocation;
      if (code === QUOTE) {
        after = scanString(text, index);
      } else if (code === MINUS || isDigit(code)) {
        after = scanNumber(text, index);
      } else {
        const literal = LITERALS.find((word) => word.charCodeAt(0) === code);
        if (literal === undefined) return unexpected(text, index);
        if (!text.startsWith(literal, index)) {
          return { offset: index, reason: "Expected true, false or null" };
        }
        after = index + literal.length;
      }
      if (typeof after !== "number") return after;
      state = AFTER;
      index = after;
    }
  }
}
