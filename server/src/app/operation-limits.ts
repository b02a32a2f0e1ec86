import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Env } from '../config/env.js';
import { DomainError, msg, type Localized } from '../shared/domain-error.js';
import type { Context } from './context.js';
import { RateLimiter, retryAfterSeconds, takeAll, type Charge } from './rate-limit.js';

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

/** RATE_LIMITED with `extensions.retryAfter` in whole seconds. */
export function rateLimited(message: Localized, retryAfter?: number, details?: Record<string, unknown>): DomainError {
  const error = new DomainError('RATE_LIMITED', message, details);
  if (retryAfter !== undefined) Object.assign(error.extensions, { retryAfter });
  return error;
}

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

/**
 * Rate limits on writes, the same over HTTP and WebSocket: `login` per address and per email (against
 * password guessing), `acceptInvitation` per address, every other mutation field per member (per
 * address when signed out). The buckets live in this instance's memory, so each replica counts on its own.
 */
export class OperationLimiter {
  private readonly loginPerIp: RateLimiter;
  private readonly loginPerEmail: RateLimiter;
  private readonly writesPerMember: RateLimiter;
  private readonly writesPerIp: RateLimiter;

  constructor(limits: Env['limits'], private readonly now: () => number = Date.now) {
    this.loginPerIp = new RateLimiter(limits.loginPerIp);
    this.loginPerEmail = new RateLimiter(limits.loginPerEmail);
    this.writesPerMember = new RateLimiter(limits.writesPerMember);
    this.writesPerIp = new RateLimiter(limits.writesPerIp);
  }

  /** The refusal for an operation over its budget, or null (and the budget spent) when it may run. */
  check(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | null | undefined, caller: Caller): DomainError | null {
    if (operation.operation !== 'mutation') return null;
    const fields = rootFields(document, operation);
    const logins = fields.filter((f) => SIGN_INS.has(f.name.value));
    const writes = fields.length - logins.length;
    // An invitation is a credential too: accepting one spends the address's sign-in budget (it has no email to count by).
    const charges: Charge[] = logins.flatMap((f) => f.name.value === 'login'
      ? [{ limiter: this.loginPerIp, key: caller.ip }, { limiter: this.loginPerEmail, key: loginEmail(f, variables) }]
      : [{ limiter: this.loginPerIp, key: caller.ip }]);
    if (writes > 0) {
      charges.push(caller.memberId
        ? { limiter: this.writesPerMember, key: caller.memberId, cost: writes }
        : { limiter: this.writesPerIp, key: caller.ip, cost: writes });
    }
    const waitMs = takeAll(charges, this.now());
    if (waitMs === 0) return null;
    const seconds = retryAfterSeconds(waitMs);
    return rateLimited(logins.length > 0 ? tooManyLogins(seconds) : tooManyWrites(seconds), seconds);
  }
}

/**
 * The limiter on GraphQL over HTTP: a refused operation is answered before it runs, with status 429
 * and `Retry-After` (Apollo takes both from `extensions.http`, which the client never sees).
 */
export function rateLimitPlugin(limiter: OperationLimiter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const refused = limiter.check(document, operation, request.variables, { memberId: contextValue.viewer?.id ?? null, ip: contextValue.clientIp });
          if (!refused) return;
          const headers = new HeaderMap([['retry-after', String(refused.extensions.retryAfter)]]);
          Object.assign(refused.extensions, { http: { status: 429, headers } });
          throw refused;
        },
      };
    },
  };
}
