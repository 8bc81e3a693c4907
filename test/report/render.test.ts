import { createIndex } from "bilateral";
import { loadSeedStory } from "bilateral/example";
import {
  DYAD_CHART_NAMES,
  RendererMissingError,
  renderDyadReport,
  renderDyadSvg,
  renderSpecToSvg,
  stanceChart,
} from "bilateral/report";
import { beforeAll, describe, expect, it } from "vitest";

const IRN = "country:IRN";
const PAK = "country:PAK";
const seed = createIndex(loadSeedStory());

/** Every address the text points at, as `attribute=url` or `url(...)`, wherever it stands. */
function references(html: string): string[] {
  return [...html.matchAll(/\b([a-z:-]+)\s*=\s*"(https?:[^"]*)"|url\(\s*['"]?(https?:[^)'"]*)/gi)].map(
    (match) => (match[3] === undefined ? `${match[1]}=${match[2]}` : `url(${match[3]})`),
  );
}

describe("renderDyadReport: the seed story's report", () => {
  let html = "";
  beforeAll(async () => {
    html = await renderDyadReport(seed, IRN, PAK);
  });

  it("is an HTML page with a title, the parties, a section per chart with its SVG, and the claims as text", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<title>Iran - Pakistan</title>");
    expect(html).toContain("Iran (country:IRN) and Pakistan (country:PAK)");
    for (const name of DYAD_CHART_NAMES) {
      expect(html).toMatch(
        new RegExp(`<section id="${name}"><h2>[^<]+</h2>(?:<p class="notes">[^<]*</p>)*\\n<svg `),
      );
    }
    expect(html.match(/<svg /g)?.length).toBe(DYAD_CHART_NAMES.length);
    expect(html).toContain("<strong>Shafqat Ali Khan</strong>, Foreign Ministry spokesperson");
    expect(html).toContain('<span class="hedges">(hedged: believes)</span>');
  });

  it("holds no script and fetches nothing: the only web addresses are the sources' links and SVG namespaces", () => {
    expect(html).not.toMatch(/<script|javascript:|<link|<img|<iframe|@import|\bsrc\s*=/i);
    const outside = references(html).filter(
      (reference) =>
        !reference.startsWith("href=") && !/^xmlns(:xlink)?=http:\/\/www\.w3\.org\//.test(reference),
    );
    expect(outside).toEqual([]);
    // The links are anchors to the cited sources.
    const links = [...html.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => /^https:\/\//.test(link ?? ""))).toBe(true);
  });

  it("draws the marks the data asks for: the month's bar, the undated stance and status labels, the claim's dot", () => {
    const section = (name: string) =>
      html.slice(html.indexOf(`<section id="${name}">`)).split("</section>")[0] ?? "";
    expect(section("events")).toMatch(
      /class="mark-rect role-mark [^"]*"[^>]*><path aria-label="[^"]*month: 2025-08/,
    );
    expect(section("stance")).toContain("cooperative (undated)");
    expect(section("sanctions")).toContain("imposed (undated)");
    expect(section("projects")).toContain("frozen (undated)");
    expect(section("trade")).toContain("goal: 10B USD");
    expect(section("claims")).toMatch(/class="mark-symbol role-mark [^"]*"/);
    expect(section("claims")).toContain("undated");
  });

  it("escapes the data's text", async () => {
    const dataset = loadSeedStory();
    const records = dataset.records.map((record) =>
      record.id === "country:PAK" ? { ...record, name: "<b>Pakistan</b> & co" } : record,
    );
    const page = await renderDyadReport(createIndex({ ...dataset, records }), IRN, PAK);
    expect(page).toContain("&#60;b&#62;Pakistan&#60;/b&#62; &#38; co");
    expect(page).not.toContain("<b>Pakistan</b>");
  });
});

describe("renderDyadSvg and renderSpecToSvg", () => {
  it("draws every chart of the seed story in one SVG picture", async () => {
    const svg = await renderDyadSvg(seed, IRN, PAK);
    expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
    expect(svg).toContain("Iran - Pakistan");
    for (const title of [
      "Events per month by quad class",
      "Stance",
      "Trade against the trade target",
      "Claims",
    ])
      expect(svg).toContain(title);
    expect(svg).not.toMatch(/<script/i);
  });

  it("draws one spec", async () => {
    const svg = await renderSpecToSvg(stanceChart(seed, IRN, PAK, { width: 300 }));
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain("Iran-Pakistan bilateral relations");
  });
});

describe("without vega", () => {
  const missing = (name: string) => async () => {
    throw Object.assign(
      new Error(`Cannot find package '${name}' imported from /app/node_modules/bilateral`),
      {
        code: "ERR_MODULE_NOT_FOUND",
      },
    );
  };

  it("a renderer that cannot be loaded is a RendererMissingError saying what to install", async () => {
    const error = new RendererMissingError("vega");
    expect(error.message).toContain("npm install vega vega-lite");
    expect(error.packageName).toBe("vega");
    await expect(
      renderDyadReport(seed, IRN, PAK, { loadRenderer: async () => ({ vega: {}, vegaLite: {} }) }),
    ).rejects.toThrow(RendererMissingError);
  });

  it("vega or vega-lite not installed: a RendererMissingError naming the package, with the failure as its cause", async () => {
    for (const name of ["vega", "vega-lite"]) {
      const error = await renderDyadSvg(seed, IRN, PAK, { loadRenderer: missing(name) }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RendererMissingError);
      expect((error as RendererMissingError).packageName).toBe(name);
      expect((error as Error).message).toContain(`${name} is not installed: npm install vega vega-lite`);
      expect(String((error as Error).cause)).toContain(`Cannot find package '${name}'`);
    }
  });

  it("another failure of the loader is passed on as it is", async () => {
    const broken = async () => {
      throw new TypeError("vega is broken");
    };
    await expect(renderDyadSvg(seed, IRN, PAK, { loadRenderer: broken })).rejects.toThrow(TypeError);
  });

  it("modules given by the caller are used", async () => {
    const [vega, vegaLite] = await Promise.all([import("vega" as string), import("vega-lite" as string)]);
    const svg = await renderSpecToSvg(stanceChart(seed, IRN, PAK), {
      loadRenderer: async () => ({ vega, vegaLite }),
    });
    expect(svg).toMatch(/^<svg /);
  });
});
