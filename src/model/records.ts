import type { z } from "zod";
import {
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
} from "./affiliation.js";
import { type Border, type BorderInput, BorderSchema } from "./border.js";
import { type ClaimInput, type ClaimRecord, ClaimSchema } from "./claim.js";
import { type Country, type CountryInput, CountrySchema } from "./country.js";
import { type EventInput, type EventRecord, EventSchema } from "./event.js";
import {
  type Association,
  type AssociationInput,
  AssociationSchema,
  type Family,
  type FamilyInput,
  FamilySchema,
} from "./kinship.js";
import { type Mediation, type MediationInput, MediationSchema } from "./mediation.js";
import { type Organization, type OrganizationInput, OrganizationSchema } from "./organization.js";
import { type Ownership, type OwnershipInput, OwnershipSchema } from "./ownership.js";
import { type Payment, type PaymentInput, PaymentSchema } from "./payment.js";
import { type Person, type PersonInput, PersonSchema } from "./person.js";
import { type Place, type PlaceInput, PlaceSchema } from "./place.js";
import { type Project, type ProjectInput, ProjectSchema } from "./project.js";
import { type Relationship, type RelationshipInput, RelationshipSchema } from "./relationship.js";
import { type Sanction, type SanctionInput, SanctionSchema } from "./sanction.js";
import { type Source, type SourceInput, SourceSchema } from "./source.js";
import { type TradeFlow, type TradeFlowInput, TradeFlowSchema } from "./trade-flow.js";
import { type TradeTarget, type TradeTargetInput, TradeTargetSchema } from "./trade-target.js";

/**
 * The built-in record schemas, by kind. An extension passes its own kinds beside these to `defineModel`.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { RECORD_SCHEMAS } from "bilateral";
 * Object.keys(RECORD_SCHEMAS).length; //=> 22
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
  ownership: OwnershipSchema,
  directorship: DirectorshipSchema,
  employment: EmploymentSchema,
  membership: MembershipSchema,
  representation: RepresentationSchema,
  family: FamilySchema,
  association: AssociationSchema,
  payment: PaymentSchema,
  claim: ClaimSchema,
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
 * Any built-in record: a union discriminated on `kind`. Test `record.kind` to narrow it to one type:
 *
 * | `kind` | Type | Fields |
 * | --- | --- | --- |
 * | `source` | {@link Source} | [fields](../../docs/records.md#source) |
 * | `country` | {@link Country} | [fields](../../docs/records.md#country) |
 * | `person` | {@link Person} | [fields](../../docs/records.md#person) |
 * | `organization` | {@link Organization} | [fields](../../docs/records.md#organization) |
 * | `place` | {@link Place} | [fields](../../docs/records.md#place) |
 * | `project` | {@link Project} | [fields](../../docs/records.md#project) |
 * | `relationship` | {@link Relationship} | [fields](../../docs/records.md#relationship) |
 * | `border` | {@link Border} | [fields](../../docs/records.md#border) |
 * | `mediation` | {@link Mediation} | [fields](../../docs/records.md#mediation) |
 * | `event` | {@link EventRecord} | [fields](../../docs/records.md#event) |
 * | `sanction` | {@link Sanction} | [fields](../../docs/records.md#sanction) |
 * | `trade-target` | {@link TradeTarget} | [fields](../../docs/records.md#trade-target) |
 * | `trade-flow` | {@link TradeFlow} | [fields](../../docs/records.md#trade-flow) |
 * | `ownership` | {@link Ownership} | [fields](../../docs/records.md#ownership) |
 * | `directorship` | {@link Directorship} | [fields](../../docs/records.md#directorship) |
 * | `employment` | {@link Employment} | [fields](../../docs/records.md#employment) |
 * | `membership` | {@link Membership} | [fields](../../docs/records.md#membership) |
 * | `representation` | {@link Representation} | [fields](../../docs/records.md#representation) |
 * | `family` | {@link Family} | [fields](../../docs/records.md#family) |
 * | `association` | {@link Association} | [fields](../../docs/records.md#association) |
 * | `payment` | {@link Payment} | [fields](../../docs/records.md#payment) |
 * | `claim` | {@link ClaimRecord} | [fields](../../docs/records.md#claim) |
 *
 * Every field of every kind, with what it means, is in [Record kinds, field by field](../../docs/records.md).
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { DatasetRecord } from "bilateral";
 * function label(record: DatasetRecord): string {
 *   return record.kind === "event" ? (record.category ?? `CAMEO ${record.cameo}`) : record.id;
 * }
 * ```
 */
export type DatasetRecord = RecordTypes[RecordKind];

/**
 * The built-in record types by kind: `RecordTypes["event"]` is {@link EventRecord}. Each is a named interface, so
 * that hovers and compiler errors read `EventRecord`, not the schema's inferred object.
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
  event: EventRecord;
  sanction: Sanction;
  "trade-target": TradeTarget;
  "trade-flow": TradeFlow;
  ownership: Ownership;
  directorship: Directorship;
  employment: Employment;
  membership: Membership;
  representation: Representation;
  family: Family;
  association: Association;
  payment: Payment;
  claim: ClaimRecord;
}

/**
 * Each built-in record kind's input type: a record as written, before parsing (defaults not applied yet).
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { RecordInputTypes } from "bilateral";
 * const visit: RecordInputTypes["event"] = { id: "event:v", kind: "event", category: "CONSULT", actors: ["country:IRN"] };
 * ```
 */
export interface RecordInputTypes {
  source: SourceInput;
  country: CountryInput;
  person: PersonInput;
  organization: OrganizationInput;
  place: PlaceInput;
  project: ProjectInput;
  relationship: RelationshipInput;
  border: BorderInput;
  mediation: MediationInput;
  event: EventInput;
  sanction: SanctionInput;
  "trade-target": TradeTargetInput;
  "trade-flow": TradeFlowInput;
  ownership: OwnershipInput;
  directorship: DirectorshipInput;
  employment: EmploymentInput;
  membership: MembershipInput;
  representation: RepresentationInput;
  family: FamilyInput;
  association: AssociationInput;
  payment: PaymentInput;
  claim: ClaimInput;
}

/**
 * A record of any built-in kind as written, before parsing.
 *
 * @category Datasets
 * @example
 * ```ts
 * import type { DatasetRecordInput } from "bilateral";
 * const iran: DatasetRecordInput = { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" };
 * ```
 */
export type DatasetRecordInput = RecordInputTypes[RecordKind];

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
