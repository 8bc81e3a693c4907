/** Temporary copy until the parquet branch is merged. @internal */
export class ParquetError extends Error {
  override readonly name = "ParquetError";
  readonly file: string;
  constructor(file: string, problem: string, options?: ErrorOptions) {
    super(`${file}: ${problem}`, options);
    this.file = file;
  }
}
