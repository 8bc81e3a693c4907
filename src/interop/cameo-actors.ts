/*
 * CAMEO actor codes: the type (role) codes with their labels, and the organisation type each implies.
 * Labels from GDELT's CAMEO.type.txt lookup (reference/cameo/CAMEO.type.txt, from
 * https://github.com/arekziobrowski/gdelt-big-data logs/CAMEO.type.txt, commit 1d2c3bb77890cad3a08bcd7f5c52bf2f267d853c;
 * the content is the GDELT Project's published lookup). PTY, JRN and REL, which PLOVER and the PLOVER gold
 * standard records use but the lookup lacks, are added with the labels of the CAMEO manual (1.1b3).
 * The organisation type of each code is our own reading of the label.
 */
import { countryName, toIso3 } from "../codes/country.js";
import type { Organization, OrganizationType } from "../model/organization.js";
import type { ImportContext } from "./context.js";

interface ActorType {
  readonly label: string;
  readonly organizationType: OrganizationType;
}

/** CAMEO actor type codes: label and the organisation type they imply. @internal */
export const CAMEO_ACTOR_TYPES: Readonly<Record<string, ActorType>> = Object.freeze({
  COP: { label: "Police forces", organizationType: "government-body" },
  GOV: { label: "Government", organizationType: "government-body" },
  INS: { label: "Insurgents", organizationType: "armed-group" },
  JUD: { label: "Judiciary", organizationType: "government-body" },
  MIL: { label: "Military", organizationType: "armed-forces" },
  OPP: { label: "Political Opposition", organizationType: "other" },
  REB: { label: "Rebels", organizationType: "armed-group" },
  SEP: { label: "Separatist Rebels", organizationType: "armed-group" },
  SPY: { label: "State Intelligence", organizationType: "government-body" },
  UAF: { label: "Unaligned Armed Forces", organizationType: "armed-group" },
  AGR: { label: "Agriculture", organizationType: "other" },
  BUS: { label: "Business", organizationType: "company" },
  CRM: { label: "Criminal", organizationType: "other" },
  CVL: { label: "Civilian", organizationType: "other" },
  DEV: { label: "Development", organizationType: "other" },
  EDU: { label: "Education", organizationType: "other" },
  ELI: { label: "Elites", organizationType: "other" },
  ENV: { label: "Environmental", organizationType: "other" },
  HLH: { label: "Health", organizationType: "other" },
  HRI: { label: "Human Rights", organizationType: "other" },
  LAB: { label: "Labor", organizationType: "other" },
  LEG: { label: "Legislature", organizationType: "government-body" },
  MED: { label: "Media", organizationType: "media" },
  REF: { label: "Refugees", organizationType: "other" },
  MOD: { label: "Moderate", organizationType: "other" },
  RAD: { label: "Radical", organizationType: "other" },
  AMN: { label: "Amnesty International", organizationType: "non-governmental" },
  IRC: { label: "Red Cross", organizationType: "non-governmental" },
  GRP: { label: "Greenpeace", organizationType: "non-governmental" },
  UNO: { label: "United Nations", organizationType: "intergovernmental" },
  PKO: { label: "Peacekeepers", organizationType: "armed-forces" },
  UIS: { label: "Unidentified State Actor", organizationType: "other" },
  IGO: { label: "Inter-Governmental Organization", organizationType: "intergovernmental" },
  IMG: { label: "International Militarized Group", organizationType: "armed-group" },
  INT: { label: "International/Transnational Generic", organizationType: "other" },
  MNC: { label: "Multinational Corporation", organizationType: "company" },
  NGM: { label: "Non-Governmental Movement", organizationType: "non-governmental" },
  NGO: { label: "Non-Governmental Organization", organizationType: "non-governmental" },
  SET: { label: "Settler", organizationType: "other" },
  PTY: { label: "Political Party", organizationType: "political-party" },
  JRN: { label: "Journalist", organizationType: "media" },
  REL: { label: "Religious", organizationType: "religious" },
});

// When several type codes apply, the first of this list that is present decides the organisation type.
const TYPE_PRIORITY: readonly OrganizationType[] = [
  "intergovernmental",
  "non-governmental",
  "armed-forces",
  "government-body",
  "political-party",
  "armed-group",
  "company",
  "media",
  "religious",
];

/** The organisation type implied by type codes (`other` when none decides). @internal */
export function organizationTypeOf(codes: readonly string[]): OrganizationType {
  const found = new Set(codes.map((code) => CAMEO_ACTOR_TYPES[code]?.organizationType));
  return TYPE_PRIORITY.find((type) => found.has(type)) ?? "other";
}

const SECTOR = /^[A-Z]{3}$/;

/** One actor of a row, as CAMEO-coded feeds give it. @internal */
export interface CameoActorParts {
  /** The complete actor code (`IRNGOV`, `IGOEUREEC`, `kur`). */
  readonly code: string;
  /** The name the feed gives the actor. */
  readonly name?: string;
  /** The actor's country code (CAMEO, which is ISO alpha-3 for countries), if the feed gives one apart. */
  readonly countryCode?: string;
  /** Type (role) codes: sectors. */
  readonly types: readonly string[];
  /** A CAMEO group code that stands for the actor (`IGO`, `UNO`, `IMG`, `MNC`...), if the feed gives one apart. */
  readonly groupCode?: string;
  /** Other codes that are part of the actor code (known group, ethnic, religion). */
  readonly otherCodes?: readonly string[];
  /** How the row names the actor's fields, for messages (`Actor1`, `source[0]`). */
  readonly label: string;
}

/**
 * Resolves a CAMEO-coded actor to a record id, producing the record the first time: a country when the actor is
 * just a country (`USA`), else an organisation `cameo-actor:<full code>` with its country, sectors and type.
 * The organisation's name is built from the codes when they are all known ("Government (Iran, Islamic
 * Republic of)"), else it is the name the feed gives. Doubtful codes are kept, with a warning.
 * @internal
 */
export function resolveCameoActor(
  ctx: ImportContext,
  actor: CameoActorParts,
  line: number,
): string | undefined {
  const code = actor.code;
  if (code === "") return undefined;
  const countryCode = actor.countryCode ?? "";
  let iso: string | undefined;
  if (countryCode !== "") {
    iso = toIso3(countryCode, "cameo");
    if (iso === undefined) {
      ctx.reporter.warn(
        line,
        "not_a_country",
        `${actor.label} country code ${JSON.stringify(countryCode)} is not an ISO 3166-1 country (a CAMEO region or group code, or an error): the actor is kept without a country`,
      );
    }
  }
  const id = `cameo-actor:${code}`;
  const isPlainCountry =
    actor.types.length === 0 &&
    (actor.groupCode ?? "") === "" &&
    (actor.otherCodes ?? []).every((other) => other === "");
  if (isPlainCountry) {
    const own =
      iso !== undefined && code === countryCode
        ? iso
        : countryCode === ""
          ? toIso3(code, "cameo")
          : undefined;
    if (own !== undefined) return ctx.country(own);
  }
  if (/[a-z]/.test(code)) {
    ctx.reporter.warn(
      line,
      "lower_case_code",
      `${actor.label} code ${JSON.stringify(code)} has lower-case letters (CAMEO country, group and type codes are upper-case; only ethnic codes are lower-case): kept as delivered`,
    );
  }
  const sectors: string[] = [];
  for (const type of actor.types) {
    if (SECTOR.test(type)) {
      if (!sectors.includes(type)) sectors.push(type);
    } else {
      ctx.reporter.warn(
        line,
        "invalid_sector",
        `${actor.label} type ${JSON.stringify(type)} is not a three-letter CAMEO sector code: it is kept in the actor code only`,
      );
    }
  }
  const groupCodes = [actor.groupCode, CAMEO_ACTOR_TYPES[code] === undefined ? undefined : code].filter(
    (group): group is string => group !== undefined && group !== "",
  );
  if (
    iso === undefined &&
    countryCode === "" &&
    groupCodes.length === 0 &&
    sectors.length === 0 &&
    !/[a-z]/.test(code)
  ) {
    ctx.reporter.warn(
      line,
      "unknown_actor_code",
      `${actor.label} code ${JSON.stringify(code)} is neither an ISO 3166-1 alpha-3 country code nor a CAMEO group or type code: kept as delivered`,
    );
  }
  if (ctx.kindOf(id) !== undefined) return id;
  const organizationType = organizationTypeOf([...groupCodes, ...sectors]);
  const labels = sectors.map((type) => CAMEO_ACTOR_TYPES[type]?.label);
  const built =
    labels.length > 0 &&
    labels.every((label) => label !== undefined) &&
    code === `${iso === undefined ? "" : countryCode}${sectors.join("")}` &&
    (actor.otherCodes ?? []).every((other) => other === "")
      ? `${labels.join(", ")}${iso === undefined ? "" : ` (${countryName(iso) ?? iso})`}`
      : undefined;
  const name = built ?? (actor.name !== undefined && actor.name.trim() !== "" ? actor.name.trim() : code);
  const record: Organization = {
    id,
    kind: "organization",
    name,
    organizationType,
    ...(iso === undefined ? {} : { country: ctx.country(iso) }),
    ...(sectors.length === 0 ? {} : { sectors }),
  };
  const created = ctx.create(record);
  if (created.error !== undefined) {
    ctx.reporter.warn(
      line,
      "invalid_actor",
      `${actor.label} ${JSON.stringify(code)} could not be recorded: ${created.error}`,
    );
    return undefined;
  }
  return created.id;
}
