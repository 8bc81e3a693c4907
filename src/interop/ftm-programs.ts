/*
 * A small table of sanctions programmes and their issuers, in the shape of the OpenSanctions programme files
 * (meta/programs/<KEY>.yml) and issuer files (meta/issuers/<id>.yml) of https://github.com/opensanctions/opensanctions
 * (MIT; only its datasets/ folder is CC BY-NC). Derived by hand from those files: US-IRAN, EU-RUS and PK-ATA1997
 * and the issuers us_ofac, eu_council, gb_fcdo, au_dfat, ir_mfa and pk_nacta at commit
 * f33cff233ff4393a8c71784cfe280275727b52ca; EU-IRN (cdf9185fe66e11971d65975d0deba09990c09a67), GB-IRAN
 * (15113add80d3a793d794eb8e38dbc047847bf4a1), AU-IRAN (08a26cb5386c87a05dc52f2a0b8c9e7c0fb91910), AU-RUSSIA
 * (4259c46b005c8b5e47b935b384e684d371de29f1), IR-MFA-SANC (3f16ec8ad3d4591e46d343316716e93836d16d4a) and the
 * issuer gb_ofsi (a242962b789ff9106d979fd748a5cfe559c0f483). Only key, title, URL, issuer and measures are
 * kept. IR-MFA-SANC lists "Financial block", an older OpenSanctions measure that the current vocabulary
 * (src/codes/sanction-measures.ts) no longer has: it is left out here.
 */
import type { SanctionMeasure } from "../codes/sanction-measures.js";

/**
 * A sanctions programme as the OpenSanctions programme files describe it.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FTM_PROGRAMS, type FtmProgram } from "bilateral/interop";
 * const iran: FtmProgram | undefined = FTM_PROGRAMS["US-IRAN"];
 * iran?.issuer; //=> "us_ofac"
 * ```
 */
export interface FtmProgram {
  readonly key: string;
  readonly title: string;
  readonly url: string;
  /** The issuer's id in {@link FTM_ISSUERS}. */
  readonly issuer: string;
  readonly measures: readonly SanctionMeasure[];
}

/**
 * A sanctions issuer as the OpenSanctions issuer files describe it: `territory` is a lower-case ISO 3166-1
 * alpha-2 code, or `eu` for the European Union.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FTM_ISSUERS, type FtmIssuer } from "bilateral/interop";
 * const ofac: FtmIssuer | undefined = FTM_ISSUERS.us_ofac;
 * ofac?.acronym; //=> "OFAC"
 * ```
 */
export interface FtmIssuer {
  readonly name: string;
  readonly acronym: string;
  readonly organisation: string;
  readonly territory: string;
}

/**
 * The sanctions programmes the FtM importer knows, by key (`US-IRAN`): it fills in the authority, the
 * programme's title and URL, and the measures of a sanction whose `programId` is one of them.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FTM_PROGRAMS } from "bilateral/interop";
 * FTM_PROGRAMS["EU-RUS"]?.measures.includes("Arms embargo"); //=> true
 * ```
 */
export const FTM_PROGRAMS: Readonly<Record<string, FtmProgram>> = Object.freeze({
  "US-IRAN": {
    key: "US-IRAN",
    title: "Iran Sanctions",
    url: "https://ofac.treasury.gov/sanctions-programs-and-country-information/iran-sanctions",
    issuer: "us_ofac",
    measures: [
      "Asset freeze",
      "Import restrictions",
      "Export control",
      "Investment ban",
      "Financial restrictions",
      "Travel ban",
    ],
  },
  "EU-RUS": {
    key: "EU-RUS",
    title: "EU Sanctions against Russia",
    url: "https://sanctionsmap.eu/#/main/details/61,26/",
    issuer: "eu_council",
    measures: [
      "Arms embargo",
      "Asset freeze",
      "Export control",
      "Financial restrictions",
      "Import restrictions",
      "Investment ban",
      "Prohibition to satisfy claims",
      "Services ban",
      "Transportation restrictions",
      "Travel ban",
    ],
  },
  "PK-ATA1997": {
    key: "PK-ATA1997",
    title: "Pakistan Anti Terrorism Act 1997",
    url: "https://nacta.gov.pk/wp-content/uploads/2017/08/Anti-Terrorism-Act-1997.pdf",
    issuer: "pk_nacta",
    measures: [],
  },
  "EU-IRN": {
    key: "EU-IRN",
    title: "EU sanctions against Iran",
    url: "https://sanctionsmap.eu/#/main/details/17,18,56/",
    issuer: "eu_council",
    measures: [],
  },
  "GB-IRAN": {
    key: "GB-IRAN",
    title: "UK sanctions relating to Iran",
    url: "https://www.gov.uk/government/collections/uk-sanctions-relating-to-iran",
    issuer: "gb_ofsi",
    measures: ["Asset freeze", "Export control", "Transportation restrictions", "Travel ban"],
  },
  "AU-IRAN": {
    key: "AU-IRAN",
    title: "Iran Sanctions Regime",
    url: "https://www.dfat.gov.au/international-relations/security/sanctions/sanctions-regimes/iran-sanctions-regime",
    issuer: "au_dfat",
    measures: [],
  },
  "AU-RUSSIA": {
    key: "AU-RUSSIA",
    title: "Russia sanctions framework",
    url: "https://www.dfat.gov.au/international-relations/security/sanctions/sanctions-regimes/russia-sanctions-framework",
    issuer: "au_dfat",
    measures: [
      "Asset freeze",
      "Travel ban",
      "Arms embargo",
      "Export control",
      "Import restrictions",
      "Financial restrictions",
      "Services ban",
    ],
  },
  "IR-MFA-SANC": {
    key: "IR-MFA-SANC",
    title: "Individuals And Entities In The Sanction’s List Of The Islamic Republic Of Iran",
    url: "https://sanctionlist.mfa.ir/",
    issuer: "ir_mfa",
    measures: ["Asset freeze", "Travel ban"],
  },
});

/**
 * The sanctions issuers of {@link FTM_PROGRAMS}, by OpenSanctions id.
 *
 * @category Interop
 * @example
 * ```ts
 * import { FTM_ISSUERS } from "bilateral/interop";
 * FTM_ISSUERS.eu_council?.name; //=> "Council of the European Union"
 * ```
 */
export const FTM_ISSUERS: Readonly<Record<string, FtmIssuer>> = Object.freeze({
  us_ofac: {
    name: "Office of Foreign Assets Control",
    acronym: "OFAC",
    organisation: "United States Treasury",
    territory: "us",
  },
  eu_council: {
    name: "Council of the European Union",
    acronym: "Council",
    organisation: "European Union",
    territory: "eu",
  },
  gb_fcdo: {
    name: "Foreign, Commonwealth & Development Office",
    acronym: "FCDO",
    organisation: "Government of the United Kingdom",
    territory: "gb",
  },
  gb_ofsi: {
    name: "Office of Financial Sanctions Implementation",
    acronym: "OFSI",
    organisation: "His Majesty's Treasury",
    territory: "gb",
  },
  au_dfat: {
    name: "Department of Foreign Affairs and Trade",
    acronym: "DFAT",
    organisation: "Government of Australia",
    territory: "au",
  },
  ir_mfa: {
    name: "Ministry of Foreign Affairs",
    acronym: "MFA",
    organisation: "Islamic Republic of Iran",
    territory: "ir",
  },
  pk_nacta: {
    name: "National Counter Terrorism Authority",
    acronym: "NACTA",
    organisation: "Ministry of Interior, Government of Pakistan",
    territory: "pk",
  },
});
