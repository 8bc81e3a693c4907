import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";

// docs/cli.md documents every command the CLI registers, each under a heading "`bilateral <command>`", with every
// option of the command in its section, and the exit codes. The commands and options are read from the CLI's own
// --help output, so that a new command or option fails this test until it is documented.

const DOC = fileURLToPath(new URL("../../docs/cli.md", import.meta.url));
const doc = readFileSync(DOC, "utf8");

async function help(args: readonly string[]): Promise<string> {
  let out = "";
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: () => {},
    stderrIsTTY: false,
    color: false,
  };
  const code = await runCli([...args, "--help"], io);
  expect(code, `bilateral ${args.join(" ")} --help`).toBe(0);
  return out;
}

/** The lines of a --help section ("Commands:", "Options:") up to the next blank line. */
function section(text: string, title: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.trim() === title);
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && line.trim() === "");
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

function commandsIn(text: string): string[] {
  return section(text, "Commands:")
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s+/)[0] ?? "")
    .filter((name) => name !== "help");
}

function optionsIn(text: string): string[] {
  return section(text, "Options:")
    .filter((line) => /^ {2}-/.test(line))
    .flatMap((line) =>
      [...(line.trim().split(/\s{2,}/)[0] ?? "").matchAll(/--[a-z][a-z0-9-]*/g)].map((match) => match[0]),
    )
    .filter((option) => option !== "--help");
}

/** The text of the doc's section for a command: from its heading to the next heading of the same or a higher level. */
function docSection(command: string): string | undefined {
  const lines = doc.split("\n");
  const start = lines.findIndex(
    (line) => /^#{2,4} /.test(line) && new RegExp(`\`bilateral ${command}[\` ]`).test(line),
  );
  if (start === -1) return undefined;
  const level = /^#+/.exec(lines[start] ?? "")?.[0].length ?? 2;
  const end = lines.findIndex((line, index) => index > start && new RegExp(`^#{1,${level}} `).test(line));
  return lines.slice(start, end === -1 ? undefined : end).join("\n");
}

/** The commands the doc's headings name ("`bilateral query events`" names "query events"). */
function documentedCommands(): string[] {
  return [...doc.matchAll(/^#{2,4} .*`bilateral ([^`]+)`/gm)].map((match) => {
    const words = (match[1] ?? "").split(/\s+/);
    const end = words.findIndex((word) => /^[-<[]/.test(word));
    return words.slice(0, end === -1 ? undefined : end).join(" ");
  });
}

describe("docs/cli.md", () => {
  const commands: string[] = [];
  const options = new Map<string, string[]>();

  // Commands and their subcommands ("query events"), walked through their --help.
  beforeAll(async () => {
    const queue = commandsIn(await help([])).map((name) => [name]);
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const text = await help(path);
      commands.push(path.join(" "));
      options.set(path.join(" "), optionsIn(text));
      queue.push(...commandsIn(text).map((name) => [...path, name]));
    }
  });

  it("reads the commands from the CLI", () => {
    expect(commands).toContain("validate");
  });

  it("documents every command the CLI registers, under a heading `bilateral <command>`", () => {
    expect(commands.filter((command) => docSection(command) === undefined)).toEqual([]);
  });

  it("documents no command the CLI lacks", () => {
    expect(documentedCommands().filter((command) => !commands.includes(command))).toEqual([]);
  });

  it("documents every option of every command in that command's section", () => {
    const missing = commands.flatMap((command) =>
      (options.get(command) ?? [])
        .filter((option) => !docSection(command)?.includes(option))
        .map((option) => `${command} ${option}`),
    );
    expect(missing).toEqual([]);
  });

  it("documents the global options and the exit codes 0, 1, 2 and 3", () => {
    expect(doc).toContain("--version");
    const exitCodes = doc.slice(doc.indexOf("## Exit codes"));
    for (const code of ["0", "1", "2", "3"])
      expect(exitCodes).toMatch(new RegExp(`\\|\\s*\`?${code}\`?\\s*\\|`));
  });
});
