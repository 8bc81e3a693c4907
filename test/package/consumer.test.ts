import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { transform } from "esbuild";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fencedBlocks } from "../docs/code-blocks.js";
import {
  fileSpecifier,
  fileSubpaths,
  type Manifest,
  moduleSubpaths,
  patternToRegExp,
  ROOT,
  readManifest,
} from "./manifest.js";

// A consumer's view of the packed library: the tarball installed into a temporary project (test/package/setup.ts),
// loaded as ESM and as CommonJS, type-checked under two module resolutions, its CLI run from node_modules/.bin,
// and the extension guide's example compiled and run against it.

const run = promisify(execFile);
const packed = inject("packed");
const consumer = packed.consumer;
const installed = join(consumer, "node_modules", "bilateral");
const manifest: Manifest = readManifest();
const modules = moduleSubpaths(manifest);
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function exec(file: string, args: readonly string[], cwd = consumer): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(file, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failure.code === "number" ? failure.code : -1,
      stdout: failure.stdout ?? "",
      stderr: failure.stderr ?? "",
    };
  }
}

/** Writes a script into the consumer project and runs it with node; its last stdout line is JSON. */
async function runScript(name: string, source: string): Promise<unknown> {
  writeFileSync(join(consumer, name), source);
  const outcome = await exec(process.execPath, [name]);
  if (outcome.code !== 0) throw new Error(`node ${name} exited with ${outcome.code}:\n${outcome.stderr}`);
  const lines = outcome.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1] ?? "null");
}

const seedRecordCount = (
  JSON.parse(readFileSync(join(ROOT, "src", "example", "seed-story.json"), "utf8")) as { records: unknown[] }
).records.length;

const SMOKE = `
const iran = bilateral.CountrySchema.parse({ id: "country:IRN", kind: "country", name: "Iran", code: "IRN" });
const seed = bilateral.safeParseDataset(example.seedStoryInput);
const bad = bilateral.safeParseDataset({
  format: "bilateral",
  version: "1.0",
  records: [{ id: "country:XXX", kind: "country", name: "Nowhere", code: "XXX" }],
});
let thrown = "";
try {
  bilateral.parseDataset({ format: "bilateral", version: "9.0", records: [] });
} catch (error) {
  thrown = error instanceof bilateral.BilateralValidationError ? error.issues.map((issue) => issue.code).join() : String(error);
}
console.log(JSON.stringify({
  iran: iran.code,
  seedValid: seed.success,
  seedRecords: seed.success ? seed.data.records.length : seed.issues.slice(0, 5),
  loaded: example.loadSeedStory().records.length,
  bad: bad.issues.map((issue) => issue.code),
  thrown,
}));
`;

const SMOKE_EXPECTED = {
  iran: "IRN",
  seedValid: true,
  seedRecords: seedRecordCount,
  loaded: seedRecordCount,
  bad: ["invalid_country_code"],
  thrown: "unsupported_version",
};

describe("the packed library, installed in a consumer project", () => {
  it("installs as node_modules/bilateral, at this version", () => {
    expect(readManifest(installed).version).toBe(manifest.version);
  });

  it("resolves every module subpath as ESM and as CommonJS, with the same named exports", async () => {
    expect(modules.map((entry) => entry.subpath)).toContain(".");
    for (const entry of modules) {
      const spec = JSON.stringify(entry.specifier);
      const esm = (await runScript(
        "keys.mjs",
        `const m = await import(${spec});\nconsole.log(JSON.stringify(Object.keys(m).filter((k) => k !== "default").sort()));\n`,
      )) as string[];
      const cjs = (await runScript(
        "keys.cjs",
        `console.log(JSON.stringify(Object.keys(require(${spec})).filter((k) => k !== "__esModule").sort()));\n`,
      )) as string[];
      expect(esm.length, `${entry.specifier} exports nothing`).toBeGreaterThan(0);
      expect(cjs, `${entry.specifier}: require() and import() differ`).toEqual(esm);
    }
  });

  it("ESM: import parses a schema, validates the seed dataset and reports issues", async () => {
    const source = `import * as bilateral from "bilateral";\nimport * as example from "bilateral/example";\n${SMOKE}`;
    expect(await runScript("smoke.mjs", source)).toEqual(SMOKE_EXPECTED);
  });

  it("CommonJS: require parses a schema, validates the seed dataset and reports issues", async () => {
    const source = `const bilateral = require("bilateral");\nconst example = require("bilateral/example");\n${SMOKE}`;
    expect(await runScript("smoke.cjs", source)).toEqual(SMOKE_EXPECTED);
  });

  it("resolves every file subpath (JSON Schema files, the example dataset) and each file is JSON", async () => {
    const require = createRequire(join(consumer, "index.js"));
    const subpaths = fileSubpaths(manifest);
    for (const { subpath, target } of subpaths) {
      const pattern = patternToRegExp(target.replace(/^\.\//, ""));
      const matches = listFiles(installed).filter((file) => pattern.test(file));
      expect(matches.length, `${subpath} -> ${target} matches no file of the package`).toBeGreaterThan(0);
      for (const file of matches) {
        const name = subpath.includes("*") ? starValue(target.replace(/^\.\//, ""), file) : "";
        const specifier = fileSpecifier(manifest, subpath, name);
        expect(relative(installed, require.resolve(specifier)), specifier).toBe(file);
        if (file.endsWith(".json"))
          expect(() => JSON.parse(readFileSync(join(installed, file), "utf8")), file).not.toThrow();
      }
    }
  });

  it("runs the CLI from node_modules/.bin: --version, validate (valid, invalid, unreadable)", async () => {
    const bins = Object.keys(manifest.bin ?? {});
    expect(bins).toContain("bilateral");
    const cli = join(consumer, "node_modules", ".bin", "bilateral");
    const seed = join(consumer, "seed.json");
    const broken = join(consumer, "broken.json");
    writeFileSync(seed, readFileSync(join(ROOT, "src", "example", "seed-story.json")));
    writeFileSync(
      broken,
      JSON.stringify({ format: "bilateral", version: "1.0", records: [{ id: "x", kind: "country" }] }),
    );
    const version = await exec(cli, ["--version"]);
    expect(version.stdout.trim()).toBe(manifest.version);
    expect(await exec(cli, ["validate", seed])).toMatchObject({ code: 0 });
    const invalid = await exec(cli, ["validate", "--json", broken]);
    expect(invalid.code).toBe(1);
    expect((JSON.parse(invalid.stdout) as { valid: boolean }).valid).toBe(false);
    const missing = await exec(cli, ["validate", join(consumer, "no-such-file.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("runs the CLI with --model: a model module that imports the installed package, its kinds and references resolved", async () => {
    const cli = join(consumer, "node_modules", ".bin", "bilateral");
    const model = join(consumer, "vessel-model.mjs");
    writeFileSync(model, readFileSync(join(ROOT, "test", "fixtures", "cli", "vessel-model.mjs")));
    const fleet = join(consumer, "fleet.json");
    const vessel = { id: "vessel:9074729", kind: "vessel", name: "Example", imo: "9074729" };
    const seizure = {
      id: "event:seizure",
      kind: "event",
      category: "COERCE",
      mode: "seize",
      actors: ["country:IRN"],
      recipients: ["country:OMN"],
      date: "2024-04",
      vessels: ["vessel:9074729"],
    };
    const countries = [
      { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" },
      { id: "country:OMN", kind: "country", name: "Oman", code: "OMN" },
    ];
    const dataset = (records: unknown[]) => JSON.stringify({ format: "bilateral", version: "1.0", records });
    writeFileSync(fleet, dataset([...countries, vessel, seizure]));
    expect(await exec(cli, ["validate", fleet])).toMatchObject({ code: 1 });
    expect(await exec(cli, ["validate", "--model", model, fleet])).toMatchObject({ code: 0 });
    // A reference of the model's own field is followed: the CLI's copy of the library sees the model's markers.
    writeFileSync(fleet, dataset([...countries, seizure]));
    const unresolved = await exec(cli, ["validate", "--model", model, "--json", fleet]);
    expect(unresolved.code).toBe(1);
    expect(JSON.parse(unresolved.stdout).issues).toEqual([
      expect.objectContaining({ code: "unresolved_reference", path: ["records", 2, "vessels", 0] }),
    ]);
  });
});

/** Every file of a folder, recursively, as `/`-separated relative paths (node_modules left out). */
function listFiles(folder: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") out.push(...listFiles(folder, path));
    } else out.push(path);
  }
  return out;
}

/** What `*` stands for in a pattern (`dist/schema/*.json`) for one matching file. */
function starValue(pattern: string, file: string): string {
  const [before = "", after = ""] = pattern.split("*");
  return file.slice(before.length, file.length - after.length);
}

// ---------------------------------------------------------------------------------------------------------------
// Type-checking as a consumer: strict, skipLibCheck false, under moduleResolution nodenext (ESM and CommonJS
// files) and bundler.

const CONSUMER_TS = `import {
  type Country,
  CountrySchema,
  type Dataset,
  type DatasetRecord,
  type Issue,
  type ParseResult,
  parseRecord,
  type RecordOfKind,
  safeParseDataset,
} from "bilateral";
import { loadSeedStory, seedStoryInput } from "bilateral/example";

const iran: Country = parseRecord(CountrySchema, { id: "country:IRN", kind: "country", name: "Iran", code: "IRN" });
export const code: string = iran.code;

const result: ParseResult<Dataset> = safeParseDataset(seedStoryInput);
if (result.success) {
  const records: readonly DatasetRecord[] = result.data.records;
  const border = records.find((record): record is RecordOfKind<"border"> => record.kind === "border");
  const parties: readonly [string, string] | undefined = border?.parties;
  console.log(parties);
} else {
  const issues: readonly Issue[] = result.issues;
  console.log(issues.map((issue) => issue.code));
}

export const kinds: string[] = loadSeedStory().records.map((record) => record.kind);

// @ts-expect-error a country has no parties
export const wrong: Country = { id: "country:X", kind: "country", name: "X", code: "XXX", parties: [] };
// @ts-expect-error record kinds are a closed union
export const unknownKind: DatasetRecord["kind"] = "vessel";
`;

function namespaceImports(): string {
  return modules
    .map(
      (entry, index) =>
        `import * as module${index} from "${entry.specifier}";\nconsole.log(module${index});\n`,
    )
    .join("");
}

function guideBlocks(): { name: string; code: string; runnable: boolean }[] {
  const guide = join(ROOT, "docs", "extending.md");
  if (!existsSync(guide)) return [];
  return fencedBlocks(readFileSync(guide, "utf8"), "docs/extending.md")
    .filter((block) => block.checked)
    .map((block) => ({
      name: `extending-L${block.line}`,
      code: `${block.code}\nexport {};\n`,
      runnable: block.runnable,
    }));
}

async function typecheck(
  config: string,
  compilerOptions: object,
  files: readonly string[],
): Promise<Outcome> {
  writeFileSync(join(consumer, config), JSON.stringify({ compilerOptions, files }, null, 2));
  return exec(process.execPath, [TSC, "-p", config, "--pretty", "false"]);
}

const STRICT = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: "ES2022",
  lib: ["ES2022"],
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  typeRoots: [join(ROOT, "node_modules", "@types")],
  types: ["node"],
};

// The two compilations run side by side (describe.concurrent): each is a separate tsc process.
describe.concurrent("type-checking a consumer (strict, skipLibCheck: false)", () => {
  const guide = guideBlocks();
  beforeAll(() => {
    for (const block of guide) writeFileSync(join(consumer, `${block.name}.ts`), block.code);
  });

  it("moduleResolution nodenext: an ES module and a CommonJS module", async () => {
    writeFileSync(join(consumer, "consumer.ts"), `${CONSUMER_TS}\n${namespaceImports()}`);
    writeFileSync(join(consumer, "consumer.cts"), `${CONSUMER_TS}\n${namespaceImports()}`);
    const files = ["consumer.ts", "consumer.cts", ...guide.map((block) => `${block.name}.ts`)];
    const outcome = await typecheck(
      "tsconfig.nodenext.json",
      { ...STRICT, module: "nodenext", moduleResolution: "nodenext" },
      files,
    );
    expect(outcome.stdout + outcome.stderr).toBe("");
    expect(outcome.code).toBe(0);
  });

  // A browser application: no @types/node, the DOM library instead. The root and example entry points must not
  // need Node's types (bilateral/interop, which reads streams, does: the nodenext consumer checks it).
  it("moduleResolution bundler, without Node's types", async () => {
    writeFileSync(join(consumer, "browser.ts"), CONSUMER_TS);
    const files = ["browser.ts", ...guide.map((block) => `${block.name}.ts`)];
    const { typeRoots: _, ...options } = STRICT;
    const browser = {
      ...options,
      types: [],
      lib: ["ES2022", "DOM"],
      module: "esnext",
      moduleResolution: "bundler",
    };
    const outcome = await typecheck("tsconfig.bundler.json", browser, files);
    expect(outcome.stdout + outcome.stderr).toBe("");
    expect(outcome.code).toBe(0);
  });

  it.skipIf(guide.length === 0)(
    "runs the extension guide's examples (docs/extending.md) against the package",
    async () => {
      const runnable = guide.filter((block) => block.runnable);
      expect(runnable.length).toBeGreaterThan(0);
      for (const block of runnable) {
        const { code } = await transform(block.code, { loader: "ts", format: "esm", target: "node20" });
        writeFileSync(join(consumer, `${block.name}.mjs`), code);
        const outcome = await exec(process.execPath, [`${block.name}.mjs`]);
        expect(outcome.stderr, `docs/extending.md block ${block.name} failed`).toBe("");
        expect(outcome.code, `docs/extending.md block ${block.name} exited with ${outcome.code}`).toBe(0);
      }
    },
  );
});
