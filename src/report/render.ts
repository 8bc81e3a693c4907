import type { DatasetIndex, IndexableRecord } from "../query/create-index.js";
import { dyadReportSpec } from "./dyad-charts.js";
import type { DyadChartOptions, VegaLiteSpec } from "./spec.js";

/**
 * The modules rendering needs: `vega` (its `parse` and `View`) and `vega-lite` (its `compile`), as
 * `import("vega")` and `import("vega-lite")` give them.
 *
 * @category Rendering
 * @example
 * ```ts
 * import type { RendererModules } from "bilateral/report";
 * const load = async (): Promise<RendererModules> => ({ vega: await import("vega" as string), vegaLite: await import("vega-lite" as string) });
 * ```
 */
export interface RendererModules {
  readonly vega: unknown;
  readonly vegaLite: unknown;
}

/**
 * Options of the renderers: those of the charts (see {@link DyadChartOptions}) and `loadRenderer`, how to
 * get vega and vega-lite (by default `import("vega")` and `import("vega-lite")`, the optional peer
 * dependencies; give your own to use copies you already loaded).
 *
 * @category Rendering
 * @example
 * ```ts
 * import type { RenderOptions } from "bilateral/report";
 * const options: RenderOptions = { from: "2025", width: 720 };
 * ```
 */
export interface RenderOptions extends DyadChartOptions {
  /** How to get vega and vega-lite; by default, `import()` of the installed packages. */
  readonly loadRenderer?: () => Promise<RendererModules>;
}

/**
 * Thrown when a chart is rendered but vega or vega-lite is not installed: they are optional peer
 * dependencies, needed only to draw. The message says what to install.
 *
 * @category Rendering
 * @example
 * ```ts
 * import { RendererMissingError } from "bilateral/report";
 * new RendererMissingError("vega").message.includes("npm install vega vega-lite"); //=> true
 * ```
 */
export class RendererMissingError extends Error {
  override readonly name = "RendererMissingError";
  /** The package that could not be loaded. */
  readonly packageName: string;

  constructor(packageName: string, options?: { cause?: unknown }) {
    super(
      `drawing charts needs the optional peer dependencies vega and vega-lite, and ${packageName} is not installed: npm install vega vega-lite (the Vega-Lite specifications of bilateral/report need neither)`,
      options,
    );
    this.packageName = packageName;
  }
}

interface VegaApi {
  parse(spec: unknown): unknown;
  View: new (
    runtime: unknown,
    options: { renderer: "none" },
  ) => { toSVG(): Promise<string>; finalize(): void };
}

interface VegaLiteApi {
  compile(spec: unknown): { spec: unknown };
}

/** Whether an error of `import()` says that `name` (or a module of it) cannot be found. */
function isNotFound(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    (message.includes(`'${name}'`) || message.includes(`"${name}"`))
  );
}

/** The optional peer dependencies rendering loads. */
const VEGA: readonly ["vega", "vega-lite"] = ["vega", "vega-lite"];

/**
 * Imports an optional peer. The specifier is not a literal, so that TypeScript does not read vega's types
 * (they need the DOM's) and a bundler does not pull vega into a bundle that never draws. The CommonJS build
 * turns `import()` into `require()`, which cannot load vega (ES modules with top-level await): then the file
 * `require.resolve` finds, next to this package, is imported by its URL.
 */
async function importPeer(name: string): Promise<unknown> {
  try {
    return await import(name);
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (code !== "ERR_REQUIRE_ASYNC_MODULE" && code !== "ERR_REQUIRE_ESM") throw error;
    const { pathToFileURL } = require("node:url") as typeof import("node:url");
    const url = pathToFileURL(require.resolve(name)).href;
    const dynamicImport = new Function("url", "return import(url)") as (url: string) => Promise<unknown>;
    return dynamicImport(url);
  }
}

/** vega and vega-lite, imported only here, when something is drawn. */
function defaultLoad(): Promise<RendererModules> {
  return Promise.all([importPeer(VEGA[0]), importPeer(VEGA[1])]).then(([vega, vegaLite]) => ({
    vega,
    vegaLite,
  }));
}

/** vega and vega-lite, from the caller's loader or the default one; a module that cannot be found, an error saying what to install. */
async function modules(options: RenderOptions): Promise<{ vega: VegaApi; vegaLite: VegaLiteApi }> {
  let loaded: RendererModules;
  try {
    loaded = await (options.loadRenderer ?? defaultLoad)();
  } catch (error) {
    const name = VEGA.find((candidate) => isNotFound(error, candidate));
    throw name === undefined ? error : new RendererMissingError(name, { cause: error });
  }
  const vega = loaded.vega as Partial<VegaApi> | undefined;
  const vegaLite = loaded.vegaLite as Partial<VegaLiteApi> | undefined;
  if (typeof vega?.parse !== "function" || typeof vega.View !== "function")
    throw new RendererMissingError("vega");
  if (typeof vegaLite?.compile !== "function") throw new RendererMissingError("vega-lite");
  return { vega: vega as VegaApi, vegaLite: vegaLite as VegaLiteApi };
}

/**
 * Renders a Vega-Lite specification to an SVG string in Node, with no browser: vega-lite compiles it to
 * Vega, and a headless vega View (`renderer: "none"`) draws it. Needs vega and vega-lite installed (else
 * a {@link RendererMissingError}).
 *
 * @category Rendering
 * @example
 * ```ts norun
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { renderSpecToSvg, stanceChart } from "bilateral/report";
 * const svg = await renderSpecToSvg(stanceChart(createIndex(loadSeedStory()), "country:IRN", "country:PAK"));
 * svg.startsWith("<svg"); //=> true
 * ```
 */
export async function renderSpecToSvg(spec: VegaLiteSpec, options: RenderOptions = {}): Promise<string> {
  const { vega, vegaLite } = await modules(options);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * A dyad's charts drawn as one SVG picture (the charts of {@link dyadReportSpec} one under the other), for
 * a README, a slide or a page. Needs vega and vega-lite installed (else a {@link RendererMissingError}).
 *
 * @category Rendering
 * @example
 * ```ts norun
 * import { writeFile } from "node:fs/promises";
 * import { createIndex } from "bilateral";
 * import { loadSeedStory } from "bilateral/example";
 * import { renderDyadSvg } from "bilateral/report";
 * await writeFile("iran-pakistan.svg", await renderDyadSvg(createIndex(loadSeedStory()), "country:IRN", "country:PAK"));
 * ```
 */
export async function renderDyadSvg<R extends IndexableRecord>(
  index: DatasetIndex<R>,
  a: string,
  b: string,
  options: RenderOptions = {},
): Promise<string> {
  return renderSpecToSvg(dyadReportSpec(index, a, b, options), options);
}
