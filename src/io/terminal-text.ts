/**
 * Whether a UTF-16 code unit is one a terminal must not receive raw from the data: a C0 control (U+0000 to
 * U+001F, line breaks and tabs included), DEL (U+007F), a C1 control (U+0080 to U+009F: U+009B is a
 * one-byte CSI in some terminals), or a bidirectional control (U+061C, U+200E, U+200F, U+202A to U+202E,
 * U+2066 to U+2069), which reorders what is shown around it.
 */
function isUnsafe(code: number): boolean {
  if (code < 0x20) return true;
  if (code < 0x7f) return false;
  if (code <= 0x9f) return true;
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Options of {@link escapeForTerminal}. @internal */
export interface EscapeForTerminalOptions {
  /** Keep `\n` as it is (for a text of several lines that the CLI itself wrote); escaped otherwise. */
  readonly keepLineBreaks?: boolean;
}

/**
 * Makes text from the data safe to print on a terminal: control characters (C0, DEL, C1) and bidirectional
 * controls are written as `\uXXXX` (lower-case hex, as `JSON.stringify` writes them), so that a file cannot
 * send escape sequences (clear the screen, set the window title, hide text) or reorder what is shown. Any
 * other text, right-to-left letters, combining marks and emoji included, is left as it is; a backslash is
 * not escaped, so escaping twice changes nothing. Without `keepLineBreaks`, a line break is escaped too, so
 * the result is always one line.
 *
 * @internal
 * @example
 * ```ts ignore
 * escapeForTerminal("x:\u001b[2J\u202e"); //=> "x:\\u001b[2J\\u202e"
 * escapeForTerminal("ایران"); //=> "ایران"
 * ```
 */
export function escapeForTerminal(text: string, options: EscapeForTerminalOptions = {}): string {
  const keepLineBreaks = options.keepLineBreaks === true;
  let out = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isUnsafe(code) || (keepLineBreaks && code === 10)) continue;
    out += `${text.slice(from, index)}\\u${code.toString(16).padStart(4, "0")}`;
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `JSON.stringify` for output that may reach a terminal (`--json`, `--report`). `JSON.stringify` escapes the
 * C0 controls but writes DEL, the C1 controls and the bidirectional controls raw; this writes them as
 * `\uXXXX` too. The result is the same JSON: a parser reads back exactly the same strings.
 *
 * @internal
 * @example
 * ```ts ignore
 * stringifyForTerminal({ id: "x:\u202e" }); //=> '{"id":"x:\\u202e"}'
 * ```
 */
export function stringifyForTerminal(value: unknown, space?: number): string {
  // JSON.stringify writes no raw C0 control but the line breaks of its own indentation: keep those.
  return escapeForTerminal(JSON.stringify(value, null, space), { keepLineBreaks: true });
}
