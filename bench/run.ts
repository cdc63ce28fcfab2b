/**
 * Runs every benchmark script in bench/ (all *.ts but this one), each in its own Node process
 * so one bench's JIT and heap state cannot colour another's, echoing their output. Ends with
 * one JSON line collecting each bench's final JSON line. `npm run bench` calls this.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));

function benchScripts(): string[] {
  return readdirSync(BENCH_DIR)
    .filter((name) => name.endsWith('.ts') && name !== 'run.ts')
    .sort();
}

interface Outcome {
  code: number | null;
  json: unknown;
}

/** Runs one script under tsx, streaming its output; resolves with its last JSON line. */
function runScript(name: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${BENCH_DIR}${name}`], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, json: lastJsonLine(output) }));
  });
}

function lastJsonLine(output: string): unknown {
  const line = output.trimEnd().split('\n').at(-1) ?? '';
  try {
    return line.startsWith('{') ? (JSON.parse(line) as unknown) : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  let failed = 0;
  for (const name of benchScripts()) {
    console.log(`\n=== bench/${name}`);
    const { code, json } = await runScript(name);
    if (code !== 0) {
      failed += 1;
      console.error(`bench/${name} exited with ${code}`);
    }
    results[name.replace(/\.ts$/, '')] = json;
  }
  console.log(JSON.stringify({ benchmarks: results }));
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
