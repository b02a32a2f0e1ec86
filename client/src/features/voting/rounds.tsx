import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../app/auth.context';
import { CLOSE_REASONS, isOneOf } from '../../shared/api/enums';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { formatDateTime, formatDueTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { Details } from '../../shared/ui/layout';
import { OutcomeBadge } from './badges';
import { useCloseVoting } from './hooks';
import { MyVote } from './my-vote';
import type { Tally, VotingRound } from './operations';
import { TallyView } from './tally-view';
import { currentVote } from './vote-draft';
import { VoteForm } from './vote-form';
import { VotesTable } from './votes-table';

/** What closing now would lead to, from the live tally; null while the votes are secret. */
function closeOutcomeKey(tally: Tally): 'confirmed' | 'notConfirmed' | 'noDecision' | 'secret' {
  switch (tally.outcome) {
    case 'CONFIRMED':
      return 'confirmed';
    case 'NOT_CONFIRMED':
      return 'notConfirmed';
    case 'QUORUM_NOT_MET':
    case 'TIE_UNRESOLVED':
      return 'noDecision';
    default:
      return 'secret';
  }
}

/** Closing decides the case (and issues the prescriptions on a confirmed fact): it asks first and says what follows. */
function CloseVotingButton({ roundId, tally }: { roundId: string; tally: Tally }) {
  const { t } = useTranslation();
  const [close, { loading, error, reset }] = useCloseVoting();
  const [confirming, setConfirming] = useState(false);
  const outcome = closeOutcomeKey(tally);
  if (!confirming) {
    return (
      <div className="stack">
        <div className="button-row button-row--center">
          <button type="button" className="button" data-testid="close-voting" onClick={() => { reset(); setConfirming(true); }}>
            {t('voting.close')}
          </button>
          <span className="muted small">{t('voting.closeHint')}</span>
        </div>
      </div>
    );
  }
  return (
    <div className="confirm stack" role="group" aria-label={t('voting.close')} data-testid="close-voting-confirm" data-outcome={outcome}>
      <p>{t('voting.closeConfirm', { voted: tally.voted, eligible: tally.eligible })}</p>
      <p data-testid="close-voting-consequence">{t(`voting.closeFollows.${outcome}`)}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" data-testid="close-voting-yes" disabled={loading}
          onClick={() => void close({ variables: { roundId } }).then(() => setConfirming(false), () => undefined)}>
          {loading ? t('common.saving') : t('voting.closeYes')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorAlert error={error} testId="close-voting-error" />
    </div>
  );
}

/** What the viewer does in an open round: vote (and change it), or why they do not. */
function ViewerPart({ round, recused }: { round: VotingRound; recused: boolean }) {
  const { t } = useTranslation();
  const can = useAbilities();
  // A recused member is told so above the round.
  if (recused) return null;
  if (round.canVote) {
    return (
      <div className="stack">
        <MyVote history={round.myVoteHistory} />
        <VoteForm roundId={round.id} current={currentVote(round.myVoteHistory)} />
      </div>
    );
  }
  return (
    <p className="muted" data-testid="cannot-vote">
      {can.vote ? t('voting.notEligible') : t('voting.nonVoter')}
    </p>
  );
}

interface OpenRoundProps {
  round: VotingRound;
  viewer: MemberSummary;
  /** The viewer declared a conflict of interest in this case. */
  recused: boolean;
  /** The viewer presides and may close the round (`Case.viewerCan.closeVoting`). */
  canClose: boolean;
}

export function OpenRound({ round, viewer, recused, canClose }: OpenRoundProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const votesVisible = round.tally.confirmed !== null;
  return (
    <div className="round round--open stack" data-testid="round" data-round-id={round.id} data-open="true">
      <div className="round__head">
        <h3 className="subheading">{t('voting.roundTitle', { number: round.number })}</h3>
        <span className="badge badge--active">{t('voting.roundOpen')}</span>
      </div>
      <Details
        items={[
          {
            label: t('voting.deadline'),
            value: (
              <time dateTime={round.deadlineAt} data-testid="round-deadline">
                {formatDueTime(round.deadlineAt, lang)}
              </time>
            ),
          },
          { label: t('voting.openedBy'), value: round.openedBy.name },
          { label: t('voting.openedAt'), value: formatDateTime(round.openedAt, lang) },
        ]}
      />
      <TallyView tally={round.tally} open />
      {votesVisible && (
        <div className="stack">
          <h4 className="subheading">{t('voting.whoVoted')}</h4>
          <VotesTable votes={round.votes} viewerId={viewer.id} />
        </div>
      )}
      <ViewerPart round={round} recused={recused} />
      {canClose && <CloseVotingButton roundId={round.id} tally={round.tally} />}
    </div>
  );
}

interface ClosedRoundProps {
  round: VotingRound;
  viewer: MemberSummary;
  /** The round in focus carries the "tally" hook; earlier ones do not. */
  focus: boolean;
}

export function ClosedRound({ round, viewer, focus }: ClosedRoundProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reason = isOneOf(CLOSE_REASONS, round.closeReason) ? t(`closeReason.${round.closeReason}`) : round.closeReason;
  return (
    <div className="round round--closed stack" data-testid={focus ? 'round' : 'past-round'} data-round-id={round.id} data-open="false"
      data-outcome={round.outcome ?? ''}>
      <div className="round__head">
        <h3 className="subheading">{t('voting.roundTitle', { number: round.number })}</h3>
        <span className="badge badge--muted">{t('voting.roundClosed')}</span>
        {round.outcome && <OutcomeBadge outcome={round.outcome} large testId={focus ? 'round-outcome' : undefined} />}
      </div>
      <Details
        items={[
          { label: t('voting.closedAt'), value: formatDateTime(round.closedAt, lang) },
          ...(reason ? [{ label: t('voting.closeReason'), value: reason }] : []),
          { label: t('voting.openedBy'), value: round.openedBy.name },
        ]}
      />
      {(round.outcome === 'QUORUM_NOT_MET' || round.outcome === 'TIE_UNRESOLVED') && (
        <p className="muted">{t('voting.noDecisionNote')}</p>
      )}
      <TallyView tally={round.tally} open={false} testId={focus ? 'tally' : 'round-tally'} />
      <VotesTable votes={round.votes} viewerId={viewer.id} />
    </div>
  );
}
