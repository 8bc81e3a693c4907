import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  createIndex,
  DatasetIndex,
  quadClassOf,
  REGISTERED_CATEGORY_BASIS,
  registeredEventCategories,
} from "bilateral";
import { describe, expect, test } from "vitest";
import { createAjv } from "../json-schema/ajv.js";

// The worked example of docs/extending.md is its one runnable ```ts block, kept verbatim in
// test/fixtures/extend/guide-example.ts: this test holds the two equal, and runs the file.
const GUIDE = fileURLToPath(new URL("../../docs/extending.md", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../fixtures/extend/guide-example.ts", import.meta.url));

/** The fenced blocks of a Markdown text, with their info strings. */
function fencedBlocks(markdown: string): { info: string; code: string }[] {
  const blocks: { info: string; code: string }[] = [];
  const lines = markdown.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(.*)$/.exec(lines[index] ?? "");
    if (open === null) continue;
    const body: string[] = [];
    while (++index < lines.length && lines[index] !== "```") body.push(lines[index] ?? "");
    blocks.push({ info: (open[1] ?? "").trim(), code: `${body.join("\n")}\n` });
  }
  return blocks;
}

describe("docs/extending.md", () => {
  test("its one runnable TypeScript block is test/fixtures/extend/guide-example.ts, verbatim", () => {
    const runnable = fencedBlocks(readFileSync(GUIDE, "utf8")).filter((block) => block.info === "ts");
    expect(runnable).toHaveLength(1);
    expect(runnable[0]?.code).toBe(readFileSync(EXAMPLE, "utf8"));
  });

  test("its other TypeScript blocks are marked norun or ignore", () => {
    const others = fencedBlocks(readFileSync(GUIDE, "utf8")).filter(
      (block) => /^(ts|typescript)\b/.test(block.info) && block.info !== "ts",
    );
    for (const block of others) expect(block.info).toMatch(/^ts (norun|ignore)$/);
  });
});

describe("the worked example runs", async () => {
  const example = await import("../fixtures/extend/guide-example.js");

  test("the category is registered with its quad class, which queries read", () => {
    expect(example.CYBER).toEqual({ category: "CYBER", modes: ["intrusion", "ddos"], quadClass: 4 });
    expect(registeredEventCategories().some((entry) => entry.category === "CYBER")).toBe(true);
    const [event] = example.incidents;
    expect(event === undefined ? undefined : quadClassOf(event)).toEqual({
      value: 4,
      basis: REGISTERED_CATEGORY_BASIS,
      derived: true,
    });
  });

  test("the dataset parses, with its vessel and extended event", () => {
    expect(example.dataset.records.map((record) => record.kind)).toEqual([
      "country",
      "country",
      "organization",
      "organization",
      "vessel",
      "event",
      "transit-agreement",
    ]);
  });

  test("validation reports what the comment in the guide says, in that order", () => {
    expect(example.broken.success).toBe(false);
    expect(example.broken.issues).toEqual([
      {
        code: "imo_check_digit",
        message: "the IMO number's check digit is wrong",
        path: ["records", 1, "imo"],
        recordId: "vessel:1234568",
      },
      {
        code: "mode_category_mismatch",
        message: '"visit" is not a mode of CYBER (one of intrusion, ddos)',
        path: ["records", 2, "mode"],
        recordId: "event:x",
      },
      {
        code: "wrong_reference_kind",
        message: '"country:PAN" is a country, but this field takes a vessel',
        path: ["records", 2, "vessels", 0],
        recordId: "event:x",
      },
    ]);
  });

  test("the query finds the event and the vessel it names", () => {
    expect(example.incidents.map((event) => event.id)).toEqual(["event:navigation-intrusion"]);
    expect(example.vesselsHit).toEqual(["Example Star (IMO 1234567)"]);
    expect(example.incidents.map(example.describe)).toEqual(["a cyber intrusion"]);
  });

  test("the query of its own finds the agreement by its pair and reads its status at a date", () => {
    expect(example.inForce).toEqual(["transit-agreement:pan-usa"]);
    const { dataset, model, transitAgreementsInForce } = example;
    const index = createIndex(dataset, { schemas: model.schemas });
    expect(transitAgreementsInForce(index, "country:PAN", "country:USA", "2025-08")).toEqual([]);
    expect(transitAgreementsInForce(index, "country:PAN", "country:USA", "2024-06")).toEqual([]);
    expect(example.operatedBy).toEqual(["Example Star"]);
    expect(example.timeline).toEqual(["2024-03 negotiating", "2025-01 in-force", "2025-07 suspended"]);
  });

  test("the JSON Schemas include the new kind, category and context, and accept the dataset", () => {
    const { schemas } = example;
    expect(Object.keys(schemas)).toContain("vessel");
    expect(schemas.dataset.$defs?.EventCategory?.enum).toContain("CYBER");
    expect(schemas.dataset.$defs?.EventContext?.enum).toContain("maritime");
    const ajv = createAjv();
    const validate = ajv.compile(schemas.dataset);
    expect(validate(example.dataset), JSON.stringify(validate.errors)).toBe(true);
    const vessel = ajv.compile(schemas.vessel);
    expect(vessel({ id: "vessel:1", kind: "vessel", name: "X", imo: "123" })).toBe(false);
    // A zod refinement has no JSON Schema: the check digit is bilateral's alone (docs/json-schema.md).
    expect(vessel({ id: "vessel:1", kind: "vessel", name: "X", imo: "1234568" })).toBe(true);
  });

  test("a DatasetIndex over the model's dataset", () => {
    expect(new DatasetIndex(example.dataset).get("vessel:1234567", "vessel").imo).toBe("1234567");
  });
});
