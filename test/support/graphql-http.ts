export interface Answer<T = any> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryable?: boolean; [k: string]: unknown } }[];
  /** Set when no answer came in time or the connection failed: the call hung or the server was away. */
  failure?: 'timeout' | 'network';
  status?: number;
  ms: number;
}

/** One GraphQL call over HTTP that never waits longer than `timeoutMs`: a hang is a result, not a stuck test. */
export async function post<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 10_000): Promise<Answer<T>> {
  const started = Date.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json()) as Answer<T>;
    return { ...body, status: res.status, ms: Date.now() - started };
  } catch (e) {
    const name = (e as Error).name;
    return { failure: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', ms: Date.now() - started };
  }
}

export async function signIn(url: string, email: string): Promise<string> {
  const r = await post<{ login: { token: string } }>(url, 'mutation($e: String!) { login(email: $e, password: "panel-demo") { token } }', { e: email });
  if (!r.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors ?? r.failure)}`);
  return r.data.login.token;
}

export const ADD_COMMENT = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';

/** Latency percentile of a sample (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
