import { open } from "node:fs/promises";
import type { ImportFormat } from "../interop/report.js";

const SNIFF_BYTES = 64 * 1024;

/** The first line of a text, without a byte order mark. */
function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return (end === -1 ? text : text.slice(0, end)).replace(/\r$/, "");
}

/** What the start of a JSON file looks like: FtM entities, a Comtrade response, PLOVER events. */
function sniffJson(text: string): ImportFormat | undefined {
  const has = (key: string) => text.includes(`"${key}"`);
  if (has("schema") && has("properties")) return "ftm";
  if (has("reporterCode") || has("reporterISO")) return "comtrade";
  if (["event", "eventText", "dateCoded", "event_type"].some(has)) return "plover";
  return undefined;
}

/** What the header (or first row) of a delimited text file looks like. */
function sniffDelimited(line: string): ImportFormat | undefined {
  const lower = line.toLowerCase();
  if (lower.includes("event id\t") && lower.includes("cameo code")) return "icews";
  if (/(?:^|,)"?type_of_violence"?(?:,|$)/.test(lower)) return "ucdp";
  if (/(?:^|,)"?reporter_?(?:code|iso)"?(?:,|$)/.test(lower)) return "comtrade";
  const fields = line.split("\t");
  if (fields.length >= 57 && /^\d+$/.test(fields[0] ?? "")) return "gdelt";
  return undefined;
}

/**
 * The import format a file looks like, from its first 64 KiB: FtM, Comtrade or PLOVER JSON; an ICEWS, UCDP
 * or Comtrade header; a GDELT row. `undefined` when it looks like none of them (or cannot be read). A guess
 * for a message, never a decision: the importer the user named reads the file.
 * @internal
 */
export async function sniffImportFormat(path: string): Promise<ImportFormat | undefined> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart();
    return text.startsWith("{") || text.startsWith("[") ? sniffJson(text) : sniffDelimited(firstLine(text));
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
