import type { ErrorLike } from '@apollo/client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { MemberSummary } from '../shared/api/member.fragment';
import { authStore, type SessionEnd } from './auth.store';
import { ME } from './session.operations';

export interface AuthState {
  token: string | null;
  /** The signed-in member, once `me` has answered. */
  member: MemberSummary | null;
  loading: boolean;
  error: ErrorLike | undefined;
  lastEnd: SessionEnd | null;
  signIn(token: string, expiresAt: string, member: MemberSummary): void;
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

  const signIn = useCallback(
    (nextToken: string, expiresAt: string, member: MemberSummary) => {
      client.writeQuery({ query: ME, data: { me: member } });
      authStore.setToken(nextToken, expiresAt);
    },
    [client],
  );
  const signOut = useCallback(() => authStore.clear('logout'), []);
  const { refetch } = me;
  const retry = useCallback(() => void refetch(), [refetch]);

  const value = useMemo<AuthState>(
    () => ({
      token,
      member: token ? (me.data?.me ?? null) : null,
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

/** The signed-in member; only for pages behind RequireMember. */
export function useMember(): MemberSummary {
  const { member } = useAuth();
  if (!member) throw new Error('useMember outside a signed-in route');
  return member;
}
