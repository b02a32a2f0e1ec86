import { useTranslation } from 'react-i18next';
import type { Outcome, VoteChoice } from '../../shared/api/enums';

const OUTCOME_TONE: Record<Outcome, string> = {
  CONFIRMED: 'confirmed',
  NOT_CONFIRMED: 'new',
  QUORUM_NOT_MET: 'attention',
  TIE_UNRESOLVED: 'attention',
};

const CHOICE_TONE: Record<VoteChoice, string> = {
  CONFIRMED: 'confirmed',
  NOT_CONFIRMED: 'new',
  ABSTAIN: 'muted',
};

export function OutcomeBadge({ outcome, large, testId }: { outcome: Outcome; large?: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${OUTCOME_TONE[outcome]}${large ? ' badge--large' : ''}`} data-outcome={outcome} data-testid={testId}>
      {t(`outcome.${outcome}`)}
    </span>
  );
}

export function ChoiceBadge({ choice }: { choice: VoteChoice }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${CHOICE_TONE[choice]}`} data-choice={choice}>
      {t(`voteChoice.${choice}`)}
    </span>
  );
}
