import type { Citation, Identifier } from "../model/base.js";
import type { Source } from "../model/source.js";
import { intervalOf, isPartialDate } from "../time/partial-date.js";
import type { ImportContext } from "./context.js";
import { isHttpUrl, parseDecimal, quote } from "./fields.js";
import {
  FTM_DATASET_NAMESPACE,
  FTM_ID_SCHEME,
  FTM_IDENTIFIER_SCHEMES,
  FTM_REFERENT_SCHEME,
  ftmCountry,
  toFtmCountry,
} from "./ftm-entity.js";
import type { FtmProperties } from "./ftm-properties.js";

/** The names of an entity, each kind apart. @internal */
export interface FtmNames {
  readonly name: string;
  readonly additionalNames: string[];
  readonly aliases: string[];
  readonly weakAliases: string[];
  readonly previousNames: string[];
}

/** Leaves out the fields of an object whose value is undefined or an empty list. @internal */
export function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as T;
}

/** Whether a period from `start` to `end` would end before it starts. @internal */
export function reversed(start: string | undefined, end: string | undefined): boolean {
  return start !== undefined && end !== undefined && intervalOf(end).end <= intervalOf(start).start;
}

/** A number written exactly as JavaScript writes it back (`"1000"`, `"0.5"`, not `"1000.00"`). @internal */
export function exactNumber(text: string): number | undefined {
  const value = parseDecimal(text);
  return value !== undefined && String(value) === text ? value : undefined;
}

/**
 * Reads the common parts of FtM entities (names, identifiers, citations, notes, dates, countries) into the
 * model's fields, marking what they hold exactly.
 * @internal
 */
export class FtmReader {
  readonly ctx: ImportContext;

  constructor(ctx: ImportContext) {
    this.ctx = ctx;
  }

  /** The first value of a property, with a warning when there are more. */
  first(p: FtmProperties, property: string, line: number): string | undefined {
    const values = p.values(property);
    if (values.length > 1) {
      this.ctx.reporter.warn(
        line,
        "extra_value",
        `${p.entity.schema}.${property} has ${values.length} values: the first, ${quote(values[0] as string)}, is kept in the field, all as delivered`,
      );
    }
    return values[0];
  }

  /** A single-valued property held exactly when it has one clean value. */
  single(p: FtmProperties, property: string, line: number): string | undefined {
    const value = this.first(p, property, line);
    if (p.raw(property).length === 1) p.hold(property);
    return value;
  }

  /** A date: held when it is one partial date as delivered; a date with a time is cut to the day. */
  date(p: FtmProperties, property: string, line: number): string | undefined {
    const value = this.first(p, property, line);
    if (value === undefined) return undefined;
    if (isPartialDate(value)) {
      if (p.raw(property).length === 1) p.hold(property);
      return value;
    }
    const day = value.slice(0, 10);
    const schema = p.entity.schema;
    if (/^\d{4}-\d{2}-\d{2}T/.test(value) && isPartialDate(day)) {
      this.ctx.reporter.warn(
        line,
        "date_truncated",
        `${schema}.${property} ${quote(value)} has a time without a time zone: kept as the day ${day}, and as delivered`,
      );
      return day;
    }
    this.ctx.reporter.warn(
      line,
      "invalid_date",
      `${schema}.${property} ${quote(value)} is not a date: kept as delivered only`,
    );
    return undefined;
  }

  /**
   * Countries of several properties, as country record ids. The properties are held when each value is a
   * country whose FtM code comes back as delivered and `hold` is true.
   */
  countries(p: FtmProperties, properties: readonly string[], line: number, hold = true): string[] {
    const out: string[] = [];
    let exact = hold;
    for (const property of properties) {
      for (const code of p.values(property)) {
        const iso = ftmCountry(code);
        if (iso === undefined) {
          exact = false;
          this.ctx.reporter.warn(
            line,
            "unknown_country",
            `${p.entity.schema}.${property} ${quote(code)} is not an ISO 3166-1 country code: kept as delivered only`,
          );
          continue;
        }
        if (toFtmCountry(iso) !== code) exact = false;
        const id = this.ctx.country(iso);
        if (!out.includes(id)) out.push(id);
      }
    }
    if (exact) p.hold(...properties);
    return out;
  }

  /** Names: `name` (the caption when it is one of them, else the first) and the other kinds of names. */
  names(p: FtmProperties): FtmNames | undefined {
    const names = p.values("name");
    const caption = p.entity.caption?.trim();
    const aliases = p.values("alias");
    const name =
      caption !== undefined && names.includes(caption)
        ? caption
        : (names[0] ?? (caption === "" ? undefined : caption) ?? aliases[0]);
    if (name === undefined) return undefined;
    p.hold("name", "alias", "weakAlias", "previousName");
    return {
      name,
      additionalNames: names.filter((value) => value !== name),
      aliases,
      weakAliases: p.values("weakAlias"),
      previousNames: p.values("previousName"),
    };
  }

  /** The FtM id, the referents and the identifier properties, as identifiers. */
  identifiers(p: FtmProperties): Identifier[] {
    const entity = p.entity;
    const out: Identifier[] = [{ scheme: FTM_ID_SCHEME, value: entity.id }];
    for (const referent of entity.referents ?? []) {
      if (referent.trim() !== "") out.push({ scheme: FTM_REFERENT_SCHEME, value: referent });
    }
    if ((entity.referents ?? []).some((referent) => referent.trim() === ""))
      p.keepField("referents", entity.referents ?? []);
    for (const [property, scheme] of Object.entries(FTM_IDENTIFIER_SCHEMES)) {
      for (const value of p.values(property)) out.push({ scheme, value });
      p.hold(property);
    }
    return out;
  }

  /** Citations: a source record for each dataset, and each http(s) `sourceUrl`. */
  citations(p: FtmProperties, line: number): Citation[] {
    const out: Citation[] = [];
    for (const dataset of p.entity.datasets ?? []) {
      const title = dataset.trim();
      if (title === "") continue;
      const source: Source = {
        id: this.ctx.idForName(FTM_DATASET_NAMESPACE, title),
        kind: "source",
        sourceType: "dataset",
        title,
      };
      const created = this.ctx.create(source);
      if (created.id !== undefined) out.push({ source: created.id });
    }
    let exact = true;
    for (const url of p.values("sourceUrl")) {
      if (isHttpUrl(url)) out.push({ url });
      else {
        exact = false;
        this.ctx.reporter.warn(
          line,
          "invalid_url",
          `${p.entity.schema}.sourceUrl ${quote(url)} is not an http(s) URL: kept as delivered only`,
        );
      }
    }
    if (exact) p.hold("sourceUrl");
    return out;
  }

  /** Notes: summary, description and notes, joined; `notes` is held when it is the only one, one value. */
  notes(p: FtmProperties): string | undefined {
    const summary = p.values("summary");
    const description = p.values("description");
    const notes = p.values("notes");
    if (summary.length === 0 && description.length === 0 && p.raw("notes").length === 1) p.hold("notes");
    const all = [...summary, ...description, ...notes];
    return all.length === 0 ? undefined : all.join("\n\n");
  }
}
