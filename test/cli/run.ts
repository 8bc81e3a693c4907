import { runCli } from "../../src/cli/program.js";

/** Runs the CLI in-process and returns its exit code and what it printed. */
export async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: false,
    color: false,
  });
  return { code, stdout, stderr };
}
