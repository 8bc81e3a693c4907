import { existsSync, readFileSync } from "node:fs";
import { iso31661 } from "iso-3166/1.js";
import { iso31662 } from "iso-3166/2.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CountryCodeSchema,
  countryName,
  crosswalk,
  fromIso3,
  isCountryCode,
  isSubdivisionCode,
  SubdivisionCodeSchema,
  subdivisionCountry,
  subdivisionName,
  toIso3,
} from "../../src/codes/index.js";
import { COW_STATES } from "../../src/codes/tables/cow.generated.js";
import { FIPS_TO_ISO3 } from "../../src/codes/tables/fips.generated.js";

const REFERENCE = new URL("../../../shared/reference/", import.meta.url);
const hasReference = existsSync(new URL("cow/COW-country-codes.csv", REFERENCE));

describe("ISO 3166-1 alpha-3 codes", () => {
  it("accepts assigned upper-case codes only", () => {
    for (const code of ["USA", "IRN", "PAK", "AFG", "TWN", "PSE"]) expect(isCountryCode(code)).toBe(true);
    for (const code of ["usa", "Irn", "US", "XYZ", "XKX", "EUR", "AFR", "", " USA", "USA ", "2025"]) {
      expect(isCountryCode(code)).toBe(false);
    }
  });

  it("never reads object prototype keys as codes", () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(isCountryCode(key)).toBe(false);
      expect(toIso3(key, "iso2")).toBeUndefined();
      expect(toIso3(key, "fips")).toBeUndefined();
      expect(toIso3(key, "cow-letters")).toBeUndefined();
      expect(crosswalk(key)).toBeUndefined();
    }
  });

  it("gives ISO names", () => {
    expect(countryName("PAK")).toBe("Pakistan");
    expect(countryName("IRN")).toBe("Iran, Islamic Republic of");
    expect(countryName("pak")).toBeUndefined();
  });
});

describe("crosswalk", () => {
  it("links the United States across every system", () => {
    expect(crosswalk("USA")).toEqual({
      iso3: "USA",
      iso2: "US",
      m49: "840",
      cowNumeric: 2,
      cowLetters: "USA",
      fips: "US",
      cameo: "USA",
      name: "United States of America",
    });
    expect(toIso3("US", "iso2")).toBe("USA");
    expect(toIso3(840, "m49")).toBe("USA");
    expect(toIso3("840", "m49")).toBe("USA");
    expect(toIso3(2, "cow-numeric")).toBe("USA");
    expect(toIso3("2", "cow-numeric")).toBe("USA");
    expect(toIso3("USA", "cow-letters")).toBe("USA");
    expect(toIso3("US", "fips")).toBe("USA");
    expect(toIso3("USA", "cameo")).toBe("USA");
  });

  it("links Iran: IRN, IR, 364, COW 630 / IRN, FIPS IR", () => {
    expect(crosswalk("IRN")).toMatchObject({
      iso2: "IR",
      m49: "364",
      cowNumeric: 630,
      cowLetters: "IRN",
      fips: "IR",
      cameo: "IRN",
    });
    expect(toIso3(630, "cow-numeric")).toBe("IRN");
    expect(toIso3("IR", "fips")).toBe("IRN");
    expect(toIso3("364", "m49")).toBe("IRN");
  });

  it("links Pakistan: PAK, PK, 586, COW 770 / PAK, FIPS PK", () => {
    expect(crosswalk("PAK")).toMatchObject({
      iso2: "PK",
      m49: "586",
      cowNumeric: 770,
      cowLetters: "PAK",
      fips: "PK",
    });
    expect(fromIso3("PAK", "fips")).toBe("PK");
    expect(fromIso3("PAK", "cow-numeric")).toBe("770");
    expect(fromIso3("PAK", "m49")).toBe("586");
    expect(toIso3("PK", "fips")).toBe("PAK");
    expect(toIso3(770, "cow-numeric")).toBe("PAK");
  });

  it("returns every code from fromIso3 as a string", () => {
    expect(fromIso3("USA", "iso3")).toBe("USA");
    expect(fromIso3("USA", "iso2")).toBe("US");
    expect(fromIso3("USA", "m49")).toBe("840");
    expect(fromIso3("USA", "cow-numeric")).toBe("2");
    expect(fromIso3("USA", "cow-letters")).toBe("USA");
    expect(fromIso3("USA", "fips")).toBe("US");
    expect(fromIso3("USA", "cameo")).toBe("USA");
    expect(fromIso3("AFG", "m49")).toBe("004");
    expect(fromIso3("usa", "iso2")).toBeUndefined();
  });

  it("is a round trip for every system and every ISO country that has a code there", () => {
    const systems = ["iso2", "m49", "cow-numeric", "cow-letters", "fips", "cameo"] as const;
    let checked = 0;
    for (const { alpha3: iso3 } of iso31661) {
      for (const system of systems) {
        const code = fromIso3(iso3, system);
        if (code === undefined) continue;
        expect(toIso3(code, system)).toBe(iso3);
        checked++;
      }
    }
    expect(checked).toBe(249 * 3 + 194 * 2 + 246); // iso2, m49, cameo; COW numeric and letters; FIPS
  });

  it("reads FIPS 10-4 as GDELT uses it, not as ISO alpha-2", () => {
    expect(toIso3("BO", "fips")).toBe("BLR");
    expect(toIso3("BL", "fips")).toBe("BOL");
    expect(toIso3("UK", "fips")).toBe("GBR");
    expect(toIso3("GM", "fips")).toBe("DEU");
    expect(toIso3("AS", "fips")).toBe("AUS");
    expect(toIso3("AU", "fips")).toBe("AUT");
    expect(toIso3("SG", "fips")).toBe("SEN");
    expect(toIso3("CH", "fips")).toBe("CHN");
    expect(toIso3("RS", "fips")).toBe("RUS");
    expect(toIso3("IN", "fips")).toBe("IND");
    expect(toIso3("AF", "fips")).toBe("AFG");
    // Left out: py-gdelt maps these to codes that are not assigned ISO codes; OS (Oceans) is not in it.
    expect(toIso3("KV", "fips")).toBeUndefined();
    expect(toIso3("YI", "fips")).toBeUndefined();
    expect(toIso3("OS", "fips")).toBeUndefined();
    expect(FIPS_TO_ISO3).toHaveLength(246);
    expect(new Set(FIPS_TO_ISO3.map(([, iso3]) => iso3)).size).toBe(246);
  });

  it("reads COW letter codes as COW's, not as ISO alpha-3", () => {
    expect(toIso3("AUS", "cow-letters")).toBe("AUT"); // COW Austria; ISO AUS is Australia (COW AUL)
    expect(toIso3("AUL", "cow-letters")).toBe("AUS");
    expect(toIso3("MNG", "cow-letters")).toBe("MNE"); // COW Montenegro; ISO MNG is Mongolia (COW MON)
    expect(toIso3("MON", "cow-letters")).toBe("MNG");
    expect(toIso3("GMY", "cow-letters")).toBe("DEU");
    expect(toIso3("UKG", "cow-letters")).toBe("GBR");
    expect(fromIso3("AUS", "cow-letters")).toBe("AUL");
  });

  it("de-duplicates the COW list on CCode", () => {
    expect(COW_STATES).toHaveLength(217);
    expect(new Set(COW_STATES.map(([code]) => code)).size).toBe(217);
    expect(new Set(COW_STATES.map(([, letters]) => letters)).size).toBe(217);
    expect(COW_STATES.filter(([code]) => code === 40)).toEqual([[40, "CUB", "CUB"]]);
    // 316 is listed as both "Czech Republic" and "Czechia", 640 as "Turkey" and "Turkiye".
    expect(toIso3(316, "cow-numeric")).toBe("CZE");
    expect(toIso3(640, "cow-numeric")).toBe("TUR");
    expect(toIso3(343, "cow-numeric")).toBe("MKD");
    const mapped = COW_STATES.filter(([, , iso3]) => iso3 !== null);
    expect(mapped).toHaveLength(194);
    expect(new Set(mapped.map(([, , iso3]) => iso3)).size).toBe(194);
  });

  it("does not map historical COW states or Kosovo, and maps 345 to Serbia", () => {
    for (const code of [260, 265, 300, 315, 347, 511, 678, 680, 730, 817]) {
      expect(toIso3(code, "cow-numeric")).toBeUndefined();
    }
    expect(toIso3("CZE", "cow-letters")).toBeUndefined(); // COW CZE is Czechoslovakia
    expect(toIso3(255, "cow-numeric")).toBe("DEU");
    expect(toIso3(345, "cow-numeric")).toBe("SRB");
    expect(toIso3(679, "cow-numeric")).toBe("YEM");
    expect(toIso3(816, "cow-numeric")).toBe("VNM");
    expect(toIso3(732, "cow-numeric")).toBe("KOR");
    expect(toIso3(731, "cow-numeric")).toBe("PRK");
    expect(toIso3(713, "cow-numeric")).toBe("TWN");
    expect(crosswalk("XKX")).toBeUndefined();
    expect(crosswalk("PSE")).not.toHaveProperty("cowNumeric");
  });

  it("maps CAMEO actor country codes as ISO alpha-3, and no regional code", () => {
    expect(toIso3("IRN", "cameo")).toBe("IRN");
    expect(fromIso3("PAK", "cameo")).toBe("PAK");
    for (const code of ["AFR", "EUR", "ASA", "WST", "MEA", "kur", "IGO"])
      expect(toIso3(code, "cameo")).toBeUndefined();
  });

  it("handles numbers, padding and odd inputs without guessing", () => {
    expect(toIso3(4, "m49")).toBe("AFG");
    expect(toIso3("004", "m49")).toBe("AFG");
    expect(toIso3("4", "m49")).toBeUndefined(); // M49 strings have three digits
    expect(toIso3(2025, "m49")).toBeUndefined();
    expect(toIso3("2025", "m49")).toBeUndefined();
    expect(toIso3(2025, "cow-numeric")).toBeUndefined();
    expect(toIso3("2025", "cow-numeric")).toBeUndefined();
    expect(toIso3("002", "cow-numeric")).toBeUndefined(); // COW codes are written without padding
    expect(toIso3(2.5, "cow-numeric")).toBeUndefined();
    expect(toIso3(-840, "m49")).toBeUndefined();
    expect(toIso3(Number.NaN, "m49")).toBeUndefined();
    expect(toIso3(840, "iso3")).toBeUndefined();
    expect(toIso3(840, "iso2")).toBeUndefined();
    expect(toIso3("us", "iso2")).toBeUndefined();
    expect(toIso3("bo", "fips")).toBeUndefined();
    expect(toIso3("USA", "nope" as never)).toBeUndefined();
    expect(toIso3(null as never, "iso3")).toBeUndefined();
    expect(fromIso3("USA", "nope" as never)).toBeUndefined();
  });

  it.skipIf(!hasReference)(
    "covers every row of the reference COW file (when the reference set is present)",
    () => {
      const rows = readFileSync(new URL("cow/COW-country-codes.csv", REFERENCE), "utf8")
        .trim()
        .split(/\r?\n/)
        .slice(1);
      expect(rows).toHaveLength(246);
      const table = new Map(COW_STATES.map(([code, letters]) => [code, letters]));
      for (const row of rows) {
        const [letters, code] = row.split(",");
        expect(table.get(Number(code))).toBe(letters);
      }
    },
  );
});

describe("CountryCodeSchema", () => {
  it("parses assigned codes", () => {
    expect(CountryCodeSchema.parse("IRN")).toBe("IRN");
  });

  it("reports a custom issue with a stable code and a readable message", () => {
    const result = CountryCodeSchema.safeParse("XYZ");
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: "custom",
        params: { code: "invalid_country_code" },
        message: '"XYZ" is not an ISO 3166-1 alpha-3 country code',
      }),
    ]);
  });

  it("hints at the fix for lower-case and alpha-2 codes", () => {
    expect(CountryCodeSchema.safeParse("usa").error?.issues[0]?.message).toBe(
      '"usa" is not an ISO 3166-1 alpha-3 country code (codes are upper-case: "USA")',
    );
    expect(CountryCodeSchema.safeParse("PK").error?.issues[0]?.message).toBe(
      '"PK" is not an ISO 3166-1 alpha-3 country code (ISO alpha-2 "PK" is "PAK")',
    );
  });

  it("rejects numbers as the wrong type and keeps long inputs out of the message", () => {
    expect(CountryCodeSchema.safeParse(2025).error?.issues[0]?.code).toBe("invalid_type");
    const message = CountryCodeSchema.safeParse("X".repeat(10_000)).error?.issues[0]?.message ?? "";
    expect(message.length).toBeLessThan(120);
  });
});

describe("JSON Schema of the code schemas", () => {
  it("lists the country codes and constrains the subdivision form", () => {
    const country = z.toJSONSchema(CountryCodeSchema);
    expect(country).toMatchObject({ type: "string", description: "ISO 3166-1 alpha-3 country code" });
    expect(country.enum).toHaveLength(249);
    expect(country.enum).toContain("PAK");
    const subdivision = z.toJSONSchema(SubdivisionCodeSchema);
    expect(subdivision).toMatchObject({ type: "string", pattern: "^[A-Z]{2}-[A-Z0-9]{1,3}$" });
    const pattern = new RegExp(String(subdivision.pattern));
    expect(iso31662.filter((entry) => !pattern.test(entry.code))).toEqual([]);
    expect(iso31662.every((entry) => isSubdivisionCode(entry.code))).toBe(true);
  });
});

describe("ISO 3166-2 subdivisions", () => {
  it("knows Balochistan and its neighbours", () => {
    expect(isSubdivisionCode("PK-BA")).toBe(true);
    expect(subdivisionName("PK-BA")).toBe("Balōchistān");
    expect(subdivisionCountry("PK-BA")).toBe("PAK");
    expect(isSubdivisionCode("IR-11")).toBe(true); // Sistan and Baluchestan
    expect(subdivisionCountry("IR-11")).toBe("IRN");
  });

  it("rejects other strings", () => {
    for (const code of ["pk-ba", "PK-XX", "PK", "PAK-BA", "PK_BA", "", "__proto__"]) {
      expect(isSubdivisionCode(code)).toBe(false);
      expect(subdivisionName(code)).toBeUndefined();
      expect(subdivisionCountry(code)).toBeUndefined();
    }
  });

  it("has a schema with a stable issue code", () => {
    expect(SubdivisionCodeSchema.parse("PK-BA")).toBe("PK-BA");
    expect(SubdivisionCodeSchema.safeParse("PK-ZZ").error?.issues).toEqual([
      expect.objectContaining({
        code: "custom",
        params: { code: "invalid_subdivision_code" },
        message: '"PK-ZZ" is not an ISO 3166-2 subdivision code',
      }),
    ]);
  });
});
