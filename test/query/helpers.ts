import { type Dataset, type DatasetRecord, parseDataset } from "bilateral";

/** Builds a validated dataset from records written inline (throws on invalid input, so tests see why). */
export function dataset(records: readonly unknown[]): Dataset {
  return parseDataset({ format: "bilateral", version: "1.0", records });
}

/** Country records for ISO alpha-3 codes, with ids `country:<code>`. */
export function countries(...codes: string[]): DatasetRecord[] {
  return codes.map((code) => ({ id: `country:${code}`, kind: "country", name: code, code }));
}

/** An event record between two countries on a date. */
export function event(
  id: string,
  actor: string,
  recipient: string | undefined,
  date: string | undefined,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: `event:${id}`,
    kind: "event",
    category: "CONSULT",
    actors: [actor],
    ...(recipient === undefined ? {} : { recipients: [recipient] }),
    ...(date === undefined ? {} : { date }),
    ...extra,
  };
}

/** The ids of records. */
export function ids(records: readonly { readonly id: string }[]): string[] {
  return records.map((record) => record.id);
}
