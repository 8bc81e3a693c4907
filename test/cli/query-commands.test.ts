import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedStoryInput } from "bilateral/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

let dir: string;
let seed: string;
let seedLines: string;
let invalid: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bilateral-query-"));
  seed = join(dir, "seed.json");
  writeFileSync(seed, JSON.stringify(seedStoryInput));
  seedLines = join(dir, "seed.jsonl");
  const { records, ...header } = seedStoryInput;
  writeFileSync(seedLines, [header, ...records].map((line) => JSON.stringify(line)).join("\n"));
  invalid = join(dir, "invalid.json");
  writeFileSync(
    invalid,
    JSON.stringify({
      format: "bilateral",
      version: "1.0",
      records: [{ id: "event:x", kind: "event", category: "FIGHT", actors: ["country:IRN"] }],
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bilateral query events", () => {
  it("lists a dyad's events in time order, countries given as alpha-3 or alpha-2", async () => {
    const result = await run("query", "events", seed, "--between", "IR,pak");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("5 events");
    expect(lines[1]).toMatch(
      /^ {2}2025-08-02\.\.2025-08-03 +CONSULT\/visit {2}Masoud Pezeshkian -> Pakistan: .*\[event:pezeshkian-visits-pakistan\]$/,
    );
    expect(lines.slice(2).every((line) => line.startsWith("  (undated)"))).toBe(true);
  });

  it("prints the event records as JSON", async () => {
    const result = await run(
      "query",
      "events",
      seed,
      "--actor",
      "country:PAK",
      "--category",
      "AGREE,SUPPORT",
      "--json",
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { count: number; events: { id: string; kind: string }[] };
    expect(output.count).toBe(4);
    expect(output.events.map((event) => event.id)).toEqual([
      "event:pakistan-offers-to-ease-iran-us-tensions",
      "event:iran-pakistan-agree-to-boost-relations",
      "event:rubio-praises-pakistan",
      "event:iran-pakistan-agree-on-border-security",
    ]);
  });

  it("filters by dates, leaving undated events out, and reads JSON Lines", async () => {
    const result = await run("query", "events", seedLines, "--from", "2025-08", "--to", "2025-08", "--json");
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { events: { id: string }[] }).events.map((e) => e.id)).toEqual([
      "event:pezeshkian-visits-pakistan",
    ]);
    const none = await run("query", "events", seed, "--from", "2026");
    expect(none.stdout).toBe("0 events\n");
  });

  it("counts the state records alone with --attribution record", async () => {
    const result = await run(
      "query",
      "events",
      seed,
      "--between",
      "IRN,PAK",
      "--attribution",
      "record",
      "--json",
    );
    expect((JSON.parse(result.stdout) as { count: number }).count).toBe(4);
  });

  it("exits 2 with one clear line for bad arguments", async () => {
    const cases: [string[], string][] = [
      [["--between", "IRN"], "--between: expected two parties separated by a comma, such as IRN,PAK\n"],
      [["--between", "IRN,FRA"], '--between: "FRA" is not a country of the dataset'],
      [["--between", "IRN,IRN"], "--between: the two parties are the same record (country:IRN)\n"],
      [["--actor", "person:nobody"], '--actor: no record of the dataset has the id "person:nobody"\n'],
      [["--actor", "Iran!"], '--actor: "Iran!" is neither a record id'],
      [["--from", "2025-13"], '--from: "2025-13" is not a date'],
      [["--category", "FIGHT"], 'category: "FIGHT" is not a PLOVER 0.8 event category'],
      [["--quad-class", "5"], '--quad-class: "5" is not 1, 2, 3 or 4\n'],
      [["--limit", "-1"], '--limit: "-1" is not a whole number\n'],
      [["--from", "2025", "--to", "2024"], "the range ends"],
    ];
    for (const [args, message] of cases) {
      const result = await run("query", "events", seed, ...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.startsWith("bilateral: ")).toBe(true);
      expect(result.stderr).toContain(message);
      expect(result.stderr.split("\n").filter((line) => line !== "").length).toBe(1);
      expect(result.stdout).toBe("");
    }
    const missing = await run("query", "events", join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    const choice = await run("query", "events", seed, "--match", "inside");
    expect(choice.code).toBe(2);
  });

  it("prints the issues of an invalid dataset and exits 1", async () => {
    const result = await run("query", "events", invalid);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("invalid: ");
    expect(result.stdout).toContain("[unknown_category]");
    const json = await run("query", "events", invalid, "--json");
    expect(json.code).toBe(1);
    const output = JSON.parse(json.stdout) as { valid: boolean; issues: { code: string }[] };
    expect(output.valid).toBe(false);
    expect(output.issues.map((issue) => issue.code)).toContain("unknown_category");
  });
});

describe("bilateral timeline", () => {
  it("prints a dyad's timeline", async () => {
    const result = await run("timeline", seed, "--dyad", "PAK,IRN");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("Timeline of Pakistan - Iran: 9 items");
    expect(lines[1]).toContain("event:pezeshkian-visits-pakistan");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}stance +\(undated\) +Strategic alliance in fighting militant groups: cooperative/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}sanction +\(undated\) +Iran Sanctions: imposed/),
    );
    expect(lines.at(-1)).toMatch(/^ {2}project +\(undated\) +Iran-Pakistan gas pipeline: frozen/);
  });

  it("prints it as JSON, with the records themselves", async () => {
    const result = await run(
      "timeline",
      seed,
      "--dyad",
      "country:IRN,country:PAK",
      "--json",
      "--from",
      "2025",
    );
    const output = JSON.parse(result.stdout) as {
      dyad: string[];
      count: number;
      items: { type: string; record: { id: string } }[];
    };
    expect(output.dyad).toEqual(["country:IRN", "country:PAK"]);
    expect(output.items.map((item) => [item.type, item.record.id])).toEqual([
      ["event", "event:pezeshkian-visits-pakistan"],
    ]);
  });

  it("adds the claims about the dyad with --claims, with their speakers and hedges", async () => {
    const result = await run("timeline", seed, "--dyad", "IR,PK", "--claims");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("Timeline of Iran - Pakistan: 14 items");
    expect(lines[1]).toMatch(
      /^ {2}claim +2025-08-01 +Shafqat Ali Khan, intention: "Pakistan is looking to contribute positively .*\[claim:khan-pakistan-to-help-ease-iran-us-tensions\]$/,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}claim +\(undated\) +Malik, assessment: "Iran would like .*" \(hedged: believes\) \[claim:malik-iran-wants-help-on-nuclear-deal\]$/,
      ),
    );
    expect(lines.filter((line) => line.startsWith("  claim ")).length).toBe(5);
  });

  it("escapes a claim's words and hedges for the terminal", async () => {
    const escapes = "\u001b]0;pwned\u0007\u001b[2J\u202e";
    const hostile = join(dir, "hostile-claim.json");
    const claim = {
      id: "claim:hostile",
      kind: "claim",
      claimType: "allegation",
      by: "person:malik",
      summary: `said${escapes}`,
      hedges: [`maybe${escapes}`],
      parties: ["country:IRN", "country:PAK"],
    };
    writeFileSync(
      hostile,
      JSON.stringify({ ...seedStoryInput, records: [...seedStoryInput.records, claim] }),
    );
    const result = await run("timeline", hostile, "--dyad", "IRN,PAK", "--claims");
    expect(result.code).toBe(0);
    const line = result.stdout.split("\n").find((text) => text.includes("claim:hostile")) ?? "";
    expect(line).toMatch(/^ {2}claim +\(undated\) +Malik, allegation: said.*\(hedged: maybe/);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
  });

  it("needs --dyad, and exits 2 without it", async () => {
    const result = await run("timeline", seed);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--dyad <A,B>' not specified");
  });
});

describe("bilateral summary", () => {
  it("summarises a dyad per period", async () => {
    const result = await run("summary", seed, "--dyad", "IRN,PAK", "--by", "month");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("Iran - Pakistan, by month: 5 events, 4 undated");
    expect(lines[2]).toMatch(/^ {2}2025-08 +1 +1 +0 +0 +0 +- {2}CONSULT 1$/);
    expect(lines[3]).toContain("quad classes 1:4 2:0 3:1 4:0 (5 derived from the plover-0.8 table)");
    expect(lines[4]).toContain("(too few periods)");
  });

  it("prints JSON, by year by default", async () => {
    const result = await run("summary", seed, "--dyad", "IRN,PAK", "--json");
    const summary = JSON.parse(result.stdout) as {
      by: string;
      buckets: { period: string; count: number }[];
      undated: number;
    };
    expect(summary.by).toBe("year");
    expect(summary.buckets).toMatchObject([{ period: "2025", count: 1 }]);
    expect(summary.undated).toBe(4);
  });

  it("shows CAMEO-only events (no PLOVER category) by their code, and counts them apart", async () => {
    const feed = join(dir, "feed.json");
    writeFileSync(
      feed,
      JSON.stringify({
        format: "bilateral",
        version: "1.0",
        records: [
          { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
          { id: "country:PAK", kind: "country", name: "Pakistan", code: "PAK" },
          {
            id: "gdelt:1",
            kind: "event",
            category: "CONSULT",
            actors: ["country:IRN"],
            recipients: ["country:PAK"],
            date: "2025-08-02",
          },
          {
            id: "gdelt:2",
            kind: "event",
            cameo: "010",
            actors: ["country:PAK"],
            recipients: ["country:IRN"],
            date: "2025-08-03",
            quadClass: { value: 1, basis: "gdelt" },
          },
        ],
      }),
    );
    const events = await run("query", "events", feed, "--between", "IRN,PAK");
    expect(events.stdout).toMatch(/2025-08-03 +CAMEO 010 {2}Pakistan -> Iran/);
    expect(events.stdout).not.toContain("undefined");
    const summary = await run("summary", feed, "--dyad", "IRN,PAK", "--by", "month");
    const lines = summary.stdout.trim().split("\n");
    expect(lines[0]).toBe("Iran - Pakistan, by month: 2 events");
    expect(lines[2]).toMatch(/^ {2}2025-08 +2 +2 +0 +0 +0 +- {2}\(CAMEO only\) 1, CONSULT 1$/);
    expect(lines[3]).toContain("1 CAMEO-only (no PLOVER category)");
  });

  it("refuses an unknown period", async () => {
    const result = await run("summary", seed, "--dyad", "IRN,PAK", "--by", "week");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed choices are month, quarter, year");
  });
});
