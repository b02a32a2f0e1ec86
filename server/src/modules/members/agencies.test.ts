import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { demoTokens } from '../../test-support/scenarios.js';

// Agencies carry their name in each language of the interface; the admin lists and edits them, and
// every edit is an agency.updated event of the account audit. Every refused call changes nothing.

let tp: TestPlatform;
let t: Record<string, string>;

const UPDATE = 'mutation($id: ID!, $i: UpdateAgencyInput!) { updateAgency(id: $id, input: $i) { id name nameKk nameRu nameEn kind } }';
const CREATE = 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id name nameKk nameRu nameEn kind } }';
const AGENCIES = '{ agencies { id name nameKk nameRu nameEn kind } }';
const AUDIT = '{ accountAudit(first: 20) { edges { node { kind actor { email } agency { id nameKk } } } } }';

interface AgencyRow { id: string; name: string; nameKk: string; nameRu: string; nameEn: string; kind: string }
let serial = 0;
const names = (what: string) => {
  serial += 1;
  return { nameKk: `${what} ${serial} (kk)`, nameRu: `${what} ${serial} (ru)`, nameEn: `${what} ${serial} (en)` };
};

async function newAgency(kind = 'NGO'): Promise<AgencyRow> {
  const n = names('Қор');
  const r = await tp.gql<{ createAgency: AgencyRow }>(CREATE, { i: { name: n.nameRu, nameKk: n.nameKk, nameEn: n.nameEn, kind } }, t.admin);
  return r.data!.createAgency;
}

const updatedEvents = async (agencyId: string) =>
  query<{ actor_id: string; payload: { agencyId: string; changed: string[] } }>(tp.dbUrl, `select actor_id, payload from case_event where kind = 'agency.updated' and payload->>'agencyId' = $1 order by seq`, [agencyId]);

/** Runs a call that must be refused with `code`, and checks that nothing in the database changed. */
async function refused(code: string, doc: string, vars: Record<string, unknown>, token?: string) {
  const before = await tp.snapshot();
  const r = await tp.gql(doc, vars, token);
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  expect(await tp.snapshot()).toEqual(before);
  return r;
}

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

describe('agencies', () => {
  it('are listed for every role with their names in Kazakh, Russian and English (the demo panel\'s own)', async () => {
    for (const who of ['admin', 'member1', 'analyst']) {
      const list = (await tp.gql<{ agencies: AgencyRow[] }>(AGENCIES, {}, t[who])).data!.agencies;
      expect(list.find((a) => a.name === 'Министерство внутренних дел РК')).toMatchObject({ nameRu: 'Министерство внутренних дел РК', nameKk: 'ҚР Ішкі істер министрлігі', nameEn: 'Ministry of Internal Affairs of the RK' });
    }
  });

  it('created with the Russian name only take it in Kazakh and English until edited', async () => {
    const r = await tp.gql<{ createAgency: AgencyRow }>(CREATE, { i: { name: 'Фонд «Только по-русски»', kind: 'NGO' } }, t.admin);
    expect(r.data!.createAgency).toMatchObject({ name: 'Фонд «Только по-русски»', nameKk: 'Фонд «Только по-русски»', nameRu: 'Фонд «Только по-русски»', nameEn: 'Фонд «Только по-русски»' });
  });
});

describe('updateAgency', () => {
  it('renames an agency in three languages and changes its kind; logged as agency.updated with what changed, read in the account audit', async () => {
    const agency = await newAgency();
    const n = { nameKk: '  Балалар  құқықтары жөніндегі уәкіл ', nameRu: 'Уполномоченный по правам ребёнка (ред.)', nameEn: 'Children\'s Rights Commissioner' };
    const r = await tp.gql<{ updateAgency: AgencyRow }>(UPDATE, { id: agency.id, i: { ...n, kind: 'STATE_BODY' } }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateAgency).toEqual({ id: agency.id, name: n.nameRu, nameRu: n.nameRu, nameKk: 'Балалар құқықтары жөніндегі уәкіл', nameEn: n.nameEn, kind: 'STATE_BODY' });
    const admin = (await tp.gql<{ me: { id: string } }>('{ me { id } }', {}, t.admin)).data!.me.id;
    expect(await updatedEvents(agency.id)).toEqual([{ actor_id: admin, payload: { agencyId: agency.id, changed: ['nameKk', 'nameRu', 'nameEn', 'kind'] } }]);
    const audit = (await tp.gql(AUDIT, {}, t.chair)).data!.accountAudit.edges as { node: { kind: string; actor: { email: string }; agency: { id: string; nameKk: string } } }[];
    expect(audit.find((e) => e.node.kind === 'AGENCY_UPDATED' && e.node.agency.id === agency.id)?.node).toEqual({
      kind: 'AGENCY_UPDATED', actor: { email: 'admin@demo.kz' }, agency: { id: agency.id, nameKk: 'Балалар құқықтары жөніндегі уәкіл' },
    });
    // Saving the same again changes nothing and logs nothing.
    await tp.gql(UPDATE, { id: agency.id, i: { ...n, kind: 'STATE_BODY' } }, t.admin);
    expect(await updatedEvents(agency.id)).toHaveLength(1);
  });

  it('shows the new names at once wherever members are listed with their agency', async () => {
    const [mvd] = (await tp.gql<{ agencies: AgencyRow[] }>(AGENCIES, {}, t.admin)).data!.agencies.filter((a) => a.name === 'Министерство внутренних дел РК');
    const members = async () => ((await tp.gql('{ members { email agency { nameKk nameEn } } }', {}, t.chair)).data!.members as { email: string; agency: { nameKk: string; nameEn: string } }[]);
    await members();
    await tp.gql(UPDATE, { id: mvd.id, i: { nameKk: 'Ішкі істер министрлігі', nameRu: mvd.nameRu, nameEn: 'Interior Ministry' } }, t.admin);
    expect((await members()).find((m) => m.email === 'member1@demo.kz')?.agency).toEqual({ nameKk: 'Ішкі істер министрлігі', nameEn: 'Interior Ministry' });
    const me = (await tp.gql('{ me { agency { nameKk nameRu } } }', {}, t.member1)).data!.me;
    expect(me.agency).toEqual({ nameKk: 'Ішкі істер министрлігі', nameRu: 'Министерство внутренних дел РК' });
  });

  it.each([['chair'], ['deputy'], ['secretary'], ['member1'], ['advisor'], ['analyst']])('is refused to the %s (FORBIDDEN), changing nothing', async (who) => {
    const agency = await newAgency();
    await refused('FORBIDDEN', UPDATE, { id: agency.id, i: names('Чужое') }, t[who]);
    await refused('FORBIDDEN', CREATE, { i: { name: `Чужое ведомство ${who}`, kind: 'NGO' } }, t[who]);
  });

  it('is refused without a sign-in (UNAUTHENTICATED), changing nothing', async () => {
    const agency = await newAgency();
    await refused('UNAUTHENTICATED', UPDATE, { id: agency.id, i: names('Аноним') });
  });

  it.each([
    ['an empty Kazakh name', { nameKk: '   ' }, { nameKk: 'REQUIRED' }],
    ['a one-letter English name', { nameEn: 'X' }, { nameEn: 'TOO_SHORT' }],
    ['a Russian name of 201 characters', { nameRu: 'я'.repeat(201) }, { nameRu: 'TOO_LONG' }],
    ['a name on two lines', { nameRu: 'Министерство\nвнутренних дел' }, { nameRu: 'NOT_ALLOWED_CHARACTER' }],
    ['three wrong names', { nameKk: '', nameRu: '', nameEn: '' }, { nameKk: 'REQUIRED', nameRu: 'REQUIRED', nameEn: 'REQUIRED' }],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_what, change, codes) => {
    const agency = await newAgency();
    const r = await refused('BAD_USER_INPUT', UPDATE, { id: agency.id, i: { ...names('Плохое'), ...change } }, t.admin);
    const fields = r.errors![0].extensions!.fields as Record<string, { code: string; message: { kk: string; ru: string; en: string } }>;
    expect(Object.fromEntries(Object.entries(fields).map(([f, p]) => [f, p.code]))).toEqual(codes);
    expect(Object.values(fields).every((p) => p.message.kk && p.message.ru && p.message.en)).toBe(true);
  });

  it('refuses a name another agency has in the same language (CONFLICT), and an unknown agency (NOT_FOUND), changing nothing', async () => {
    const [a, b] = [await newAgency(), await newAgency()];
    await refused('CONFLICT', UPDATE, { id: a.id, i: { nameKk: b.nameKk, nameRu: a.nameRu, nameEn: a.nameEn } }, t.admin);
    await refused('CONFLICT', UPDATE, { id: a.id, i: { nameKk: a.nameKk, nameRu: b.nameRu, nameEn: a.nameEn } }, t.admin);
    await refused('CONFLICT', CREATE, { i: { name: b.nameRu, kind: 'NGO' } }, t.admin);
    await refused('NOT_FOUND', UPDATE, { id: '00000000-0000-4000-8000-000000000000', i: names('Никто') }, t.admin);
    await refused('NOT_FOUND', UPDATE, { id: 'not-an-id', i: names('Никто') }, t.admin);
  });
});
