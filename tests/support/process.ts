import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const MAIN_JS = path.resolve(__dirname, '../../api/dist/api/src/main.js');

export interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs the built app (`npm run build` first) as a child process with a clean, explicit environment. */
export function runApp(env: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, [MAIN_JS], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', TZ: 'Europe/Amsterdam', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function waitFor(
  predicate: () => boolean,
  timeoutMs: number,
  what: string,
  output?: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) {
      const tail = output ? `; output so far:\n${output().slice(-2000)}` : '';
      throw new Error(`timed out waiting for ${what}${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
