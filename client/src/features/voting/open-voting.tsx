import { useTranslation } from 'react-i18next';
import type { PanelSettings } from '../../shared/api/panel-settings';
import { ErrorAlert } from '../../shared/ui/alert';
import { Details } from '../../shared/ui/layout';
import { useOpenVoting } from './hooks';

interface OpenVotingProps {
  caseId: string;
  /** The rule a new round opens with (rounds keep their rule if the settings change later). */
  settings: PanelSettings | undefined;
  /** An earlier round ended without a decision. */
  again: boolean;
}

/** The chair's (or deputy's) start of a round on a case in review. */
export function OpenVoting({ caseId, settings, again }: OpenVotingProps) {
  const { t } = useTranslation();
  const [open, { loading, error }] = useOpenVoting();
  return (
    <div className="subform stack" data-testid="open-voting-panel">
      <p>{again ? t('voting.openAgainLead') : t('voting.openLead')}</p>
      {settings && (
        <Details
          items={[
            { label: t('voting.ruleQuorum'), value: t('voting.quorumFraction', { numerator: settings.quorumNumerator, denominator: settings.quorumDenominator }) },
            { label: t('voting.ruleDecision'), value: t(`decisionRule.${settings.decisionRule}`) },
            { label: t('voting.ruleCasting'), value: settings.chairCastingVote ? t('common.yes') : t('common.no') },
            { label: t('voting.ruleVisible'), value: settings.votesVisibleBeforeClose ? t('voting.visibleOpen') : t('voting.visibleSecret') },
            { label: t('voting.ruleHours'), value: t('voting.hours', { hours: settings.roundHours }) },
          ]}
        />
      )}
      <ErrorAlert error={error} testId="open-voting-error" />
      <div>
        <button type="button" className="button button--primary" data-testid="open-voting" disabled={loading}
          onClick={() => void open({ variables: { caseId } }).catch(() => undefined)}>
          {loading ? t('voting.opening') : again ? t('voting.openAgain') : t('voting.open')}
        </button>
      </div>
    </div>
  );
}
