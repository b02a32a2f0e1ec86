import { describe, expect, it } from 'vitest';
import { AdmissionGate } from './admission.gate.js';

/** A task that finishes when told to, recording when it started. */
function deferred(started: string[], name: string) {
  let finish!: (fail?: Error) => void;
  const done = new Promise<string>((resolve, reject) => { finish = (fail) => (fail ? reject(fail) : resolve(name)); });
  return { task: () => { started.push(name); return done; }, finish };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('AdmissionGate', () => {
  it('runs at most `limit` tasks at once, the others in the order they came', async () => {
    const gate = new AdmissionGate(2);
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((n) => deferred(started, n));
    const results = tasks.map((d) => gate.run(d.task));
    await turn();
    expect(started).toEqual(['a', 'b']);
    expect(gate.queued).toBe(2);
    tasks[1].finish();
    await turn();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[0].finish();
    tasks[2].finish();
    tasks[3].finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.queued).toBe(0);
  });

  it('frees the slot of a task that fails, and passes its error on', async () => {
    const gate = new AdmissionGate(1);
    const started: string[] = [];
    const [a, b] = ['a', 'b'].map((n) => deferred(started, n));
    const first = gate.run(a.task);
    const second = gate.run(b.task);
    a.finish(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await turn();
    expect(started).toEqual(['a', 'b']);
    b.finish();
    expect(await second).toBe('b');
    // Free again: the next task starts at once.
    const c = deferred(started, 'c');
    const third = gate.run(c.task);
    expect(started).toEqual(['a', 'b', 'c']);
    c.finish();
    await third;
  });
});
