import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ACCEPT, APPROVE, DEACTIVATE, INVITE } from './accounts.fixtures.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
let tp: TestPlatform;
let admin: string;

beforeAll(async () => {
  tp = await startTestPlatform({ env: { TOKEN_SECRET: SECRET } });
  admin = await tp.login('admin@demo.kz');
});
afterAll(() => tp.close());

const ME = '{ me { email role agency { name kind } } }';
const CREATE_AGENCY = 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id name kind } }';
const CREATE_MEMBER = 'mutation($i: CreateMemberInput!) { createMember(input: $i) { id email role active agency { name } } }';

describe('login and me', () => {
  it('signs in with the demo password and tells who is signed in with the agency', async () => {
    const r = await tp.gql(ME, {}, await tp.login('member4@demo.kz'));
    expect(r.data!.me).toMatchObject({ email: 'member4@demo.kz', role: 'MEMBER', agency: { kind: 'NGO' } });
  });

  it.each([
    ['a wrong password', 'chair@demo.kz', 'wrong-password'],
    ['an unknown email', 'nobody@demo.kz', 'panel-demo'],
  ])('refuses %s with one message that does not tell which was wrong', async (_w, email, password) => {
    const r = await tp.gql('mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: email, p: password });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toBe('The email or password is not correct.');
  });

  it('refuses an expired token with a message saying so', async () => {
    const me = await tp.gql<{ me: { id: string } }>('{ me { id } }', {}, await tp.login('chair@demo.kz'));
    const id = me.data!.me.id;
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(id).setIssuer('kz-cyberbullying-panel')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(SECRET));
    const r = await tp.gql(ME, {}, expired);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/expired/);
  });

  it('refuses a token signed with another key', async () => {
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('kz-cyberbullying-panel')
      .setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect(codeOf(await tp.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
  });
});

describe('admin manages agencies and members', () => {
  it('creates an agency and a member who signs in once approved and invited; deactivation stops the member\'s token at once', async () => {
    const agency = (await tp.gql(CREATE_AGENCY, { i: { name: 'Уполномоченный по правам ребёнка', kind: 'STATE_BODY' } }, admin)).data!.createAgency;
    const created = await tp.gql(CREATE_MEMBER, { i: { name: 'Новый член', email: 'New.Member@demo.kz', role: 'MEMBER', agencyId: agency.id } }, admin);
    expect(created.data!.createMember).toMatchObject({ email: 'new.member@demo.kz', active: false, agency: { name: 'Уполномоченный по правам ребёнка' } });
    const id = created.data!.createMember.id;
    const chair = await tp.login('chair@demo.kz');
    await tp.gql(APPROVE, { id }, chair);
    const link = (await tp.gql(INVITE, { id }, chair)).data!.issueInvitation.token;
    expect(codeOf(await tp.gql(ACCEPT, { t: link, p: 'long-password-12' }))).toBeUndefined();
    const token = await tp.login('new.member@demo.kz', 'long-password-12');
    expect(codeOf(await tp.gql(ME, {}, token))).toBeUndefined();
    await tp.gql(DEACTIVATE, { id }, admin);
    const after = await tp.gql(ME, {}, token);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.errors![0].message).toMatch(/deactivated/);
    const relogin = await tp.gql('mutation{login(email:"new.member@demo.kz",password:"long-password-12"){token}}');
    expect(codeOf(relogin)).toBe('UNAUTHENTICATED');
    expect(relogin.errors![0].message).toBe('The email or password is not correct.');
  });

  it.each([
    ['a duplicate agency', CREATE_AGENCY, { i: { name: 'Министерство внутренних дел РК', kind: 'STATE_BODY' } }, 'CONFLICT'],
    ['a member of an unknown agency', CREATE_MEMBER, { i: { name: 'Дубль', email: 'chair@demo.kz', role: 'MEMBER', agencyId: '00000000-0000-4000-8000-000000000000' } }, 'NOT_FOUND'],
    ['a password chosen by the admin', CREATE_MEMBER, { i: { name: 'Кто-то', email: 'x@demo.kz', password: 'long-password-12', role: 'MEMBER', agencyId: '00000000-0000-4000-8000-000000000000' } }, 'BAD_USER_INPUT'],
    ['an unknown role', CREATE_MEMBER, { i: { name: 'Кто-то', email: 'x@demo.kz', role: 'KING', agencyId: 'x' } }, 'BAD_USER_INPUT'],
    ['deactivating an unknown member', DEACTIVATE, { id: 'nope' }, 'NOT_FOUND'],
  ])('refuses %s and changes nothing', async (_w, doc, vars, code) => {
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(doc, vars, admin))).toBe(code);
    expect(await tp.snapshot()).toEqual(before);
  });

  it.each([['chair'], ['secretary'], ['member1'], ['analyst']])('refuses %s managing accounts (FORBIDDEN) and changes nothing', async (role) => {
    const token = await tp.login(`${role}@demo.kz`);
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(CREATE_AGENCY, { i: { name: 'Новое ведомство', kind: 'NGO' } }, token))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });
});

describe('the holiday calendar', () => {
  it('is seeded with 2025–2027 and editable by the admin only', async () => {
    const year = await tp.gql<{ calendar: { date: string; kind: string }[] }>('{ calendar(year: 2026) { date kind name } }', {}, admin);
    expect(year.data!.calendar.map((d) => d.date)).toContain('2026-05-27');
    const set = await tp.gql('mutation { setCalendarDay(date: "2026-12-31", kind: DAY_OFF, name: "Перенос (постановление)") { date kind } }', {}, admin);
    expect(set.data!.setCalendarDay).toEqual({ date: '2026-12-31', kind: 'DAY_OFF' });
    const secretary = await tp.login('secretary@demo.kz');
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql('mutation { removeCalendarDay(date: "2026-12-31") }', {}, secretary))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql('mutation { setCalendarDay(date: "2026-13-01", kind: HOLIDAY, name: "x") { date } }', {}, admin))).toBe('BAD_USER_INPUT');
    expect(await tp.snapshot()).toEqual(before);
    expect((await tp.gql('mutation { removeCalendarDay(date: "2026-12-31") }', {}, admin)).data!.removeCalendarDay).toBe(true);
  });
});
