/**
 * `bilateral/interop`: read the real feeds (GDELT 2.0, ICEWS, PLOVER 0.5 to 0.8, FollowTheMoney, UN Comtrade,
 * UCDP GED) into the `bilateral` model as streams, each with a report of what was read, imported and skipped;
 * write FollowTheMoney; read and write JSON Lines.
 *
 * @packageDocumentation
 * @module bilateral/interop
 */

export {
  type JsonLine,
  type LineErrorCode,
  type LineInput,
  type ReadLinesOptions,
  readJsonLines,
  readLines,
  type TextLine,
  type TextSink,
  writeJsonLines,
} from "../io/jsonl.js";
export { COMTRADE_COLUMNS, importComtrade } from "./comtrade.js";
export { FTM_IDENTIFIER_SCHEMES, type FtmEntity, FtmEntitySchema } from "./ftm-entity.js";
export { type ExportReport, exportFtm, FtmExportRun } from "./ftm-export.js";
export { FTM_IMPORTED_SCHEMATA, importFtm } from "./ftm-import.js";
export { FTM_ISSUERS, FTM_PROGRAMS, type FtmIssuer, type FtmProgram } from "./ftm-programs.js";
export { GDELT_COLUMNS, importGdelt } from "./gdelt.js";
export { ICEWS_COLUMNS, importIcews } from "./icews.js";
export { ICEWS_COUNTRY_ALIASES, icewsCountryCode } from "./icews-countries.js";
export { SKIP_CODES, type SkipCode, WARNING_CODES, type WarningCode } from "./import-codes.js";
export { collectImport, type ImportOptions, ImportRun } from "./import-run.js";
export {
  importPlover,
  PLOVER_VERSION_ALIASES,
  type PloverImportOptions,
  type PloverVersion,
  type PloverVersionAliases,
} from "./plover.js";
export {
  type ImportFormat,
  type ImportReport,
  type ImportWarning,
  type SkippedRow,
  summarizeReport,
} from "./report.js";
export { importUcdp, UCDP_COLUMNS } from "./ucdp.js";
