import { eventRowLines } from "../columnar/event-rows.js";
import { type KindLayout, kindLayout } from "../columnar/layout.js";
import { recordRow } from "../columnar/record-row.js";
import { InputError } from "../core/errors.js";
import type { RecordSchemaMap } from "../model/records.js";
import { Attributor } from "../query/internal/attribution.js";
import type { DatasetSource, SourceRecord } from "./dataset-source.js";
import type { RowFiles } from "./row-files.js";

function describe(entry: SourceRecord): string {
  const id = (entry.record as { id?: unknown }).id;
  return `record ${entry.seq}${typeof id === "string" ? ` (${JSON.stringify(id)})` : ""}`;
}

/** The layout of each kind written, and its record count, in order of first record. @internal */
export interface Written {
  readonly layouts: ReadonlyMap<string, KindLayout>;
  readonly kinds: ReadonlyMap<string, number>;
}

/** The kinds attribution looks up: a record of one of them after an event calls for a second pass. */
const ATTRIBUTION_KINDS = new Set(["country", "organization", "person"]);

/** Turns records into rows, keeping what attribution needs, and counts them by kind. */
class RowWriter {
  readonly layouts = new Map<string, KindLayout>();
  readonly kinds = new Map<string, number>();
  readonly #byId = new Map<string, { readonly kind: string }>();
  readonly #files: RowFiles;
  readonly #schemas: RecordSchemaMap;

  constructor(files: RowFiles, schemas: RecordSchemaMap) {
    this.#files = files;
    this.#schemas = schemas;
  }

  layoutOf(kind: string): KindLayout {
    let layout = this.layouts.get(kind);
    if (layout === undefined) {
      layout = kindLayout(kind, this.#schemas);
      this.layouts.set(kind, layout);
    }
    return layout;
  }

  /** Counts a record of its kind, and returns the kind. */
  count(entry: SourceRecord): string {
    const kind = kindOf(entry);
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    return kind;
  }

  /** An attributor over the records other than events written so far. */
  attributor(): Attributor {
    return new Attributor((id) => this.#byId.get(id));
  }

  /** Writes a record other than an event, and keeps it for attribution. */
  async other(entry: SourceRecord, kind: string): Promise<void> {
    const id = (entry.record as { id?: unknown }).id;
    if (typeof id === "string" && !this.#byId.has(id)) this.#byId.set(id, entry.record as { kind: string });
    await this.#files.write(kind, recordRow(entry.record, entry.seq, this.layoutOf(kind)));
  }

  /** Writes an event's rows. */
  async event(entry: SourceRecord, attributor: Attributor): Promise<void> {
    for (const line of rowsOfEvent(entry, this.layoutOf("event"), attributor))
      await this.#files.writeLine("event", line);
  }
}

/**
 * Writes every record's rows. One pass when no country, organisation or person comes after an event (the
 * usual order: entities, then events), so that each event is attributed with every entity known; else the
 * events' rows of that pass are dropped and a second pass writes them again, every entity known by then.
 * @internal
 */
export async function writeRows(
  source: DatasetSource,
  files: RowFiles,
  schemas: RecordSchemaMap,
  onProgress: ((progress: { readonly phase: "read"; readonly records: number }) => void) | undefined,
): Promise<Written> {
  const writer = new RowWriter(files, schemas);
  let read = 0;
  const progress = (count: number) => {
    read += count;
    onProgress?.({ phase: "read", records: read });
  };
  let attributor = writer.attributor();
  let eventSeen = false;
  let late = false;
  for await (const batch of source.pass("all")) {
    for (const entry of batch) {
      const kind = writer.count(entry);
      if (kind === "event") {
        eventSeen = true;
        if (!late) await writer.event(entry, attributor);
      } else {
        await writer.other(entry, kind);
        if (eventSeen && ATTRIBUTION_KINDS.has(kind)) late = true;
      }
    }
    progress(batch.length);
  }
  if (late) {
    await files.discard("event");
    attributor = writer.attributor();
    for await (const batch of source.pass("events")) {
      for (const entry of batch) await writer.event(entry, attributor);
      progress(batch.length);
    }
  }
  return { layouts: writer.layouts, kinds: writer.kinds };
}

function kindOf(entry: SourceRecord): string {
  const kind = (entry.record as { kind?: unknown }).kind;
  if (typeof kind !== "string" || kind === "")
    throw new InputError(`${describe(entry)}: its kind is not a name`);
  return kind;
}

function rowsOfEvent(entry: SourceRecord, layout: KindLayout, attributor: Attributor) {
  try {
    return eventRowLines(entry.record, entry.seq, layout, attributor);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${describe(entry)}: ${message} (export a validated dataset)`);
  }
}
