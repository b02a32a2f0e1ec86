import { randomUUID } from 'node:crypto';
import type { LiveFeed } from '../../shared/events/live-feed.js';

/** How long presence and typing last without being repeated, and how often this instance repeats them. */
export const PRESENCE = { heartbeatMs: 3_000, expireMs: 8_000, typingMs: 5_000, sweepMs: 1_000 } as const;

interface Message {
  t: 'here' | 'left' | 'typing';
  c: string; // case id
  s?: string; // session (one open room)
  m: string; // member id
  on?: boolean; // typing on / off
}

export interface PresentMember {
  memberId: string;
  typing: boolean;
}

/**
 * Who has a case room open, and who is typing, across every instance. Nothing is stored: each
 * instance repeats its own sessions on the shared notification channel, and entries that stop
 * being repeated expire. A closed room says goodbye at once.
 */
export class PresenceRegistry {
  private readonly sessions = new Map<string, Map<string, { memberId: string; until: number }>>();
  private readonly typing = new Map<string, Map<string, number>>();
  private readonly local = new Map<string, { caseId: string; memberId: string }>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly timers: NodeJS.Timeout[];

  constructor(private readonly feed: LiveFeed) {
    feed.onPresence((payload) => this.receive(payload));
    this.timers = [
      setInterval(() => this.sweep(), PRESENCE.sweepMs),
      setInterval(() => { for (const [s, { caseId, memberId }] of this.local) void this.send({ t: 'here', c: caseId, s, m: memberId }); }, PRESENCE.heartbeatMs),
    ];
    this.timers.forEach((t) => t.unref());
  }

  /** Opens a room for a member; returns the session id to pass to `leave`. */
  join(caseId: string, memberId: string): string {
    const s = randomUUID();
    this.local.set(s, { caseId, memberId });
    this.apply({ t: 'here', c: caseId, s, m: memberId });
    void this.send({ t: 'here', c: caseId, s, m: memberId });
    return s;
  }

  leave(session: string): void {
    const entry = this.local.get(session);
    if (!entry) return;
    this.local.delete(session);
    const message: Message = { t: 'left', c: entry.caseId, s: session, m: entry.memberId };
    this.apply(message);
    void this.send(message);
  }

  setTyping(caseId: string, memberId: string, on: boolean): Promise<void> {
    const message: Message = { t: 'typing', c: caseId, m: memberId, on };
    this.apply(message);
    return this.send(message);
  }

  /** The members in the room now (each once), and whether they are typing. */
  snapshot(caseId: string): PresentMember[] {
    const members = new Set([...(this.sessions.get(caseId)?.values() ?? [])].map((e) => e.memberId));
    const typing = this.typing.get(caseId);
    return [...members].map((memberId) => ({ memberId, typing: (typing?.get(memberId) ?? 0) > Date.now() }));
  }

  onCase(caseId: string, wake: () => void): () => void {
    let set = this.listeners.get(caseId);
    if (!set) this.listeners.set(caseId, (set = new Set()));
    set.add(wake);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.listeners.delete(caseId);
    };
  }

  close(): void {
    this.timers.forEach(clearInterval);
  }

  private send(message: Message): Promise<void> {
    return this.feed.publishPresence(JSON.stringify(message));
  }

  private receive(payload: string) {
    try {
      const m = JSON.parse(payload) as Message;
      if (typeof m.c === 'string' && typeof m.m === 'string') this.apply(m);
    } catch {
      // not ours; ignore
    }
  }

  private apply(m: Message) {
    const now = Date.now();
    if (m.t === 'typing') {
      let room = this.typing.get(m.c);
      if (!room) this.typing.set(m.c, (room = new Map()));
      if (m.on) room.set(m.m, now + PRESENCE.typingMs);
      else room.delete(m.m);
    } else if (m.s) {
      let room = this.sessions.get(m.c);
      if (!room) this.sessions.set(m.c, (room = new Map()));
      if (m.t === 'here') {
        const known = room.has(m.s);
        room.set(m.s, { memberId: m.m, until: now + PRESENCE.expireMs });
        if (known) return; // a repeat changes nothing anyone sees
      } else {
        room.delete(m.s);
        this.typing.get(m.c)?.delete(m.m);
      }
    }
    this.notify(m.c);
  }

  private sweep() {
    const now = Date.now();
    for (const [caseId, room] of this.sessions) {
      let changed = false;
      for (const [s, e] of room) if (e.until <= now && !this.local.has(s)) { room.delete(s); changed = true; }
      for (const [m, until] of this.typing.get(caseId) ?? []) if (until <= now) { this.typing.get(caseId)!.delete(m); changed = true; }
      if (room.size === 0) this.sessions.delete(caseId);
      if (changed) this.notify(caseId);
    }
  }

  private notify(caseId: string) {
    for (const wake of this.listeners.get(caseId) ?? []) wake();
  }
}

declare module '../../shared/context.js' {
  interface AppDeps {
    /** Who is in which case room, on this instance. */
    presence: PresenceRegistry;
  }
}
