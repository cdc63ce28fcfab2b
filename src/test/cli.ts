/** Runs the `duban` command line as a child process, the way users call it. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CliRun {
  /** The exit status; null when a signal ended the process. */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `duban ...args` with `env` added to this process's environment; never throws on exit status. */
export async function runDuban(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { env: { ...process.env, ...env }, maxBuffer: 10 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number | null; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
