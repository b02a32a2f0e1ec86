import { describe, expect, it } from 'vitest';
import { readSettingsForm } from './settings-section';

const FORM = {
  quorumNumerator: '2', quorumDenominator: '3', roundHours: '24', removalHours: '24', retentionYears: '5',
  decisionRule: 'SIMPLE_MAJORITY', chairCastingVote: true, votesVisibleBeforeClose: true,
  legalBasisKk: 'kk', legalBasisRu: 'ru', ministryKk: 'kk', ministryRu: 'ru',
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
