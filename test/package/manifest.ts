import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Conditions = { readonly [condition: string]: string | Conditions };

/** The fields of package.json these tests read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly exports: { readonly [subpath: string]: string | Conditions };
  readonly bin?: { readonly [command: string]: string };
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  readonly peerDependencies?: { readonly [name: string]: string };
  readonly peerDependenciesMeta?: { readonly [name: string]: { readonly optional?: boolean } };
  readonly repository?: { readonly type: string; readonly url: string };
  readonly homepage?: string;
  readonly bugs?: { readonly url: string };
}

/** A package.json, the repository's by default. */
export function readManifest(folder = ROOT): Manifest {
  return JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as Manifest;
}

/** A subpath of the exports map that is a module (with `import` and/or `require` conditions). */
export interface ModuleSubpath {
  /** `.` or `./name`. */
  readonly subpath: string;
  /** The specifier a consumer writes: `bilateral`, `bilateral/name`. */
  readonly specifier: string;
  readonly import?: { readonly types?: string; readonly default?: string };
  readonly require?: { readonly types?: string; readonly default?: string };
}

/** A subpath of the exports map that is a plain file (JSON Schema files, the example dataset), maybe a pattern. */
export interface FileSubpath {
  readonly subpath: string;
  readonly target: string;
}

function specifierOf(manifest: Manifest, subpath: string): string {
  return subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
}

function branch(value: string | Conditions | undefined): { types?: string; default?: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return { default: value };
  const types = typeof value.types === "string" ? value.types : undefined;
  const target = typeof value.default === "string" ? value.default : undefined;
  return { ...(types === undefined ? {} : { types }), ...(target === undefined ? {} : { default: target }) };
}

/** The module subpaths of a manifest's exports map (`.`, `./example`, `./interop`...). */
export function moduleSubpaths(manifest: Manifest): ModuleSubpath[] {
  const out: ModuleSubpath[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (typeof target === "string" || subpath.includes("*")) continue;
    const esm = branch(target.import);
    const cjs = branch(target.require);
    out.push({
      subpath,
      specifier: specifierOf(manifest, subpath),
      ...(esm === undefined ? {} : { import: esm }),
      ...(cjs === undefined ? {} : { require: cjs }),
    });
  }
  return out;
}

/** The file subpaths of a manifest's exports map (`./schema/*`, `./example/seed-story.json`...), without package.json. */
export function fileSubpaths(manifest: Manifest): FileSubpath[] {
  return Object.entries(manifest.exports)
    .filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "./package.json",
    )
    .map(([subpath, target]) => ({ subpath, target }));
}

/** The specifier a consumer writes for a file subpath, with `*` replaced by `name`. */
export function fileSpecifier(manifest: Manifest, subpath: string, name = ""): string {
  return specifierOf(manifest, subpath.replace("*", name));
}

/** Every file the manifest points at (exports, main, module, types, bin), as package-relative paths; may hold `*`. */
export function manifestTargets(manifest: Manifest): string[] {
  const out = new Set<string>();
  const walk = (value: string | Conditions) => {
    if (typeof value === "string") out.add(value);
    else for (const inner of Object.values(value)) walk(inner);
  };
  for (const value of Object.values(manifest.exports)) walk(value);
  for (const value of [
    manifest.main,
    manifest.module,
    manifest.types,
    ...Object.values(manifest.bin ?? {}),
  ]) {
    if (value !== undefined) out.add(value);
  }
  return [...out].map((path) => path.replace(/^\.\//, "")).sort();
}

/** A glob-like pattern with `*` (any characters but `/`) and `**` (anything) as a regular expression. */
export function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  const body = escaped.replace(/\*\*|\*/g, (star) => (star === "**" ? ".*" : "[^/]*"));
  return new RegExp(`^${body}$`);
}
