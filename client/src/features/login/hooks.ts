import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useAuth } from '../../app/auth.context';
import { LOGIN, type LoginVariables } from './operations';

/** Signs in; resolves true when the session has started. */
export function useLogin() {
  const { signIn } = useAuth();
  const [mutate, state] = useMutation(LOGIN);
  const login = useCallback(
    async (variables: LoginVariables): Promise<boolean> => {
      try {
        const { data } = await mutate({ variables });
        if (!data) return false;
        signIn(data.login.token, data.login.expiresAt, data.login.member);
        return true;
      } catch {
        return false; // the error is in state.error
      }
    },
    [mutate, signIn],
  );
  return { login, loading: state.loading, error: state.error };
}
