import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { demoTokens } from '../../test-support/scenarios.js';
import { DEFAULT_LEGAL_BASIS } from './panel-settings.entity.js';

let tp: TestPlatform;
let t: Record<string, string>;

const SET = 'mutation($i: PanelSettingsInput!) { updatePanelSettings(input: $i) { retentionYears roundHours } }';
const READ = '{ panelSettings { retentionYears } }';

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

describe('the retention period setting', () => {
  it('is five years by default and readable by every role that reads the settings', async () => {
    for (const who of ['admin', 'chair', 'secretary', 'analyst']) {
      expect((await tp.gql(READ, {}, t[who])).data!.panelSettings.retentionYears).toBe(5);
    }
  });

  it('is changed by the admin, and the change is logged', async () => {
    const r = await tp.gql(SET, { i: { retentionYears: 7 } }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePanelSettings).toMatchObject({ retentionYears: 7, roundHours: 24 });
    expect((await tp.gql(READ, {}, t.chair)).data!.panelSettings.retentionYears).toBe(7);
    const [event] = await query<{ payload: { changed: string[] } }>(tp.dbUrl, `select payload from case_event where kind = 'settings.changed' order by seq desc limit 1`);
    expect(event.payload.changed).toEqual(['retentionYears']);
  });

  it.each(['chair', 'deputy', 'secretary', 'member1', 'advisor', 'analyst'])('is refused to the %s; nothing changes', async (who) => {
    const before = await tp.snapshot();
    const r = await tp.gql(SET, { i: { retentionYears: 1 } }, t[who]);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });

  it.each([0, 76, -5, 1000])('refuses %i years in kk, ru and en; nothing changes', async (years) => {
    const before = await tp.snapshot();
    const r = await tp.gql(SET, { i: { retentionYears: years } }, t.admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.messages).toEqual({
      en: 'The retention period must be a whole number of years from 1 to 75.',
      ru: 'Срок хранения — целое число лет от 1 до 75.',
      kk: 'Сақтау мерзімі — 1-ден 75-ке дейінгі бүтін жыл саны.',
    });
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuses a fraction of a year at the edge; nothing changes', async () => {
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(SET, { i: { retentionYears: 2.5 } }, t.admin))).toBe('BAD_USER_INPUT');
    expect(await tp.snapshot()).toEqual(before);
  });
});

describe('the legal basis printed on new prescriptions', () => {
  it('is, by default, the laws as they write themselves: official titles and subparagraph 4-1) (migration legal_basis_titles)', async () => {
    const [row] = await query<{ kk: string; ru: string; kk_default: string; ru_default: string }>(tp.dbUrl, `select legal_basis_kk as kk, legal_basis_ru as ru,
      (select column_default from information_schema.columns where table_name = 'panel_settings' and column_name = 'legal_basis_kk') as kk_default,
      (select column_default from information_schema.columns where table_name = 'panel_settings' and column_name = 'legal_basis_ru') as ru_default
      from panel_settings where id = 1`);
    expect({ kk: row.kk, ru: row.ru }).toEqual(DEFAULT_LEGAL_BASIS);
    expect(row.kk_default).toContain(DEFAULT_LEGAL_BASIS.kk);
    expect(row.ru_default).toContain(DEFAULT_LEGAL_BASIS.ru);
    expect(row.ru).toContain('подпункт 4-1) статьи 1 Закона Республики Казахстан «О правах ребенка в Республике Казахстан»');
    expect(row.kk).toContain('«Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4-1) тармақшасы');
  });
});
