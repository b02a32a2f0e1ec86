import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { demoTokens } from '../../test-support/scenarios.js';

let tp: TestPlatform;
let t: Record<string, string>;
let vk: { id: string };

const FIELDS = 'id code name nameKk representative representativeKk representativeContact legalNameKk legalNameRu bin registration addressKk addressRu';
const UPDATE = `mutation($id: ID!, $i: PlatformInput!) { updatePlatform(id: $id, input: $i) { ${FIELDS} } }`;
const ENTRY = {
  name: 'ВКонтакте',
  representative: 'Законный представитель ООО «ВК» в Республике Казахстан',
  representativeKk: '«ВК» ЖШҚ-ның Қазақстан Республикасындағы заңды өкілі',
  representativeContact: ' legal@vk.example ',
  legalNameKk: '«Демо Медиа» ЖШС', legalNameRu: 'ТОО «Демо Медиа»',
  bin: '051140000718', registration: '',
  addressKk: 'Астана қ., Мәңгілік Ел даңғылы, 8', addressRu: 'г. Астана, проспект Мангилик Ел, 8',
};

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  const platforms = (await tp.gql(`{ platforms { ${FIELDS} } }`, {}, t.admin)).data!.platforms as { id: string; code: string }[];
  vk = platforms.find((p) => p.code === 'vk')!;
});
afterAll(() => tp.close());

describe('the platform registry', () => {
  it('is edited by the admin: legal entity, BIN, address, representative in kk; logged', async () => {
    const r = await tp.gql(UPDATE, { id: vk.id, i: ENTRY }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePlatform).toMatchObject({ ...ENTRY, code: 'vk', representativeContact: 'legal@vk.example', registration: null });
    const [event] = await query<{ payload: { platformId: string; code: string; changed: string[] } }>(tp.dbUrl, `select payload from case_event where kind = 'platform.updated' order by seq desc limit 1`);
    expect(event.payload).toMatchObject({ platformId: vk.id, code: 'vk' });
    expect(event.payload.changed).toEqual(expect.arrayContaining(['legalNameKk', 'bin', 'addressRu', 'representativeKk']));
  });

  it('keeps a display name in Kazakh beside the name (issue 17); empty means the same as the name; logged', async () => {
    const r = await tp.gql(UPDATE, { id: vk.id, i: { ...ENTRY, nameKk: ' ВКонтакте желісі ' } }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePlatform).toMatchObject({ name: 'ВКонтакте', nameKk: 'ВКонтакте желісі' });
    const [event] = await query<{ payload: { changed: string[] } }>(tp.dbUrl, `select payload from case_event where kind = 'platform.updated' order by seq desc limit 1`);
    expect(event.payload.changed).toEqual(['nameKk']);
    expect((await tp.gql(`{ platforms { code nameKk } }`, {}, t.member1)).data!.platforms).toContainEqual({ code: 'vk', nameKk: 'ВКонтакте желісі' });
    expect((await tp.gql(UPDATE, { id: vk.id, i: { ...ENTRY, nameKk: '' } }, t.admin)).data!.updatePlatform.nameKk).toBeNull();
  });

  it('takes a foreign registration instead of a BIN', async () => {
    const r = await tp.gql(UPDATE, { id: vk.id, i: { ...ENTRY, bin: null, registration: 'Россия, ОГРН 0000000000000' } }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePlatform).toMatchObject({ bin: null, registration: 'Россия, ОГРН 0000000000000' });
  });

  it.each([
    [{ bin: '051140000719' }, 'bin'], // wrong check digit
    [{ bin: '05114000071' }, 'bin'],
    [{ bin: '05114000071A' }, 'bin'],
    [{ legalNameKk: '' }, 'legalNameKk'], // Russian without Kazakh
    [{ addressRu: null }, 'addressRu'],
    [{ name: '  ' }, 'name'],
    [{ representative: '' }, 'representative'],
    [{ addressKk: 'Астана\nқ.' }, 'addressKk'],
    [{ nameKk: 'ВК\nжелісі' }, 'nameKk'],
  ])('refuses %j with a field error; nothing changes', async (patch, field) => {
    const before = await tp.snapshot();
    const r = await tp.gql(UPDATE, { id: vk.id, i: { ...ENTRY, ...patch } }, t.admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.details).toEqual({ field });
    expect(Object.keys(r.errors![0].extensions!.messages as object).sort()).toEqual(['en', 'kk', 'ru']);
    expect(await tp.snapshot()).toEqual(before);
  });

  it.each(['chair', 'deputy', 'secretary', 'member1', 'advisor', 'analyst'])('is refused to the %s (admin only); nothing changes', async (who) => {
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(UPDATE, { id: vk.id, i: ENTRY }, t[who]))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown platform', async () => {
    expect(codeOf(await tp.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', i: ENTRY }, t.admin))).toBe('NOT_FOUND');
  });
});
