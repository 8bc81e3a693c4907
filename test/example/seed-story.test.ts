import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  BilateralValidationError,
  type Citation,
  type DatasetRecord,
  isSubdivisionCode,
  parseDataset,
  type RecordKind,
  type RecordOfKind,
  safeParseDataset,
  subdivisionName,
} from "bilateral";
import { loadSeedStory, SEED_SOURCE_ID, seedStoryInput } from "bilateral/example";
import { describe, expect, it } from "vitest";

/** The project's seed article, when this machine has it. */
const ARTICLE_PATH = "/work/shared/seed/000_11db1b685ebfa10e.txt";
/** The OpenSanctions programme file the sanction's measures come from, when this machine has it. */
const US_IRAN_PROGRAMME_PATH = "/work/shared/reference/ftm/programs/US-IRAN.yml";

/** The article's text (without the site's "Read also" links), kept as a fixture. */
const article = readFileSync(
  fileURLToPath(new URL("../fixtures/example/article.txt", import.meta.url)),
  "utf8",
);

const dataset = loadSeedStory();
const byId = new Map<string, DatasetRecord>(dataset.records.map((record) => [record.id, record]));

function get<Kind extends RecordKind>(id: string, kind: Kind): RecordOfKind<Kind> {
  const record = byId.get(id);
  if (record === undefined) throw new Error(`the seed story has no record ${id}`);
  expect(record.kind, id).toBe(kind);
  return record as RecordOfKind<Kind>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Every citation anywhere in a value (a record's own, its history entries', its positions', its effects'). */
function citationsIn(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citationsIn);
  if (!isObject(value)) return [];
  const own = Array.isArray(value.citations) ? (value.citations as Citation[]) : [];
  return [
    ...own,
    ...Object.entries(value)
      .filter(([key]) => key !== "citations")
      .flatMap(([, inner]) => citationsIn(inner)),
  ];
}

function seedQuotes(value: unknown): string[] {
  return citationsIn(value)
    .filter((citation) => citation.source === SEED_SOURCE_ID && citation.quote !== undefined)
    .map((citation) => citation.quote as string);
}

/** A source other than the article that says where it is: publisher, title and URL. */
function isSecondSource(id: string | undefined): boolean {
  if (id === undefined || id === SEED_SOURCE_ID) return false;
  const source = byId.get(id);
  return (
    source?.kind === "source" &&
    source.publisher !== undefined &&
    source.title !== undefined &&
    source.url !== undefined
  );
}

const DATE_KEYS = ["date", "endDate", "since", "asOf", "start", "end", "targetDate"] as const;

/**
 * The paths of the dates in a record that no second source supports. A date is supported by the citations of
 * the nearest object around it that has citations (the event, the position, the history entry).
 */
function unsupportedDates(value: unknown, scope: readonly Citation[], path: string): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => unsupportedDates(item, scope, `${path}[${index}]`));
  if (!isObject(value)) return [];
  const inScope = Array.isArray(value.citations) ? (value.citations as Citation[]) : scope;
  const found: string[] = [];
  for (const key of DATE_KEYS) {
    if (typeof value[key] === "string" && !inScope.some((citation) => isSecondSource(citation.source))) {
      found.push(`${path}.${key}`);
    }
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key !== "citations") found.push(...unsupportedDates(inner, inScope, `${path}.${key}`));
  }
  return found;
}

describe("the seed-story dataset", () => {
  it("is valid, with no issue at all", () => {
    const result = safeParseDataset(seedStoryInput);
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
    expect(dataset.format).toBe("bilateral");
    expect(dataset.version).toBe("1.0");
  });

  it("gives a fresh copy at each load", () => {
    const first = loadSeedStory();
    (first.records as DatasetRecord[]).length = 0;
    expect(loadSeedStory().records.length).toBe(dataset.records.length);
  });

  it("would be rejected with a BilateralValidationError if it were broken", () => {
    const broken = structuredClone(seedStoryInput) as { records: { id: string; [key: string]: unknown }[] };
    const border = broken.records.find((record) => record.id === "border:iran-pakistan");
    if (border === undefined) throw new Error("no border record");
    border.parties = ["country:IRN", "country:IRN"];
    expect(() => parseDataset(broken)).toThrow(BilateralValidationError);
  });

  it("describes the seed article as a news source without inventing its publisher, URL or date", () => {
    const source = get(SEED_SOURCE_ID, "source");
    expect(SEED_SOURCE_ID).toBe("source:seed-article");
    expect(source.sourceType).toBe("news");
    expect(source.title).toBe("Iran expresses worry over the deepening US-Pakistan alliance");
    expect(source.publisher).toBeUndefined();
    expect(source.url).toBeUndefined();
    expect(source.published).toBeUndefined();
  });

  it("cites the seed article in every record but the sources", () => {
    const uncited = dataset.records
      .filter((record) => record.kind !== "source")
      .filter((record) => !citationsIn(record).some((citation) => citation.source === SEED_SOURCE_ID))
      .map((record) => record.id);
    expect(uncited).toEqual([]);
  });

  it("dates nothing that no second source (publisher, title, URL) supports", () => {
    const unsupported = dataset.records
      .filter((record) => record.kind !== "source")
      .flatMap((record) => unsupportedDates(record, [], record.id));
    expect(unsupported).toEqual([]);
    // The dates it does carry, each from a second source.
    expect(get("event:pezeshkian-visits-pakistan", "event").date).toBe("2025-08-02");
  });

  it("gives every source it cites besides the article a publisher, a title and a URL", () => {
    const sources = dataset.records.filter(
      (record) => record.kind === "source" && record.id !== SEED_SOURCE_ID,
    );
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) expect(isSecondSource(source.id), source.id).toBe(true);
  });

  it("quotes the article verbatim (checked against the fixture copy)", () => {
    const quotes = dataset.records.flatMap(seedQuotes);
    expect(quotes.length).toBeGreaterThan(40);
    for (const quote of quotes) expect(article, quote).toContain(quote);
  });

  it("quotes the article verbatim (checked against the original seed file)", (context) => {
    if (!existsSync(ARTICLE_PATH)) {
      context.skip(
        `the seed article is not on this machine (${ARTICLE_PATH}); the fixture copy was checked instead`,
      );
    }
    const original = readFileSync(ARTICLE_PATH, "utf8");
    expect(original.startsWith(article)).toBe(true);
    expect(original.slice(article.length).startsWith("Read also:")).toBe(true);
    for (const quote of dataset.records.flatMap(seedQuotes)) expect(original, quote).toContain(quote);
  });

  it("gives every web source the date it was retrieved", () => {
    const web = dataset.records.filter((record) => record.kind === "source" && record.url !== undefined);
    expect(web.length).toBeGreaterThanOrEqual(6);
    for (const source of web)
      expect(source.kind === "source" && source.retrieved, source.id).toBe("2026-11-27");
  });

  it("attributes only through claims: one speaker each, its words from the article, its hedges as said", () => {
    // No citation attributes anything to anyone: each attributed quote is a claim of its own.
    expect(dataset.records.flatMap(citationsIn).filter((c) => c.attributedTo !== undefined)).toEqual([]);
    const claims = dataset.records.filter((record) => record.kind === "claim");
    expect(claims.length).toBe(7);
    for (const claim of claims) {
      if (claim.kind !== "claim") continue;
      expect(typeof claim.by, claim.id).toBe("string");
      if (claim.text !== undefined) expect(article, claim.id).toContain(claim.text);
      const quoted = seedQuotes(claim).join(" ");
      for (const hedge of claim.hedges ?? []) expect(quoted, `${claim.id}: ${hedge}`).toContain(hedge);
      // A hedge lowers the confidence; an unhedged claim has none.
      expect(claim.confidence === undefined, claim.id).toBe(claim.hedges === undefined);
    }
  });

  it("has the ids the demo and the query tests rely on, and no trade flow", () => {
    for (const id of [
      "country:IRN",
      "country:PAK",
      "country:USA",
      "person:masoud-pezeshkian",
      "person:marco-rubio",
      "person:shafqat-ali-khan",
      "person:malik",
      "person:donald-trump",
      "project:iran-pakistan-gas-pipeline",
      "border:iran-pakistan",
      "mediation:pakistan-iran-us",
      "sanction:us-iran-nuclear",
      "trade-target:iran-pakistan-10bn",
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(dataset.records.filter((record) => record.kind === "trade-flow")).toEqual([]);
  });
});

describe("the facts of the article", () => {
  it("1. Iran's worry over the deepening US-Pakistan alliance", () => {
    const worry = get("event:iran-worry-us-pakistan-alliance", "event");
    expect(worry.category).toBe("ACCUSE");
    // The article gives the alliance no military side: the only context is diplomatic.
    expect(worry.contexts).toEqual(["diplomatic"]);
    expect(worry.mode).toBe("disapprove");
    expect(worry.actors).toEqual(["country:IRN"]);
    expect(worry.recipients).toEqual(expect.arrayContaining(["country:USA", "country:PAK"]));
    const alliance = get("rel:pakistan-us-alliance", "relationship");
    expect(alliance.parties).toEqual(expect.arrayContaining(["country:PAK", "country:USA"]));
    expect(["alliance", "strategic-partnership"]).toContain(alliance.relationshipType);
    expect(alliance.stanceHistory?.at(-1)?.trend).toBe("deepening");
  });

  it("2. the Foreign Ministry spokesperson on Pakistan contributing to easing Iran-US tensions", () => {
    const khan = get("person:shafqat-ali-khan", "person");
    expect(khan.positions).toHaveLength(1);
    expect(khan.positions?.[0]).toMatchObject({
      role: "spokesperson",
      organization: "org:pakistan-ministry-of-foreign-affairs",
      country: "country:PAK",
    });
    const ministry = get("org:pakistan-ministry-of-foreign-affairs", "organization");
    expect(ministry.organizationType).toBe("government-body");
    expect(ministry.country).toBe("country:PAK");
    // The act of stating the intent is an event; what he said is his claim.
    const offer = get("event:pakistan-offers-to-ease-iran-us-tensions", "event");
    expect(offer.actors[0]).toBe("person:shafqat-ali-khan");
    expect(offer.recipients).toEqual(expect.arrayContaining(["country:IRN", "country:USA"]));
    const said = get("claim:khan-pakistan-to-help-ease-iran-us-tensions", "claim");
    expect(said).toMatchObject({
      claimType: "intention",
      by: "person:shafqat-ali-khan",
      attributedAs: "Foreign Ministry spokesperson",
      text: "Pakistan is looking to contribute positively towards easing tensions between Iran and the United States",
      date: "2025-08-01",
    });
    expect(said.citations?.some((citation) => isSecondSource(citation.source))).toBe(true);
    expect(get("rel:iran-us-tensions", "relationship").stanceHistory?.at(-1)?.stance).toBe("strained");
  });

  it("3. Iran appearing to shift towards security diplomacy: the article's hedged assessment, not an event", () => {
    const shift = get("claim:iran-shifting-to-security-diplomacy", "claim");
    expect(shift).toMatchObject({
      claimType: "assessment",
      by: SEED_SOURCE_ID,
      parties: ["country:IRN"],
      hedges: ["appears"],
      confidence: 0.6,
    });
    expect(shift.text).toContain("appears to be shifting towards security diplomacy");
    expect(byId.has("event:iran-shifts-to-security-diplomacy")).toBe(false);
  });

  it("4. Pakistan balancing its strategic relationship with the US and its support for Iran", () => {
    expect(seedQuotes(get("rel:pakistan-us-alliance", "relationship")).join(" ")).toContain(
      "its strategic relationship with the US",
    );
    const support = get("rel:pakistan-supports-iran", "relationship");
    expect(support).toMatchObject({
      relationshipType: "support",
      parties: ["country:PAK", "country:IRN"],
      directed: true,
    });
  });

  it("5. trade lawyer Malik's view that easing tension could ease US sanctions", () => {
    const malik = get("person:malik", "person");
    expect(malik.positions).toHaveLength(1);
    expect(malik.positions?.[0]).toMatchObject({ title: "trade lawyer", role: "expert" });
    expect(malik.positions?.[0]?.organization).toBeUndefined();
    const view = get("claim:malik-easing-tension-could-ease-sanctions", "claim");
    expect(view).toMatchObject({
      claimType: "prediction",
      by: "person:malik",
      attributedAs: "trade lawyer",
      hedges: ["could potentially"],
      about: ["sanction:us-iran-nuclear", "rel:iran-us-tensions"],
    });
    expect(view.text).toContain("could potentially ease US sanctions");
    expect(view.confidence).toBeLessThan(1);
    // Nothing has been eased: the sanction's status is unchanged.
    expect(get("sanction:us-iran-nuclear", "sanction").statusHistory?.map((entry) => entry.status)).toEqual([
      "imposed",
    ]);
  });

  it("6. the gas pipeline, effectively frozen (undated) and blocked by the US sanctions", () => {
    const pipeline = get("project:iran-pakistan-gas-pipeline", "project");
    expect(pipeline.projectType).toBe("pipeline");
    expect(pipeline.parties).toEqual(expect.arrayContaining(["country:IRN", "country:PAK"]));
    const status = pipeline.statusHistory.at(-1);
    expect(status?.status).toBe("frozen");
    expect(status?.since).toBeUndefined();
    expect(status?.asOf).toBeUndefined();
    expect(get("sanction:us-iran-nuclear", "sanction").effects).toContainEqual(
      expect.objectContaining({ effect: "blocks-project", project: "project:iran-pakistan-gas-pipeline" }),
    );
  });

  it("7. the leaders' agreement to boost bilateral relations, security ties included", () => {
    const agreement = get("event:iran-pakistan-agree-to-boost-relations", "event");
    expect(agreement.category).toBe("AGREE");
    expect(agreement.actors).toEqual(expect.arrayContaining(["country:IRN", "country:PAK"]));
    expect(agreement.contexts).toEqual(expect.arrayContaining(["diplomatic", "military"]));
    expect(agreement.date).toBeUndefined();
  });

  it("8. Iran seeking better ties with Pakistan as a credible conduit to Washington: the article's reading", () => {
    const seeking = get("claim:iran-seeks-ties-with-pakistan", "claim");
    expect(seeking).toMatchObject({ claimType: "assessment", by: SEED_SOURCE_ID });
    expect(seeking.parties).toEqual(expect.arrayContaining(["country:IRN", "country:PAK"]));
    expect(seeking.text).toContain("credible conduit to Washington");
    expect(seeking.about).toEqual(["rel:iran-pakistan-relations", "mediation:pakistan-iran-us"]);
    expect(byId.has("event:iran-seeks-ties-with-pakistan")).toBe(false);
    const relations = get("rel:iran-pakistan-relations", "relationship");
    expect(relations.stanceHistory?.at(-1)?.causes).toEqual(["event:iran-pakistan-agree-to-boost-relations"]);
  });

  it("9. Secretary of State Rubio's praise of Pakistan's mediation and regional stability", () => {
    const rubio = get("person:marco-rubio", "person");
    const position = rubio.positions?.[0];
    expect(position).toMatchObject({
      title: "Secretary of State",
      country: "country:USA",
      period: { start: "2025-01-21" },
    });
    expect(position?.citations?.some((citation) => isSecondSource(citation.source))).toBe(true);
    const praise = get("event:rubio-praises-pakistan", "event");
    expect(praise).toMatchObject({
      category: "SUPPORT",
      actors: ["person:marco-rubio"],
      recipients: ["country:PAK"],
    });
    expect(praise.citations?.[0]?.quote).toContain("preserving regional stability");
    // What he commended: his position, in the article's words (a summary: it does not quote him).
    const commended = get("claim:rubio-commends-pakistan-mediation", "claim");
    expect(commended).toMatchObject({
      claimType: "position",
      by: "person:marco-rubio",
      attributedAs: "US Secretary of State",
      about: ["mediation:pakistan-iran-us"],
    });
    expect(commended.text).toBeUndefined();
    expect(commended.summary).toContain("mediating between Washington and Tehran");
  });

  it("10. President Pezeshkian's visit to Pakistan", () => {
    const pezeshkian = get("person:masoud-pezeshkian", "person");
    expect(pezeshkian.positions?.[0]).toMatchObject({
      title: "President of Iran",
      country: "country:IRN",
      period: { start: "2024-07-28" },
    });
    const visit = get("event:pezeshkian-visits-pakistan", "event");
    expect(visit).toMatchObject({
      category: "CONSULT",
      mode: "visit",
      actors: ["person:masoud-pezeshkian"],
      recipients: ["country:PAK"],
      date: "2025-08-02",
      endDate: "2025-08-03",
    });
    expect(
      visit.citations?.filter((citation) => isSecondSource(citation.source)).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it("11. Pakistan's reported role between Iran and the US, as a mediation", () => {
    const mediation = get("mediation:pakistan-iran-us", "mediation");
    expect(mediation.mediator).toBe("country:PAK");
    expect([...mediation.between].sort()).toEqual(["country:IRN", "country:USA"]);
    const reported = citationsIn(mediation).find((citation) =>
      citation.quote?.startsWith("it has been reported"),
    );
    expect(reported?.confidence).toBeLessThan(1);
  });

  it("12. the agreement to address militant activity near the border", () => {
    const agreement = get("event:iran-pakistan-agree-on-border-security", "event");
    expect(agreement.category).toBe("AGREE");
    expect(agreement.contexts).toEqual(expect.arrayContaining(["terrorism", "military"]));
    expect(agreement.location?.place).toBe("place:iran-pakistan-border-area");
  });

  it("13. the Balochistan insurgency, on both sides of the border, and its causes", () => {
    const balochistan = get("place:balochistan", "place");
    expect(balochistan).toMatchObject({
      placeType: "province",
      subdivision: "PK-BA",
      countries: ["country:PAK"],
    });
    expect(seedQuotes(balochistan).join(" ")).toContain("a mineral-rich province");
    const iranianSide = get("place:sistan-and-baluchestan", "place");
    expect(iranianSide.subdivision).toBe("IR-11");
    expect(isSubdivisionCode("IR-11")).toBe(true);
    expect(subdivisionName("IR-11")).toBe("Sīstān va Balūchestān");
    expect(iranianSide.countries).toEqual(["country:IRN"]);
    const uprising = get("rel:baloch-insurgency-pakistan", "relationship");
    expect(uprising.relationshipType).toBe("conflict");
    expect(uprising.parties).toContain("country:PAK");
    expect(uprising.stanceHistory?.[0]?.causes).toEqual(
      expect.arrayContaining(["event:balochistan-demands-autonomy-and-resources", "place:balochistan"]),
    );
    const demands = get("event:balochistan-demands-autonomy-and-resources", "event");
    expect(demands.category).toBe("REQUEST");
    expect(demands.summary).toContain("greater autonomy and control over resources");
    expect(get("rel:baloch-insurgency-iran", "relationship").parties).toContain("country:IRN");
  });

  it("14. the 900 km (560 mi) border through Balochistan", () => {
    const border = get("border:iran-pakistan", "border");
    expect(border.parties).toEqual(["country:IRN", "country:PAK"]);
    expect(border.length).toEqual({ value: 900, unit: "km", equivalents: [{ value: 560, unit: "mi" }] });
    expect(border.places).toContain("place:balochistan-region");
  });

  it("15. numerous, undated attacks by Jaish al-Adl and the BLA near the border", () => {
    const jaish = get("org:jaish-al-adl", "organization");
    const bla = get("org:bla", "organization");
    expect(jaish.organizationType).toBe("armed-group");
    expect(bla.organizationType).toBe("armed-group");
    expect(jaish.activeIn).toEqual(
      expect.arrayContaining(["country:IRN", "place:iran-pakistan-border-area"]),
    );
    expect(bla.country).toBe("country:PAK");
    expect(bla.aliases).toContain("BLA");
    expect(bla.activeIn).toContain("place:iran-pakistan-border-area");
    for (const [id, actor] of [
      ["event:jaish-al-adl-attacks-near-border", "org:jaish-al-adl"],
      ["event:bla-attacks-near-border", "org:bla"],
    ] as const) {
      const attacks = get(id, "event");
      expect(attacks).toMatchObject({ category: "ASSAULT", actors: [actor] });
      expect(attacks.date).toBeUndefined();
      expect(attacks.location?.place).toBe("place:iran-pakistan-border-area");
      expect(attacks.summary).toContain("numerous attacks");
    }
  });

  it("16. the alliance against militant groups: security cooperation, strained at times over its course", () => {
    const alliance = get("rel:iran-pakistan-counter-militancy", "relationship");
    expect(alliance.relationshipType).toBe("security-cooperation");
    expect(alliance.scope).toBe("fighting militant groups");
    // "At times strained" describes the relationship as a whole, not its current stance.
    expect(alliance.stanceHistory?.map((entry) => entry.stance)).toEqual(["cooperative"]);
    expect(alliance.notes).toContain("at times been strained by cross-border terrorism");
    expect(seedQuotes(alliance)).toContain(
      "their relationship has at times been strained due to cross-border terrorism",
    );
  });

  it("17. the $10 billion (EUR 8.6 billion) trade target, with no date", () => {
    const target = get("trade-target:iran-pakistan-10bn", "trade-target");
    expect(target.direction).toBe("total");
    expect(target.amount).toEqual({
      amount: 10e9,
      currency: "USD",
      equivalents: [{ amount: 8.6e9, currency: "EUR" }],
    });
    expect(target.targetDate).toBeUndefined();
    expect(target.announced).toBeUndefined();
  });

  it("18. US sanctions over Iran's nuclear programme, the major sticking point", () => {
    const sanction = get("sanction:us-iran-nuclear", "sanction");
    expect(sanction).toMatchObject({
      authority: "country:USA",
      targets: ["country:IRN"],
      objectiveType: "non-proliferation",
      program: { key: "US-IRAN" },
      secondary: true,
    });
    expect(sanction.measures).toEqual([
      "Asset freeze",
      "Import restrictions",
      "Export control",
      "Investment ban",
      "Financial restrictions",
      "Travel ban",
    ]);
    // The measures and the reach to third parties are cited to the OpenSanctions programme file.
    const programme = get("source:opensanctions-us-iran", "source");
    expect(programme.url).toMatch(
      /^https:\/\/github\.com\/opensanctions\/opensanctions\/.*\/meta\/programs\/US-IRAN\.yml$/,
    );
    expect(sanction.citations?.some((citation) => citation.source === programme.id)).toBe(true);
    expect(sanction.effects).toContainEqual(
      expect.objectContaining({ effect: "constrains-trade", parties: ["country:IRN", "country:PAK"] }),
    );
  });

  it("18. (the measures are those of the OpenSanctions US-IRAN programme file)", (context) => {
    if (!existsSync(US_IRAN_PROGRAMME_PATH)) {
      context.skip(`the OpenSanctions programme file is not on this machine (${US_IRAN_PROGRAMME_PATH})`);
    }
    const text = readFileSync(US_IRAN_PROGRAMME_PATH, "utf8");
    const block = text.slice(text.indexOf("\nmeasures:\n") + "\nmeasures:\n".length);
    const measures = [...block.matchAll(/^ {2}- (.+)$/gm)].map((match) => match[1]);
    expect(measures.length).toBeGreaterThan(0);
    expect(get("sanction:us-iran-nuclear", "sanction").measures).toEqual(measures);
  });

  it("19. Iran's hope that Pakistan's closeness to Trump helps it to a civilian nuclear deal", () => {
    // Malik's belief about what Iran wishes, not a request Iran made.
    const hope = get("claim:malik-iran-wants-help-on-nuclear-deal", "claim");
    expect(hope).toMatchObject({
      claimType: "assessment",
      by: "person:malik",
      attributedAs: "Trade law expert",
      hedges: ["believes"],
      parties: ["country:IRN", "country:PAK", "person:donald-trump"],
    });
    expect(hope.text).toContain("civilian nuclear deal");
    expect(byId.has("event:iran-wants-pakistan-help-on-nuclear-deal")).toBe(false);
    const trump = get("person:donald-trump", "person");
    expect(trump.positions?.[0]).toMatchObject({
      title: "President of the United States",
      country: "country:USA",
      period: { start: "2025-01-20" },
    });
    expect(get("rel:pakistan-trump-closeness", "relationship").parties).toEqual([
      "country:PAK",
      "person:donald-trump",
    ]);
  });

  it("20. shared interests in regional stability and economic growth, a foundation for deeper cooperation", () => {
    const relations = get("rel:iran-pakistan-relations", "relationship");
    expect(relations.scope).toBe("shared interests in regional stability and economic growth");
    const assessment = get("claim:shared-interests-may-deepen-cooperation", "claim");
    expect(assessment).toMatchObject({
      claimType: "prediction",
      by: SEED_SOURCE_ID,
      hedges: ["may"],
      about: ["rel:iran-pakistan-relations"],
    });
    expect(assessment.confidence).toBeLessThan(1);
  });
});
