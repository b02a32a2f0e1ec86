import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { demoTokens } from '../../test-support/scenarios.js';

let tp: TestPlatform;
let t: Record<string, string>;

const FIELDS = 'signatoryNameKk signatoryNameRu signatoryPositionKk signatoryPositionRu executorNameKk executorNameRu executorPositionKk executorPositionRu executorPhone executorEmail';
const SET = `mutation($i: PanelSettingsInput!) { updatePanelSettings(input: $i) { ${FIELDS} } }`;
const OFFICIALS = {
  signatoryNameKk: ' А. Б. Серікбаев ', signatoryNameRu: 'А. Б. Серикбаев',
  signatoryPositionKk: 'Ақпарат комитетінің төрағасы', signatoryPositionRu: 'Председатель Комитета информации',
  executorNameKk: 'Д. Е. Нұрланқызы', executorNameRu: 'Д. Е. Нурланкызы',
  executorPositionKk: 'бас сарапшы', executorPositionRu: 'главный эксперт',
  executorPhone: '+7 7172 74 05 12', executorEmail: 'cyber@mci.gov.kz',
};

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

describe('the prescription\'s signatory and executor in the settings', () => {
  it('are set by the admin (trimmed), read back, and the change is logged', async () => {
    const r = await tp.gql(SET, { i: OFFICIALS }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePanelSettings).toEqual({ ...OFFICIALS, signatoryNameKk: 'А. Б. Серікбаев' });
    expect((await tp.gql(`{ panelSettings { ${FIELDS} } }`, {}, t.secretary)).data!.panelSettings.executorEmail).toBe('cyber@mci.gov.kz');
    const [event] = await query<{ payload: { changed: string[] } }>(tp.dbUrl, `select payload from case_event where kind = 'settings.changed' order by seq desc limit 1`);
    expect(event.payload.changed).toEqual(Object.keys(OFFICIALS));
  });

  it.each([
    [{ executorEmail: 'cyber@mci' }, 'executorEmail', 'E-mail исполнителя — неверный адрес (name@domain.kz).'],
    [{ executorPhone: '74-05-12' }, 'executorPhone', 'Телефон исполнителя: цифры, в начале может быть +, допустимы пробелы, скобки и дефисы; от 10 до 15 цифр.'],
    [{ signatoryPositionRu: '  ' }, 'signatoryPositionRu', 'Укажите имя и должность подписывающего лица на казахском и на русском (или оставьте все четыре поля пустыми).'],
    [{ executorNameKk: '' }, 'executorNameKk', 'Укажите имя и должность исполнителя на казахском и на русском, телефон и e-mail (или оставьте все поля пустыми).'],
    [{ signatoryNameRu: 'А.\nСерикбаев' }, 'signatoryNameRu', 'Не более 200 символов, в одну строку.'],
  ])('refuses %j with a field error in kk, ru and en; nothing changes', async (patch, field, ru) => {
    await tp.gql(SET, { i: OFFICIALS }, t.admin);
    const before = await tp.snapshot();
    const r = await tp.gql(SET, { i: { ...OFFICIALS, ...patch } }, t.admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.details).toEqual({ field });
    expect(r.errors![0].extensions!.messages).toMatchObject({ ru });
    expect(Object.keys(r.errors![0].extensions!.messages as object).sort()).toEqual(['en', 'kk', 'ru']);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuses a text over 200 characters at the edge; nothing changes', async () => {
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(SET, { i: { executorNameRu: 'я'.repeat(201) } }, t.admin))).toBe('BAD_USER_INPUT');
    expect(await tp.snapshot()).toEqual(before);
  });

  it('may be cleared all at once (the PDF then leaves blank lines)', async () => {
    const empty = Object.fromEntries(Object.keys(OFFICIALS).map((k) => [k, '']));
    const r = await tp.gql(SET, { i: empty }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePanelSettings).toEqual(empty);
  });

  it.each(['chair', 'secretary'])('are refused to the %s; nothing changes', async (who) => {
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(SET, { i: OFFICIALS }, t[who]))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });
});
