import type { AsDelivered } from "../model/as-delivered.js";
import type { Identification } from "../model/identification.js";
import type { Position } from "../model/person.js";
import { FTM_ID_SCHEME, FTM_POSITION_SCHEME, ftmCountry } from "./ftm-entity.js";
import type { FtmProperties } from "./ftm-properties.js";
import { compact, type FtmReader, reversed } from "./ftm-read.js";

/** An FtM Identification's `type` that names a national identity document. */
const NATIONAL_ID = /national|identity|\bid\b/i;

/**
 * An identity document of a person from an FtM Passport or Identification (its `holder` resolved by the
 * caller): number (`number`, else a Passport's `passportNumber`), issuing country, authority, validity, the
 * FtM `type` as the label. Undefined when it has no number.
 * @internal
 */
export function identificationOf(
  reader: FtmReader,
  p: FtmProperties,
  line: number,
): Identification | undefined {
  const numbers = p.values("number");
  const number = numbers[0] ?? p.values("passportNumber")[0];
  if (number === undefined) return undefined;
  if (p.raw("number").length === 1) p.hold("number");
  const label = reader.single(p, "type", line);
  const isPassport = p.entity.schema === "Passport";
  const codes = p.values("country");
  const country = codes.length === 1 ? ftmCountry(codes[0] as string) : undefined;
  if (country !== undefined) p.hold("country");
  const authority = reader.single(p, "authority", line);
  const validFrom = reader.date(p, "startDate", line);
  let validUntil = reader.date(p, "endDate", line);
  if (reversed(validFrom, validUntil)) {
    p.unhold("endDate");
    validUntil = undefined;
  }
  p.hold("holder");
  const citations = reader.citations(p, line);
  p.keepEntityFields(undefined, true);
  const type: Identification["type"] = isPassport
    ? "passport"
    : label !== undefined && NATIONAL_ID.test(label)
      ? "national-id"
      : "other";
  return compact({
    type,
    label,
    number,
    country,
    authority,
    validFrom,
    validUntil,
    identifiers: [{ scheme: FTM_ID_SCHEME, value: p.entity.id }],
    citations,
    asDelivered: p.delivered(),
  });
}

/** The properties of a post kept as delivered, each named `post.<property>`. */
function postDelivered(post: FtmProperties): AsDelivered {
  return (post.delivered() ?? []).map((entry) => ({
    property: `post.${entry.property}`,
    values: entry.values,
  }));
}

/**
 * A person's position from an FtM Occupancy and the Position it names (its `post`): the post's name as the
 * title, its country and organisation, the occupancy's dates as the period; both FtM ids as identifiers
 * (`ftm` and `ftm-position`); what the model has no field for kept as delivered, the post's as `post.<name>`.
 * `organizationId` resolves an FtM id to an organisation record's id. Undefined when the post has no name.
 * @internal
 */
export function positionOf(
  reader: FtmReader,
  occupancy: FtmProperties,
  post: FtmProperties,
  organizationId: (ftmId: string) => string | undefined,
  line: number,
): Position | undefined {
  const names = post.values("name");
  const title = names[0] ?? post.entity.caption?.trim();
  if (title === undefined || title === "") return undefined;
  if (post.raw("name").length === 1) post.hold("name");
  const codes = post.values("country");
  const country = codes.length === 1 ? ftmCountry(codes[0] as string) : undefined;
  if (country !== undefined) post.hold("country");
  const organizations = post.values("organization");
  const organization = organizations.length === 1 ? organizationId(organizations[0] as string) : undefined;
  if (organization !== undefined) post.hold("organization");
  post.keepEntityFields(title, true);
  if ((post.entity.datasets ?? []).length > 0) post.keepField("datasets", post.entity.datasets ?? []);
  const start = reader.date(occupancy, "startDate", line);
  let end = reader.date(occupancy, "endDate", line);
  if (reversed(start, end)) {
    occupancy.unhold("endDate");
    end = undefined;
  }
  occupancy.hold("holder", "post");
  const citations = reader.citations(occupancy, line);
  occupancy.keepEntityFields(undefined, true);
  const asDelivered = [...(occupancy.delivered() ?? []), ...postDelivered(post)];
  return compact({
    title,
    organization,
    country: country === undefined ? undefined : reader.ctx.country(country),
    period: start === undefined && end === undefined ? undefined : compact({ start, end }),
    identifiers: [
      { scheme: FTM_ID_SCHEME, value: occupancy.entity.id },
      { scheme: FTM_POSITION_SCHEME, value: post.entity.id },
    ],
    citations,
    asDelivered,
  });
}
