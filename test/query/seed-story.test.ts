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
    // Rubio's commendation of it is his claim about it.
    const about = findStatements(index, { about: [IRN, USA] }).filter((s) =>
      s.claim?.about?.includes("mediation:pakistan-iran-us"),
    );
    expect(about.map((s) => s.speaker.id)).toEqual([
      "person:shafqat-ali-khan",
      "source:seed-article",
      "person:marco-rubio",
    ]);
  });

  it("the stance between Iran and Pakistan: cooperative; the counter-militancy cooperation strained only at times", () => {
    const findings = stanceBetween(index, IRN, PAK);
    expect(findings.map((f) => [f.relationship.id, f.stance ?? null, f.trend ?? null])).toEqual([
      ["rel:pakistan-supports-iran", null, null],
      ["rel:iran-pakistan-relations", "cooperative", "improving"],
      ["rel:iran-pakistan-counter-militancy", "cooperative", null],
    ]);
    const relations = findings[1];
    expect(ids(relations?.causes ?? [])).toEqual(["event:iran-pakistan-agree-to-boost-relations"]);
    // "At times strained by cross-border terrorism" is said of the relationship as a whole, not as its stance.
    const security = findings[2]?.relationship;
    expect(security?.relationshipType).toBe("security-cooperation");
    expect(security?.citations?.map((c) => c.quote)).toContain(
      "their relationship has at times been strained due to cross-border terrorism",
    );
    // Nothing is dated: the stance holds as reported, not at a given date.
    expect(findings[2]?.dated).toBe(false);
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
      "event undated event:iran-pakistan-agree-on-border-security",
      "stance undated rel:iran-pakistan-relations",
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

  it("what was said about Iran and Pakistan, on their timeline when asked", () => {
    const claims = dyadTimeline(index, IRN, PAK, { include: ["claim"] }).map(
      (item) => `${item.date ?? "undated"} ${item.record.id}`,
    );
    expect(claims).toEqual([
      "2025-08-01 claim:khan-pakistan-to-help-ease-iran-us-tensions",
      "undated claim:iran-seeks-ties-with-pakistan",
      "undated claim:rubio-commends-pakistan-mediation",
      "undated claim:malik-iran-wants-help-on-nuclear-deal",
      "undated claim:shared-interests-may-deepen-cooperation",
    ]);
    // Claims about Iran alone, or Iran and the US, are not on this dyad's timeline.
    expect(claims.join(" ")).not.toContain("security-diplomacy");
    expect(claims.join(" ")).not.toContain("could-ease-sanctions");
  });

  it("who spoke, in what role, and what they said", () => {
    const said = findStatements(index);
    expect(said.every((s) => s.claim !== undefined)).toBe(true);
    const speakers = [...new Set(said.map((s) => s.speaker.id))];
    expect(speakers).toEqual([
      "person:shafqat-ali-khan",
      "source:seed-article",
      "person:marco-rubio",
      "person:malik",
    ]);
    const khan = findStatements(index, { by: "person:shafqat-ali-khan" });
    expect(khan.map((s) => [s.role, s.positions.map((p) => p.title), s.record.id])).toEqual([
      [
        "Foreign Ministry spokesperson",
        ["Foreign Ministry spokesperson"],
        "claim:khan-pakistan-to-help-ease-iran-us-tensions",
      ],
    ]);
    expect(khan[0]?.quote).toContain("Pakistan is looking to contribute positively towards easing tensions");
    expect(khan[0]?.claim?.claimType).toBe("intention");
    const rubio = findStatements(index, { by: "person:marco-rubio" });
    expect(rubio.map((s) => [s.role, s.record.id, s.quote ?? null])).toEqual([
      ["US Secretary of State", "claim:rubio-commends-pakistan-mediation", null],
    ]);
    expect(rubio[0]?.claim?.summary).toContain("committed to mediating");
    expect(rubio[0]?.positions.map((p) => p.title)).toEqual(["Secretary of State"]);
    const malik = findStatements(index, { by: "person:malik" });
    expect(malik.map((s) => [s.role, s.claim?.claimType, s.hedges])).toEqual([
      ["trade lawyer", "prediction", ["could potentially"]],
      ["Trade law expert", "assessment", ["believes"]],
    ]);
    expect(malik[0]?.quote).toBe(
      "easing tension between Tehran and Washington could potentially ease US sanctions",
    );
    // The article speaks for itself where it names no one: its analysis, hedged as it is.
    const article = findStatements(index, { by: "source:seed-article" });
    expect(article.map((s) => [s.record.id, s.hedges])).toEqual([
      ["claim:iran-shifting-to-security-diplomacy", ["appears"]],
      ["claim:iran-seeks-ties-with-pakistan", []],
      ["claim:shared-interests-may-deepen-cooperation", ["may"]],
    ]);
    expect(said.every((s) => s.source?.id === "source:seed-article")).toBe(true);
    // About the Iran-US dyad: Khan, the article's reading of Iran's motive, Rubio, Malik on sanctions, and
    // Malik on Trump, who counts for the United States by his position (not with the records as named).
    const aboutIranUs = [
      "claim:khan-pakistan-to-help-ease-iran-us-tensions",
      "claim:iran-seeks-ties-with-pakistan",
      "claim:rubio-commends-pakistan-mediation",
      "claim:malik-easing-tension-could-ease-sanctions",
    ];
    expect(ids(findStatements(index, { about: [IRN, USA] }).map((s) => s.record))).toEqual([
      ...aboutIranUs,
      "claim:malik-iran-wants-help-on-nuclear-deal",
    ]);
    expect(
      ids(findStatements(index, { about: [IRN, USA], attribution: "record" }).map((s) => s.record)),
    ).toEqual(aboutIranUs);
  });
});
