import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-event.entity.js';
import { CaseEventStream, type Admission, type Waiting } from './case-event-stream.js';
import type { LiveFeed } from './live-feed.js';
import type { LogTail } from './log-tail.js';

/** A log tail held in memory: `append` adds events and wakes the readers, as a refresh does. */
function memoryTail() {
  const events: CaseEvent[] = [];
  const readers = new Set<() => void>();
  const after = (seq: bigint) => events.filter((e) => BigInt(e.seq) > seq);
  const tail = {
    peek: (seq: bigint) => after(seq),
    after: async (seq: bigint) => after(seq),
    hasAfter: (seq: bigint) => events.length > 0 && seq < BigInt(events[events.length - 1].seq),
    lastSeqOf: (rows: readonly CaseEvent[]) => BigInt(rows[rows.length - 1].seq),
    onRefreshed: (wake: () => void) => { readers.add(wake); return () => readers.delete(wake); },
  };
  const append = (...kinds: string[]) => {
    for (const kind of kinds) events.push({ seq: String(events.length + 1), kind, payload: {} } as unknown as CaseEvent);
    for (const wake of [...readers]) wake();
  };
  return { tail: tail as unknown as LogTail, append, readers };
}

const feed = { track: () => () => undefined } as unknown as LiveFeed;
const everything = (batch: readonly CaseEvent[]): Admission => ({ deliver: batch.length, end: false });

describe('CaseEventStream in push mode', () => {
  it('delivers the replay, then each new event as the tail is woken: once each, in order', () => {
    const { tail, append } = memoryTail();
    append('a', 'b');
    const stream = new CaseEventStream(feed, tail, '0', everything, () => undefined);
    const got: string[] = [];
    stream.push({ deliver: (e) => { got.push(e.seq); return undefined; }, done: () => got.push('done') });
    expect(got).toEqual(['1', '2']);
    append('c');
    append('d', 'e');
    expect(got).toEqual(['1', '2', '3', '4', '5']);
  });

  it('waits for a delivery that has to wait before the next, and keeps the events woken meanwhile', async () => {
    const { tail, append } = memoryTail();
    const stream = new CaseEventStream(feed, tail, '0', everything, () => undefined);
    const got: string[] = [];
    let release!: () => void;
    const slow: Waiting = { then: (done) => { release = () => { got.push('1'); done(); }; } };
    stream.push({ deliver: (e) => { if (e.seq === '1') return slow; got.push(e.seq); return undefined; }, done: () => undefined });
    append('a', 'b');
    append('c');
    expect(got).toEqual([]);
    release();
    expect(got).toEqual(['1', '2', '3']);
  });

  it('ends after the last event the viewer may have, and says so once', () => {
    const { tail, append } = memoryTail();
    let ended = 0;
    const untilRecused = (batch: readonly CaseEvent[]): Admission => {
      const at = batch.findIndex((e) => e.kind === 'member.recused');
      return at === -1 ? { deliver: batch.length, end: false } : { deliver: at + 1, end: true };
    };
    const stream = new CaseEventStream(feed, tail, '0', untilRecused, () => (ended += 1));
    const got: string[] = [];
    stream.push({ deliver: (e) => { got.push(e.kind); return undefined; }, done: (error) => got.push(error ? 'failed' : 'done') });
    append('comment.added', 'member.recused', 'comment.added');
    append('comment.added');
    expect(got).toEqual(['comment.added', 'member.recused', 'done']);
    expect(ended).toBe(1);
  });

  it('delivers nothing more once returned, and does not tell the sink', async () => {
    const { tail, append, readers } = memoryTail();
    const stream = new CaseEventStream(feed, tail, '0', everything, () => undefined);
    const got: string[] = [];
    stream.push({ deliver: (e) => { got.push(e.seq); return undefined; }, done: () => got.push('done') });
    append('a');
    await stream.return();
    append('b');
    expect(got).toEqual(['1']);
    expect(readers.size).toBe(0);
  });

  it('fails the sink when the viewer\'s admission fails', async () => {
    const { tail, append } = memoryTail();
    const stream = new CaseEventStream(feed, tail, '0', () => Promise.reject(new Error('no status')), () => undefined);
    const got: string[] = [];
    stream.push({ deliver: (e) => { got.push(e.seq); return undefined; }, done: (error) => got.push(`failed:${(error as Error).message}`) });
    append('a');
    await new Promise((r) => setImmediate(r));
    expect(got).toEqual(['failed:no status']);
  });
});
