import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Env } from '../config/env.js';
import { msg, type DomainError } from '../shared/domain-error.js';
import type { Context } from '../shared/context.js';
import { KnownAddresses } from './known-addresses.js';
import { admission, loginOutcome, settlement, type AttemptResult, type LoginAttempt } from './login-guard.js';
import { rateLimited, RateLimiter, retryAfterSeconds, takeAll, type Charge } from '../shared/rate-limit.js';

/** Who is calling: the signed-in member if any, and the client's address. */
export interface Caller {
  memberId: string | null;
  ip: string;
}

const tooManyWrites = (s: number) => msg(
  `Too many changes in a short time. Please wait ${s} s and try again.`,
  `Слишком много изменений за короткое время. Подождите ${s} с и повторите.`,
  `Қысқа уақытта өзгерістер тым көп. ${s} с күтіп, қайталаңыз.`,
);

const tooManyLogins = (s: number) => msg(
  `Too many sign-in attempts. Please wait ${s} s and try again.`,
  `Слишком много попыток входа. Подождите ${s} с и повторите попытку.`,
  `Кіру әрекеттері тым көп. ${s} с күтіп, қайталап көріңіз.`,
);

/** The top-level fields of an operation, through inline fragments and fragment spreads. */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== '__typename') fields.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet);
      } else if (!seen.has(s.name.value) && fragments.has(s.name.value)) {
        seen.add(s.name.value);
        walk(fragments.get(s.name.value)!.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return fields;
}

/** Fields that present a credential without a session: limited per address as sign-in attempts, not as writes. */
const SIGN_INS: ReadonlySet<string> = new Set(['login', 'acceptInvitation']);

/** The email a `login` field is called with, normalised as the sign-in does; '' when absent. */
function loginEmail(field: FieldNode, variables: Record<string, unknown> | null | undefined): string {
  const value = field.arguments?.find((a) => a.name.value === 'email')?.value;
  let email: unknown;
  if (value?.kind === Kind.VARIABLE) email = variables?.[value.name.value];
  else if (value?.kind === Kind.STRING) email = value.value;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/** An operation's admission: the refusal, or the `login` attempts to settle once its result is known. */
export interface Admitted {
  refused: DomainError | null;
  logins: readonly LoginAttempt[];
}

/**
 * Rate limits on writes, the same over HTTP and WebSocket: `login` per address (every attempt) and per
 * email (failures from addresses that never signed in to it: see login-guard.ts), `acceptInvitation`
 * per address, every other mutation field per member (per address when signed out). The buckets and the
 * known addresses live in this instance's memory, so each replica counts and remembers on its own.
 */
export class OperationLimiter {
  private readonly loginPerIp: RateLimiter;
  private readonly loginFailuresPerEmail: RateLimiter;
  private readonly writesPerMember: RateLimiter;
  private readonly writesPerIp: RateLimiter;

  constructor(
    limits: Env['limits'],
    private readonly now: () => number = Date.now,
    private readonly known: KnownAddresses = new KnownAddresses(),
  ) {
    this.loginPerIp = new RateLimiter(limits.loginPerIp);
    this.loginFailuresPerEmail = new RateLimiter(limits.loginPerEmail);
    this.writesPerMember = new RateLimiter(limits.writesPerMember);
    this.writesPerIp = new RateLimiter(limits.writesPerIp);
  }

  /** The refusal for an operation over its budget, or its budget spent (a login's email budget only held) when it may run. */
  admit(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | null | undefined, caller: Caller): Admitted {
    if (operation.operation !== 'mutation') return { refused: null, logins: [] };
    const now = this.now();
    const fields = rootFields(document, operation);
    const signIns = fields.filter((f) => SIGN_INS.has(f.name.value));
    const writes = fields.length - signIns.length;
    // An invitation is a credential too: accepting one spends the address's sign-in budget (it has no email to count by).
    const charges: Charge[] = signIns.map(() => ({ limiter: this.loginPerIp, key: caller.ip }));
    const checked = signIns.filter((f) => f.name.value === 'login').map((f) => this.attempt(f, variables, caller, now));
    const logins = checked.map((c) => c.attempt);
    const refusedMs = Math.max(0, ...checked.map((c) => c.refusedMs));
    for (const a of logins) if (a.reserved) charges.push({ limiter: this.loginFailuresPerEmail, key: a.email });
    if (writes > 0) {
      charges.push(caller.memberId
        ? { limiter: this.writesPerMember, key: caller.memberId, cost: writes }
        : { limiter: this.writesPerIp, key: caller.ip, cost: writes });
    }
    // A call refused by any limit spends nothing from the others.
    const waitMs = refusedMs > 0 ? refusedMs : takeAll(charges, now);
    if (waitMs === 0) return { refused: null, logins };
    const seconds = retryAfterSeconds(waitMs);
    return { refused: rateLimited(signIns.length > 0 ? tooManyLogins(seconds) : tooManyWrites(seconds), seconds), logins: [] };
  }

  /** After the result: a failure keeps its held token, anything else gives it back; a sign-in makes its address known. */
  settle(logins: readonly LoginAttempt[], result: AttemptResult): void {
    const now = this.now();
    for (const a of logins) {
      const s = settlement(loginOutcome(a.responseKey, result), a.reserved);
      if (s.refund) this.loginFailuresPerEmail.refund(a.email, now);
      if (s.remember) this.known.remember(a.email, a.ip, now);
    }
  }

  /** One `login` field: free from a known address, else one token of the email's failure budget (or refused). */
  private attempt(field: FieldNode, variables: Record<string, unknown> | null | undefined, caller: Caller, now: number): { attempt: LoginAttempt; refusedMs: number } {
    const email = loginEmail(field, variables);
    const budget = this.loginFailuresPerEmail.peek(email, now);
    const decision = admission(this.known.has(email, caller.ip, now), budget.allowed);
    return {
      attempt: { responseKey: field.alias?.value ?? field.name.value, email, ip: caller.ip, reserved: decision === 'reserve' },
      refusedMs: decision === 'refuse' ? budget.retryAfterMs : 0,
    };
  }
}

/**
 * The limiter on GraphQL over HTTP: a refused operation is answered before it runs, with status 429
 * and `Retry-After` (Apollo takes both from `extensions.http`, which the client never sees); a login
 * that ran is settled from the response about to be sent.
 */
export function rateLimitPlugin(limiter: OperationLimiter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let logins: readonly LoginAttempt[] = [];
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const admitted = limiter.admit(document, operation, request.variables, { memberId: contextValue.viewer?.id ?? null, ip: contextValue.clientIp });
          logins = admitted.logins;
          const refused = admitted.refused;
          if (!refused) return;
          const headers = new HeaderMap([['retry-after', String(refused.extensions.retryAfter)]]);
          Object.assign(refused.extensions, { http: { status: 429, headers } });
          throw refused;
        },
        // An incremental (deferred) response is not settled: its held tokens stay spent, as failures.
        async willSendResponse({ response }) {
          if (logins.length > 0 && response.body.kind === 'single') limiter.settle(logins, response.body.singleResult);
          logins = [];
        },
      };
    },
  };
}
