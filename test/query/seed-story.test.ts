import {
  activeNearBorder,
  blockedProjects,
  createIndex,
  dyadTimeline,
  findEvents,
  findStatements,
  mediatorsBetween,
  sanctionsInForce,
  sanctionsOnTrade,
  stanceBetween,
} from "bilateral";
import { loadSeedStory } from "bilateral/example";
import { describe, expect, it } from "vitest";
import { ids } from "./helpers.js";

// The analyst's questions of issue 3, asked of the seed-story dataset, each with its expected answer.

const index = createIndex(loadSeedStory());
const IRN = "country:IRN";
const PAK = "country:PAK";
const USA = "country:USA";

describe("the seed story, as an analyst asks it", () => {
  it("who mediates between the US and Iran: Pakistan, actively", () => {
    const found = mediatorsBetween(index, USA, IRN);
    expect(found.map((m) => [m.mediator.id, m.status])).toEqual([[PAK, "active"]]);
    expect(found[0]?.mediation.id).toBe("mediation:pakistan-iran-us");
    // Rubio's praise is one of the citations that support it.
    expect(found[0]?.mediation.citations?.some((c) => c.attributedTo === "person:marco-rubio")).toBe(true);
  });

  it("the stance between Iran and Pakistan, and what strains it: cross-border terrorism by Jaish al-Adl and the BLA", () => {
    const findings = stanceBetween(index, IRN, PAK);
    expect(findings.map((f) => [f.relationship.id, f.stance ?? null, f.trend ?? null])).toEqual([
      ["rel:pakistan-supports-iran", null, null],
      ["rel:iran-pakistan-relations", "cooperative", "improving"],
      ["rel:iran-pakistan-counter-militancy", "strained", null],
    ]);
    const strained = findings.find((f) => f.stance === "strained");
    expect(ids(strained?.causes ?? [])).toEqual([
      "event:jaish-al-adl-attacks-near-border",
      "event:bla-attacks-near-border",
    ]);
    const attackers = (strained?.causes ?? []).flatMap((cause) =>
      cause.kind === "event" ? cause.actors : [],
    );
    expect(attackers).toEqual(["org:jaish-al-adl", "org:bla"]);
    expect(strained?.citations[0]?.quote).toBe(
      "their relationship has at times been strained due to cross-border terrorism",
    );
    // Nothing is dated: the stance holds as reported, not at a given date.
    expect(strained?.dated).toBe(false);
    expect(stanceBetween(index, IRN, PAK, { at: "2025-08" }).every((f) => f.stance === undefined)).toBe(true);
  });

  it("the sanctions in force against Iran, and which reach Iran-Pakistan trade", () => {
    const inForce = sanctionsInForce(index, { target: IRN });
    expect(inForce.map((s) => [s.sanction.id, s.status, s.dated])).toEqual([
      ["sanction:us-iran-nuclear", "imposed", false],
    ]);
    expect(inForce[0]?.sanction.objectiveType).toBe("non-proliferation");
    const onTrade = sanctionsOnTrade(index, IRN, PAK);
    expect(onTrade.map((s) => s.sanction.id)).toEqual(["sanction:us-iran-nuclear"]);
    expect(onTrade[0]?.reasons.map((r) => r.reason)).toEqual(["constrains-trade", "secondary"]);
    // The US does not sanction Pakistan.
    expect(sanctionsInForce(index, { target: PAK })).toEqual([]);
  });

  it("which project is blocked and why: the gas pipeline, frozen by the US sanctions", () => {
    const blocked = blockedProjects(index);
    expect(blocked.map((p) => [p.project.id, p.status, ids(p.blockedBy.map((b) => b.sanction))])).toEqual([
      ["project:iran-pakistan-gas-pipeline", "frozen", ["sanction:us-iran-nuclear"]],
    ]);
    expect(blocked[0]?.blockedBy[0]?.effect.citations?.[0]?.quote).toBe(
      "until sanctions are eased, major projects like the gas pipeline remain effectively frozen",
    );
  });

  it("the armed groups active near the Iran-Pakistan border, and where", () => {
    const groups = activeNearBorder(index, IRN, PAK, { organizationType: "armed-group" });
    expect(groups.map((g) => [g.organization.id, ids(g.places)])).toEqual([
      ["org:jaish-al-adl", ["place:iran-pakistan-border-area"]],
      ["org:bla", ["place:iran-pakistan-border-area"]],
      ["org:baloch-separatist-insurgents", ["place:balochistan", "place:sistan-and-baluchestan"]],
    ]);
    expect(groups.map((g) => ids(g.events))).toEqual([
      ["event:jaish-al-adl-attacks-near-border"],
      ["event:bla-attacks-near-border"],
      ["event:balochistan-demands-autonomy-and-resources"],
    ]);
    // The foreign ministry is no armed group; nothing is near a border the US does not share with Iran.
    expect(activeNearBorder(index, IRN, PAK).length).toBe(3);
    expect(activeNearBorder(index, IRN, USA)).toEqual([]);
  });

  it("the Iran-Pakistan timeline: the dated visit first, then what the article does not date", () => {
    const items = dyadTimeline(index, IRN, PAK).map(
      (item) => `${item.type} ${item.date ?? "undated"} ${item.record.id}`,
    );
    expect(items).toEqual([
      "event 2025-08-02 event:pezeshkian-visits-pakistan",
      "event undated event:iran-worry-us-pakistan-alliance",
      "event undated event:pakistan-offers-to-ease-iran-us-tensions",
      "event undated event:iran-pakistan-agree-to-boost-relations",
      "event undated event:iran-seeks-ties-with-pakistan",
      "event undated event:iran-pakistan-agree-on-border-security",
      "event undated event:iran-wants-pakistan-help-on-nuclear-deal",
      "stance undated rel:iran-pakistan-relations",
      "stance undated rel:iran-pakistan-counter-militancy",
      "stance undated rel:iran-pakistan-counter-militancy",
      "sanction-status undated sanction:us-iran-nuclear",
      "project-status undated project:iran-pakistan-gas-pipeline",
    ]);
    // The President's visit counts as an Iran event; with the state records alone it does not.
    expect(ids(findEvents(index, { between: [IRN, PAK], attribution: "record" }))).not.toContain(
      "event:pezeshkian-visits-pakistan",
    );
    expect(
      dyadTimeline(index, IRN, PAK, { from: "2025-08", to: "2025-08" }).map((item) => item.record.id),
    ).toEqual(["event:pezeshkian-visits-pakistan"]);
  });

  it("who spoke, in what role, and what they said", () => {
    const said = findStatements(index);
    const speakers = [...new Set(said.map((s) => s.speaker.id))];
    expect(speakers).toEqual(["person:shafqat-ali-khan", "person:marco-rubio", "person:malik"]);
    const khan = findStatements(index, { by: "person:shafqat-ali-khan" });
    expect(khan.map((s) => [s.role, s.positions.map((p) => p.title), s.record.id])).toEqual([
      [
        "Foreign Ministry spokesperson",
        ["Foreign Ministry spokesperson"],
        "event:pakistan-offers-to-ease-iran-us-tensions",
      ],
    ]);
    expect(khan[0]?.quote).toContain("Pakistan is looking to contribute positively towards easing tensions");
    const rubio = findStatements(index, { by: "person:marco-rubio" });
    expect(rubio.map((s) => [s.role, s.record.id])).toEqual([
      ["US Secretary of State", "event:rubio-praises-pakistan"],
      ["US Secretary of State", "mediation:pakistan-iran-us"],
    ]);
    expect(rubio[0]?.positions.map((p) => p.title)).toEqual(["Secretary of State"]);
    const malik = findStatements(index, { by: "person:malik" });
    expect(new Set(malik.map((s) => s.role))).toEqual(new Set(["Trade law expert", "trade lawyer"]));
    expect(malik.map((s) => s.record.id)).toContain("sanction:us-iran-nuclear");
    expect(malik.find((s) => s.record.id === "sanction:us-iran-nuclear")?.quote).toBe(
      "easing tension between Tehran and Washington could potentially ease US sanctions, according to trade lawyer Malik",
    );
    expect(malik.find((s) => s.path.join(".") === "stanceHistory.0.citations.0")?.record.id).toBe(
      "rel:pakistan-trump-closeness",
    );
    expect(said.every((s) => s.source?.id === "source:seed-article")).toBe(true);
  });
});
