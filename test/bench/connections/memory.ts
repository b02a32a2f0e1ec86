import { readdirSync, readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { sleep, withTimeout } from '../lib/clock.js';

/** One reading of a process's memory after a full garbage collection. */
export interface MemoryReading {
  /** Resident set size (VmRSS of /proc/<pid>/status), bytes. */
  rssBytes: number;
  /** V8 heap in use after GC (Runtime.getHeapUsage), bytes. */
  heapUsedBytes: number;
  /** Open file descriptors of the process (its sockets among them). */
  fds: number;
}

/** The inspector URL a child started with `--inspect=127.0.0.1:0` printed. */
export function inspectorUrl(lines: string[]): string {
  for (const line of lines) {
    const m = /Debugger listening on (ws:\/\/\S+)/.exec(line);
    if (m) return m[1];
  }
  throw new Error(`no "Debugger listening on ws://…" line in the child's output:\n${lines.slice(0, 10).join('\n')}`);
}

function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(m[1]) * 1024;
}

function fdCount(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return Number.NaN;
  }
}

/**
 * Reads a child's memory through the V8 inspector (the child runs with `--inspect=127.0.0.1:0`):
 * no code in the server for it, and the same probe for both sides. Each reading first collects
 * garbage twice (the second pass frees what finalizers of the first released).
 */
export class MemoryProbe {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly socket: WebSocket, private readonly pid: number) {
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id!);
      if (msg.error) waiter.reject(new Error(msg.error.message));
      else waiter.resolve(msg.result);
    });
  }

  static async open(url: string, pid: number): Promise<MemoryProbe> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await withTimeout(new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); }), 10_000, `inspector ${url} did not open`);
    return new MemoryProbe(socket, pid);
  }

  private call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    this.socket.send(JSON.stringify({ id, method, params }));
    return withTimeout(reply, 60_000, `inspector: ${method} got no reply`);
  }

  /** Memory after `settleMs` of quiet and two full collections. */
  async read(settleMs: number): Promise<MemoryReading> {
    await sleep(settleMs);
    await this.call('HeapProfiler.collectGarbage');
    await this.call('HeapProfiler.collectGarbage');
    const heap = await this.call<{ usedSize: number }>('Runtime.getHeapUsage');
    return { rssBytes: rssBytes(this.pid), heapUsedBytes: heap.usedSize, fds: fdCount(this.pid) };
  }

  close(): void {
    this.socket.terminate();
  }
}
