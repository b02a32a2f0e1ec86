import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface FeedEvent {
  seq: string;
  kind: string;
  /** When the event's transaction started (the database's clock). */
  at: string;
  comment?: { body: string } | null;
}

export interface ResumableFeed {
  /** Every event received, in arrival order (duplicates kept, so that a test can see them). */
  events: FeedEvent[];
  /** The seq to resume after: the last one received (or the starting one). */
  readonly last: string;
  /** How many times the feed subscribed again after losing its subscription. */
  readonly resubscribes: number;
  /** Why it lost its subscription each time (close codes, error codes). */
  losses: string[];
  /** Resolves when `test(events)` holds, or rejects after `ms`. */
  until: (test: (events: FeedEvent[]) => boolean, ms: number) => Promise<FeedEvent[]>;
  /** Drops the connection on purpose (as a client going through a tunnel) and resumes after `retryMs`. */
  drop: () => void;
  stop: () => Promise<void>;
}

export interface FeedOptions {
  /** Servers to try, in turn: a loss moves to the next one (as a client behind a list of endpoints). */
  urls: string[];
  token: string;
  caseId: string;
  after: string;
  /** Called for each event as it arrives, with the local time. */
  onEvent?: (event: FeedEvent, at: number) => void;
  retryMs?: number;
  /** The fields to ask for; by default with the comment's body. */
  fields?: string;
}

const FIELDS = 'seq kind at comment { body }';
const query = (fields: string) => `subscription($id: ID!, $after: String) { caseEvents(caseId: $id, after: $after) { ${fields} } }`;
const FINAL = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

function describeLoss(e: unknown): string {
  if (Array.isArray(e)) return e.map((x: { extensions?: { code?: string } }) => x.extensions?.code ?? 'error').join(',');
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'number') return `close ${code}`;
  return String((e as Error)?.message ?? e);
}

/**
 * A case room's live feed as a real client keeps it: on any loss (socket closed, server gone,
 * a retryable error) it subscribes again, on the next server of the list, passing the last seq it
 * received as `after`, so that it misses nothing and sees nothing twice.
 */
export function resumableFeed(options: FeedOptions): ResumableFeed {
  const events: FeedEvent[] = [];
  const losses: string[] = [];
  const listeners = new Set<() => void>();
  let last = options.after;
  let resubscribes = 0;
  let index = 0;
  let stopped = false;
  let client: Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;

  const connect = () => {
    if (stopped) return;
    const url = options.urls[index % options.urls.length];
    const own = createClient({
      url: `${url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${options.token}` },
      retryAttempts: 0,
      lazy: true,
      shouldRetry: () => false,
    });
    client = own;
    let lost = false;
    const lose = (why: string, final = false) => {
      if (lost) return;
      lost = true;
      losses.push(why);
      void own.dispose();
      if (stopped || final) return;
      index += 1;
      resubscribes += 1;
      retryTimer = setTimeout(connect, options.retryMs ?? 200);
    };
    own.subscribe<{ caseEvents: FeedEvent }>({ query: query(options.fields ?? FIELDS), variables: { id: options.caseId, after: last } }, {
      next: (r) => {
        const event = r.data?.caseEvents;
        // A socket given up keeps delivering what was already on its way: the resumed one sends it again.
        if (!event || lost) return;
        events.push(event);
        if (BigInt(event.seq) > BigInt(last)) last = event.seq;
        options.onEvent?.(event, Date.now());
        listeners.forEach((l) => l());
      },
      error: (e) => {
        const why = describeLoss(e);
        lose(why, why.split(',').some((c) => FINAL.has(c)));
      },
      complete: () => lose('complete'),
    });
    dropCurrent = () => lose('dropped on purpose');
  };
  let dropCurrent = () => undefined as void;
  connect();

  return {
    events,
    get last() { return last; },
    get resubscribes() { return resubscribes; },
    losses,
    until: (test, ms) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!test(events)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(events);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`feed: condition not met in ${ms} ms (${events.length} events, last ${last}, losses ${losses.join(' | ')})`));
        }, ms);
        listeners.add(check);
        check();
      }),
    drop: () => dropCurrent(),
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      await client?.dispose();
    },
  };
}

/** Whether `events` are exactly `expected` seqs: each once, in order. */
export function exactlyOnceInOrder(events: readonly FeedEvent[], expected: readonly string[]): boolean {
  return events.length === expected.length && events.every((e, i) => e.seq === expected[i]);
}
