import { appendAll } from "../core/append.js";
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type DatasetHeader } from "../model/dataset.js";
import type { DatasetRecord } from "../model/records.js";
import type { ImportReport } from "./report.js";

/**
 * Options every importer takes.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { ImportOptions } from "bilateral/interop";
 * const options: ImportOptions = { reportLimit: 100, maxLineBytes: 1 << 20 };
 * ```
 */
export interface ImportOptions {
  /** How many skips and how many warnings the report lists one by one (10,000 each by default). */
  readonly reportLimit?: number;
  /** The longest line read, in bytes (16 MiB by default); a longer one is skipped and reported. */
  readonly maxLineBytes?: number;
  /**
   * Check every record against its schema before yielding it. Records are always checked, except GDELT and
   * ICEWS events, which are built only from values checked one by one (dates, codes, numbers, URLs): for
   * them this costs time and adds a second guard.
   */
  readonly checkRecords?: boolean;
}

/**
 * A running import: an async iterable of the records it produces, read once, with its report. The report is
 * live while the records are read and complete when they have all been read (`report.complete`).
 * `batches()` gives the same records in arrays, which costs less per record for fast consumers.
 *
 * Records come in an order that validates as a stream: an entity (a country, an organisation, a source) comes
 * before the first event or sanction that refers to it.
 *
 * @category Interop
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { importGdelt } from "bilateral/interop";
 * const run = importGdelt(createReadStream("20191024143000.export.CSV"));
 * for await (const record of run) {
 *   if (record.kind === "event") console.log(record.id, record.category);
 * }
 * console.log(run.report.imported, run.report.skippedCount);
 * ```
 */
export class ImportRun implements AsyncIterable<DatasetRecord> {
  /** What the import did so far (complete once every record has been read). */
  readonly report: ImportReport;
  #source: (() => AsyncGenerator<DatasetRecord[]>) | undefined;

  /** @internal */
  constructor(report: ImportReport, source: () => AsyncGenerator<DatasetRecord[]>) {
    this.report = report;
    this.#source = source;
  }

  /** The records in batches (arrays), in order. An import can be read once. */
  async *batches(): AsyncGenerator<readonly DatasetRecord[]> {
    const source = this.#source;
    if (source === undefined)
      throw new Error("this import has been read already: an import can be read once");
    this.#source = undefined;
    for await (const batch of source()) {
      if (batch.length === 0) continue;
      this.report.records += batch.length;
      yield batch;
    }
    this.report.complete = true;
  }

  /** Yields the records one at a time (the run can be read once). */
  async *[Symbol.asyncIterator](): AsyncGenerator<DatasetRecord> {
    for await (const batch of this.batches()) yield* batch;
  }
}

/**
 * Reads a whole import into a dataset (header and records) in memory, with its report. For large inputs,
 * iterate the {@link ImportRun} instead and write the records as they come.
 *
 * @category Interop
 * @example
 * ```ts
 * import { collectImport, importPlover } from "bilateral/interop";
 * const { dataset, report } = await collectImport(importPlover(['{"id": "e1", "date": "2025-08-02", "actor": [{"code": "IRN"}], "event": "CONSULT"}']));
 * dataset.records.length; //=> 2 (the event and the country record of Iran)
 * report.imported; //=> 1
 * ```
 */
export async function collectImport(
  run: ImportRun,
  header: Omit<DatasetHeader, "format" | "version"> = {},
): Promise<{ dataset: Dataset; report: ImportReport }> {
  const records: DatasetRecord[] = [];
  for await (const batch of run.batches()) appendAll(records, batch);
  return {
    dataset: { format: DATASET_FORMAT, version: DATASET_VERSION, ...header, records },
    report: run.report,
  };
}
