import type { z } from "zod";
import { type Border, BorderSchema } from "./border.js";
import { type Country, CountrySchema } from "./country.js";
import { type Event, EventSchema } from "./event.js";
import { type Mediation, MediationSchema } from "./mediation.js";
import { type Organization, OrganizationSchema } from "./organization.js";
import { type Person, PersonSchema } from "./person.js";
import { type Place, PlaceSchema } from "./place.js";
import { type Project, ProjectSchema } from "./project.js";
import { type Relationship, RelationshipSchema } from "./relationship.js";
import { type Sanction, SanctionSchema } from "./sanction.js";
import { type Source, SourceSchema } from "./source.js";
import { type TradeFlow, TradeFlowSchema } from "./trade-flow.js";
import { type TradeTarget, TradeTargetSchema } from "./trade-target.js";

/**
 * The built-in record schemas, by kind. An extension passes its own kinds beside these to `defineModel`.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { RECORD_SCHEMAS } from "bilateral";
 * Object.keys(RECORD_SCHEMAS).length; //=> 13
 * RECORD_SCHEMAS.event.safeParse({}).success; //=> false
 * ```
 */
export const RECORD_SCHEMAS = {
  source: SourceSchema,
  country: CountrySchema,
  person: PersonSchema,
  organization: OrganizationSchema,
  place: PlaceSchema,
  project: ProjectSchema,
  relationship: RelationshipSchema,
  border: BorderSchema,
  mediation: MediationSchema,
  event: EventSchema,
  sanction: SanctionSchema,
  "trade-target": TradeTargetSchema,
  "trade-flow": TradeFlowSchema,
} as const;

/**
 * The built-in record schemas' type.
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { RecordSchemas } from "bilateral";
 * type EventSchemaType = RecordSchemas["event"];
 * ```
 */
export type RecordSchemas = typeof RECORD_SCHEMAS;

/**
 * A built-in record kind.
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { RecordKind } from "bilateral";
 * const kind: RecordKind = "trade-target";
 * ```
 */
export type RecordKind = keyof RecordSchemas;

/**
 * The record kinds built in, in the order the docs list them.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { RECORD_KINDS } from "bilateral";
 * RECORD_KINDS.includes("sanction"); //=> true
 * ```
 */
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as readonly RecordKind[];

/**
 * Any built-in record: a union discriminated on `kind`.
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { DatasetRecord } from "bilateral";
 * function label(record: DatasetRecord): string {
 *   return record.kind === "event" ? record.category : record.id;
 * }
 * ```
 */
export type DatasetRecord = RecordTypes[RecordKind];

/**
 * The built-in record types by kind: `RecordTypes["event"]` is {@link Event}. Each is a named interface, so
 * that hovers and compiler errors read `Event`, not the schema's inferred object.
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { RecordTypes } from "bilateral";
 * type AnEvent = RecordTypes["event"];
 * ```
 */
export interface RecordTypes {
  source: Source;
  country: Country;
  person: Person;
  organization: Organization;
  place: Place;
  project: Project;
  relationship: Relationship;
  border: Border;
  mediation: Mediation;
  event: Event;
  sanction: Sanction;
  "trade-target": TradeTarget;
  "trade-flow": TradeFlow;
}

/**
 * The record of one kind.
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { RecordOfKind } from "bilateral";
 * type AnEvent = RecordOfKind<"event">;
 * ```
 */
export type RecordOfKind<Kind extends RecordKind> = RecordTypes[Kind];

/**
 * The ids of the entity kinds: the records that can act in events, be parties to relationships and sanctions.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { ENTITY_KINDS } from "bilateral";
 * ENTITY_KINDS; //=> ["country", "person", "organization", "place", "project"]
 * ```
 */
export const ENTITY_KINDS = ["country", "person", "organization", "place", "project"] as const;

/**
 * Record schemas by kind: the built-in ones, or those of a model an extension defined.
 *
 * @category Validation
 * @example
 * ```ts
 * import { RECORD_SCHEMAS, type RecordSchemaMap } from "bilateral";
 * const schemas: RecordSchemaMap = RECORD_SCHEMAS;
 * ```
 */
export type RecordSchemaMap = { readonly [kind: string]: z.ZodType };
