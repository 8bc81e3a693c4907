import type { z } from "zod";
import { BorderSchema } from "./border.js";
import { CountrySchema } from "./country.js";
import { EventSchema } from "./event.js";
import { MediationSchema } from "./mediation.js";
import { OrganizationSchema } from "./organization.js";
import { PersonSchema } from "./person.js";
import { PlaceSchema } from "./place.js";
import { ProjectSchema } from "./project.js";
import { RelationshipSchema } from "./relationship.js";
import { SanctionSchema } from "./sanction.js";
import { SourceSchema } from "./source.js";
import { TradeFlowSchema } from "./trade-flow.js";
import { TradeTargetSchema } from "./trade-target.js";

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
export type DatasetRecord = { [Kind in RecordKind]: z.output<RecordSchemas[Kind]> }[RecordKind];

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
export type RecordOfKind<Kind extends RecordKind> = z.output<RecordSchemas[Kind]>;

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
