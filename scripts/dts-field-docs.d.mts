/** The declarations' text with the descriptions of the fields of `values` (built exports by name) put in. */
export function documentFields(text: string, values: Readonly<Record<string, unknown>>): string;
