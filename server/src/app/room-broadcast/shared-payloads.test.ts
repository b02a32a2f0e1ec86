import type { ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PayloadGroup, PayloadGroups, PendingPayload, type Payload } from './shared-payloads.js';

const result = (n: number): ExecutionResult => ({ data: { caseEvents: { n, label: 'Жалоба' } } });

/** Waits on a pending payload as a subscriber's stream does: `use`, then `done` or `failed`. */
function waitOn(pending: PendingPayload, log: string[], who: string) {
  pending.wait((p: Payload) => log.push(`${who}:${p.json?.toString()}`)).then(() => log.push(`${who}:done`), (e) => log.push(`${who}:failed:${(e as Error).message}`));
}

describe('PayloadGroup', () => {
  it('executes an event once for every subscriber of the key and serializes it once', () => {
    const group = new PayloadGroup();
    const event = {};
    let executions = 0;
    const execute = () => { executions += 1; return result(1); };
    const first = group.of(event, execute) as Payload;
    const second = group.of(event, execute) as Payload;
    expect(executions).toBe(1);
    expect(second).toBe(first);
    expect(first.json?.toString('utf8')).toBe(JSON.stringify(result(1)));
    group.of({}, execute);
    expect(executions).toBe(2); // another event
  });

  it('keeps a result with errors unserialized: it is formatted per subscriber', () => {
    const group = new PayloadGroup();
    const payload = group.of({}, () => ({ data: null, errors: [new GraphQLError('no')] })) as Payload;
    expect(payload.json).toBeNull();
    expect(payload.result.errors?.[0].message).toBe('no');
  });

  it('calls the subscribers waiting on one execution back in the order they asked, once it is done', async () => {
    const group = new PayloadGroup();
    const event = {};
    let finish!: (r: ExecutionResult) => void;
    let executions = 0;
    const execute = () => { executions += 1; return new Promise<ExecutionResult>((resolve) => (finish = resolve)); };
    const log: string[] = [];
    for (const who of ['a', 'b', 'c']) {
      const pending = group.of(event, execute);
      expect(pending).toBeInstanceOf(PendingPayload);
      waitOn(pending as PendingPayload, log, who);
    }
    expect(log).toEqual([]);
    finish(result(2));
    await new Promise((r) => setImmediate(r));
    const json = JSON.stringify(result(2));
    expect(log).toEqual([`a:${json}`, 'a:done', `b:${json}`, 'b:done', `c:${json}`, 'c:done']);
    expect(executions).toBe(1);
    // Known from now on: a plain value, no waiting.
    expect((group.of(event, execute) as Payload).json?.toString()).toBe(json);
  });

  it('fails the waiters of a failed execution and executes again for the next subscriber', async () => {
    const group = new PayloadGroup();
    const event = {};
    let executions = 0;
    const log: string[] = [];
    waitOn(group.of(event, () => { executions += 1; return Promise.reject(new Error('the database is away')); }) as PendingPayload, log, 'a');
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['a:failed:the database is away']);
    const again = group.of(event, () => { executions += 1; return result(3); }) as Payload;
    expect(executions).toBe(2);
    expect(again.json?.toString()).toBe(JSON.stringify(result(3)));
  });

  it('fails a waiter whose write throws, and still serves the others', async () => {
    const group = new PayloadGroup();
    let finish!: (r: ExecutionResult) => void;
    const pending = group.of({}, () => new Promise<ExecutionResult>((resolve) => (finish = resolve))) as PendingPayload;
    const log: string[] = [];
    pending.wait(() => { throw new Error('socket gone'); }).then(() => log.push('a:done'), (e) => log.push(`a:failed:${(e as Error).message}`));
    waitOn(pending, log, 'b');
    finish(result(4));
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['a:failed:socket gone', `b:${JSON.stringify(result(4))}`, 'b:done']);
  });
});

describe('PayloadGroups', () => {
  it('shares a group per key while it has subscribers, and drops it with the last', () => {
    const groups = new PayloadGroups();
    const a = groups.acquire('MEMBER|doc');
    const b = groups.acquire('MEMBER|doc');
    const c = groups.acquire('ADVISOR|doc');
    expect(b.group).toBe(a.group);
    expect(c.group).not.toBe(a.group);
    a.release();
    a.release(); // twice is once
    expect(groups.size).toBe(2);
    b.release();
    expect(groups.size).toBe(1);
    c.release();
    expect(groups.size).toBe(0);
  });
});
