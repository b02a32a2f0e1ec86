// The one way tests, benchmarks and the soak send a GraphQL operation over HTTP (POST /graphql, JSON).
// Tests that deliberately send raw or hostile HTTP (malformed bodies, odd headers or content types,
// GET requests) use fetch themselves and say so.

/** One error of a GraphQL answer, as far as tests read it. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; retryable?: boolean; [k: string]: unknown };
}

/**
 * A GraphQL answer. `T` is the shape of `data`: a test that reads fields below the root passes it
 * (`gql<{ case: { status: string } }>(...)`); without it, the root fields are `unknown`.
 */
export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
}

/** A GraphQL answer with its HTTP status. */
export interface GqlAnswer<T = Record<string, unknown>> extends GqlResult<T> {
  status: number;
}

/** An attempt that may have got no answer: a hang or a refused connection is a result, not a stuck test. */
export interface GqlAttempt<T = Record<string, unknown>> extends GqlResult<T> {
  /** Set when no answer came in time or the connection failed: the call hung or the server was away. */
  failure?: 'timeout' | 'network';
  status?: number;
  ms: number;
}

/** One GraphQL operation over HTTP; throws when no answer comes (a network error, or none in `timeoutMs` when given). */
export async function gqlPost<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs?: number): Promise<GqlAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as GqlResult<T>;
  return { ...body, status: res.status };
}

/** gqlPost that never throws and never waits longer than `timeoutMs`: for fault tests and the soak. */
export async function gqlAttempt<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 10_000): Promise<GqlAttempt<T>> {
  const started = Date.now();
  try {
    const answer = await gqlPost<T>(url, query, variables, token, timeoutMs);
    return { ...answer, ms: Date.now() - started };
  } catch (e) {
    const name = (e as Error).name;
    return { failure: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', ms: Date.now() - started };
  }
}

/** The `data` of one GraphQL operation; throws with the server's messages when it answers with errors. */
export async function gqlData<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await gqlPost<T>(url, query, variables, token);
  if (answer.errors?.length || !answer.data) throw new Error(`GraphQL ${answer.status}: ${JSON.stringify(answer.errors ?? answer)}`);
  return answer.data;
}

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

/** A bearer token (the demo accounts' password unless another is given). */
export async function signIn(url: string, email: string, password = 'panel-demo'): Promise<string> {
  const r = await gqlPost<{ login: { token: string } }>(url, LOGIN, { email, password });
  if (!r.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

export const ADD_COMMENT = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';
