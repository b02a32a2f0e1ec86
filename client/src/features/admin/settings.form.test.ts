import { describe, expect, it } from 'vitest';
import { readSettingsForm } from './settings-section';

const FORM = {
  quorumNumerator: '2', quorumDenominator: '3', roundHours: '24', removalHours: '24', retentionYears: '5',
  decisionRule: 'SIMPLE_MAJORITY', chairCastingVote: true, votesVisibleBeforeClose: true,
  legalBasisKk: 'kk', legalBasisRu: 'ru', ministryKk: 'kk', ministryRu: 'ru',
  signatoryNameKk: '', signatoryNameRu: '', signatoryPositionKk: '', signatoryPositionRu: '',
  executorNameKk: '', executorNameRu: '', executorPositionKk: '', executorPositionRu: '', executorPhone: '', executorEmail: '',
};

describe('the retention period on the settings form', () => {
  it.each([
    ['1', 1], ['5', 5], [' 75 ', 75],
  ])('takes %j years', (value, years) => {
    const read = readSettingsForm({ ...FORM, retentionYears: value });
    expect('input' in read && read.input.retentionYears).toBe(years);
  });

  it.each(['0', '76', '2.5', '-1', '', 'five'])('refuses %j years before sending anything', (value) => {
    expect(readSettingsForm({ ...FORM, retentionYears: value })).toEqual({ issues: { retentionYears: 'retentionYearsRange' } });
  });
});

describe('the prescription\'s signatory and executor on the settings form', () => {
  it('are optional and sent trimmed (the server checks them together and names a refused field)', () => {
    const read = readSettingsForm({ ...FORM, executorEmail: '  cyber@mci.gov.kz ', signatoryNameRu: ' А. Б. Серикбаев' });
    expect('input' in read && read.input).toMatchObject({ executorEmail: 'cyber@mci.gov.kz', signatoryNameRu: 'А. Б. Серикбаев', executorPhone: '' });
  });
});
