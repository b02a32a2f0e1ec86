import { describe, expect, it } from 'vitest';
import { officialsError, trimOfficials, type PrescriptionOfficials } from './prescription-officials.rules.js';

const EMPTY: PrescriptionOfficials = {
  signatoryNameKk: '', signatoryNameRu: '', signatoryPositionKk: '', signatoryPositionRu: '',
  executorNameKk: '', executorNameRu: '', executorPositionKk: '', executorPositionRu: '', executorPhone: '', executorEmail: '',
};
const FULL: PrescriptionOfficials = {
  signatoryNameKk: 'А. Б. Серікбаев', signatoryNameRu: 'А. Б. Серикбаев',
  signatoryPositionKk: 'Ақпарат комитетінің төрағасы', signatoryPositionRu: 'Председатель Комитета информации',
  executorNameKk: 'Д. Е. Нұрланқызы', executorNameRu: 'Д. Е. Нурланкызы',
  executorPositionKk: 'бас сарапшы', executorPositionRu: 'главный эксперт',
  executorPhone: '+7 7172 74 00 00', executorEmail: 'cyber@mci.gov.kz',
};

describe('officialsError', () => {
  it.each<[string, Partial<PrescriptionOfficials>, string | null]>([
    ['all empty (not yet configured)', EMPTY, null],
    ['all given', FULL, null],
    ['only the signatory', { ...EMPTY, ...Object.fromEntries(Object.entries(FULL).filter(([k]) => k.startsWith('signatory'))) }, null],
    ['the signatory without a Russian position', { ...FULL, signatoryPositionRu: '' }, 'signatoryPositionRu'],
    ['the signatory only in Kazakh', { ...EMPTY, signatoryNameKk: 'А. Серікбаев' }, 'signatoryNameRu'],
    ['the executor without an e-mail', { ...FULL, executorEmail: '' }, 'executorEmail'],
    ['the executor with only a phone', { ...EMPTY, executorPhone: '+7 701 000 00 00' }, 'executorNameKk'],
    ['a phone with letters', { ...FULL, executorPhone: '+7 701 ABC 00 00' }, 'executorPhone'],
    ['a phone too short', { ...FULL, executorPhone: '74-00-00' }, 'executorPhone'],
    ['a phone too long', { ...FULL, executorPhone: '+7 7172 74 00 00 00 00 00' }, 'executorPhone'],
    ['a phone written with brackets', { ...FULL, executorPhone: '8 (7172) 74-00-00' }, null],
    ['an e-mail without a domain', { ...FULL, executorEmail: 'cyber@mci' }, 'executorEmail'],
    ['an e-mail with a space', { ...FULL, executorEmail: 'cyber @mci.gov.kz' }, 'executorEmail'],
    ['a name over 200 characters', { ...FULL, executorNameRu: 'я'.repeat(201) }, 'executorNameRu'],
    ['a position on two lines', { ...FULL, signatoryPositionKk: 'төраға\nорынбасары' }, 'signatoryPositionKk'],
  ])('%s → %s', (_what, patch, field) => {
    expect(officialsError({ ...EMPTY, ...patch })?.field ?? null).toBe(field);
  });

  it('says what is wrong in kk, ru and en', () => {
    const error = officialsError({ ...FULL, executorEmail: 'nope' })!;
    expect(Object.keys(error.message).sort()).toEqual(['en', 'kk', 'ru']);
    expect(error.message.ru).toContain('E-mail исполнителя');
  });
});

describe('trimOfficials', () => {
  it('trims the officials\' fields and leaves other settings as they are', () => {
    expect(trimOfficials({ executorEmail: '  a@b.kz ', roundHours: 5 } as never)).toEqual({ executorEmail: 'a@b.kz', roundHours: 5 });
  });
});
