#!/usr/bin/env node
// The docs site as a reader sees it. Serves docs/api (built by `npm run docs` when it is not there, or with
// --rebuild) from 127.0.0.1 and opens it in headless Chromium (Debian's, driven by playwright-core):
// - crawls every page reachable from index.html and checks that every internal link resolves (the page loads
//   with status 200 and the `#anchor` exists on it), listing every broken link with the page it is on;
// - fails on a broken page: empty main content, a console error, a page error, a failed or outside request;
// - saves screenshots of the landing page, a record kind page and a function page to .tmp/screenshots/ and
//   checks that each is not blank;
// - when the built CLI has a `report` command, renders the seed story's report (IRN, PAK), opens it and
//   screenshots it too; otherwise says so and skips that part.
// Exit 0 when every check passes, 1 otherwise.
//
//   npm run test:browser [-- --rebuild]
//   CHROMIUM=/path/to/chromium BILATERAL_CLI=/path/to/main.js npm run test:browser

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SITE = join(ROOT, "docs", "api");
const TMP = join(ROOT, ".tmp");
const SHOTS = join(TMP, "screenshots");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const CONCURRENCY = 4;
const TIMEOUT = 30_000;
/** A screenshot smaller than this, or with fewer colours, is taken as blank. */
const MIN_PNG_BYTES = 8_000;
const MIN_COLOURS = 8;
/** A page not read in this time is reported as broken; the whole run gives up after RUN_DEADLINE. */
const PAGE_DEADLINE = 90_000;
const RUN_DEADLINE = 10 * 60_000;

/** What each check found wrong, by check name; an empty list is a pass. */
const results = new Map();
let skipped = 0;

function fail(message) {
  console.error(`test:browser: ${message}`);
  process.exit(1);
}

if (!existsSync(CHROMIUM)) {
  fail(`no Chromium at ${CHROMIUM}: install Debian's chromium: apt-get install -y chromium`);
}
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  fail("playwright-core is not installed: run npm ci");
}

if (process.argv.includes("--rebuild") || !existsSync(join(SITE, "index.html"))) {
  console.log("test:browser: building the docs site (npm run docs)");
  const docs = spawnSync("npm", ["run", "docs"], { cwd: ROOT, stdio: "inherit" });
  if (docs.status !== 0) fail("npm run docs failed");
}

setTimeout(() => fail(`gave up after ${RUN_DEADLINE / 60_000} minutes`), RUN_DEADLINE).unref();
const server = await serve(SITE);
const userDataDir = mkdtempSync(join(tmpdir(), "bilateral-chromium-"));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
    viewport: { width: 1280, height: 900 },
  });
} catch (error) {
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
  fail(`Chromium at ${CHROMIUM} did not start: ${String(error?.message ?? error).split("\n")[0]}`);
}

const outside = new Set();
context.on("request", (request) => {
  const url = new URL(request.url());
  if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1") outside.add(url.href);
});

try {
  const started = performance.now();
  const pages = await crawl(`${server.origin}/index.html`);
  results.set("pages", pageProblems(pages));
  results.set("links", await linkProblems(pages));
  const slowest = [...pages]
    .sort(([, a], [, b]) => (b.ms ?? 0) - (a.ms ?? 0))
    .slice(0, 3)
    .map(([url, seen]) => `${sitePath(url)} ${((seen.ms ?? 0) / 1000).toFixed(1)} s`);
  console.log(
    `test:browser: crawled ${pages.size} pages in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(slowest: ${slowest.join(", ")})`,
  );
  await screenshots(pages);
  await report();
  results.set(
    "no request leaves 127.0.0.1",
    [...outside].map((url) => `request to ${url}`),
  );
} finally {
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

let failed = 0;
for (const [check, problems] of results) {
  if (problems.length === 0) continue;
  failed++;
  console.log(`\nFAIL ${check}: ${problems.length} problem(s)`);
  for (const problem of problems) console.log(`  ${problem}`);
}
console.log(
  `\nbrowser: ${results.size - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
process.exit(failed ? 1 : 0);

/** Chromium asks every site for /favicon.ico; typedoc makes none, and a reader sees no error for it. */
function isFavicon(url) {
  return new URL(url).pathname === "/favicon.ico";
}

/**
 * A console error a reader's page logs. A failed request logs "Failed to load resource" without its URL: the
 * response listener reports it with the URL instead.
 */
function consoleError(message) {
  return message.type() === "error" && !message.text().startsWith("Failed to load resource");
}

/** Resolves to undefined after `ms`, without keeping the process alive. */
function deadline(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Serves the files under `root` on 127.0.0.1, on a free port. */
async function serve(root) {
  const types = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".json": "application/json",
    ".md": "text/markdown; charset=utf-8",
  };
  const http = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) file = "";
    else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "max-age=600",
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => http.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${http.address().port}`, close: () => http.close() };
}

/**
 * Opens `url` in `page` and reads what a reader gets: status, errors, main text, links and ids. The sidebar is
 * drawn by script from one file (navigation.js) that every page shares: its links are read only when `nav`.
 */
async function visit(page, url, { nav = false } = {}) {
  const errors = [];
  const onConsole = (message) => {
    if (consoleError(message)) errors.push(`console error: ${message.text()}`);
  };
  const onPageError = (error) => errors.push(`page error: ${error.message}`);
  const onResponse = (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
      errors.push(`${response.status()} for ${response.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("response", onResponse);
  const started = performance.now();
  try {
    const response = await page.goto(url, { waitUntil: "load", timeout: TIMEOUT });
    const status = response?.status() ?? 0;
    if (status !== 200) return { status, errors: [], ids: new Set(), links: [] };
    // typedoc hides the body until its script has run, and fills the sidebar from navigation.js.
    await page
      .waitForFunction(() => document.body.style.display !== "none", null, { timeout: TIMEOUT })
      .catch(() => errors.push("the page stays hidden (typedoc's main.js did not run)"));
    if (nav) {
      await page
        .waitForSelector("#tsd-nav-container a", { state: "attached", timeout: TIMEOUT })
        .catch(() => errors.push("the sidebar navigation did not render"));
    }
    const seen = await page.evaluate((nav) => {
      const links = [...document.querySelectorAll("a[href]")].filter(
        (a) => nav || !a.closest("#tsd-nav-container"),
      );
      const main = document.querySelector(".col-content");
      let mainText = null;
      if (main) {
        const body = main.cloneNode(true);
        body.querySelector(".tsd-page-title")?.remove();
        mainText = body.textContent.trim();
      }
      return {
        mainText,
        ids: [...document.querySelectorAll("[id]")].map((element) => element.id),
        names: [...document.querySelectorAll("a[name]")].map((element) => element.name),
        links: links.map((a) => ({ raw: a.getAttribute("href"), url: a.href })),
        // A link a reader cannot see: no text, no label, no image with a text alternative.
        blank: links
          .filter(
            (a) => !a.textContent.trim() && !a.getAttribute("aria-label") && !a.querySelector("img[alt]"),
          )
          .map((a) => a.getAttribute("href")),
      };
    }, nav);
    for (const href of seen.blank) errors.push(`a link with no text: ${href}`);
    if (seen.mainText === null) errors.push("no main content (.col-content)");
    else if (seen.mainText === "") errors.push("the main content is empty");
    const ids = new Set([...seen.ids, ...seen.names]);
    return { status, errors, ids, links: seen.links, ms: performance.now() - started };
  } catch (error) {
    errors.push(`did not load: ${String(error?.message ?? error).split("\n")[0]}`);
    return { status: 0, errors, ids: new Set(), links: [] };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("response", onResponse);
  }
}

/** True for a link to a page of the site (HTML), as opposed to a file it links to (Markdown, image). */
function isPage(url) {
  return url.pathname.endsWith(".html") || url.pathname.endsWith("/");
}

/** Every page reachable from `start` by same-origin links, by URL without fragment, in CONCURRENCY tabs. */
async function crawl(start) {
  const pages = new Map([[start, null]]); // null: queued, not yet visited
  const origin = new URL(start).origin;
  const queue = [start];
  let busy = 0;
  let wake = () => {};
  const waitForWork = () =>
    new Promise((resolve) => {
      const others = wake;
      wake = () => {
        others();
        resolve();
      };
    });
  async function worker(first) {
    let tab = first;
    // A page that did not load is tried once more, in a new tab: a navigation that timed out may still
    // commit later, and would interrupt the next one in the same tab.
    async function read(url) {
      for (let attempt = 1; ; attempt++) {
        const seen = (await Promise.race([
          visit(tab, url, { nav: url === start }),
          deadline(PAGE_DEADLINE),
        ])) ?? {
          status: 0,
          errors: [`not read within ${PAGE_DEADLINE / 1000} s`],
          ids: new Set(),
          links: [],
        };
        if (seen.status !== 0 || attempt === 2) return seen;
        tab.close().catch(() => {}); // not waited for: it may be stuck
        tab = await context.newPage();
      }
    }
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        if (busy === 0) break;
        await waitForWork();
        continue;
      }
      busy++;
      const seen = await read(url);
      pages.set(url, seen);
      for (const link of seen.links) {
        const target = new URL(link.url);
        if (target.origin !== origin || !isPage(target)) continue;
        target.hash = "";
        if (!pages.has(target.href)) {
          pages.set(target.href, null);
          queue.push(target.href);
        }
      }
      busy--;
      const waiting = wake;
      wake = () => {};
      waiting();
    }
    const waiting = wake;
    wake = () => {};
    waiting();
  }
  const tabs = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
  await Promise.all(tabs.map(worker));
  for (const tab of context.pages()) tab.close().catch(() => {});
  return pages;
}

function pageProblems(pages) {
  const problems = [];
  for (const [url, seen] of pages) {
    if (seen.status !== 200) problems.push(`${sitePath(url)}: status ${seen.status}`);
    for (const error of seen.errors) problems.push(`${sitePath(url)}: ${error}`);
  }
  return problems;
}

/** Every internal link that does not resolve: a missing page, a failing file, a missing anchor. */
async function linkProblems(pages) {
  const problems = [];
  const files = new Map();
  let checked = 0;
  for (const [from, seen] of pages) {
    for (const link of seen.links) {
      const target = new URL(link.url);
      if (target.origin !== server.origin) continue;
      if (link.raw === "#") continue; // typedoc's menu toggle
      checked++;
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = "";
      const on = `${sitePath(from)}: ${link.raw}`;
      if (!isPage(target)) {
        if (!files.has(target.href)) files.set(target.href, (await fetch(target.href)).status);
        if (files.get(target.href) !== 200) problems.push(`${on} -> status ${files.get(target.href)}`);
        continue;
      }
      const page = pages.get(target.href);
      if (page?.status !== 200) problems.push(`${on} -> status ${page?.status ?? "not visited"}`);
      else if (fragment && !page.ids.has(fragment)) {
        problems.push(`${on} -> no element with id "${fragment}" on ${sitePath(target.href)}`);
      }
    }
  }
  console.log(`test:browser: checked ${checked} internal links`);
  return problems;
}

function sitePath(url) {
  return decodeURIComponent(new URL(url).pathname).replace(/^\//, "") + new URL(url).hash;
}

/** Problems with a PNG screenshot: too small a file, or too few colours (a blank or flat page). */
async function blankness(page, png) {
  const problems = [];
  if (png.length < MIN_PNG_BYTES) problems.push(`${png.length} bytes (under ${MIN_PNG_BYTES})`);
  const colours = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const g = canvas.getContext("2d");
    g.drawImage(image, 0, 0);
    const pixels = new Uint32Array(g.getImageData(0, 0, image.width, image.height).data.buffer);
    return new Set(pixels).size;
  }, png.toString("base64"));
  if (colours < MIN_COLOURS) problems.push(`${colours} colour(s) (under ${MIN_COLOURS}): blank`);
  return problems;
}

async function screenshot(name, url, options = {}) {
  const page = await context.newPage();
  const problems = [];
  try {
    const seen = await visit(page, url);
    if (seen.status !== 200) problems.push(`status ${seen.status}`);
    const path = join(SHOTS, `${name}.png`);
    const png = await page.screenshot({ path, ...options });
    await page.goto("about:blank");
    problems.push(...(await blankness(page, png)));
    console.log(`test:browser: screenshot ${relative(ROOT, path)} (${png.length} bytes)`);
  } finally {
    await page.close();
  }
  return problems;
}

/** The first crawled page whose path matches one of `patterns`, tried in order. */
function findPage(pages, patterns) {
  for (const pattern of patterns) {
    for (const url of pages.keys()) if (pattern.test(new URL(url).pathname)) return url;
  }
  return undefined;
}

async function screenshots(pages) {
  mkdirSync(SHOTS, { recursive: true });
  const wanted = [
    ["landing", [/\/index\.html$/]],
    ["record-kind-schema", [/\/variables\/[^/]*EventSchema\.html$/]],
    ["record-kind-type", [/\/interfaces\/[^/]*EventRecord\.html$/, /\/types\/[^/]*EventRecord\.html$/]],
    ["function", [/\/functions\/[^/]*findEvents\.html$/]],
  ];
  for (const [name, patterns] of wanted) {
    const url = findPage(pages, patterns);
    results.set(
      `screenshot ${name}`,
      url ? await screenshot(name, url) : [`no crawled page matches ${patterns.join(" or ")}`],
    );
  }
}

/** The seed story's report (IRN, PAK), when the built CLI has a `report` command. */
async function report() {
  const cli = process.env.BILATERAL_CLI ?? join(ROOT, "dist", "cli", "main.js");
  if (!existsSync(cli)) {
    console.log("test:browser: dist/cli/main.js is not built (npm run build): report check skipped");
    skipped++;
    return;
  }
  const help = spawnSync(process.execPath, [cli, "report", "--help"], { cwd: ROOT, encoding: "utf8" });
  if (help.status !== 0 || !/Usage: bilateral report\b/.test(help.stdout)) {
    console.log("test:browser: the CLI has no `report` command yet: report check skipped");
    skipped++;
    return;
  }
  const out = join(TMP, "report.html");
  rmSync(out, { force: true });
  const seed = join(ROOT, "src", "example", "seed-story.json");
  const run = spawnSync(process.execPath, [cli, "report", seed, "--dyad", "IRN,PAK", "-o", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0 || !existsSync(out)) {
    results.set("report", [`bilateral report exited with ${run.status}: ${run.stderr.trim()}`]);
    return;
  }
  const reports = await serve(TMP);
  const page = await context.newPage();
  const problems = [];
  try {
    const errors = [];
    page.on("console", (message) => consoleError(message) && errors.push(`console error: ${message.text()}`));
    page.on("response", (response) => {
      if (response.status() >= 400 && !isFavicon(response.url())) {
        errors.push(`${response.status()} for ${response.url()}`);
      }
    });
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    const response = await page.goto(`${reports.origin}/report.html`, { timeout: TIMEOUT });
    if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
    const { text, charts } = await page.evaluate(() => ({
      // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, not that of <style>
      text: document.body.innerText.trim(),
      charts: document.querySelectorAll("svg").length,
    }));
    if (!text) problems.push("the report page is empty (no text)");
    if (charts === 0) problems.push("the report page holds no chart (no <svg>)");
    problems.push(...errors);
    const png = await page.screenshot({ path: join(SHOTS, "report.png"), fullPage: true });
    console.log(`test:browser: screenshot .tmp/screenshots/report.png (${png.length} bytes, ${charts} svg)`);
    await page.goto("about:blank");
    problems.push(...(await blankness(page, png)));
  } finally {
    await page.close();
    reports.close();
  }
  results.set("report", problems);
}
