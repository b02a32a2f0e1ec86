import { applicationInput } from '../../../server/src/test-support/factories.js';
import { gqlData } from '../../../server/src/test-support/graphql-http.js';

/** A demo account (DEMO=1 seeds them all with this password), signed in. */
export interface Account {
  email: string;
  id: string;
  token: string;
}

export interface Panel {
  /** Everyone who comments: chair, deputy, secretary, member1…member5. */
  authors: Account[];
  /**
   * Who votes: six of the seven voting members. member5 never votes, so a round never has every
   * eligible vote and never closes by itself, however often the six change their votes.
   */
  voters: Account[];
  chair: Account;
  secretary: Account;
}

const PASSWORD = 'panel-demo';
const VOTERS = ['chair', 'deputy', 'member1', 'member2', 'member3', 'member4'];
const AUTHORS = [...VOTERS, 'secretary', 'member5'];

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token member { id } } }';
const REGISTER = 'mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) { id } }';
const START_SCREENING = 'mutation($caseId: ID!) { startScreening(caseId: $caseId) { id status } }';
const ACCEPT = 'mutation($caseId: ID!) { acceptForReview(caseId: $caseId) { id status } }';
const OPEN_VOTING = 'mutation($caseId: ID!) { openVoting(caseId: $caseId) { id } }';

async function signIn(url: string, name: string): Promise<Account> {
  const email = `${name}@demo.kz`;
  const { login } = await gqlData<{ login: { token: string; member: { id: string } } }>(url, LOGIN, { email, password: PASSWORD });
  return { email, id: login.member.id, token: login.token };
}

/** Signs in the demo accounts over HTTP. */
export async function signInPanel(url: string): Promise<Panel> {
  const accounts = new Map<string, Account>();
  for (const a of await Promise.all(AUTHORS.map((n) => signIn(url, n)))) accounts.set(a.email.split('@')[0], a);
  const get = (n: string) => accounts.get(n)!;
  return { authors: AUTHORS.map(get), voters: VOTERS.map(get), chair: get('chair'), secretary: get('secretary') };
}

/** A case registered, screened and accepted for review by the secretary, as the platform does it. */
export async function caseInReview(url: string, panel: Panel): Promise<string> {
  const token = panel.secretary.token;
  const { registerApplication: kase } = await gqlData<{ registerApplication: { id: string } }>(url, REGISTER, { input: applicationInput() }, token);
  await gqlData(url, START_SCREENING, { caseId: kase.id }, token);
  const { acceptForReview } = await gqlData<{ acceptForReview: { status: string } }>(url, ACCEPT, { caseId: kase.id }, token);
  if (acceptForReview.status !== 'IN_REVIEW') throw new Error(`writes: case ${kase.id} is ${acceptForReview.status}, not IN_REVIEW`);
  return kase.id;
}

/** Opens a voting round on a case in review, as the chair; returns the round's id. */
export async function openRound(url: string, panel: Panel, caseId: string): Promise<string> {
  const { openVoting } = await gqlData<{ openVoting: { id: string } }>(url, OPEN_VOTING, { caseId }, panel.chair.token);
  return openVoting.id;
}

/** `n` cases in review, prepared as `caseInReview` does, a few at a time (the server is one process on shared cores). */
export async function casesInReview(url: string, panel: Panel, n: number, concurrency = 4): Promise<string[]> {
  const ids: string[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const k = next++;
      ids[k] = await caseInReview(url, panel);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return ids;
}
