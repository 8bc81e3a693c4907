import { createIndex, parseDataset } from "bilateral";
import { seedStoryInput } from "bilateral/example";
import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { renderDemo } from "../../src/cli/commands/demo.js";
import { run } from "./run.js";

describe("bilateral demo", () => {
  it("gives an overview of the seed story", async () => {
    const result = await run("demo");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const text = result.stdout;
    for (const heading of [
      "Actors",
      "Dyads and their stance",
      "Events in order",
      "Sanctions in force",
      "Trade targets",
      "Who said what",
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
    expect(text).toContain("Masoud Pezeshkian - President of Iran, Iran since 2024-07-28");
    expect(text).toContain(
      "Strategic alliance in fighting militant groups [security-cooperation]: cooperative (date unknown)",
    );
    expect(text).toContain(
      "because of: The leaders of Iran and Pakistan agree to boost bilateral relations, including strengthening security ties.",
    );
    expect(text).toContain("mediated by Pakistan: active");
    expect(text).toContain("armed group near it: Balochistan Liberation Army, in Iran-Pakistan border area");
    expect(text).toContain(
      "Iran Sanctions: United States against Iran, imposed (date unknown), reaching third parties (secondary)",
    );
    expect(text).toContain("blocks: Iran-Pakistan gas pipeline (frozen)");
    expect(text).toContain(
      "total trade of 10,000,000,000 USD (stated as 8,600,000,000 EUR), no target date given",
    );
    expect(text).toContain("progress: unknown (the dataset has no trade flows for it)");
    // Events in order: the dated visit, then the undated ones; speculation and analysis are not events.
    const events = text
      .slice(text.indexOf("Events in order"), text.indexOf("Sanctions in force"))
      .trim()
      .split("\n")
      .slice(1);
    expect(events.length).toBe(9);
    expect(events.some((line) => line.includes("security diplomacy"))).toBe(false);
    expect(events[0]).toContain("2025-08-02..2025-08-03");
    expect(events.slice(1).every((line) => line.includes("(undated)"))).toBe(true);
  });

  it("shows the claims with their speakers, roles, types and hedges", async () => {
    const { stdout } = await run("demo");
    const said = stdout.slice(stdout.indexOf("\nWho said what\n")).trim().split("\n").slice(1);
    expect(said).toHaveLength(7);
    expect(said).toContain(
      '  Shafqat Ali Khan (Foreign Ministry spokesperson), intention on 2025-08-01: "Pakistan is looking to contribute positively towards easing tensions between Iran and the United States" [claim:khan-pakistan-to-help-ease-iran-us-tensions]',
    );
    expect(said).toContain(
      '  Malik (trade lawyer), prediction: "easing tension between Tehran and Washington could potentially ease US sanctions" (hedged: "could potentially") [claim:malik-easing-tension-could-ease-sanctions]',
    );
    // A paraphrase is shown without quotes; the article speaking for itself says so.
    expect(said).toContain(
      "  Marco Rubio (US Secretary of State), position: Pakistan is committed to mediating between Washington and Tehran and to preserving regional stability. [claim:rubio-commends-pakistan-mediation]",
    );
    expect(said).toContain(
      '  Iran expresses worry over the deepening US-Pakistan alliance (the source itself), assessment: "Iran appears to be shifting towards security diplomacy rather than confrontation" (hedged: "appears") [claim:iran-shifting-to-security-diplomacy]',
    );
    expect(said.filter((line) => line.includes("(hedged: ")).length).toBe(4);
  });

  it("shows an attributed citation beside the claims, and says when there is nothing", () => {
    const records = seedStoryInput.records.filter((record) => record.kind !== "claim");
    const quiet = renderDemo(
      createIndex(parseDataset({ ...seedStoryInput, records })),
      pc.createColors(false),
    );
    expect(quiet.at(-1)).toBe("  no claims nor attributed statements");
    const cited = records.map((record) =>
      record.id === "event:rubio-praises-pakistan"
        ? {
            ...record,
            citations: [
              { source: "source:seed-article", attributedTo: "person:marco-rubio", quote: "praised" },
            ],
          }
        : record,
    );
    const lines = renderDemo(
      createIndex(parseDataset({ ...seedStoryInput, records: cited })),
      pc.createColors(false),
    );
    expect(lines.at(-1)).toBe('  Marco Rubio (Secretary of State): "praised" [event:rubio-praises-pakistan]');
  });

  it("escapes the words, paraphrase, role and hedges of a claim for the terminal", () => {
    const escapes = "\u001b]0;pwned\u0007\u001b[2J\u202e";
    const claim = {
      id: "claim:hostile",
      kind: "claim",
      claimType: "denial",
      by: "person:malik",
      attributedAs: `lawyer${escapes}`,
      text: `words${escapes}`,
      hedges: [`maybe${escapes}`],
    };
    const index = createIndex(
      parseDataset({ ...seedStoryInput, records: [...seedStoryInput.records, claim] }),
    );
    const line = renderDemo(index, pc.createColors(false)).at(-1) ?? "";
    expect(line).toContain("claim:hostile");
    expect(line).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
  });

  it("does not crash on undated or sparse records", () => {
    const records = seedStoryInput.records.map((record) => {
      const copy = { ...record } as Record<string, unknown>;
      delete copy.date;
      delete copy.endDate;
      if (Array.isArray(copy.positions)) copy.positions = [];
      if (copy.kind === "trade-target") copy.targetDate = "2030";
      return copy;
    });
    const extra = [
      {
        id: "sanction:empty-effects",
        kind: "sanction",
        authority: "country:USA",
        targets: ["person:malik"],
        statusHistory: [{ status: "imposed", since: "2020" }],
      },
      {
        id: "trade-target:none",
        kind: "trade-target",
        parties: ["country:USA", "country:PAK"],
        direction: "exports",
        amount: { amount: 1, currency: "USD" },
      },
    ];
    const index = createIndex(parseDataset({ ...seedStoryInput, records: [...records, ...extra] }));
    const lines = renderDemo(index, pc.createColors(false));
    expect(lines.filter((line) => line.includes("(undated)")).length).toBe(9);
    expect(lines).toContain("  United States - Pakistan: exports trade of 1 USD, no target date given");
  });
});
