export { type ActiveNearBorder, activeNearBorder, type NearBorderQuery } from "./active-near-border.js";
export {
  BLOCKED_PROJECT_STATUSES,
  type BlockedProject,
  type BlockedProjectsQuery,
  blockedProjects,
  type ProjectBlocker,
} from "./blocked-projects.js";
export {
  createIndex,
  DatasetIndex,
  type IndexableRecord,
  type IndexedRecord,
  type IndexOptions,
} from "./create-index.js";
export {
  assemblePanel,
  type DyadPanelOptions,
  type DyadPanelRow,
  dyadPanel,
  PANEL_PERIODS,
  type PanelEventCell,
  type PanelEvents,
  type PanelPeriod,
  type PanelSanction,
  type PanelStance,
  type PanelTrade,
  type PanelTradeSum,
  type PanelTradeTarget,
  panelRows,
} from "./dyad-panel.js";
export {
  type DyadSummary,
  type DyadSummaryOptions,
  dyadSummary,
  type EventCounts,
  SUMMARY_PERIODS,
  type SummaryBucket,
  type SummaryPeriod,
  type SummaryTrend,
} from "./dyad-summary.js";
export {
  dyadTimeline,
  TIMELINE_ITEM_TYPES,
  type TimelineItem,
  type TimelineItemType,
  type TimelineOptions,
} from "./dyad-timeline.js";
export { countEvents, type EventQuery, type EventRole, findEvents } from "./find-events.js";
export { findStatements, type Statement, type StatementQuery } from "./find-statements.js";
export {
  type DatedHistoryEntry,
  type HistoryEntryOf,
  historyInEffect,
  type IndexedFields,
  indexedFields,
  type NamingOptions,
  recordsBetween,
  recordsNaming,
} from "./indexed-records.js";
export { type MediatorFinding, mediatorsBetween } from "./mediators-between.js";
export type { AtDateOptions, Attribution, AttributionOptions, TimeRangeOptions } from "./options.js";
export {
  type QuadClassReading,
  type QuadClassValue,
  quadClassOf,
  REGISTERED_CATEGORY_BASIS,
} from "./quad-class.js";
export {
  type ExposurePath,
  type ExposureStep,
  type SanctionExposure,
  type SanctionExposureOptions,
  sanctionExposure,
} from "./sanction-exposure.js";
export { type SanctionInForce, type SanctionsQuery, sanctionsInForce } from "./sanctions-in-force.js";
export { sanctionsOnTrade, type TradeSanction, type TradeSanctionsOptions } from "./sanctions-on-trade.js";
export { type StanceFinding, type StanceOptions, stanceBetween } from "./stance-between.js";
export type { TradeReach } from "./trade-reach.js";
export {
  TRADE_PROGRESS_NOTES,
  type TradeProgressNote,
  type TradeProgressNoteCode,
  type TradeProgressOptions,
  type TradeProgressStatus,
  type TradeTargetProgress,
  type TradeValue,
  tradeTargetProgress,
  tradeTargetsBetween,
} from "./trade-target-progress.js";
