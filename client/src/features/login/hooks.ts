import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useAuth } from '../../app/auth.context';
import { ACCEPT_INVITATION, LOGIN, type AcceptInvitationMutationVariables, type LoginMutationVariables } from './operations';

/** Signs in; resolves true when the session has started. */
export function useLogin() {
  const { signIn } = useAuth();
  const [mutate, state] = useMutation(LOGIN);
  const login = useCallback(
    async (variables: LoginMutationVariables): Promise<boolean> => {
      try {
        const { data } = await mutate({ variables });
        if (!data) return false;
        signIn(data.login.token, data.login.expiresAt);
        return true;
      } catch {
        return false; // the error is in state.error
      }
    },
    [mutate, signIn],
  );
  return { login, loading: state.loading, error: state.error };
}

/** Sets the password through an invitation and starts the new member's session; resolves true on success. */
export function useAcceptInvitation() {
  const { signIn } = useAuth();
  const client = useApolloClient();
  // The answer carries a session token: it goes to the session store, never into the cache.
  const [mutate, state] = useMutation(ACCEPT_INVITATION, { fetchPolicy: 'no-cache' });
  const accept = useCallback(
    async (variables: AcceptInvitationMutationVariables): Promise<boolean> => {
      try {
        const { data } = await mutate({ variables });
        if (!data) return false;
        // Someone else may have been signed in in this tab: nothing of theirs stays in the cache.
        await client.clearStore();
        signIn(data.acceptInvitation.token, data.acceptInvitation.expiresAt);
        return true;
      } catch {
        return false; // the error is in state.error
      }
    },
    [mutate, signIn, client],
  );
  return { accept, loading: state.loading, error: state.error };
}
