import type { AsDelivered } from "../model/as-delivered.js";
import type { FtmEntity } from "./ftm-entity.js";

/**
 * The fields of an FtM entity besides its id and properties that the model keeps as delivered when it has no
 * place for them (see {@link FtmProperties.delivered}); an exporter writes them back as the entity's own
 * fields, not as properties. `schema` is kept only when the record's kind does not say it (a LegalEntity, an
 * UnknownLink).
 * @internal
 */
export const FTM_ENTITY_FIELDS: readonly string[] = [
  "schema",
  "caption",
  "referents",
  "first_seen",
  "last_seen",
  "last_change",
  "target",
];

/**
 * The properties of one FtM entity as an importer reads them: their values cleaned (trimmed, without blanks
 * and repeats), and which properties the record holds exactly (`hold`). Every other property, with its
 * values exactly as delivered, becomes the record's `asDelivered`, so that an exporter gives back every value.
 * @internal
 */
export class FtmProperties {
  readonly entity: FtmEntity;
  readonly #held = new Set<string>();
  readonly #fields = new Map<string, string[]>();

  constructor(entity: FtmEntity) {
    this.entity = entity;
  }

  /** The values delivered for a property, exactly as delivered. */
  raw(property: string): readonly string[] {
    return Object.hasOwn(this.entity.properties, property) ? (this.entity.properties[property] ?? []) : [];
  }

  /** The values of a property, trimmed, without blanks and repeats. */
  values(property: string): string[] {
    const out: string[] = [];
    for (const value of this.raw(property)) {
      const trimmed = value.trim();
      if (trimmed !== "" && !out.includes(trimmed)) out.push(trimmed);
    }
    return out;
  }

  /** Whether the delivered values are already clean (no spaces around, no blanks, no repeats). */
  clean(property: string): boolean {
    const raw = this.raw(property);
    return this.values(property).length === raw.length && raw.every((value) => value === value.trim());
  }

  /** Marks properties the record holds exactly (they are written back from its fields), when clean. */
  hold(...properties: string[]): void {
    for (const property of properties) if (this.clean(property)) this.#held.add(property);
  }

  /** Takes back a hold: the property is kept as delivered (its field holds a reading, or nothing). */
  unhold(property: string): void {
    this.#held.delete(property);
  }

  /** Keeps an entity field (`first_seen`, `schema`...) as delivered. */
  keepField(field: string, values: readonly string[]): void {
    if (values.length > 0) this.#fields.set(field, [...values]);
  }

  /** Keeps the entity's own fields the record has no place for; `caption` unless it is the record's name. */
  keepEntityFields(name?: string, referents = false): void {
    const entity = this.entity;
    if (entity.caption !== undefined && entity.caption !== name) this.keepField("caption", [entity.caption]);
    if (referents) this.keepField("referents", entity.referents ?? []);
    for (const field of ["first_seen", "last_seen", "last_change"] as const) {
      const value = entity[field];
      if (value !== undefined) this.keepField(field, [value]);
    }
    if (entity.target !== undefined) this.keepField("target", [String(entity.target)]);
  }

  /** The properties not held and the fields kept, as delivered; undefined when there are none. */
  delivered(): AsDelivered | undefined {
    const out: { property: string; values: string[] }[] = [];
    for (const [field, values] of this.#fields) out.push({ property: field, values });
    for (const [property, values] of Object.entries(this.entity.properties)) {
      if (values.length > 0 && !this.#held.has(property)) out.push({ property, values: [...values] });
    }
    return out.length === 0 ? undefined : out;
  }
}

/** The entries of a record's `asDelivered` by property. @internal */
export function deliveredMap(asDelivered: AsDelivered | undefined): Map<string, readonly string[]> {
  return new Map((asDelivered ?? []).map((entry) => [entry.property, entry.values]));
}

/**
 * Writes a record's `asDelivered` into the FtM entity made from its fields: each property as delivered, in
 * place of what the fields gave for it, and the entity's own fields (`schema`, `caption`, `referents`,
 * `first_seen`...) as such. `prefix` picks the entries of a part (`post.` for an Occupancy's Position).
 * @internal
 */
export function writeDelivered(
  entity: FtmEntity,
  asDelivered: AsDelivered | undefined,
  prefix = "",
): FtmEntity {
  const out: Record<string, unknown> = { ...entity };
  const properties: Record<string, string[]> = { ...entity.properties };
  for (const { property: name, values } of asDelivered ?? []) {
    const isPart = name.startsWith("post.");
    if (prefix === "" ? isPart : !name.startsWith(prefix)) continue;
    const property = name.slice(prefix.length);
    if (property === "target") out.target = values[0] === "true";
    else if (property === "caption" || property === "schema") out[property] = values[0];
    else if (FTM_ENTITY_FIELDS.includes(property)) out[property] = [...values];
    else if (property === "datasets") out.datasets = [...values];
    else properties[property] = [...values];
  }
  for (const field of ["first_seen", "last_seen", "last_change"]) {
    if (Array.isArray(out[field])) out[field] = (out[field] as string[])[0];
  }
  out.properties = properties;
  return out as FtmEntity;
}
