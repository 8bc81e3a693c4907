#!/usr/bin/env node
// Conformance run: imports every sample under ../shared/reference (GDELT, ICEWS, PLOVER, FollowTheMoney, UN
// Comtrade, UCDP GED) with the bilateral/interop importers, from the sources (bundled with esbuild), and checks
// counts and mappings row by row against the raw files. Exit 0 when every check passes, 1 otherwise. When ../shared/reference is
// not there, it says so and exits 0.
//
//   npm run conformance [-- --verbose]

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REFERENCE = join(ROOT, "..", "shared", "reference");
const verbose = process.argv.includes("--verbose");

if (!existsSync(REFERENCE)) {
  console.log(
    `conformance: ${REFERENCE} is not there (no ../shared next to this repository): nothing to check.`,
  );
  process.exit(0);
}

// Bundle what the checks need from the TypeScript sources.
const { build } = await import("esbuild");
const cache = join(ROOT, "node_modules", ".cache", "bilateral");
mkdirSync(cache, { recursive: true });
const bundle = join(cache, "conformance-lib.mjs");
await build({
  stdin: {
    contents: [
      'export * from "./src/interop/index.ts";',
      'export { cameoToPlover, isCameoCode } from "./src/codes/cameo.ts";',
      'export { toIso3 } from "./src/codes/country.ts";',
      'export { PLOVER_LEGACY_CATEGORY_NAMES, isPloverCategory } from "./src/codes/plover.ts";',
      'export { safeParseDataset } from "./src/validate/parse.ts";',
      'export { createIndex } from "./src/query/create-index.ts";',
      'export { countEvents } from "./src/query/find-events.ts";',
      'export { dyadSummary } from "./src/query/dyad-summary.ts";',
      'export { COMTRADE_AREAS, COMTRADE_COUNTRY_CODES } from "./src/codes/comtrade-areas.ts";',
      'export { isCountryCode } from "./src/codes/country.ts";',
    ].join("\n"),
    resolveDir: ROOT,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  outfile: bundle,
  logLevel: "warning",
});
const lib = await import(pathToFileURL(bundle).href);

// ---------------------------------------------------------------------------------------------------------
let failures = 0;
let checks = 0;
const problems = [];

function check(condition, message) {
  checks++;
  if (!condition) {
    failures++;
    if (problems.length < 200) problems.push(message);
  }
  return condition;
}

function files(folder, accept) {
  const dir = join(REFERENCE, folder);
  if (!existsSync(dir)) return [];
  const out = [];
  const walk = (path) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!/^readme/i.test(name) && accept(name, full)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

async function run(importer, path) {
  const { createReadStream } = await import("node:fs");
  const { dataset, report } = await lib.collectImport(importer(createReadStream(path)));
  return { dataset, report, byId: new Map(dataset.records.map((record) => [record.id, record])) };
}

const BUG_CODES = new Set(["import_error", "invalid_record", "invalid_actor"]);

// The counts of the samples of ../shared/reference, checked when a file of that name is there (rows read,
// imported, skipped by code). Other files are checked row by row only.
const EXPECTED_COUNTS = {
  "gdelt/sample-150.export.CSV": { read: 150, imported: 150, skippedBy: {} },
  "icews/sample-100.tab": { read: 100, imported: 100, skippedBy: {} },
  "icews/20181031-icews-events.tab": { read: 2063, imported: 2063, skippedBy: {} },
  "plover/gsr-sample.json": { read: 82, imported: 82, skippedBy: {} },
  "ftm/yente-t1.entities.ftm.json": { read: 7, imported: 7, skippedBy: {} },
  "comtrade/HS-60a6ad.json": { read: 4, imported: 4, skippedBy: {} },
  "comtrade/thailand-hs6-2007.csv": { read: 1586, imported: 1586, skippedBy: {} },
  "ucdp/conflict_data_BGD.csv": { read: 601, imported: 601, skippedBy: {} },
  "ucdp/ucdpged.csv": { read: 1000, imported: 1000, skippedBy: {} },
  "ftm/parteispenden/entities.ftm.json": { read: 475, imported: 475, skippedBy: {} },
};

function common(label, dataset, report, expectedRows) {
  const validation = lib.safeParseDataset(dataset);
  check(
    validation.success,
    `${label}: the import does not validate: ${JSON.stringify(validation.issues.slice(0, 3))}`,
  );
  check(report.complete, `${label}: the report is not complete`);
  check(report.read === expectedRows, `${label}: read ${report.read} rows, the file has ${expectedRows}`);
  check(
    report.read === report.imported + report.skippedCount,
    `${label}: read ${report.read} != imported ${report.imported} + skipped ${report.skippedCount}`,
  );
  for (const code of Object.keys(report.skippedBy)) {
    check(
      !BUG_CODES.has(code),
      `${label}: ${report.skippedBy[code]} rows skipped with ${code} (a mapping bug)`,
    );
  }
  const seen = new Set();
  for (const record of dataset.records) {
    check(!seen.has(record.id), `${label}: ${record.id} produced twice`);
    seen.add(record.id);
  }
  const expected = EXPECTED_COUNTS[label.split("\\").join("/")];
  if (expected !== undefined) {
    check(
      report.read === expected.read &&
        report.imported === expected.imported &&
        JSON.stringify(Object.entries(report.skippedBy).sort()) ===
          JSON.stringify(Object.entries(expected.skippedBy).sort()),
      `${label}: read ${report.read}, imported ${report.imported}, skipped ${JSON.stringify(report.skippedBy)}; expected ${JSON.stringify(expected)}`,
    );
  }
}

/** The mention of an entity in a role, if the event has it. */
const mentionOf = (event, entity, role) =>
  (event.mentions ?? []).find((mention) => mention.entity === entity && mention.role === role);

/** Every sample's figures, for the table printed at the end. */
const table = [];

function summary(label, report) {
  table.push({ label, report });
  const by = (counts) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(", ");
  console.log(
    `${label}: ${report.read} rows, ${report.imported} imported, ${report.skippedCount} skipped${report.skippedCount ? ` (${by(report.skippedBy)})` : ""}, ${report.warningCount} warnings${report.warningCount ? ` (${by(report.warningsBy)})` : ""}, ${report.created} records created`,
  );
}

const num = (text) => (text === "" ? undefined : Number(text));

/** The key of an unordered pair of ISO alpha-3 codes, or undefined when either is unknown or both are one. */
const pairKey = (a, b) =>
  a === undefined || b === undefined || a === b ? undefined : [a, b].sort().join("-");

/**
 * Each dyad's event count in the import (countEvents, and dyadSummary's totals) equals the raw file's count of
 * rows for that pair of actor countries, whatever their PLOVER category (CAMEO-only events count too); with
 * the raw quad classes given (GDELT), so do dyadSummary's counts by quad class.
 */
function checkDyads(label, dataset, rows) {
  const raw = new Map();
  for (const { a, b, quad } of rows) {
    const key = pairKey(a, b);
    if (key === undefined) continue;
    const entry = raw.get(key) ?? { count: 0, quads: { 1: 0, 2: 0, 3: 0, 4: 0 } };
    entry.count++;
    if (quad !== undefined) entry.quads[quad]++;
    raw.set(key, entry);
  }
  const index = lib.createIndex(dataset);
  const byId = new Map(dataset.records.map((record) => [record.id, record]));
  let pairs = 0;
  for (const [key, expected] of raw) {
    const [a, b] = key.split("-").map((code) => `country:${code}`);
    if (!check(byId.has(a) && byId.has(b), `${label}: dyad ${key}: a country record is missing`)) continue;
    pairs++;
    const count = lib.countEvents(index, { between: [a, b] });
    check(
      count === expected.count,
      `${label}: dyad ${key}: ${count} events, the raw file has ${expected.count}`,
    );
    const summary = lib.dyadSummary(index, a, b);
    check(
      summary.totals.count === expected.count,
      `${label}: dyad ${key}: dyadSummary counts ${summary.totals.count}, the raw file has ${expected.count}`,
    );
    if (rows.some((row) => row.quad !== undefined)) {
      const q = summary.totals.byQuadClass;
      check(
        [1, 2, 3, 4].every((n) => q[n] === expected.quads[n]),
        `${label}: dyad ${key}: quad classes ${JSON.stringify(q)}, the raw file has ${JSON.stringify(expected.quads)}`,
      );
    }
  }
  if (verbose) console.log(`${label}: ${pairs} dyads counted as in the raw file`);
  return pairs;
}

// --- GDELT -----------------------------------------------------------------------------------------------
for (const path of files("gdelt", (name) => /\.csv$/i.test(name) && !/column_labels/i.test(name))) {
  const label = relative(REFERENCE, path);
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "");
  const { dataset, report, byId } = await run(lib.importGdelt, path);
  common(label, dataset, report, lines.length);
  const skippedLines = new Map(report.skipped.map((skip) => [skip.line, skip]));
  let uncategorized = 0;
  let abroad = 0;
  const dyadRows = [];
  lines.forEach((line, index) => {
    const f = line.replace(/\r$/, "").split("\t");
    const where = `${label}:${index + 1}`;
    const event = byId.get(`gdelt:${f[0]}`);
    const skip = skippedLines.get(index + 1);
    if (
      !check(event !== undefined || skip !== undefined, `${where}: neither imported nor reported as skipped`)
    )
      return;
    if (event === undefined) {
      check(skip.code !== "no_actor", `${where}: skipped for want of an actor (an event may have none)`);
      // A row with a valid CAMEO code is an event, whether PLOVER has a category for it or not.
      check(
        !lib.isCameoCode(f[26]) || !/cameo/.test(skip.code),
        `${where}: skipped (${skip.code}), but ${f[26]} is a CAMEO code`,
      );
      return;
    }
    check(
      event.date === `${f[1].slice(0, 4)}-${f[1].slice(4, 6)}-${f[1].slice(6, 8)}`,
      `${where}: date ${event.date} != SQLDATE ${f[1]}`,
    );
    check(
      event.coding?.cameoAsDelivered === (lib.isCameoCode(f[26]) ? undefined : f[26]),
      `${where}: EventCode ${f[26]} -> cameoAsDelivered ${event.coding?.cameoAsDelivered}`,
    );
    const added = /^\d{14}$/.test(f[59])
      ? `${f[59].slice(0, 4)}-${f[59].slice(4, 6)}-${f[59].slice(6, 8)}T${f[59].slice(8, 10)}:${f[59].slice(10, 12)}:${f[59].slice(12, 14)}Z`
      : undefined;
    check(event.coding?.dateAdded === added, `${where}: DATEADDED ${f[59]} -> ${event.coding?.dateAdded}`);
    if (f[51] !== "" && f[51] !== "0") {
      check(
        event.location?.featureId === (f[58] || undefined),
        `${where}: ActionGeo_FeatureID ${f[58]} -> ${event.location?.featureId}`,
      );
      check(
        event.location?.adm1 === (f[54] || undefined),
        `${where}: ActionGeo_ADM1Code ${f[54]} -> ${event.location?.adm1}`,
      );
    }
    if (lib.isCameoCode(f[26])) {
      check(event.cameo === f[26], `${where}: cameo ${event.cameo} != EventCode ${f[26]}`);
      const plover = lib.cameoToPlover(f[26]);
      check(
        event.category === (plover?.category ?? undefined),
        `${where}: category ${event.category} != table ${plover?.category}`,
      );
      if (plover?.mode !== undefined && event.mode !== undefined)
        check(event.mode === plover.mode, `${where}: mode ${event.mode}`);
    }
    check(
      event.quadClass?.value === num(f[29]) && event.quadClass?.basis === "gdelt",
      `${where}: QuadClass ${f[29]} not kept`,
    );
    check(
      event.coding?.goldstein === num(f[30]),
      `${where}: GoldsteinScale ${f[30]} != ${event.coding?.goldstein}`,
    );
    check(event.coding?.numMentions === num(f[31]), `${where}: NumMentions`);
    check(event.coding?.numSources === num(f[32]), `${where}: NumSources`);
    check(event.coding?.numArticles === num(f[33]), `${where}: NumArticles`);
    check(event.coding?.avgTone === num(f[34]), `${where}: AvgTone ${f[34]} != ${event.coding?.avgTone}`);
    check(event.coding?.isRootEvent === (f[25] === "1"), `${where}: IsRootEvent`);
    if (/^https?:\/\//.test(f[60]))
      check(event.citations?.[0]?.url === f[60], `${where}: SOURCEURL not the citation`);
    const geoIso = f[53] === "" ? undefined : lib.toIso3(f[53], "fips");
    check(
      event.location?.country === geoIso,
      `${where}: ActionGeo ${f[53]} -> ${event.location?.country}, expected ${geoIso}`,
    );
    const actor1Iso = lib.toIso3(f[7], "cameo");
    if (f[5] === "") {
      // No Actor1: an event with no actors; Actor2 stays the recipient.
      check(event.actors.length === 0, `${where}: no Actor1, but actors ${JSON.stringify(event.actors)}`);
    } else if (f[5] === f[7] && actor1Iso !== undefined) {
      check(event.actors[0] === `country:${actor1Iso}`, `${where}: Actor1 ${f[5]} -> ${event.actors[0]}`);
    } else {
      check(event.actors[0] === `cameo-actor:${f[5]}`, `${where}: Actor1 ${f[5]} -> ${event.actors[0]}`);
      const actor = byId.get(event.actors[0]);
      if (actor1Iso !== undefined)
        check(actor?.country === `country:${actor1Iso}`, `${where}: Actor1 country ${actor?.country}`);
      const types = [f[12], f[13], f[14]].filter((type) => /^[A-Z]{3}$/.test(type));
      if (types.length > 0)
        check(JSON.stringify(actor?.sectors) === JSON.stringify([...new Set(types)]), `${where}: sectors`);
    }
    if (f[15] === "") check(event.recipients === undefined, `${where}: recipients without Actor2`);
    else check(event.recipients?.length === 1, `${where}: Actor2 ${f[15]} not the recipient`);
    for (const [code, name, ids, role] of [
      [f[5], f[6], event.actors, "actor"],
      [f[15], f[16], event.recipients ?? [], "recipient"],
    ]) {
      if (code === "" || name.trim() === "") continue;
      check(
        mentionOf(event, ids[0], role)?.text === name.trim(),
        `${where}: ${role} name ${JSON.stringify(name)} not kept as a mention`,
      );
    }
    check(
      (event.mentions ?? []).length === [f[5] && f[6].trim(), f[15] && f[16].trim()].filter(Boolean).length,
      `${where}: ${(event.mentions ?? []).length} mentions`,
    );
    if (event.category === undefined) {
      uncategorized++;
      check(event.cameo !== undefined, `${where}: an event with no category and no CAMEO code`);
    }
    // The actors' geography is kept, wherever it is (in another country than the actor's too).
    for (const [at, role, ids, countryAt] of [
      [35, "actor", event.actors, 7],
      [43, "recipient", event.recipients ?? [], 17],
    ]) {
      const kept = (event.actorLocations ?? []).filter((location) => location.role === role);
      if (f[at] === "" || f[at] === "0") {
        check(kept.length === 0, `${where}: ${role} location without a geography`);
        continue;
      }
      const [location] = kept;
      if (!check(kept.length === 1, `${where}: ${role} geography ${f.slice(at, at + 8).join("|")} not kept`))
        continue;
      const fips = f[at + 2] === "" ? undefined : lib.toIso3(f[at + 2], "fips");
      const coordinates =
        f[at + 5] === "" ? undefined : { latitude: Number(f[at + 5]), longitude: Number(f[at + 6]) };
      check(
        location.featureType === f[at] &&
          location.name === (f[at + 1].trim() || undefined) &&
          location.country === fips &&
          location.adm1 === (f[at + 3].trim() || undefined) &&
          location.featureId === (f[at + 7].trim() || undefined) &&
          JSON.stringify(location.coordinates) === JSON.stringify(coordinates) &&
          location.entity === ids[0],
        `${where}: ${role} geography ${f.slice(at, at + 8).join("|")} -> ${JSON.stringify(location)}`,
      );
      const own = lib.toIso3(f[countryAt], "cameo");
      if (fips !== undefined && own !== undefined && fips !== own) abroad++;
    }
    dyadRows.push({
      a: lib.toIso3(f[7], "cameo"),
      b: lib.toIso3(f[17], "cameo"),
      quad: num(f[29]),
    });
  });
  const lowerCase = lines.filter((line) => /[a-z]/.test(line.split("\t")[5] ?? "")).length;
  if (lowerCase > 0)
    check(
      (report.warningsBy.lower_case_code ?? 0) >= lowerCase,
      `${label}: lower-case actor codes not all warned`,
    );
  const dyads = checkDyads(label, dataset, dyadRows);
  summary(label, report);
  console.log(
    `  ${uncategorized} CAMEO-only events (no PLOVER category), ${abroad} actor locations in another country than the actor's, ${dyads} dyads counted as in the raw file`,
  );
}

// --- ICEWS -----------------------------------------------------------------------------------------------
for (const path of files("icews", (name) => /\.(tab|tsv|txt|csv)$/i.test(name))) {
  const label = relative(REFERENCE, path);
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "");
  const header = lines[0].replace(/\r$/, "").split("\t");
  const column = (name) => header.indexOf(name);
  const { dataset, report, byId } = await run(lib.importIcews, path);
  common(label, dataset, report, lines.length - 1);
  const skippedLines = new Map(report.skipped.map((skip) => [skip.line, skip]));
  const firstLine = new Map();
  let repeated = 0;
  let uncategorized = 0;
  const dyadRows = [];
  lines.slice(1).forEach((line, index) => {
    const f = line.replace(/\r$/, "").split("\t");
    const get = (name) => {
      const value = (f[column(name)] ?? "").trim();
      return value === "NA" ? "" : value;
    };
    const where = `${label}:${index + 2}`;
    const event = byId.get(`icews:${get("Event ID")}`);
    const skip = skippedLines.get(index + 2);
    if (!check(event !== undefined || skip !== undefined, `${where}: neither imported nor skipped`)) return;
    // A row repeating an Event ID is reported, not imported twice (and not counted twice in its dyad).
    if (firstLine.has(get("Event ID"))) {
      repeated++;
      check(
        skip?.code === "repeated_event",
        `${where}: Event ID ${get("Event ID")} repeated but not reported`,
      );
      return;
    }
    if (skip !== undefined) {
      check(
        !lib.isCameoCode(get("CAMEO Code")) || !/cameo/.test(skip.code),
        `${where}: skipped (${skip.code}), but ${get("CAMEO Code")} is a CAMEO code`,
      );
      return;
    }
    firstLine.set(get("Event ID"), index + 2);
    dyadRows.push({
      a: lib.icewsCountryCode(get("Source Country")),
      b: lib.icewsCountryCode(get("Target Country")),
    });
    check(event.date === get("Event Date"), `${where}: date`);
    const code = get("CAMEO Code");
    if (lib.isCameoCode(code)) {
      check(event.cameo === code, `${where}: cameo ${event.cameo} != ${code}`);
      check(event.coding?.cameoAsDelivered === undefined, `${where}: cameoAsDelivered of a codebook code`);
    } else {
      check(event.coding?.cameoAsDelivered === code, `${where}: CAMEO Code ${code} not kept as delivered`);
    }
    check(
      event.category === (lib.cameoToPlover(event.cameo ?? code)?.category ?? undefined),
      `${where}: category ${event.category} of ${code}`,
    );
    if (event.category === undefined) {
      uncategorized++;
      check(event.cameo !== undefined, `${where}: an event with no category and no CAMEO code`);
    }
    if (get("Source Name") === "")
      check(event.actors.length === 0, `${where}: no Source Name, but actors ${event.actors}`);
    check(
      event.intensity === num(get("Intensity")),
      `${where}: Intensity ${get("Intensity")} != ${event.intensity}`,
    );
    const countryIso = lib.icewsCountryCode(get("Country"));
    check(
      event.location?.country === countryIso,
      `${where}: location country ${event.location?.country} != ${countryIso}`,
    );
    for (const [side, ids] of [
      ["Source", event.actors],
      ["Target", event.recipients ?? []],
    ]) {
      const name = get(`${side} Name`);
      if (name === "") continue;
      const iso = lib.icewsCountryCode(get(`${side} Country`));
      const actor = byId.get(ids[0]);
      if (get(`${side} Sectors`) === "" && iso !== undefined && lib.icewsCountryCode(name) === iso) {
        check(ids[0] === `country:${iso}`, `${where}: ${side} ${name} -> ${ids[0]}, expected country:${iso}`);
      } else {
        check(
          actor?.kind === "organization" && actor.name === name,
          `${where}: ${side} ${name} -> ${ids[0]}`,
        );
        if (iso !== undefined)
          check(actor?.country === `country:${iso}`, `${where}: ${side} country ${actor?.country}`);
        else if (get(`${side} Country`) !== "")
          check(actor?.country === undefined, `${where}: ${side} country`);
      }
    }
    const publisher = get("Publisher");
    if (publisher !== "")
      check(byId.get(event.citations?.[0]?.source)?.publisher === publisher, `${where}: publisher`);
  });
  const countries = new Set(
    lines.slice(1).flatMap((line) => {
      const f = line.split("\t");
      return [f[column("Source Country")], f[column("Target Country")], f[column("Country")]];
    }),
  );
  for (const name of countries) {
    if (name === undefined || name === "" || name === "NA") continue;
    check(
      lib.icewsCountryCode(name) !== undefined ||
        ["Kosovo", "Bavaria", "Aeolian Islands", "Netherlands Antilles"].includes(name),
      `${label}: ICEWS country ${JSON.stringify(name)} has no ISO code in the table`,
    );
  }
  check(
    (report.skippedBy.repeated_event ?? 0) === repeated,
    `${label}: ${repeated} rows repeat an Event ID, ${report.skippedBy.repeated_event ?? 0} reported`,
  );
  const dyads = checkDyads(label, dataset, dyadRows);
  summary(label, report);
  console.log(
    `  ${uncategorized} CAMEO-only events (no PLOVER category), ${repeated} rows repeating an Event ID, ${dyads} dyads counted as in the raw file`,
  );
}

// --- PLOVER ----------------------------------------------------------------------------------------------
for (const path of files(
  "plover",
  (name) => /\.(json|jsonl|txt)$/i.test(name) && !/cameo2plover/i.test(name),
)) {
  const label = relative(REFERENCE, path);
  const text = readFileSync(path, "utf8");
  const records = text.trimStart().startsWith("[")
    ? JSON.parse(text)
    : text
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line));
  const { dataset, report, byId } = await run(lib.importPlover, path);
  common(label, dataset, report, records.length);
  for (const raw of records) {
    const where = `${label}: ${raw.id}`;
    const out = byId.get(`plover:${raw.id}`);
    const category = Array.isArray(raw.event) ? raw.event[0] : raw.event;
    if (category === "DOCUMENT") {
      check(out?.kind === "source", `${where}: a DOCUMENT record is not a source`);
      continue;
    }
    const actors = raw.actor ?? raw.source ?? [];
    const known = lib.isPloverCategory(category) || lib.PLOVER_LEGACY_CATEGORY_NAMES[category] !== undefined;
    const dated = typeof raw.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.date.trim());
    const importable = known && dated;
    if (out === undefined) {
      check(!importable, `${where}: skipped, but it has a known category, an actor and a date`);
      continue;
    }
    const expected = lib.isPloverCategory(category) ? category : lib.PLOVER_LEGACY_CATEGORY_NAMES[category];
    check(
      out.category === expected,
      `${where}: category ${category} -> ${out.category}, expected ${expected}`,
    );
    check(
      out.actors.length === actors.length,
      `${where}: ${actors.length} actors, ${out.actors.length} kept`,
    );
    const recipients = raw.recipient ?? raw.target ?? [];
    check((out.recipients ?? []).length === recipients.length, `${where}: recipients`);
    check(out.summary === (raw.text?.trim() || undefined), `${where}: text not the summary`);
    const coded = typeof raw.dateCoded === "string" ? raw.dateCoded.trim() : undefined;
    if (coded !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(coded))
      check(out.coding?.dateAdded === coded, `${where}: dateCoded ${coded} -> ${out.coding?.dateAdded}`);
    for (const [list, ids, role] of [
      [actors, out.actors, "actor"],
      [recipients, out.recipients ?? [], "recipient"],
    ]) {
      for (const [index, actor] of list.entries()) {
        const said = (actor.entity_text ?? actor.actorText)?.trim();
        if (said)
          check(
            mentionOf(out, ids[index], role)?.text === said,
            `${where}: ${role} text ${JSON.stringify(said)} not kept as a mention`,
          );
      }
    }
    if (raw.dead !== undefined)
      check(out.casualties?.dead === Number(raw.dead), `${where}: dead ${raw.dead}`);
    for (const [index, actor] of actors.entries()) {
      const iso = lib.toIso3(actor.code, "cameo");
      if (iso !== undefined && !actor.sector)
        check(out.actors[index] === `country:${iso}`, `${where}: actor ${actor.code}`);
      else
        check(
          out.actors[index] === `cameo-actor:${actor.code}${actor.sector ?? ""}`,
          `${where}: actor ${out.actors[index]}`,
        );
    }
  }
  summary(label, report);
}

// --- FollowTheMoney --------------------------------------------------------------------------------------
for (const path of files(
  "ftm",
  (name, full) => /\.(json|jsonl)$/i.test(name) && !/[\\/](programs|issuers)[\\/]/.test(full),
)) {
  const label = relative(REFERENCE, path);
  const entities = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
  const { dataset, report, byId } = await run(lib.importFtm, path);
  common(label, dataset, report, entities.length);
  const imported = new Set(Object.keys(lib.FTM_IMPORTED_SCHEMATA));
  const skippedSchemata = {};
  // Passports and Identifications become documents of their holder, Occupancies (with their Positions)
  // positions of their holder: they are found by their FtM ids among the persons' documents and positions.
  const attached = new Set();
  for (const record of dataset.records) {
    if (record.kind !== "person") continue;
    for (const part of [...(record.identifications ?? []), ...(record.positions ?? [])])
      for (const identifier of part.identifiers ?? []) attached.add(identifier.value);
  }
  const skippedLines = new Set(report.skipped.map((skip) => skip.line));
  const ENTITY_KINDS = new Set(["person", "organization", "place", "sanction"]);
  for (const [index, entity] of entities.entries()) {
    const where = `${label}: ${entity.schema} ${entity.id}`;
    const out = byId.get(`ftm:${entity.id}`);
    if (!imported.has(entity.schema)) {
      skippedSchemata[entity.schema] = (skippedSchemata[entity.schema] ?? 0) + 1;
      check(out === undefined, `${where}: imported, but its schema is not`);
      continue;
    }
    const kind = lib.FTM_IMPORTED_SCHEMATA[entity.schema];
    if (["Passport", "Identification", "Occupancy", "Position"].includes(entity.schema)) {
      check(
        attached.has(entity.id) || skippedLines.has(index + 1),
        `${where}: neither attached nor reported`,
      );
      continue;
    }
    if (!ENTITY_KINDS.has(kind)) {
      if (out !== undefined) check(out.kind === kind, `${where}: imported as a ${out.kind}`);
      else check(skippedLines.has(index + 1), `${where}: neither imported nor reported`);
      continue;
    }
    if (entity.schema === "Sanction") {
      const targets = (entity.properties.entity ?? []).filter((target) =>
        ["person", "organization"].includes(byId.get(`ftm:${target}`)?.kind),
      );
      if (targets.length === 0) check(out === undefined, `${where}: imported without a target`);
      if (out !== undefined) {
        check(
          JSON.stringify(out.targets) === JSON.stringify(targets.map((target) => `ftm:${target}`)),
          `${where}: targets`,
        );
        const programId = entity.properties.programId?.[0];
        if (programId !== undefined && /^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(programId))
          check(out.program?.key === programId, `${where}: programme`);
        const known = programId === undefined ? undefined : lib.FTM_PROGRAMS[programId];
        if (known !== undefined && (entity.properties.provisions ?? []).length === 0) {
          check(
            JSON.stringify(out.measures ?? []) === JSON.stringify(known.measures),
            `${where}: measures of the programme`,
          );
        }
        const start = entity.properties.startDate?.[0];
        if (start !== undefined)
          check(
            out.statusHistory.some((entry) => entry.since === start.slice(0, 10)),
            `${where}: startDate`,
          );
        check(byId.get(out.authority) !== undefined, `${where}: authority not produced`);
      }
      continue;
    }
    if (!check(out !== undefined, `${where}: not imported`)) continue;
    const names = new Set([out.name, ...(out.additionalNames ?? [])]);
    const aliases = new Set(out.aliases ?? []);
    for (const name of entity.properties.name ?? []) {
      check(names.has(name.trim()), `${where}: name ${JSON.stringify(name)} not among the names`);
    }
    for (const alias of entity.properties.alias ?? []) {
      check(aliases.has(alias.trim()), `${where}: alias ${JSON.stringify(alias)} not among the aliases`);
    }
    check(
      out.identifiers?.some((identifier) => identifier.scheme === "ftm" && identifier.value === entity.id),
      `${where}: FtM id`,
    );
    for (const referent of entity.referents ?? []) {
      check(
        out.identifiers?.some(
          (identifier) => identifier.scheme === "ftm-referent" && identifier.value === referent,
        ),
        `${where}: referent ${referent}`,
      );
    }
    const countryId = (code) => {
      const iso = code === undefined ? undefined : lib.toIso3(code.toUpperCase(), "iso2");
      return iso === undefined ? undefined : `country:${iso}`;
    };
    const first = (property) => entity.properties[property]?.map((value) => value.trim()).find(Boolean);
    const addresses = [...new Set((entity.properties.address ?? []).map((value) => value.trim()))].filter(
      Boolean,
    );
    if (entity.schema === "Person") {
      for (const [property, field] of [
        ["nationality", "nationalities"],
        ["citizenship", "nationalities"],
        ["country", "countries"],
      ]) {
        for (const code of entity.properties[property] ?? []) {
          const id = countryId(code);
          if (id !== undefined) check(out[field]?.includes(id), `${where}: ${property} ${code} -> ${field}`);
        }
      }
      for (const property of ["birthDate", "deathDate", "birthPlace", "gender"]) {
        const value = first(property);
        if (value === undefined) check(out[property] === undefined, `${where}: ${property} from nowhere`);
        else if (property !== "birthDate" && property !== "deathDate") {
          if (property !== "gender" || ["male", "female", "other"].includes(value))
            check(out[property] === value, `${where}: ${property} ${value} -> ${out[property]}`);
        } else if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
          check(out[property] === value, `${where}: ${property} ${value} -> ${out[property]}`);
        }
      }
      check(
        JSON.stringify(out.addresses ?? []) === JSON.stringify(addresses),
        `${where}: addresses ${JSON.stringify(out.addresses)}`,
      );
    } else if (entity.schema !== "Address") {
      const country = countryId(first("country") ?? first("mainCountry"));
      if (country !== undefined) check(out.country === country, `${where}: country -> ${out.country}`);
      const jurisdiction = countryId(first("jurisdiction"));
      check(out.jurisdiction === jurisdiction, `${where}: jurisdiction -> ${out.jurisdiction}`);
      check(
        JSON.stringify(out.addresses ?? []) === JSON.stringify(addresses),
        `${where}: addresses ${JSON.stringify(out.addresses)}`,
      );
    }
  }
  for (const [schema, count] of Object.entries(skippedSchemata)) {
    check(
      report.notKept[`schema ${schema}`] === count,
      `${label}: ${count} ${schema} entities not reported by name`,
    );
  }
  // The round trip FtM -> bilateral -> FtM keeps every entity imported, with its schema, its entity fields
  // (referents, datasets, first_seen...) and, property by property, the set of its values.
  const exportRun = lib.exportFtm(dataset.records);
  const exported = [];
  for await (const entity of exportRun) exported.push(entity);
  const back = new Map(exported.map((entity) => [entity.id, entity]));
  const valueSet = (values) =>
    JSON.stringify(
      [...new Set(Array.isArray(values) ? values : values === undefined ? [] : [values])].sort(),
    );
  let compared = 0;
  for (const [index, original] of entities.entries()) {
    if (skippedLines.has(index + 1)) continue;
    const entity = back.get(original.id);
    if (!check(entity !== undefined, `${label}: ${original.schema} ${original.id} not exported back`))
      continue;
    compared++;
    for (const field of [
      "schema",
      "referents",
      "datasets",
      "first_seen",
      "last_seen",
      "last_change",
      "target",
    ]) {
      check(
        valueSet(original[field]) === valueSet(entity[field]),
        `${label}: ${original.id} ${field} ${valueSet(original[field])} -> ${valueSet(entity[field])}`,
      );
    }
    for (const property of new Set([
      ...Object.keys(original.properties),
      ...Object.keys(entity.properties),
    ])) {
      const given = valueSet(original.properties[property]);
      const got = valueSet(entity.properties[property]);
      check(given === got, `${label}: ${original.id}.${property} ${given} -> ${got}`);
    }
  }
  console.log(`${label}: round trip compared ${compared} entities property by property`);
  summary(label, report);
}

// --- Programme files against the programme table -----------------------------------------------------------
for (const path of files("ftm", (name) => /\.ya?ml$/i.test(name))) {
  if (!/[\\/]programs[\\/]/.test(path)) continue;
  const text = readFileSync(path, "utf8");
  const field = (name) => new RegExp(`^${name}: (.+)$`, "m").exec(text)?.[1]?.trim();
  const key = field("key");
  const program = key === undefined ? undefined : lib.FTM_PROGRAMS[key];
  const label = relative(REFERENCE, path);
  if (!check(program !== undefined, `${label}: programme ${key} is not in FTM_PROGRAMS`)) continue;
  check(program.issuer === field("issuer"), `${label}: issuer ${field("issuer")} != ${program.issuer}`);
  check(program.url === field("url"), `${label}: url`);
  const measures =
    /^measures:\n((?:\s+- .+\n?)+)/m
      .exec(text)?.[1]
      ?.split("\n")
      .map((line) => line.replace(/^\s+- /, "").trim())
      .filter(Boolean) ?? [];
  check(
    JSON.stringify(program.measures) === JSON.stringify(measures),
    `${label}: measures ${JSON.stringify(measures)}`,
  );
  check(
    lib.FTM_ISSUERS[program.issuer] !== undefined,
    `${label}: issuer ${program.issuer} not in FTM_ISSUERS`,
  );
  if (verbose) console.log(`${label}: ${key} matches FTM_PROGRAMS`);
}

// --- CSV, read here on its own (RFC 4180), to check the importers' reader against ----------------------------
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  let startLine = 1;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push({ line: startLine, fields: row });
      row = [];
      field = "";
      line++;
      startLine = line;
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push({ line: startLine, fields: row });
  }
  return rows;
}

// --- UN Comtrade -------------------------------------------------------------------------------------------
const comtradeKey = (name) => name.replace(/_/g, "").trim().toLowerCase();
const COMTRADE_FLOWS = { M: "import", X: "export", RM: "re-import", RX: "re-export" };
const COMTRADE_FLOW_NAMES = { import: "M", export: "X", "re-import": "RM", "re-export": "RX" };
const comtradeCell = (cell) => {
  const text = cell === null || cell === undefined ? "" : String(cell).trim();
  return text === "NA" ? "" : text;
};
/** A Comtrade reporter or partner as the raw row gives it: { iso }, { area, name }, or { none: given }. */
function comtradeParty(get, side) {
  const code = /^\d+(\.0*)?$/.test(get(`${side}code`)) ? String(Number.parseInt(get(`${side}code`), 10)) : "";
  const iso = get(`${side}iso`).toUpperCase();
  const byAlpha = Object.entries(lib.COMTRADE_AREAS).find(([, area]) => area.alpha === iso)?.[0];
  const areaCode = code !== "" ? code : byAlpha;
  if (areaCode !== undefined && lib.COMTRADE_AREAS[areaCode] !== undefined)
    return { area: areaCode, name: get(`${side}desc`) || lib.COMTRADE_AREAS[areaCode].name };
  if (lib.isCountryCode(iso)) return { iso };
  if (code !== "") {
    const mapped = lib.COMTRADE_COUNTRY_CODES[code] ?? lib.toIso3(Number(code), "m49");
    if (mapped !== undefined) return { iso: mapped };
    if (get(`${side}desc`) !== "" && Number(code) <= 999) return { area: code, name: get(`${side}desc`) };
  }
  return { none: get(`${side}code`) || get(`${side}iso`) };
}
function comtradePeriod(get) {
  const period = get("period");
  if (/^\d{4}$/.test(period)) return period;
  if (/^\d{6}$/.test(period)) return `${period.slice(0, 4)}-${period.slice(4)}`;
  if (period !== "" || !/^\d{4}$/.test(get("refyear"))) return undefined;
  return get("freqcode") === "M" && /^\d{1,2}$/.test(get("refmonth"))
    ? `${get("refyear")}-${get("refmonth").padStart(2, "0")}`
    : get("refyear");
}
for (const path of files("comtrade", (name) => /\.(json|csv)$/i.test(name))) {
  const label = relative(REFERENCE, path);
  const text = readFileSync(path, "utf8");
  let raw;
  if (/^\s*[[{]/.test(text)) {
    const parsed = JSON.parse(text);
    raw = (Array.isArray(parsed) ? parsed : parsed.data).map(
      (value) =>
        new Map(Object.entries(value).map(([name, cell]) => [comtradeKey(name), comtradeCell(cell)])),
    );
  } else {
    const [header, ...rows] = parseCsv(text);
    const names = header.fields.map(comtradeKey);
    raw = rows.map((row) => new Map(names.map((name, index) => [name, comtradeCell(row.fields[index])])));
  }
  const { dataset, report, byId } = await run(lib.importComtrade, path);
  common(label, dataset, report, raw.length);
  const expectedSkips = {};
  const seen = new Set();
  const skippedIds = [];
  for (const cells of raw) {
    const get = (name) => cells.get(name) ?? "";
    const reporter = comtradeParty(get, "reporter");
    const partner = comtradeParty(get, "partner");
    const period = comtradePeriod(get);
    const flowCode =
      get("flowcode").toUpperCase() || (COMTRADE_FLOW_NAMES[get("flowdesc").toLowerCase()] ?? "");
    const breakdown =
      !["", "0"].includes(get("partner2code")) ||
      !["", "C00"].includes(get("customscode")) ||
      !["", "0"].includes(get("motcode")) ||
      !["", "0"].includes(get("moscode"));
    let commodity = get("cmdcode");
    if (/^(\d|\d{3}|\d{5})$/.test(commodity) && /^H/.test(get("classificationcode")))
      commodity = `0${commodity}`;
    const classification = /^(HS|H[0-6]|S[1-4]|BEC)$/.test(get("classificationcode"))
      ? get("classificationcode")
      : undefined;
    const value = get("primaryvalue");
    const key = (party, side) => party.area ?? (get(`${side}code`) || party.iso);
    const id = `comtrade:${[key(reporter, "reporter"), key(partner, "partner"), (period ?? "").replace("-", ""), flowCode, ...(classification ? [classification] : []), commodity].join("-").replace(/\s+/g, "")}`;
    const expectedSkip =
      reporter.none !== undefined
        ? reporter.none === ""
          ? "missing_value"
          : "unknown_partner"
        : reporter.iso === undefined
          ? "area_reporter"
          : partner.none !== undefined
            ? partner.none === ""
              ? "missing_value"
              : "unknown_partner"
            : period === undefined
              ? "invalid_date"
              : COMTRADE_FLOWS[flowCode] === undefined
                ? flowCode === "" && get("flowdesc") === ""
                  ? "missing_value"
                  : "unmapped_flow"
                : partner.iso === reporter.iso && (flowCode === "X" || flowCode === "RX")
                  ? "self_partner"
                  : breakdown
                    ? "breakdown_row"
                    : !/^(TOTAL|\d{2}|\d{4}|\d{6})$/.test(commodity)
                      ? "invalid_commodity"
                      : !/^\d+(\.\d*)?([eE][+-]?\d+)?$/.test(value)
                        ? "missing_value"
                        : seen.has(id)
                          ? "duplicate_id"
                          : undefined;
    const where = `${label}: ${id}`;
    if (expectedSkip !== undefined) {
      expectedSkips[expectedSkip] = (expectedSkips[expectedSkip] ?? 0) + 1;
      if (expectedSkip !== "duplicate_id") skippedIds.push([id, expectedSkip]);
      continue;
    }
    seen.add(id);
    const flow = byId.get(id);
    if (!check(flow?.kind === "trade-flow", `${where}: not imported`)) continue;
    check(
      flow.reporter === `country:${reporter.iso}`,
      `${where}: reporter ${flow.reporter}, expected ${reporter.iso}`,
    );
    if (partner.iso !== undefined)
      check(
        flow.partner === `country:${partner.iso}` && flow.partnerArea === undefined,
        `${where}: partner ${flow.partner}, expected ${partner.iso}`,
      );
    else
      check(
        flow.partner === undefined &&
          flow.partnerArea?.code === partner.area &&
          flow.partnerArea.name === partner.name,
        `${where}: partner area ${JSON.stringify(flow.partnerArea)}, expected ${partner.area} ${partner.name}`,
      );
    if (get("partnercode") === "0" || get("partneriso") === "W00")
      check(flow.partnerArea?.code === "0", `${where}: the World not held as an area`);
    check(flow.period === period, `${where}: period ${flow.period}`);
    check(flow.flow === COMTRADE_FLOWS[flowCode], `${where}: flow ${flow.flow} from ${flowCode}`);
    check(flow.commodity === commodity, `${where}: commodity ${flow.commodity}`);
    check(
      flow.value.amount === Number(value) && flow.value.currency === "USD",
      `${where}: value ${flow.value.amount} != ${value}`,
    );
    for (const [column, field] of [
      ["cifvalue", "cifValue"],
      ["fobvalue", "fobValue"],
    ])
      check(
        flow[field]?.amount === (get(column) === "" ? undefined : Number(get(column))),
        `${where}: ${column} ${get(column)} -> ${flow[field]?.amount}`,
      );
    for (const [column, field] of [
      ["netwgt", "netWeight"],
      ["grosswgt", "grossWeight"],
    ])
      check(
        flow[field]?.value === (get(column) === "" ? undefined : Number(get(column))),
        `${where}: ${column}`,
      );
    if (get("qtyunitabbr") === "kg")
      check(
        flow.quantity?.value === (get("qty") === "" ? undefined : Number(get("qty"))) &&
          (flow.quantity === undefined || flow.quantity.unit === "kg"),
        `${where}: qty`,
      );
    check(
      (flow.mirror === true) === (get("isreported").toLowerCase() === "false"),
      `${where}: isReported ${get("isreported")} -> mirror ${flow.mirror}`,
    );
  }
  check(
    JSON.stringify(Object.entries(report.skippedBy).sort()) ===
      JSON.stringify(Object.entries(expectedSkips).sort()),
    `${label}: skipped ${JSON.stringify(report.skippedBy)}, expected ${JSON.stringify(expectedSkips)}`,
  );
  check(
    !dataset.records.some((record) => record.kind === "country" && !lib.isCountryCode(record.code)),
    `${label}: an area as a country record`,
  );
  summary(label, report);
}

// --- UCDP GED ----------------------------------------------------------------------------------------------
const GW_TO_ISO3 = { 260: "DEU", 340: "SRB", 678: "YEM" };
const gwIso = (text) =>
  /^\d+$/.test(text) ? (GW_TO_ISO3[Number(text)] ?? lib.toIso3(Number(text), "cow-numeric")) : undefined;
const UCDP_NAMES = { best_est: "best", low_est: "low", high_est: "high" };
const UCDP_OLD_NAMES = {
  conflict_id: "conflict_new_id",
  dyad_id: "dyad_new_id",
  side_a_id: "side_a_new_id",
  side_b_id: "side_b_new_id",
  gwno: "country_id",
};
for (const path of files("ucdp", (name) => /\.csv$/i.test(name))) {
  const label = relative(REFERENCE, path);
  const [header, ...records] = parseCsv(readFileSync(path, "utf8"));
  const given = header.fields.map(
    (name) => UCDP_NAMES[name.trim().toLowerCase()] ?? name.trim().toLowerCase(),
  );
  const names = given.map((name) =>
    UCDP_OLD_NAMES[name] !== undefined && !given.includes(UCDP_OLD_NAMES[name]) ? UCDP_OLD_NAMES[name] : name,
  );
  const has = (name) => names.includes(name);
  const rows = records
    .filter((row) => !row.fields.every((field) => field === "" || field.startsWith("#")))
    .map((row) => ({
      line: row.line,
      get: (name) => {
        const cell = (row.fields[names.indexOf(name)] ?? "").trim();
        return cell === "NA" ? "" : cell;
      },
    }));
  const { dataset, report, byId } = await run(lib.importUcdp, path);
  common(label, dataset, report, rows.length);
  const stateDyads = new Set();
  for (const { line, get } of rows) {
    const where = `${label}:${line} (id ${get("id")})`;
    const event = byId.get(`ucdp:${get("id")}`);
    if (!check(event?.kind === "event", `${where}: not imported`)) continue;
    check(event.category === "ASSAULT", `${where}: category ${event.category}`);
    check(
      JSON.stringify(event.contexts) ===
        JSON.stringify(get("type_of_violence") === "1" ? ["military"] : undefined),
      `${where}: contexts ${event.contexts}`,
    );
    // Dates: never finer than date_prec, and within date_start..date_end.
    const start = get("date_start").slice(0, 10);
    const end = (get("date_end") || get("date_start")).slice(0, 10);
    const precision = Number(get("date_prec"));
    const length =
      precision === 5
        ? 4
        : precision === 4
          ? 7
          : (precision === 2 || precision === 3) && end <= start
            ? 7
            : 10;
    check(
      event.date === start.slice(0, length),
      `${where}: date ${event.date} from ${start} (precision ${precision})`,
    );
    check(
      event.endDate === undefined
        ? end.slice(0, length) <= event.date
        : event.endDate === end.slice(0, length),
      `${where}: endDate ${event.endDate} from ${end}`,
    );
    const c = event.casualties ?? {};
    for (const [column, field] of [
      ["best", "dead"],
      ["low", "deadLow"],
      ["high", "deadHigh"],
      ["deaths_a", "deadActors"],
      ["deaths_b", "deadRecipients"],
      ["deaths_civilians", "deadCivilians"],
      ["deaths_unknown", "deadUnknown"],
    ]) {
      if (has(column) && /^\d+$/.test(get(column)))
        check(c[field] === Number(get(column)), `${where}: ${column} ${get(column)} -> ${field} ${c[field]}`);
    }
    if (get("latitude") !== "" && get("longitude") !== "")
      check(
        event.location?.coordinates?.latitude === Number(get("latitude")) &&
          event.location?.coordinates?.longitude === Number(get("longitude")),
        `${where}: coordinates`,
      );
    if (gwIso(get("country_id")) !== undefined)
      check(
        event.location?.country === gwIso(get("country_id")),
        `${where}: country ${get("country_id")} -> ${event.location?.country}`,
      );
    for (const [side, ids] of [
      ["a", event.actors],
      ["b", event.recipients ?? []],
    ]) {
      const name = get(`side_${side}`);
      if (name === "" || (name === "Civilians" && get("type_of_violence") === "3")) {
        check(ids.length === 0, `${where}: side_${side} ${JSON.stringify(name)} as a record`);
        continue;
      }
      if (ids[0]?.startsWith("country:")) {
        check(name.startsWith("Government of "), `${where}: ${name} -> ${ids}`);
        const gw = get(`gwno${side}`);
        if (/^\d+$/.test(gw))
          check(ids[0] === `country:${gwIso(gw)}`, `${where}: ${name} (${gw}) -> ${ids[0]}`);
      } else {
        const sideId = get(`side_${side}_new_id`);
        if (/^\d+$/.test(sideId))
          check(
            JSON.stringify(ids) === JSON.stringify([`ucdp-actor:${sideId}`]),
            `${where}: side_${side} ${name} -> ${ids}`,
          );
        check(byId.get(ids[0])?.name === name, `${where}: side_${side} name`);
      }
    }
    if (get("type_of_violence") === "1" && /^\d+$/.test(get("dyad_new_id"))) {
      stateDyads.add(get("dyad_new_id"));
      const relationship = byId.get(`ucdp-dyad:${get("dyad_new_id")}`);
      if (
        event.actors.length === 1 &&
        (event.recipients ?? []).length === 1 &&
        event.actors[0] !== event.recipients[0]
      )
        check(
          relationship?.relationshipType === "conflict" &&
            relationship.parties.includes(event.actors[0]) &&
            relationship.parties.includes(event.recipients[0]),
          `${where}: dyad ${get("dyad_new_id")} not a conflict relationship between the sides`,
        );
    }
  }
  const relationships = dataset.records.filter((record) => record.kind === "relationship");
  check(
    relationships.every((r) => stateDyads.has(r.id.slice("ucdp-dyad:".length))),
    `${label}: ${relationships.length} relationships for ${stateDyads.size} state-based dyads`,
  );
  summary(label, report);
}

// ---------------------------------------------------------------------------------------------------------
// Per sample: rows read, imported and skipped, with the reason of every skip that remains.
console.log("\n| sample | read | imported | skipped | why skipped |\n| --- | ---: | ---: | ---: | --- |");
for (const { label, report } of table) {
  const why = Object.entries(report.skippedBy)
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  console.log(`| ${label} | ${report.read} | ${report.imported} | ${report.skippedCount} | ${why || "-"} |`);
}
console.log("");
if (failures === 0) {
  console.log(`conformance: all ${checks} checks passed.`);
} else {
  console.log(`conformance: ${failures} of ${checks} checks failed:`);
  for (const problem of problems) console.log(`  ${problem}`);
  process.exitCode = 1;
}
