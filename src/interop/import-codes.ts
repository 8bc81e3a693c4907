/**
 * Why an importer skipped a row: every code a {@link SkippedRow} can carry, with its meaning. Codes are stable
 * within a major version; the interop guide's table is generated from this one.
 *
 * @category Interop
 * @example
 * ```ts
 * import { SKIP_CODES } from "bilateral/interop";
 * SKIP_CODES.column_count; //=> "A GDELT row without 61 columns (a truncated row, a GDELT 1.0 row), or an ICEWS, Comtrade or UCDP row without the header's columns."
 * ```
 */
export const SKIP_CODES = {
  invalid_utf8: "The line is not UTF-8 text.",
  line_too_long: "The line is longer than `maxLineBytes`.",
  invalid_json: "The line (or JSON array element) is not JSON: truncated, a stray quote, a missing comma.",
  too_deep: "The line (or JSON array element) is JSON nested too deeply to read.",
  column_count:
    "A GDELT row without 61 columns (a truncated row, a GDELT 1.0 row), or an ICEWS, Comtrade or UCDP row without the header's columns.",
  invalid_id: "The row's id is missing, not a number (GDELT, ICEWS, UCDP) or has spaces.",
  duplicate_id: "An earlier row had the row's id.",
  repeated_event:
    "An ICEWS row repeating an Event ID an earlier row was imported with: not imported twice; the reason says whether its content differs.",
  invalid_date: "The date is missing or not a real date (`20251332`, `2025-02-30`).",
  missing_cameo: "The row has no CAMEO code.",
  invalid_cameo:
    "A CAMEO code that is not in the codebook, in a row with no broader code (GDELT's base and root codes) that is.",
  invalid_actor:
    "The row names an actor that could not be recorded (PLOVER: none of its actors could). A bug in the importer, like `invalid_record`.",
  no_category: "A PLOVER record without a category.",
  unknown_category: "A PLOVER record with a category that is not PLOVER's.",
  dropped_category: "A PLOVER record with CRIME, a category PLOVER 0.8 dropped.",
  unsupported_schema:
    "An FtM entity of a schema the importer does not read (Vessel and Airplane: the model has no record for them; Contract, BankAccount...): the reason names it.",
  no_name: "An FtM entity without a name.",
  invalid_entity:
    "An FtM entity not shaped like one (no id, no schema, properties that are not lists of strings).",
  forbidden_key: "An FtM entity with a `__proto__`-like key.",
  no_target: "An FtM Sanction without targets.",
  unresolved_target: "An FtM Sanction whose targets were not imported.",
  no_authority: "An FtM Sanction with no authority, known programme or country.",
  unclosed_quote:
    "A CSV record whose quoted field is never closed (a truncated file, a stray quote): the rest of the file was one field.",
  missing_value:
    "A required value is missing or malformed: a Comtrade row's reporter, partner, flow or trade value (`primaryValue`).",
  area_reporter:
    "A Comtrade reporter that is not a country (EU-28, Other Asia, nes): trade flows are reported by countries.",
  unknown_partner: "A Comtrade reporter or partner code that is neither a country nor a known Comtrade area.",
  self_partner:
    "A Comtrade export or re-export whose partner is the reporter itself: only imports and re-imports may have the reporter as partner (goods of its own origin).",
  unmapped_flow:
    "A Comtrade flow other than M, X, RM and RX (MIP, XOP, DX...): the model's flows are import, export, re-import and re-export.",
  invalid_commodity:
    "A Comtrade commodity code that is not TOTAL nor an HS code of 2, 4 or 6 digits (a SITC, BEC or services code).",
  breakdown_row:
    "A Comtrade row that breaks a flow down by second partner, customs procedure or mode of transport (not 0, C00, 0): the model holds the total, which another row gives.",
  unresolved_party:
    "An FtM link (Ownership, Family, Payment...) or Occupancy whose end (owner, asset, holder, post...) is missing, missing from the input, of a schema the model does not hold (a Vessel) or of a kind the link cannot name: the reason says which.",
  same_party: "An FtM link whose two ends name one entity: a link needs two.",
  no_holder:
    "An FtM Passport or Identification whose holder is not a person of the input, or a Position no Occupancy of the input gives a holder: the model holds documents and posts as those of people.",
  no_number: "An FtM Passport or Identification without a number.",
  invalid_record: "The record would not validate: a bug in the importer; please report it.",
  import_error: "The row failed unexpectedly: a bug in the importer; please report it.",
} as const;

/**
 * A code of {@link SKIP_CODES}.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { SkipCode } from "bilateral/interop";
 * const code: SkipCode = "repeated_event";
 * ```
 */
export type SkipCode = keyof typeof SKIP_CODES;

/**
 * What an importer kept but found doubtful, or could not keep: every code an {@link ImportWarning} can carry,
 * with its meaning. Codes are stable within a major version; the interop guide's table is generated from
 * this one.
 *
 * @category Interop
 * @example
 * ```ts
 * import { WARNING_CODES } from "bilateral/interop";
 * Object.hasOwn(WARNING_CODES, "unknown_fips"); //=> true
 * ```
 */
export const WARNING_CODES = {
  multi_line_record:
    "A CSV record over several lines where a field that holds no free text has a line break (any Comtrade field; a UCDP code, date or figure): a stray quote made one row of several. Read as CSV reads it: check the lines it names.",
  lower_case_code:
    "A lower-case CAMEO actor code (`kur`): only ethnic codes are lower-case. Kept as delivered.",
  not_a_country:
    "An actor's country code that is not an ISO country (`EUR`, `AFR`, `JAP`): the actor has no country.",
  unknown_fips: "A FIPS geo code with no ISO 3166-1 country: left out.",
  unknown_country:
    "A country code or name with no ISO 3166-1 country (`Kosovo`, FtM's `suhh`): left out (FtM: kept as delivered).",
  unknown_actor_code:
    "A CAMEO actor code that is neither an ISO 3166-1 alpha-3 country code nor a CAMEO group or type code: kept as delivered.",
  unknown_cameo:
    "A CAMEO code not in the codebook, kept as delivered in `coding.cameoAsDelivered`; the event is read as the row's base or root code (its category, or a CAMEO-only event with that code).",
  cameo_leading_zero:
    "A CAMEO code that lost its leading zero (`42`), read as `042`; the delivered value is kept in `coding.cameoAsDelivered`.",
  unknown_code: "A PLOVER mode or context that is not PLOVER 0.8's: kept in the notes.",
  category_case: "A PLOVER category in another case than PLOVER's (`consult`): read as PLOVER's.",
  extra_category: "A PLOVER record with more than one category: the first is kept, the others in the notes.",
  invalid_sector: "A sector that is not a three-letter code (`***`, `kur`): kept in the actor code only.",
  invalid_actor: "An actor that could not be recorded: left out, the row's other actors kept.",
  invalid_value:
    "A value out of range or malformed (a GoldsteinScale of 42, an FtM gender that is not male, female or other): left out (FtM: kept as delivered).",
  invalid_url: "A URL that is not http or https: kept in the notes (FtM: kept as delivered).",
  invalid_coordinates: "An event location's latitude and longitude that are not coordinates: left out.",
  invalid_date: "A DATEADDED, `dateCoded` or FtM date that is not a date: left out (FtM: kept as delivered).",
  extra_value:
    "An FtM property with several values where the model has a field for one: the first is in the field, all are kept as delivered.",
  date_truncated: "An FtM date with a time but no time zone: kept as the day, and as delivered.",
  period_reversed:
    "An end before its start: an organisation's dissolution or a link's end (kept as delivered only), a sanction's end (both kept), a person's death before their birth (both kept).",
  unknown_measure:
    "An FtM provision that is not in the OpenSanctions measure vocabulary: kept as delivered (`asDelivered`), not among the measures.",
  unresolved_target:
    "An FtM Sanction target that is missing from the file or was not imported: left out, the sanction's other targets kept.",
  not_kept: "A PLOVER 0.5/0.6 `size` (a crowd size or count): the model has no place for it.",
  unknown_unit:
    "A Comtrade quantity unit the model has no unit for (`2u`, `12u`, `m²`, `carat`...): the quantity is left out, counted in `notKept`.",
  commodity_leading_zero: "A Comtrade HS code that lost its leading zero (`30613`), read as `030613`.",
  inconsistent_value:
    "Figures that disagree with each other (a UCDP low estimate above the best): kept as delivered.",
  not_a_government:
    'A UCDP side named "Government of ..." whose country could not be found: kept as an organisation.',
} as const;

/**
 * A code of {@link WARNING_CODES}.
 *
 * @category Interop
 * @example
 * ```ts
 * import type { WarningCode } from "bilateral/interop";
 * const code: WarningCode = "unknown_fips";
 * ```
 */
export type WarningCode = keyof typeof WARNING_CODES;
