import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createIndex,
  findStatements,
  mediatorsBetween,
  sanctionsInForce,
  sanctionsOnTrade,
  stanceBetween,
} from "bilateral";
import { loadSeedStory, seedStoryInput } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/cli/${name}`, import.meta.url));
const index = createIndex(loadSeedStory());
const IRN = "country:IRN";
const PAK = "country:PAK";
const USA = "country:USA";

let dir: string;
let seed: string;
let fleet: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bilateral-findings-"));
  seed = join(dir, "seed.json");
  writeFileSync(seed, JSON.stringify(seedStoryInput));
  fleet = join(dir, "fleet.json");
  writeFileSync(
    fleet,
    JSON.stringify({
      format: "bilateral",
      version: "1.0",
      records: [
        { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
        { id: "country:OMN", kind: "country", name: "Oman", code: "OMN" },
        { id: "vessel:9074729", kind: "vessel", name: "Example", imo: "9074729" },
        {
          id: "event:seizure",
          kind: "event",
          category: "COERCE",
          mode: "seize",
          actors: ["country:IRN"],
          recipients: ["country:OMN"],
          date: "2024-04",
          vessels: ["vessel:9074729"],
        },
      ],
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The ids of a JSON run's findings, under `key`, at `path` in each. */
async function jsonIds(key: string, pick: (item: never) => string, ...args: string[]): Promise<string[]> {
  const result = await run("query", ...args, "--json", seed);
  expect(result.code, result.stderr).toBe(0);
  const parsed = JSON.parse(result.stdout) as Record<string, unknown[]> & { count: number };
  expect(parsed.count).toBe(parsed[key]?.length);
  return (parsed[key] ?? []).map((item) => pick(item as never));
}

describe("bilateral query stance|sanctions|mediators|trade-progress|statements", () => {
  it("stance gives what stanceBetween gives, at a date and as known then", async () => {
    const ids = await jsonIds(
      "findings",
      (f: { relationship: { id: string } }) => f.relationship.id,
      "stance",
      "--dyad",
      "IRN,PAK",
    );
    expect(ids).toEqual(stanceBetween(index, IRN, PAK).map((f) => f.relationship.id));
    expect(ids.length).toBeGreaterThan(0);
    const human = await run("query", "stance", "--dyad", "IR,pak", "--at", "2025-08", seed);
    expect(human.stdout.split("\n")[0]).toBe(`${ids.length} relationship${ids.length === 1 ? "" : "s"}`);
  });

  it("sanctions gives sanctionsInForce on a target, and sanctionsOnTrade on a dyad", async () => {
    const onTarget = await jsonIds(
      "sanctions",
      (s: { sanction: { id: string } }) => s.sanction.id,
      "sanctions",
      "--party",
      "IRN",
    );
    expect(onTarget).toEqual(sanctionsInForce(index, { target: IRN }).map((s) => s.sanction.id));
    const onTrade = await jsonIds(
      "sanctions",
      (s: { sanction: { id: string } }) => s.sanction.id,
      "sanctions",
      "--dyad",
      "IRN,PAK",
    );
    expect(onTrade).toEqual(sanctionsOnTrade(index, IRN, PAK).map((s) => s.sanction.id));
    expect(onTrade.length).toBeGreaterThan(0);
  });

  it("mediators gives mediatorsBetween", async () => {
    const ids = await jsonIds(
      "mediators",
      (m: { mediator: { id: string } }) => m.mediator.id,
      "mediators",
      "--dyad",
      "USA,IRN",
    );
    expect(ids).toEqual(mediatorsBetween(index, USA, IRN).map((m) => m.mediator.id));
    expect(ids).toEqual([PAK]);
  });

  it("trade-progress gives one progress a trade target", async () => {
    const ids = await jsonIds(
      "progress",
      (p: { target: { id: string } }) => p.target.id,
      "trade-progress",
      "--dyad",
      "IRN,PAK",
    );
    expect(ids).toEqual(index.ofKind("trade-target").map((target) => target.id));
  });

  it("statements gives findStatements, for one speaker with --party", async () => {
    const all = await jsonIds("statements", (s: { speaker: { id: string } }) => s.speaker.id, "statements");
    expect(all).toEqual(findStatements(index).map((s) => s.speaker.id));
    const rubio = findStatements(index).find((s) => s.speaker.kind === "person")?.speaker.id as string;
    const one = await jsonIds(
      "statements",
      (s: { speaker: { id: string } }) => s.speaker.id,
      "statements",
      "--party",
      rubio,
    );
    expect(one.length).toBeGreaterThan(0);
    expect(new Set(one)).toEqual(new Set([rubio]));
  });

  it("needs --dyad where a dyad is the question, and says so (exit 2)", async () => {
    const result = await run("query", "mediators", seed);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("bilateral: --dyad <A,B> is required (two parties, such as IRN,PAK)\n");
  });

  it("offers the id a party probably meant", async () => {
    const result = await run("query", "stance", "--dyad", "country:irn,PAK", seed);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'no record of the dataset has the id "country:irn" (did you mean "country:IRN"?)',
    );
  });

  it("offers the subcommand it probably meant", async () => {
    const result = await run("query", "stanse", seed);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("(Did you mean stance?)");
  });
});

describe("--model", () => {
  it("validates and queries a dataset of a downstream model's kinds", async () => {
    const without = await run("validate", fleet);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain("[unknown_kind]");
    const validated = await run("validate", "--model", fixture("vessel-model.mjs"), fleet);
    expect(validated.stdout).toBe(`valid: ${fleet} (4 records)\n`);
    expect(validated.code).toBe(0);
    const events = await run("query", "events", "--model", fixture("vessel-model.mjs"), "--json", fleet);
    expect(events.code).toBe(0);
    expect(JSON.parse(events.stdout).events[0].vessels).toEqual(["vessel:9074729"]);
  });

  it("says which module is missing or exports no model (exit 2)", async () => {
    const missing = await run("validate", "--model", join(dir, "nowhere.mjs"), fleet);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`bilateral: --model: ${join(dir, "nowhere.mjs")}: no such file\n`);
    const notModel = await run("validate", "--model", fixture("not-a-model.mjs"), fleet);
    expect(notModel.code).toBe(2);
    expect(notModel.stderr).toContain("exports no model");
  });
});
