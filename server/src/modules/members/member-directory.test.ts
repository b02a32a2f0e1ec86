import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { activeAccount } from './accounts.fixtures.js';

// The member directory and the panel's settings are kept per instance (see ReferenceCache): a
// change shows at once on the instance that made it, and on the others through the log's notification.

let a: TestPlatform;
let b: TestPlatform;
let adminA: string;
let chairA: string;
let memberB: string;

beforeAll(async () => {
  a = await startTestPlatform();
  b = await startTestPlatform({ sameDatabaseAs: a });
  adminA = await a.login('admin@demo.kz');
  chairA = await a.login('chair@demo.kz');
  memberB = await b.login('member1@demo.kz');
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const MEMBERS = '{ members { email active agency { name kind } } }';
const ALL_MEMBERS = '{ members(includeInactive: true) { email active } }';
const CREATE_AGENCY = 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }';
const SETTINGS = '{ panelSettings { roundHours votesVisibleBeforeClose } }';
const UPDATE_SETTINGS = 'mutation($i: PanelSettingsInput!) { updatePanelSettings(input: $i) { roundHours } }';

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the member directory', () => {
  it('lists a new member with a new agency at once on the instance that created them, and soon on another', async () => {
    const emails = async (tp: TestPlatform, token: string) => ((await tp.gql(MEMBERS, {}, token)).data!.members as { email: string }[]).map((m) => m.email);
    const memberA = await a.login('member2@demo.kz');
    expect(await emails(a, memberA)).not.toContain('expert.new@demo.kz');
    expect(await emails(b, memberB)).not.toContain('expert.new@demo.kz');
    const agencyId = (await a.gql<{ createAgency: { id: string } }>(CREATE_AGENCY, { i: { name: 'Ассоциация юристов', kind: 'NGO' } }, adminA)).data!.createAgency.id;
    await activeAccount(a, { admin: adminA, chair: chairA }, { name: 'Жаңа Сарапшы', email: 'expert.new@demo.kz', password: 'a-long-password-1', role: 'ADVISOR', agencyId });
    const listed = (await a.gql(MEMBERS, {}, memberA)).data!.members as { email: string; agency: { name: string; kind: string } }[];
    expect(listed.find((m) => m.email === 'expert.new@demo.kz')).toMatchObject({ active: true, agency: { name: 'Ассоциация юристов', kind: 'NGO' } });
    expect(await eventually(() => emails(b, memberB), (l) => l.includes('expert.new@demo.kz'))).toContain('expert.new@demo.kz');
  });

  it('drops a deactivated member from the active list at once, and keeps them with includeInactive', async () => {
    const { id } = await activeAccount(a, { admin: adminA, chair: chairA }, { name: 'Уақытша Мүше', email: 'temp.member@demo.kz', password: 'a-long-password-2', role: 'MEMBER', agencyId: await anyAgency() });
    const memberA = await a.login('member3@demo.kz');
    expect(((await a.gql(MEMBERS, {}, memberA)).data!.members as { email: string }[]).map((m) => m.email)).toContain('temp.member@demo.kz');
    await a.gql('mutation($id: ID!) { deactivateMember(id: $id) { id } }', { id }, adminA);
    expect(((await a.gql(MEMBERS, {}, memberA)).data!.members as { email: string }[]).map((m) => m.email)).not.toContain('temp.member@demo.kz');
    expect((await a.gql(ALL_MEMBERS, {}, memberA)).data!.members).toContainEqual({ email: 'temp.member@demo.kz', active: false });
  });
});

async function anyAgency(): Promise<string> {
  return (await a.gql('{ agencies { id } }', {}, adminA)).data!.agencies[0].id;
}

describe('the panel settings as read', () => {
  it('show a change at once on the instance that made it, and soon on another', async () => {
    const before = (await a.gql(SETTINGS, {}, adminA)).data!.panelSettings.roundHours as number;
    expect((await b.gql(SETTINGS, {}, memberB)).data!.panelSettings.roundHours).toBe(before);
    await a.gql(UPDATE_SETTINGS, { i: { roundHours: before + 1 } }, adminA);
    expect((await a.gql(SETTINGS, {}, adminA)).data!.panelSettings.roundHours).toBe(before + 1);
    const onB = await eventually(async () => (await b.gql(SETTINGS, {}, memberB)).data!.panelSettings.roundHours, (h) => h === before + 1);
    expect(onB).toBe(before + 1);
  });
});
