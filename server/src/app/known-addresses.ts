/** How long a successful sign-in makes its address a known one for that email. */
export const KNOWN_FOR_MS = 30 * 24 * 3_600_000;
/** At most this many email × address pairs are remembered; beyond it, the least recently signed-in go. */
export const MAX_KNOWN_PAIRS = 100_000;

/**
 * The addresses each email has signed in from lately, in this instance's memory: like the rate
 * buckets, each replica remembers on its own (a member known to one replica may be new to another).
 */
export class KnownAddresses {
  // pair → when it stops being known; the Map's order is the order of the last sign-in, so the
  // first entry is also the one that expires first.
  private readonly until = new Map<string, number>();

  constructor(private readonly forMs: number = KNOWN_FOR_MS, private readonly maxPairs: number = MAX_KNOWN_PAIRS) {}

  /** Whether `email` signed in from `ip` within the remembered period. An unknown address ('') is never known. */
  has(email: string, ip: string, now: number): boolean {
    if (!ip) return false;
    const key = pair(email, ip);
    const until = this.until.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.until.delete(key);
    return false;
  }

  /** Records a successful sign-in: known for the next period, counted from now. */
  remember(email: string, ip: string, now: number): void {
    if (!ip) return; // '' stands for every client whose address is unknown: it must not vouch for any of them
    const key = pair(email, ip);
    this.until.delete(key);
    this.until.set(key, now + this.forMs);
    for (const [oldest, until] of this.until) {
      if (this.until.size <= this.maxPairs && until > now) break;
      this.until.delete(oldest);
    }
  }

  get size(): number {
    return this.until.size;
  }
}

// JSON keeps the two parts apart whatever characters an email holds.
const pair = (email: string, ip: string): string => JSON.stringify([email, ip]);
