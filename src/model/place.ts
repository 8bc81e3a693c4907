import { z } from "zod";
import { SubdivisionCodeSchema } from "../codes/subdivision.js";
import { ref } from "../core/reference.js";
import { entityShape } from "./base.js";

/**
 * The kinds of place the model knows.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PLACE_TYPES } from "bilateral";
 * PLACE_TYPES.includes("province"); //=> true
 * ```
 */
export const PLACE_TYPES = [
  "region",
  "province",
  "district",
  "city",
  "border-area",
  "border-crossing",
  "water-body",
  "site",
  "other",
] as const;

/**
 * A point on the globe in WGS 84 degrees.
 *
 * @category Entities
 * @example
 * ```ts
 * import { CoordinatesSchema } from "bilateral";
 * CoordinatesSchema.parse({ latitude: 30.18, longitude: 66.99 });
 * ```
 */
export const CoordinatesSchema = z.strictObject({
  /** Latitude in WGS 84 degrees, from -90 (south) to 90 (north). */
  latitude: z
    .number()
    .min(-90)
    .max(90)
    .meta({ description: "Latitude in WGS 84 degrees, from -90 (south) to 90 (north)." }),
  /** Longitude in WGS 84 degrees, from -180 (west) to 180 (east). */
  longitude: z
    .number()
    .min(-180)
    .max(180)
    .meta({ description: "Longitude in WGS 84 degrees, from -180 (west) to 180 (east)." }),
});

/**
 * A place: a province, a city, a border area... with its ISO 3166-2 code where one exists, the country or
 * countries it lies in, the place it lies within, and coordinates when known.
 *
 * Its fields and what each means: [Record kinds, field by field](../../docs/records.md#place).
 *
 * @category Entities
 * @example
 * ```ts
 * import { PlaceSchema } from "bilateral";
 * PlaceSchema.parse({
 *   id: "place:balochistan-pk",
 *   kind: "place",
 *   name: "Balochistan",
 *   placeType: "province",
 *   subdivision: "PK-BA",
 *   countries: ["country:PAK"],
 * });
 * ```
 */
export const PlaceSchema = z.strictObject({
  ...entityShape("place"),
  /** What kind of place it is (`province`, `city`, `border-area`...). */
  placeType: z
    .enum(PLACE_TYPES)
    .meta({ description: "What kind of place it is (`province`, `city`, `border-area`...)." }),
  /** Its ISO 3166-2 subdivision code (`PK-BA`), where one exists. */
  subdivision: SubdivisionCodeSchema.optional().meta({
    description: "Its ISO 3166-2 subdivision code (`PK-BA`), where one exists.",
  }),
  /** The country or countries it lies in. */
  countries: z.array(ref("country")).optional().meta({ description: "The country or countries it lies in." }),
  /** The place it lies within. */
  within: ref("place").optional().meta({ description: "The place it lies within." }),
  /** A point for it in WGS 84 degrees, when known. */
  coordinates: CoordinatesSchema.optional().meta({
    description: "A point for it in WGS 84 degrees, when known.",
  }),
});

/**
 * A place record (see {@link PlaceSchema}).
 *
 * @category Entities
 * @example
 * ```ts
 * import type { Place } from "bilateral";
 * const place: Place = { id: "place:quetta", kind: "place", name: "Quetta", placeType: "city" };
 * ```
 */
export interface Place extends z.output<typeof PlaceSchema> {}

/**
 * A place record as written, before parsing.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PlaceInput } from "bilateral";
 * const place: PlaceInput = { id: "place:gwadar", kind: "place", name: "Gwadar", placeType: "city" };
 * ```
 */
export interface PlaceInput extends z.input<typeof PlaceSchema> {}
