import { createIndex, stanceBetween, UnknownIdError } from "bilateral";
import { describe, expect, it } from "vitest";
import { countries, dataset } from "./helpers.js";

const index = createIndex(dataset([...countries("IRN")]));

describe("UnknownIdError", () => {
  it("names an id no record has, and the kind wanted", () => {
    const error = (() => {
      try {
        index.get("country:XXX", "country");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as UnknownIdError).message).toBe('no country has the id "country:XXX" in this dataset');
    expect((error as UnknownIdError).id).toBe("country:XXX");
    expect((error as UnknownIdError).expected).toEqual(["country"]);
    expect((error as UnknownIdError).actual).toBeUndefined();
  });

  it("names the kind the record has when it is not the kind wanted", () => {
    expect(() => index.get("country:IRN", "person")).toThrow(
      new UnknownIdError("country:IRN", ["person"], "country"),
    );
    expect(new UnknownIdError("country:IRN", ["person"], "country").message).toBe(
      '"country:IRN" is a country, not a person',
    );
    expect(new UnknownIdError("x").name).toBe("UnknownIdError");
  });
});

describe("UnknownIdError suggestions", () => {
  const three = createIndex(dataset([...countries("IND", "CHN", "PAK")]));
  const messageOf = (run: () => unknown) => {
    try {
      run();
    } catch (caught) {
      return caught as UnknownIdError;
    }
    throw new Error("expected an UnknownIdError");
  };

  it("offers the record a bare code names: IND -> country:IND", () => {
    const error = messageOf(() => stanceBetween(three, "IND", "CHN"));
    expect(error.message).toBe('no record has the id "IND" in this dataset (did you mean "country:IND"?)');
    expect(error.suggestion).toBe("country:IND");
  });

  it("offers an id that differs in case or by a letter", () => {
    expect(messageOf(() => three.get("country:pak")).suggestion).toBe("country:PAK");
    expect(messageOf(() => three.get("country:PAQ", "country")).suggestion).toBe("country:PAK");
  });

  it("offers nothing when no id is close", () => {
    const error = messageOf(() => three.get("organization:united-nations"));
    expect(error.suggestion).toBeUndefined();
    expect(error.message).toBe('no record has the id "organization:united-nations" in this dataset');
  });
});
