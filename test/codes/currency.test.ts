import { describe, expect, it } from "vitest";
import { CurrencyCodeSchema, currencyName, isCurrencyCode } from "../../src/codes/index.js";

describe("ISO 4217 currency codes", () => {
  it("accepts active upper-case codes", () => {
    for (const code of ["USD", "EUR", "PKR", "IRR", "GBP", "CNY", "XDR", "XAU"])
      expect(isCurrencyCode(code)).toBe(true);
  });

  it("rejects lower-case, withdrawn and made-up codes", () => {
    for (const code of [
      "usd",
      "Eur",
      "DEM",
      "FRF",
      "HRK",
      "US",
      "USDD",
      "XYZ",
      "",
      "__proto__",
      "constructor",
    ]) {
      expect(isCurrencyCode(code)).toBe(false);
    }
    expect(isCurrencyCode(840 as never)).toBe(false);
  });

  it("names currencies", () => {
    expect(currencyName("PKR")).toBe("Pakistan Rupee");
    expect(currencyName("IRR")).toBe("Iranian Rial");
    expect(currencyName("USD")).toBe("US Dollar");
    expect(currencyName("EUR")).toBe("Euro");
    expect(currencyName("usd")).toBeUndefined();
  });
});

describe("CurrencyCodeSchema", () => {
  it("parses active codes", () => {
    expect(CurrencyCodeSchema.parse("EUR")).toBe("EUR");
  });

  it("reports invalid_currency with a readable message", () => {
    expect(CurrencyCodeSchema.safeParse("DEM").error?.issues).toEqual([
      expect.objectContaining({
        code: "custom",
        params: { code: "invalid_currency" },
        message: '"DEM" is not an active ISO 4217 currency code',
      }),
    ]);
    expect(CurrencyCodeSchema.safeParse("usd").error?.issues[0]?.message).toBe(
      '"usd" is not an active ISO 4217 currency code (codes are upper-case: "USD")',
    );
  });

  it("rejects a number as the wrong type", () => {
    expect(CurrencyCodeSchema.safeParse(840).error?.issues[0]?.code).toBe("invalid_type");
  });
});
