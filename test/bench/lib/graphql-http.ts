/** One GraphQL operation over HTTP; throws with the server's messages when it answers with errors. */
export async function graphqlHttp<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

/** A bearer token for one of the demo accounts (DEMO=1 seeds them with this password). */
export async function demoToken(url: string, email: string): Promise<string> {
  const data = await graphqlHttp<{ login: { token: string } }>(url, LOGIN, { email, password: 'panel-demo' });
  return data.login.token;
}
