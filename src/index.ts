/**
 * `bilateral`: a typed, validated model of relations between states — entities, events, relationships,
 * sanctions, trade targets and flows — with provenance and validation.
 *
 * @packageDocumentation
 * @module bilateral
 */

// Codes
export {
  CAMEO_QUAD_CLASS_BY_ROOT,
  CAMEO_QUAD_CLASS_TABLE,
  CAMEO_TO_PLOVER,
  CameoCodeSchema,
  type CameoGoldsteinTable,
  type CameoPloverEntry,
  COMTRADE_AREAS,
  COMTRADE_COUNTRY_CODES,
  type ComtradeArea,
  CountryCodeSchema,
  type CountryCrosswalk,
  type CountrySystem,
  CurrencyCodeSchema,
  cameoDescription,
  cameoGoldstein,
  cameoQuadClass,
  cameoToPlover,
  countryName,
  crosswalk,
  currencyName,
  fromIso3,
  isCameoCode,
  isCountryCode,
  isCurrencyCode,
  isPloverCategory,
  isPloverContext,
  isPloverMode,
  isSubdivisionCode,
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  PLOVER_LEGACY_CATEGORY_NAMES,
  PLOVER_MODES,
  PLOVER_QUAD_CLASS,
  PLOVER_QUAD_CLASS_TABLE,
  type PloverCategory,
  type PloverContext,
  type PloverMode,
  type PloverModes,
  SANCTION_MEASURES,
  type SanctionMeasure,
  SanctionMeasureSchema,
  SubdivisionCodeSchema,
  subdivisionCountry,
  subdivisionName,
  toIso3,
} from "./codes/index.js";
export {
  BilateralValidationError,
  InputError,
  OptionError,
  ParquetError,
  UnknownIdError,
} from "./core/errors.js";
// Core
export { type Id, IdSchema, idNamespace, isId } from "./core/id.js";
export {
  addIssue,
  defineIssueCode,
  formatPath,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type IssueCodes,
  type ParseResult,
  registeredIssueCodes,
  severityOf,
} from "./core/issue.js";
export { type ReferenceMeta, ref, referenceRegistry } from "./core/reference.js";
// Extending
export {
  type AnyModel,
  type CategorizedEvent,
  type CompleteModes,
  defineEventCategory,
  defineEventContext,
  defineModel,
  type EventCategoryDefinition,
  type EventCategoryOptions,
  type EventLike,
  isEventCategory,
  isEventContext,
  isEventOfCategory,
  type Model,
  type ModelDataset,
  type ModelDefinition,
  type ModelKind,
  type ModelRecord,
  type ModelRecordInput,
  type ModelRecordSchemas,
  type RecordSchemaOf,
  registeredEventCategories,
  registeredEventContexts,
} from "./extend/index.js";
export { type JsonSchema, type JsonSchemas, toJsonSchemas } from "./json-schema/json-schema.js";
export {
  type Directorship,
  type DirectorshipInput,
  DirectorshipSchema,
  type Employment,
  type EmploymentInput,
  EmploymentSchema,
  type Membership,
  type MembershipInput,
  MembershipSchema,
  type Representation,
  type RepresentationInput,
  RepresentationSchema,
} from "./model/affiliation.js";
export { type AsDelivered, AsDeliveredSchema } from "./model/as-delivered.js";
// Model: primitives and provenance
export {
  type Citation,
  CitationSchema,
  entityShape,
  type Identifier,
  IdentifierSchema,
  recordShape,
  UrlSchema,
} from "./model/base.js";
export { type Border, type BorderInput, BorderSchema } from "./model/border.js";
export {
  CLAIM_TYPES,
  type ClaimInput,
  type ClaimRecord,
  ClaimSchema,
  type ClaimType,
} from "./model/claim.js";
// Model: entities
export { type Country, type CountryInput, CountrySchema } from "./model/country.js";
export {
  DATASET_FORMAT,
  DATASET_VERSION,
  type Dataset,
  type DatasetHeader,
  DatasetHeaderSchema,
  type DatasetInput,
  SUPPORTED_VERSIONS,
} from "./model/dataset.js";
export { type Dyad, dyadSchema } from "./model/dyad.js";
// Model: events
export {
  ActorLocationSchema,
  CasualtiesSchema,
  type EventCategories,
  type EventCategory,
  EventCategorySchema,
  type EventContext,
  EventContextSchema,
  type EventContexts,
  type EventInput,
  EventLocationSchema,
  type EventMode,
  type EventRecord,
  EventSchema,
  FeedCodingSchema,
  isUncategorized,
  MentionSchema,
  QuadClassSchema,
} from "./model/event.js";
export { datedEntryShape, entryDate, historySchema } from "./model/history.js";
export {
  IDENTIFICATION_TYPES,
  type Identification,
  IdentificationSchema,
} from "./model/identification.js";
// Model: links between entities
export {
  type Association,
  type AssociationInput,
  AssociationSchema,
  type Family,
  type FamilyInput,
  FamilySchema,
} from "./model/kinship.js";
export { linkShape } from "./model/link.js";
export {
  MEDIATION_STATUSES,
  type Mediation,
  type MediationInput,
  MediationSchema,
  MediationStatusEntrySchema,
} from "./model/mediation.js";
export { type Money, type MoneyAmount, MoneyAmountSchema, MoneySchema } from "./model/money.js";
export {
  ORGANIZATION_TYPES,
  type Organization,
  type OrganizationInput,
  OrganizationSchema,
  type OrganizationType,
} from "./model/organization.js";
export { type Ownership, type OwnershipInput, OwnershipSchema } from "./model/ownership.js";
export { type Payment, type PaymentInput, PaymentSchema } from "./model/payment.js";
export {
  type Person,
  type PersonInput,
  PersonSchema,
  POSITION_ROLES,
  type Position,
  PositionSchema,
} from "./model/person.js";
export { CoordinatesSchema, PLACE_TYPES, type Place, type PlaceInput, PlaceSchema } from "./model/place.js";
export {
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type Project,
  type ProjectInput,
  ProjectSchema,
  type ProjectStatus,
  ProjectStatusEntrySchema,
} from "./model/project.js";
export {
  type Measure,
  MeasureSchema,
  QUANTITY_UNITS,
  type Quantity,
  QuantitySchema,
  type QuantityUnit,
} from "./model/quantity.js";
// Datasets and validation
export {
  type DatasetRecord,
  type DatasetRecordInput,
  ENTITY_KINDS,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordInputTypes,
  type RecordKind,
  type RecordOfKind,
  type RecordSchemaMap,
  type RecordSchemas,
  type RecordTypes,
} from "./model/records.js";
// Model: relationships
export {
  OBLIGATIONS,
  RELATIONSHIP_TYPES,
  type Relationship,
  type RelationshipInput,
  RelationshipSchema,
  STANCES,
  type Stance,
  type StanceEntry,
  StanceEntrySchema,
  TRENDS,
} from "./model/relationship.js";
// Model: sanctions and trade
export {
  IN_FORCE_STATUSES,
  SANCTION_OBJECTIVES,
  SANCTION_STATUSES,
  type Sanction,
  type SanctionEffect,
  SanctionEffectSchema,
  type SanctionInput,
  SanctionProgramSchema,
  SanctionSchema,
  type SanctionStatus,
  SanctionStatusEntrySchema,
} from "./model/sanction.js";
export {
  type Share,
  type ShareBounds,
  type ShareInput,
  ShareSchema,
  shareBounds,
} from "./model/share.js";
export { SOURCE_TYPES, type Source, type SourceInput, SourceSchema } from "./model/source.js";
export {
  PartnerAreaSchema,
  TRADE_FLOWS,
  type TradeFlow,
  type TradeFlowInput,
  TradeFlowSchema,
} from "./model/trade-flow.js";
export {
  TRADE_DIRECTIONS,
  type TradeTarget,
  type TradeTargetInput,
  TradeTargetSchema,
} from "./model/trade-target.js";
// Queries
export {
  type ActiveNearBorder,
  type AtDateOptions,
  type Attribution,
  type AttributionOptions,
  activeNearBorder,
  assemblePanel,
  BLOCKED_PROJECT_STATUSES,
  type BlockedProject,
  type BlockedProjectsQuery,
  blockedProjects,
  countEvents,
  createIndex,
  DatasetIndex,
  type DatedHistoryEntry,
  type DyadPanelOptions,
  type DyadPanelRow,
  type DyadSummary,
  type DyadSummaryOptions,
  dyadPanel,
  dyadSummary,
  dyadTimeline,
  type EventCounts,
  type EventQuery,
  type EventRole,
  type ExposurePath,
  type ExposureStep,
  findEvents,
  findStatements,
  type HistoryEntryOf,
  historyInEffect,
  type IndexableRecord,
  type IndexedFields,
  type IndexedRecord,
  type IndexOptions,
  indexedFields,
  type MediatorFinding,
  mediatorsBetween,
  type NamingOptions,
  type NearBorderQuery,
  PANEL_PERIODS,
  type PanelEventCell,
  type PanelEvents,
  type PanelPeriod,
  type PanelSanction,
  type PanelStance,
  type PanelTrade,
  type PanelTradeSum,
  type PanelTradeTarget,
  type ProjectBlocker,
  panelRows,
  type QuadClassReading,
  type QuadClassValue,
  quadClassOf,
  REGISTERED_CATEGORY_BASIS,
  recordsBetween,
  recordsNaming,
  type SanctionExposure,
  type SanctionExposureOptions,
  type SanctionInForce,
  type SanctionsQuery,
  type StanceFinding,
  type StanceOptions,
  type Statement,
  type StatementQuery,
  SUMMARY_PERIODS,
  type SummaryBucket,
  type SummaryPeriod,
  type SummaryTrend,
  sanctionExposure,
  sanctionsInForce,
  sanctionsOnTrade,
  stanceBetween,
  TIMELINE_ITEM_TYPES,
  type TimelineItem,
  type TimelineItemType,
  type TimelineOptions,
  type TimeRangeOptions,
  TRADE_PROGRESS_NOTES,
  type TradeProgressNote,
  type TradeProgressNoteCode,
  type TradeProgressOptions,
  type TradeProgressStatus,
  type TradeReach,
  type TradeSanction,
  type TradeSanctionsOptions,
  type TradeTargetProgress,
  type TradeValue,
  tradeTargetProgress,
  tradeTargetsBetween,
} from "./query/index.js";
// Time
export {
  comparePartialDates,
  type DatePrecision,
  endOf,
  type Interval,
  intervalOf,
  isPartialDate,
  type PartialDate,
  PartialDateSchema,
  precisionOf,
  startOf,
} from "./time/partial-date.js";
export {
  type IntervalMatch,
  matchesInterval,
  overlaps,
  type Period,
  PeriodSchema,
  periodInterval,
  rangeInterval,
  within,
} from "./time/period.js";
export { DatasetChecker } from "./validate/checker.js";
export {
  type ParseDatasetOptions,
  parseDataset,
  parseRecord,
  type RecordOfSchemas,
  safeParseDataset,
  safeParseRecord,
} from "./validate/parse.js";
