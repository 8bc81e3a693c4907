import { createIndex, UnknownIdError } from "bilateral";
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
