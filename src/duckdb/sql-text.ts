/** A SQL string literal: the text in single quotes, each single quote doubled. @internal */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A SQL identifier: the name in double quotes, each double quote doubled. @internal */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
