/**
 * Quotes a value for an issue message, cut short when it is long, so that a huge input never makes a huge
 * message.
 * @internal
 */
export function quoteForMessage(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
}
