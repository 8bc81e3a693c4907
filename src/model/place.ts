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
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

/**
 * A place: a province, a city, a border area... with its ISO 3166-2 code where one exists, the country or
 * countries it lies in, the place it lies within, and coordinates when known.
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
  placeType: z.enum(PLACE_TYPES),
  subdivision: SubdivisionCodeSchema.optional(),
  countries: z.array(ref("country")).optional(),
  within: ref("place").optional(),
  coordinates: CoordinatesSchema.optional(),
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
