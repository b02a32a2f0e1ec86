import type { ErrorLike } from '@apollo/client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { MemberSummary } from '../shared/api/member.fragment';
import { authStore, type SessionEnd } from './auth.store';
import { ME, type ViewerAbilities } from './session.operations';

export type { ViewerAbilities };

export interface AuthState {
  token: string | null;
  /** The signed-in member, once `me` has answered. */
  member: MemberSummary | null;
  /** What the signed-in member may do anywhere (pages, menus, buttons), asked with `me`. */
  abilities: ViewerAbilities | null;
  loading: boolean;
  error: ErrorLike | undefined;
  lastEnd: SessionEnd | null;
  /** Starts the session; the member and their abilities then come with `me`. */
  signIn(token: string, expiresAt: string): void;
  signOut(): void;
  retry(): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const token = useSyncExternalStore(authStore.subscribe, authStore.getToken);
  const me = useQuery(ME, token ? { fetchPolicy: 'cache-first' } : skipToken);

  // Whoever signs in next must not see the previous member's cached cases.
  useEffect(() => {
    if (token === null) void client.clearStore();
  }, [token, client]);

  // The login answer's member is not written to the cache: `me` is asked again with `viewerCan`,
  // which only the server answers (one request, before the first signed-in page).
  const signIn = useCallback((nextToken: string, expiresAt: string) => authStore.setToken(nextToken, expiresAt), []);
  const signOut = useCallback(() => authStore.clear('logout'), []);
  const { refetch } = me;
  const retry = useCallback(() => void refetch(), [refetch]);

  const value = useMemo<AuthState>(
    () => ({
      token,
      member: token ? (me.data?.me ?? null) : null,
      abilities: token ? (me.data?.viewerCan ?? null) : null,
      loading: token !== null && me.loading,
      error: token ? me.error : undefined,
      lastEnd: authStore.getLastEnd(),
      signIn,
      signOut,
      retry,
    }),
    [token, me.data, me.loading, me.error, signIn, signOut, retry],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** What the signed-in member may do anywhere; only for pages behind RequireMember. */
export function useAbilities(): ViewerAbilities {
  const { abilities } = useAuth();
  if (!abilities) throw new Error('useAbilities outside a signed-in route');
  return abilities;
}

/** The signed-in member; only for pages behind RequireMember. */
export function useMember(): MemberSummary {
  const { member } = useAuth();
  if (!member) throw new Error('useMember outside a signed-in route');
  return member;
}
