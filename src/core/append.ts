/**
 * Appends items to a list one by one. `list.push(...items)` passes every item as an argument and throws
 * `RangeError: Maximum call stack size exceeded` past about 100,000 of them: use this wherever the input
 * sets how many there are (issues, records).
 * @internal
 */
export function appendAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
