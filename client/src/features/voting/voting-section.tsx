import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../shared/api/member.fragment';
import type { PanelSettings } from '../../shared/api/panel-settings';
import { formatDateTime } from '../../shared/lib/datetime';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { Loading } from '../../shared/ui/layout';
import type { CaseEvent } from '../case-file/operations';
import { PrescriptionsBlock } from '../prescriptions/prescriptions-block';
import { ConflictForm } from './conflict-form';
import { DecisionBlock } from './decision-block';
import { useCaseVoting, useVotingFeed } from './hooks';
import { OpenVoting } from './open-voting';
import type { CaseVoting, Recusal } from './operations';
import { ClosedRound, OpenRound } from './rounds';
import './voting.css';

interface VotingSectionProps {
  caseId: string;
  viewer: MemberSummary;
  /** The room's live feed (one subscription per room). */
  subscribeEvents(listener: (event: CaseEvent) => void): () => void;
}

function Recusals({ recusals }: { recusals: readonly Recusal[] }) {
  const { t, i18n } = useTranslation();
  if (recusals.length === 0) return null;
  return (
    <div className="stack">
      <h3 className="subheading">{t('conflict.listTitle')}</h3>
      <ul className="plain-list recusals">
        {recusals.map((r) => (
          <li key={r.id} data-testid="recusal" data-member-id={r.member.id}>
            <strong>{r.member.name}</strong> <span className="muted small">{formatDateTime(r.declaredAt, i18n.language)}</span>
            <div className="small">{r.reason}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface VotingStateProps {
  kase: CaseVoting;
  viewer: MemberSummary;
  /** The rules a new round would open with. */
  settings: PanelSettings | undefined;
}

function VotingState({ kase, viewer, settings }: VotingStateProps) {
  const { t } = useTranslation();
  const rounds = kase.votingRounds;
  const openRound = rounds.find((r) => r.open) ?? null;
  const focus = openRound ?? rounds.at(-1) ?? null;
  const earlier = rounds.filter((r) => r !== focus).reverse();
  const can = kase.viewerCan;
  const canOpen = !openRound && can.openVoting;

  return (
    <>
      {kase.viewerRecused && (
        <Alert tone="warning" testId="recused-notice">
          {t('conflict.youRecused')}
        </Alert>
      )}
      {openRound ? (
        <OpenRound round={openRound} viewer={viewer} recused={kase.viewerRecused} canClose={can.closeVoting} />
      ) : focus ? (
        <ClosedRound round={focus} viewer={viewer} focus />
      ) : (
        <p className="muted" data-testid="voting-not-started">
          {kase.status === 'IN_REVIEW' || kase.status === 'VOTING' ? t('voting.notStarted') : t('voting.notInReview')}
        </p>
      )}
      {canOpen && <OpenVoting caseId={kase.id} settings={settings} again={rounds.length > 0} />}
      {!openRound && !canOpen && kase.status === 'IN_REVIEW' && <p className="muted">{t('voting.waitForChair')}</p>}
      {earlier.length > 0 && (
        <details className="past-rounds">
          <summary>{t('voting.pastRounds', { n: earlier.length })}</summary>
          <div className="stack">
            {earlier.map((r) => (
              <ClosedRound key={r.id} round={r} viewer={viewer} focus={false} />
            ))}
          </div>
        </details>
      )}
      <Recusals recusals={kase.recusals} />
      {can.declareConflict && !kase.viewerRecused && !kase.decision && <ConflictForm caseId={kase.id} />}
    </>
  );
}

/**
 * The voting side of the case room: the round (live tally, the vote form, closing), then the
 * decision with its protocol and, on a confirmed fact, the prescriptions. Loaded on demand.
 */
export default function VotingSection({ caseId, viewer, subscribeEvents }: VotingSectionProps) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useCaseVoting(caseId);
  const refetchVoting = useCallback(() => refetch(), [refetch]);
  useVotingFeed(subscribeEvents, refetchVoting);
  const kase = data?.case;
  const open = kase?.votingRounds.some((r) => r.open) ?? false;

  return (
    <>
      <section className="card voting" id="case-voting" data-testid="voting" data-state={!kase ? 'loading' : open ? 'open' : kase.votingRounds.length > 0 ? 'closed' : 'none'}
        aria-labelledby="voting-title">
        <header className="card__header">
          <h2 className="card__title" id="voting-title">
            {t('voting.title')}
          </h2>
          {open && <span className="badge badge--active">{t('voting.roundOpen')}</span>}
        </header>
        <div className="card__body">
          {kase ? (
            <VotingState kase={kase} viewer={viewer} settings={data?.panelSettings} />
          ) : loading ? (
            <Loading />
          ) : (
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          )}
          {kase && error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        </div>
      </section>
      {kase?.decision && <DecisionBlock caseId={kase.id} decision={kase.decision} viewer={viewer} can={kase.viewerCan} />}
      {kase && kase.prescriptions.length > 0 && <PrescriptionsBlock prescriptions={kase.prescriptions} can={kase.viewerCan} />}
    </>
  );
}
