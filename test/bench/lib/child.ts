import { spawn, type ChildProcess } from 'node:child_process';
import type { Cleanup } from './cleanup.js';

export interface Child {
  pid: number;
  /** The last lines the child printed (stdout and stderr), for error messages and notes. */
  lines: string[];
  /** How many lines looked like pino warnings or errors (level ≥ 40). */
  warnings: () => number;
  /** Resolves with the first match of `pattern` in a line, or rejects after `ms` or when the child exits. */
  waitFor: (pattern: RegExp, ms: number) => Promise<RegExpExecArray>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
  stop: (graceMs?: number) => Promise<number | null>;
}

const KEEP_LINES = 300;

/** Spawns a Node child process whose output is read line by line and which is stopped by the cleanup. */
export function startChild(cleanup: Cleanup, label: string, args: string[], options: { cwd: string; env: Record<string, string> }): Child {
  const child: ChildProcess = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${label} did not start`);
  const lines: string[] = [];
  let warnings = 0;
  const watchers = new Set<(line: string) => void>();
  let partial = '';
  const take = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > KEEP_LINES) lines.shift();
      if (/"level":(4|5|6)\d/.test(line)) warnings += 1;
      for (const w of watchers) w(line);
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitedYet = false;
  void exited.then(() => (exitedYet = true));

  const waitFor = (pattern: RegExp, ms: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const done = (error?: Error, match?: RegExpExecArray) => {
        clearTimeout(timer);
        watchers.delete(watch);
        if (error) reject(error);
        else resolve(match!);
      };
      const watch = (line: string) => {
        const m = pattern.exec(line);
        if (m) done(undefined, m);
      };
      const timer = setTimeout(() => done(new Error(`${label}: no ${pattern} within ${ms} ms\n${lines.slice(-20).join('\n')}`)), ms);
      watchers.add(watch);
      void exited.then((code) => done(new Error(`${label} exited (${code}) before ${pattern}\n${lines.slice(-20).join('\n')}`)));
    });

  let stopping: Promise<number | null> | null = null;
  const stop = (graceMs = 20_000) =>
    (stopping ??= (async () => {
      if (exitedYet) return exited;
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(kill);
      return code;
    })());
  cleanup.defer(`stop ${label}`, () => stop());
  return { pid: child.pid, lines, warnings: () => warnings, waitFor, stop };
}
