#!/usr/bin/env node
// What the package weighs for someone who installs it: the packed tarball, what `npm install` puts in a fresh
// project (the package itself and all it pulls in, zod included), and the time `import "bilateral"` and
// `require("bilateral")` take in a fresh node process beyond node's own start (median of 10 runs each).
// Run `npm run build` first.
//
//   node scripts/package-weight.mjs

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "bilateral-weight-"));

/** Bytes under a path, files only. */
function bytes(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const name of readdirSync(path)) total += bytes(join(path, name));
  return total;
}

const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

function wallTime(args, cwd) {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd, stdio: "inherit" });
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${child.status}`);
  return performance.now() - start;
}

/** Median wall time of `code` minus that of an empty script of the same module kind. */
function importCost(kind, code, cwd) {
  const flag = kind === "esm" ? "--input-type=module" : "--input-type=commonjs";
  wallTime([flag, "-e", code], cwd); // warms the file cache
  const empty = [];
  const full = [];
  for (let i = 0; i < 10; i++) {
    empty.push(wallTime([flag, "-e", ""], cwd));
    full.push(wallTime([flag, "-e", code], cwd));
  }
  return median(full) - median(empty);
}

try {
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }),
  );
  const tarball = join(work, packed.filename);
  const project = join(work, "consumer");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, "zod@4"], {
    cwd: project,
    stdio: "ignore",
  });
  const modules = join(project, "node_modules");
  const rows = [
    ["tarball (packed)", mb(statSync(tarball).size)],
    ["tarball (unpacked)", mb(packed.unpackedSize)],
    ["files in the tarball", String(packed.entryCount)],
    ["node_modules/bilateral", mb(bytes(join(modules, "bilateral")))],
    ["node_modules in all (with zod)", mb(bytes(modules))],
    [
      'import "bilateral" (ESM, beyond node\'s start)',
      `${importCost("esm", 'await import("bilateral");', project).toFixed(1)} ms`,
    ],
    [
      'require("bilateral") (CommonJS, beyond node\'s start)',
      `${importCost("cjs", 'require("bilateral");', project).toFixed(1)} ms`,
    ],
  ];
  console.log("| what | figure |\n| --- | ---: |");
  for (const [what, figure] of rows) console.log(`| ${what} | ${figure} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
