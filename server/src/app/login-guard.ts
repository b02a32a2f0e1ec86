/**
 * The rule of the per-email sign-in budget, as pure functions: the budget counts failed attempts
 * from addresses that never signed in to that email, so guesses from anywhere slow the attacker
 * without locking the member out of the addresses they already use.
 */

/** What an attempt does to its email's failure budget before it runs. */
export type Admission =
  /** A known address: the budget neither limits it nor pays for it (the per-address budget still does). */
  | 'free'
  /** A new address with budget left: one token is held until the outcome is known. */
  | 'reserve'
  /** A new address and an exhausted budget: refused before it runs. */
  | 'refuse';

/**
 * The trade-off: while an email's budget is exhausted, even the right password from a new address is
 * refused, until the window refills; the member's known addresses still sign in.
 */
export function admission(known: boolean, budgetLeft: boolean): Admission {
  if (known) return 'free';
  return budgetLeft ? 'reserve' : 'refuse';
}

/** How a `login` field ended, as its caller saw it. */
export type LoginOutcome = 'signedIn' | 'failed' | 'unknown';

/** The parts of a GraphQL result (formatted over HTTP, raw over WebSocket) that tell a login's outcome. */
export interface AttemptResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * `failed` only when the field answered UNAUTHENTICATED (wrong password, unknown or inactive account):
 * the one answer that tells a guesser "no". Anything else (an outage, a field never run) is `unknown`.
 */
export function loginOutcome(responseKey: string, result: AttemptResult): LoginOutcome {
  const value = result.data?.[responseKey];
  if (value !== undefined && value !== null) return 'signedIn';
  const refused = result.errors?.some((e) => e.path?.[0] === responseKey && e.extensions?.code === 'UNAUTHENTICATED');
  return refused ? 'failed' : 'unknown';
}

export interface Settlement {
  /** Give the held token back: only a failure is paid for. */
  refund: boolean;
  /** Mark the address as known for the email. */
  remember: boolean;
}

/** What the outcome of an attempt does to the budget and to the known addresses. */
export function settlement(outcome: LoginOutcome, reserved: boolean): Settlement {
  return { refund: reserved && outcome !== 'failed', remember: outcome === 'signedIn' };
}

/** One `login` field let through: what to settle once its result is known. */
export interface LoginAttempt {
  /** The field's alias or name: where its result is in `data` and its error's `path`. */
  responseKey: string;
  email: string;
  ip: string;
  /** Whether a token of the email's budget is held for it. */
  reserved: boolean;
}

/** Attempts let through over a WebSocket, per socket and operation id, until their result is sent. */
export class PendingLogins {
  private readonly bySocket = new WeakMap<object, Map<string, readonly LoginAttempt[]>>();

  hold(ctx: object, id: string, attempts: readonly LoginAttempt[]): void {
    if (attempts.length === 0) return;
    let pending = this.bySocket.get(ctx);
    if (!pending) this.bySocket.set(ctx, (pending = new Map()));
    pending.set(id, attempts);
  }

  /** The attempts of an operation, once: a second call gets none. */
  take(ctx: object, id: string): readonly LoginAttempt[] {
    const pending = this.bySocket.get(ctx);
    const attempts = pending?.get(id) ?? [];
    pending?.delete(id);
    return attempts;
  }
}
