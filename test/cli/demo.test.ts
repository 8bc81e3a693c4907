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
      "Strategic alliance in fighting militant groups [alliance]: strained (date unknown)",
    );
    expect(text).toContain(
      "because of: Jaish al-Adl carries out numerous attacks near the Iran-Pakistan border.",
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
    expect(text).toContain(
      'Shafqat Ali Khan (Foreign Ministry spokesperson): "Pakistan is looking to contribute positively',
    );
    // Events in order: the dated visit, then the undated ones.
    const events = text
      .slice(text.indexOf("Events in order"), text.indexOf("Sanctions in force"))
      .trim()
      .split("\n")
      .slice(1);
    expect(events.length).toBe(12);
    expect(events[0]).toContain("2025-08-02..2025-08-03");
    expect(events.slice(1).every((line) => line.includes("(undated)"))).toBe(true);
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
    expect(lines.filter((line) => line.includes("(undated)")).length).toBe(12);
    expect(lines).toContain("  United States - Pakistan: exports trade of 1 USD, no target date given");
  });
});
