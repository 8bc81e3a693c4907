import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { ROOT, readManifest } from "./manifest.js";

const run = promisify(execFile);

/** What the global setup hands to the tests. */
export interface PackedLibrary {
  /** The temporary folder holding the tarball and the consumer project. */
  readonly folder: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The files in the tarball, as `npm pack --json` lists them. */
  readonly files: readonly string[];
  /** The consumer project with the tarball installed (node_modules/bilateral). */
  readonly consumer: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    packed: PackedLibrary;
  }
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await run("npm", [...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
      npm_config_audit: "false",
    },
  });
  return stdout;
}

/**
 * Packs the built library (`npm run build` comes first: `npm test` runs it) and installs the tarball into a
 * temporary consumer project, from npm's cache when it can (offline), else preferring the cache.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const manifest = readManifest();
  for (const target of ["dist/index.js", "dist/index.cjs"]) {
    if (!existsSync(join(ROOT, target))) {
      throw new Error(`${target} is missing: run \`npm run build\` before the consumer tests`);
    }
  }
  const folder = await mkdtemp(join(tmpdir(), "bilateral-consumer-"));
  const packed = JSON.parse(await npm(["pack", "--json", "--pack-destination", folder], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const first = packed[0];
  if (first === undefined) throw new Error("npm pack wrote no tarball");
  const tarball = join(folder, first.filename);

  const consumer = join(folder, "consumer");
  await mkdir(consumer);
  await writeFile(
    join(consumer, "package.json"),
    `${JSON.stringify({ name: "bilateral-consumer", version: "0.0.0", private: true, type: "module" }, null, 2)}\n`,
  );
  const install = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", tarball];
  // The zod peer is linked from the repository's node_modules (the version the library is tested with); the
  // library's dependencies come from npm's cache, and the registry is asked only if the cache lacks one.
  // Optional peers (vega, vega-lite: only drawing needs them) are left out, as npm leaves them out for a user.
  const optional = manifest.peerDependenciesMeta ?? {};
  const required = Object.entries(manifest.peerDependencies ?? {}).filter(
    ([name]) => optional[name]?.optional !== true,
  );
  const peers = required.map(([name, range]) => {
    const local = join(ROOT, "node_modules", name);
    return existsSync(join(local, "package.json")) ? local : `${name}@${range}`;
  });
  try {
    await npm([...install, "--offline", ...peers], consumer);
  } catch {
    await npm([...install, "--prefer-offline", ...peers], consumer);
  }
  project.provide("packed", {
    folder,
    tarball,
    files: first.files.map((file) => file.path).sort(),
    consumer,
  });

  return async () => {
    if (process.env.KEEP_CONSUMER !== "1") await rm(folder, { recursive: true, force: true });
  };
}
