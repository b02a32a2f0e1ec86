import type { TestPlatform } from '../../test-support/platform.js';

// Accounts the way the panel makes them, over the real API: the admin creates, the chair approves
// (case-reading roles), whoever may issues the invitation, the person sets their own password.

export const CREATE_MEMBER = 'mutation($i: CreateMemberInput!) { createMember(input: $i) { id email role status active } }';
export const APPROVE = 'mutation($id: ID!) { approveMember(id: $id) { id status active } }';
export const REJECT = 'mutation($id: ID!, $r: String!) { rejectMember(id: $id, reason: $r) { id status active } }';
export const INVITE = 'mutation($id: ID!) { issueInvitation(memberId: $id) { token path expiresAt member { id status active } } }';
export const ACCEPT = 'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token member { id email role status } } }';
export const DEACTIVATE = 'mutation($id: ID!) { deactivateMember(id: $id) { id status active } }';
export const UPDATE_MEMBER = 'mutation($id: ID!, $i: UpdateMemberInput!) { updateMember(id: $id, input: $i) { id role status active agency { id } } }';

const CASE_READING = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR'];

export interface AccountTokens {
  /** The admin's token (creates accounts, invites analysts and admins). */
  admin: string;
  /** The chair's (or deputy's) token (approves, invites case readers). */
  chair: string;
}

/** A setup call that must succeed. */
async function ok<T = Record<string, unknown>>(tp: TestPlatform, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const r = await tp.gql<T>(query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`account step failed: ${query}\n${JSON.stringify(r.errors)}`);
  return r.data;
}

/** An account created by the admin, as it is then: PENDING_APPROVAL or INVITED. */
export async function createAccount(tp: TestPlatform, tokens: AccountTokens, input: { email: string; role: string; agencyId: string; name?: string }): Promise<string> {
  const i = { name: input.name ?? 'Тест Тестов', email: input.email, role: input.role, agencyId: input.agencyId };
  return (await ok<{ createMember: { id: string } }>(tp, CREATE_MEMBER, { i }, tokens.admin)).createMember.id;
}

/** The invitation link's token for an approved or active account, issued by whoever may. */
export async function invite(tp: TestPlatform, tokens: AccountTokens, memberId: string, role: string): Promise<string> {
  const issuer = CASE_READING.includes(role) ? tokens.chair : tokens.admin;
  return (await ok<{ issueInvitation: { token: string } }>(tp, INVITE, { id: memberId }, issuer)).issueInvitation.token;
}

/**
 * A new ACTIVE account with the password its person chose: created, approved when its role reads
 * case files, invited, and the invitation accepted. Returns its id and the invitation token (used).
 */
export async function activeAccount(
  tp: TestPlatform,
  tokens: AccountTokens,
  input: { email: string; role: string; agencyId: string; password: string; name?: string },
): Promise<{ id: string; invitation: string }> {
  const id = await createAccount(tp, tokens, input);
  if (CASE_READING.includes(input.role)) await ok(tp, APPROVE, { id }, tokens.chair);
  const invitation = await invite(tp, tokens, id, input.role);
  await ok(tp, ACCEPT, { t: invitation, p: input.password });
  return { id, invitation };
}
