import {
  BilateralValidationError,
  createIndex,
  dyadTimeline,
  findEvents,
  InputError,
  OptionError,
  parseDataset,
  UnknownIdError,
} from "bilateral";
import { describe, expect, it } from "vitest";

const index = createIndex({
  format: "bilateral",
  version: "1.0",
  records: [
    { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
    { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
  ],
});

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("the library's errors", () => {
  it("a bad option is an OptionError naming the option, whichever query gets it", () => {
    const limit = thrown(() => findEvents(index, { limit: -1 }));
    expect(limit).toBeInstanceOf(OptionError);
    expect((limit as OptionError).option).toBe("limit");
    expect((limit as OptionError).message).toBe("limit: expected a number >= 0, got -1");
    const include = thrown(() =>
      dyadTimeline(index, "country:IRN", "country:PAK", { include: ["nothing" as never] }),
    );
    expect(include).toBeInstanceOf(OptionError);
    expect((include as OptionError).option).toBe("include");
    const range = thrown(() => findEvents(index, { from: "2025", to: "2024" }));
    expect((range as OptionError).option).toBe("to");
  });

  it("each error has its own class and name", () => {
    expect(new OptionError("by", "by: bad").name).toBe("OptionError");
    expect(new InputError("x").name).toBe("InputError");
    expect(new UnknownIdError("x").name).toBe("UnknownIdError");
    const invalid = thrown(() => parseDataset({ format: "bilateral", version: "1.0", records: [{}] }));
    expect(invalid).toBeInstanceOf(BilateralValidationError);
    expect(invalid).not.toBeInstanceOf(OptionError);
  });
});
