import type { AuthCheckerFn } from 'type-graphql';
import { forbidden, signInRequired } from '../shared/domain-error.js';
import type { Context } from '../shared/context.js';

/** The one role check behind every @Authorized: no viewer → UNAUTHENTICATED; wrong role → FORBIDDEN. */
export const authChecker: AuthCheckerFn<Context> = ({ context }, roles) => {
  if (!context.viewer) throw context.authError ?? signInRequired();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};
