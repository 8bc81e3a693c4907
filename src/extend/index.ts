/*
 * The extension API: models with extended and new record kinds, and event categories and contexts registered
 * by applications. The root entry point re-exports all of it.
 */
export { type CategorizedEvent, type EventLike, isEventOfCategory } from "./categorized-event.js";
export {
  type CompleteModes,
  defineEventCategory,
  defineEventContext,
  type EventCategoryDefinition,
  type EventCategoryOptions,
  isEventCategory,
  isEventContext,
  registeredEventCategories,
  registeredEventContexts,
} from "./event-category.js";
export {
  type AnyModel,
  defineModel,
  type Model,
  type ModelDataset,
  type ModelDefinition,
  type ModelKind,
  type ModelRecord,
  type ModelRecordInput,
  type ModelRecordSchemas,
  type RecordSchemaOf,
} from "./model.js";
