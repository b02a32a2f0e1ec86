import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { demoTokens } from '../../test-support/scenarios.js';
import { ACCEPT, APPROVE, createAccount, DEACTIVATE, INVITE, REJECT, UPDATE_MEMBER } from './accounts.fixtures.js';

// Every account change is appended to the log in its own transaction; the chair and the deputy read it.

let tp: TestPlatform;
let t: Record<string, string>;
let agencies: string[];
const ids: Record<string, string> = {};
const PASSWORD = 'a-password-nobody-logs';
let link = '';

const AUDIT = `query($first: Int, $after: String, $m: ID) { accountAudit(first: $first, after: $after, memberId: $m) {
  edges { cursor node { seq kind fromStatus toStatus role previousRole reason expiresAt agency { id } previousAgency { id } actor { email } member { email } } }
  pageInfo { hasNextPage endCursor } } }`;

type Entry = { seq: string; kind: string; fromStatus: string | null; toStatus: string | null; role: string | null; previousRole: string | null; reason: string | null; expiresAt: string | null; actor: { email: string } | null; member: { email: string } | null; agency: { id: string } | null; previousAgency: { id: string } | null };
const entries = async (vars: Record<string, unknown>, token = t.chair): Promise<Entry[]> =>
  ((await tp.gql(AUDIT, vars, token)).data!.accountAudit.edges as { node: Entry }[]).map((e) => e.node);

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  agencies = ((await tp.gql('{ agencies { id } }', {}, t.admin)).data!.agencies as { id: string }[]).map((a) => a.id);
  const tokens = { admin: t.admin, chair: t.chair };
  // One account through its whole life, and one rejected.
  ids.life = await createAccount(tp, tokens, { email: 'life@audit.test', role: 'MEMBER', agencyId: agencies[0] });
  await tp.gql(APPROVE, { id: ids.life }, t.deputy);
  link = (await tp.gql(INVITE, { id: ids.life }, t.chair)).data!.issueInvitation.token;
  await tp.gql(ACCEPT, { t: link, p: PASSWORD });
  await tp.gql(UPDATE_MEMBER, { id: ids.life, i: { agencyId: agencies[1] } }, t.admin);
  await tp.gql(DEACTIVATE, { id: ids.life }, t.admin);
  ids.rejected = await createAccount(tp, tokens, { email: 'rejected@audit.test', role: 'ADVISOR', agencyId: agencies[0] });
  await tp.gql(REJECT, { id: ids.rejected, r: 'Ведомство не направляло' }, t.chair);
});
afterAll(() => tp.close());

describe('the account audit', () => {
  it('has one entry per change, newest first, saying who did what to whom', async () => {
    const life = (await entries({ m: ids.life })).reverse();
    expect(life.map((e) => [e.kind, e.actor?.email, e.member?.email, e.fromStatus, e.toStatus, e.role])).toEqual([
      ['MEMBER_CREATED', 'admin@demo.kz', 'life@audit.test', null, 'PENDING_APPROVAL', 'MEMBER'],
      ['MEMBER_APPROVED', 'deputy@demo.kz', 'life@audit.test', 'PENDING_APPROVAL', 'INVITED', 'MEMBER'],
      ['MEMBER_INVITATION_ISSUED', 'chair@demo.kz', 'life@audit.test', 'INVITED', 'INVITED', 'MEMBER'],
      // The person themself accepts: the actor is the account.
      ['MEMBER_INVITATION_ACCEPTED', 'life@audit.test', 'life@audit.test', 'INVITED', 'ACTIVE', 'MEMBER'],
      ['MEMBER_UPDATED', 'admin@demo.kz', 'life@audit.test', 'ACTIVE', 'ACTIVE', 'MEMBER'],
      ['MEMBER_DEACTIVATED', 'admin@demo.kz', 'life@audit.test', 'ACTIVE', 'DEACTIVATED', 'MEMBER'],
    ]);
    expect(life[0].agency).toEqual({ id: agencies[0] });
    expect(life[2].expiresAt).not.toBeNull();
    expect([life[4].previousAgency, life[4].agency, life[4].previousRole]).toEqual([{ id: agencies[0] }, { id: agencies[1] }, 'MEMBER']);
    const [rejected] = await entries({ m: ids.rejected, first: 1 });
    expect(rejected).toMatchObject({ kind: 'MEMBER_REJECTED', reason: 'Ведомство не направляло', toStatus: 'REJECTED', actor: { email: 'chair@demo.kz' } });
  });

  it('never holds the invitation token or the password, in any event of the log', async () => {
    const hits = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where payload::text like '%' || $1 || '%' or payload::text like '%' || $2 || '%'`, [link, PASSWORD]);
    expect(hits[0].n).toBe(0);
    const keys = await query<{ key: string }>(tp.dbUrl, `select distinct jsonb_object_keys(payload) as key from case_event where kind like 'member.%' order by 1`);
    expect(keys.map((k) => k.key).filter((k) => /token|password|hash/i.test(k))).toEqual([]);
  });

  it('pages with a cursor, without gaps or repeats', async () => {
    const all = await entries({ first: 100 });
    const paged: Entry[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await tp.gql(AUDIT, { first: 3, after }, t.deputy)).data!.accountAudit;
      paged.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged.map((e) => e.seq)).toEqual(all.map((e) => e.seq));
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect([...all.map((e) => BigInt(e.seq))]).toEqual([...all.map((e) => BigInt(e.seq))].sort((a, b) => (a > b ? -1 : 1)));
  });

  it.each([['secretary'], ['member1'], ['advisor'], ['analyst'], ['admin']])('is refused to %s (FORBIDDEN)', async (who) => {
    const r = await tp.gql(AUDIT, {}, t[who]);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data?.accountAudit ?? null).toBeNull();
  });

  it('is refused signed out, and refuses a forged cursor or a page too large', async () => {
    expect(codeOf(await tp.gql(AUDIT, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await tp.gql(AUDIT, { after: Buffer.from(JSON.stringify(["1; drop table member"])).toString('base64url') }, t.chair))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tp.gql(AUDIT, { first: 1000 }, t.chair))).toBe('BAD_USER_INPUT');
  });

  it('carries no account event into a case\'s timeline', async () => {
    const rows = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where kind like 'member.%' and kind <> 'member.recused' and case_id is not null`);
    expect(rows[0].n).toBe(0);
  });
});
