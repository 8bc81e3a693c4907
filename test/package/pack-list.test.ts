import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { manifestTargets, patternToRegExp, ROOT, readManifest } from "./manifest.js";

// `npm pack --dry-run` lists only what users need: the build (dist: ESM, CommonJS, types, the JSON Schema files,
// the example dataset and the SQL views), the guides (docs/*.md, but the benchmarks), README, LICENSE, NOTICE and CHANGELOG.
// Patterns, not hashes. No source maps: they would point at sources the package does not ship.

const run = promisify(execFile);
const packed = inject("packed");
const manifest = readManifest();

/** Every file of the package matches one of these. */
const ALLOWED = [
  "package.json",
  "README.md",
  "LICENSE",
  "NOTICE",
  "CHANGELOG.md",
  "dist/**.js",
  "dist/**.cjs",
  "dist/**.d.ts",
  "dist/**.d.cts",
  "docs/*.md",
  "dist/schema/*.json",
  "dist/example/*.json",
  "dist/sql/*.sql",
].map(patternToRegExp);

/** The package holds each of these. */
const REQUIRED = [
  "package.json",
  "README.md",
  "LICENSE",
  "NOTICE",
  "CHANGELOG.md",
  "docs/getting-started.md",
  "docs/queries.md",
  "docs/extending.md",
  "docs/interop.md",
  "dist/sql/events.sql",
  "dist/sql/events_by_dyad.sql",
  "dist/sql/attribution.sql",
  "dist/sql/panel.sql",
];

async function dryRun(): Promise<string[]> {
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json"], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [result] = JSON.parse(stdout) as { files: { path: string }[] }[];
  return (result?.files ?? []).map((file) => file.path).sort();
}

describe("npm pack", () => {
  it("--dry-run lists the files the tarball holds", async () => {
    expect(await dryRun()).toEqual(packed.files);
  });

  it("holds only the build, the JSON Schema files, the example dataset, README, LICENSE, NOTICE, CHANGELOG", () => {
    const unexpected = packed.files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    expect(unexpected).toEqual([]);
  });

  it("holds no source map and not the contributors' benchmark notes", () => {
    expect(packed.files.filter((file) => file.endsWith(".map") || file === "docs/benchmarks.md")).toEqual([]);
  });

  it("holds README, LICENSE, NOTICE, CHANGELOG, package.json and the guides the README links", () => {
    expect(REQUIRED.filter((file) => !packed.files.includes(file))).toEqual([]);
  });

  it("names where its repository, home page and issue tracker are", () => {
    expect(manifest.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/bilateral\.git$/);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs?.url).toMatch(/^https:\/\/.*\/issues$/);
  });

  it("holds every guide the README links to", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const linked = [...readme.matchAll(/\]\((docs\/[^)#\s]+\.md)(?:#[^)]*)?\)/g)].map((match) => match[1]);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((path) => !packed.files.includes(path as string))).toEqual([]);
  });

  it("holds every file package.json points at (exports, main, module, types, bin)", () => {
    const targets = manifestTargets(manifest);
    const missing = targets.filter(
      (target) => !packed.files.some((file) => patternToRegExp(target).test(file)),
    );
    expect(targets.length).toBeGreaterThan(4);
    expect(missing).toEqual([]);
  });

  it("ships the JSON Schema files and the example dataset when package.json exports them", () => {
    const exported = Object.keys(manifest.exports);
    if (exported.some((subpath) => subpath.startsWith("./schema"))) {
      expect(packed.files.filter((file) => /^dist\/schema\/.+\.json$/.test(file)).length).toBeGreaterThan(1);
    }
    if (exported.some((subpath) => subpath.startsWith("./example"))) {
      expect(packed.files.some((file) => file.startsWith("dist/example"))).toBe(true);
    }
  });

  it("holds no sources, tests, generated API docs, scripts or tarballs", () => {
    const stray = packed.files.filter(
      (file) =>
        /^(src|test|docs\/api|scripts|bench|\.changeset|\.tmp|coverage)\/|\.tgz$/.test(file) ||
        /^docs\/.*\//.test(file),
    );
    expect(stray).toEqual([]);
  });
});
