import { useTranslation } from 'react-i18next';
import { OutcomeBadge } from './badges';
import type { Tally } from './operations';

interface TallyViewProps {
  tally: Tally;
  /** An open round's outcome is provisional; a closed one's is final. */
  open: boolean;
  /** "tally" for the round in focus; earlier rounds use another id so the hook stays unique. */
  testId?: string;
}

const attr = (n: number | null) => (n === null ? '' : String(n));
const share = (n: number, of: number) => `${of > 0 ? Math.min(100, (n / of) * 100) : 0}%`;

/** Turnout against the quorum, the three counts as bars (when votes are visible) and the outcome. */
export function TallyView({ tally, open, testId = 'tally' }: TallyViewProps) {
  const { t } = useTranslation();
  const { eligible, voted, quorumNeeded, quorumMet } = tally;
  const counts =
    tally.confirmed === null || tally.notConfirmed === null || tally.abstain === null
      ? null
      : ([
          ['confirmed', t('voteChoice.CONFIRMED'), tally.confirmed],
          ['not-confirmed', t('voteChoice.NOT_CONFIRMED'), tally.notConfirmed],
          ['abstain', t('voteChoice.ABSTAIN'), tally.abstain],
        ] as const);

  return (
    <div
      className="tally"
      data-testid={testId}
      data-voted={voted}
      data-eligible={eligible}
      data-confirmed={attr(tally.confirmed)}
      data-not-confirmed={attr(tally.notConfirmed)}
      data-abstain={attr(tally.abstain)}
      data-quorum-needed={quorumNeeded}
      data-quorum-met={String(quorumMet)}
      data-outcome={tally.outcome ?? ''}
    >
      <div className="tally__turnout">
        <div className="tally__headline">
          <strong data-testid="tally-voted">{t('tally.votedOf', { voted, eligible })}</strong>
          <span className={`mark ${quorumMet ? 'mark--met' : 'mark--unknown'}`} data-testid="tally-quorum">
            {quorumMet ? t('tally.quorumMet') : open ? t('tally.quorumPending') : t('tally.quorumNotMet')}
          </span>
        </div>
        <div className="tally__track" aria-hidden="true">
          <span className="tally__fill tally__fill--turnout" style={{ width: share(voted, eligible) }} />
          {eligible > 0 && <span className="tally__quorum-mark" style={{ left: share(quorumNeeded, eligible) }} />}
        </div>
        <p className="small muted">{t('tally.quorumNeeded', { needed: quorumNeeded, eligible })}</p>
      </div>
      {counts ? (
        <ul className="tally__bars">
          {counts.map(([key, label, value]) => (
            <li key={key} className="tally__row" data-choice={key}>
              <span className="tally__label">{label}</span>
              <span className="tally__track" aria-hidden="true">
                <span className={`tally__fill tally__fill--${key}`} style={{ width: share(value, eligible) }} />
              </span>
              <span className="tally__count">{value}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small" data-testid="tally-hidden">
          {t('tally.hidden')}
        </p>
      )}
      {tally.outcome && (
        <div className="tally__outcome">
          <span className="muted">{open ? t('tally.provisional') : t('tally.final')}</span>
          <OutcomeBadge outcome={tally.outcome} />
        </div>
      )}
      {tally.decidedByChair && <p className="small muted">{t('tally.decidedByChair')}</p>}
    </div>
  );
}
