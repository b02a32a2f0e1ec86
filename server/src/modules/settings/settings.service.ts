import type { EntityManager } from '@mikro-orm/postgresql';
import { badField, msg } from '../../shared/domain-error.js';
import { emit, write } from '../../shared/write.js';
import type { Viewer } from '../../shared/viewer.js';
import { PanelSettings } from './panel-settings.entity.js';
import { officialsError, trimOfficials } from './prescription-officials.rules.js';
import { isValidRetentionYears, RETENTION_YEARS } from './retention-period.js';
import type { VotingRule } from './voting-rule.js';

export const loadSettings = (em: EntityManager) => em.findOneOrFail(PanelSettings, { id: 1 });

export const ruleOf = (s: PanelSettings): VotingRule => ({
  quorum: { numerator: s.quorumNumerator, denominator: s.quorumDenominator },
  decision: s.decisionRule,
  chairCastingVote: s.chairCastingVote,
});

export type SettingsPatch = Partial<Omit<PanelSettings, 'id'>>;

/** Changes the panel's settings (admin); rounds already open keep the rule they opened with. */
export async function updateSettings(em: EntityManager, viewer: Viewer, patch: SettingsPatch): Promise<PanelSettings> {
  return write(em, async (tx) => {
    const settings = await loadSettings(tx);
    const given = trimOfficials(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined && v !== null)) as SettingsPatch);
    const next = { ...settings, ...given };
    if (!(next.quorumNumerator >= 1 && next.quorumDenominator >= 1 && next.quorumNumerator <= next.quorumDenominator)) {
      throw badField(next.quorumNumerator >= 1 ? 'quorumDenominator' : 'quorumNumerator', 'OUT_OF_RANGE', msg('The quorum must be a fraction between 1/n and 1 (numerator ≤ denominator).', 'Кворум — дробь от 1/n до 1 (числитель ≤ знаменателя).', 'Кворум — 1/n мен 1 аралығындағы бөлшек (алымы ≤ бөлімі).'));
    }
    if (!(next.roundHours >= 1 && next.roundHours <= 24 * 15 && next.removalHours >= 1 && next.removalHours <= 24 * 30)) {
      throw badField(next.roundHours >= 1 && next.roundHours <= 24 * 15 ? 'removalHours' : 'roundHours', 'OUT_OF_RANGE', msg('Round hours must be 1–360 and removal hours 1–720.', 'Длительность раунда — 1–360 ч, срок удаления — 1–720 ч.', 'Раунд ұзақтығы — 1–360 сағ, жою мерзімі — 1–720 сағ.'));
    }
    if (!isValidRetentionYears(next.retentionYears)) {
      throw badField('retentionYears', 'OUT_OF_RANGE', msg(`The retention period must be a whole number of years from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}.`, `Срок хранения — целое число лет от ${RETENTION_YEARS.min} до ${RETENTION_YEARS.max}.`, `Сақтау мерзімі — ${RETENTION_YEARS.min}-ден ${RETENTION_YEARS.max}-ке дейінгі бүтін жыл саны.`), { field: 'retentionYears' });
    }
    const official = officialsError(next);
    if (official) throw badField(official.field, 'INVALID', official.message, { field: official.field });
    tx.assign(settings, next);
    emit(tx, { caseId: null, kind: 'settings.changed', actorId: viewer.id, payload: { changed: Object.keys(patch) } });
    return settings;
  });
}
