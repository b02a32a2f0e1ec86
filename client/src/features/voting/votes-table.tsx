import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { AgencyLabel } from '../case-room/agency-label';
import { ChoiceBadge } from './badges';
import { FindingsList } from './findings-list';
import type { Vote } from './operations';

/** Who voted how, with their agency, findings and reasoning: one entry per member, narrow-column friendly. */
export function VotesTable({ votes, viewerId }: { votes: readonly Vote[]; viewerId: string }) {
  const { t, i18n } = useTranslation();
  if (votes.length === 0) return <p className="muted">{t('vote.noVotes')}</p>;
  return (
    <ul className="votes" data-testid="votes-table" aria-label={t('voting.whoVoted')}>
      {votes.map((vote) => (
        <li key={vote.id} className="votes__item" data-testid="vote-row" data-member-id={vote.member.id} data-choice={vote.choice}>
          <div className="votes__head">
            <span className="votes__who">
              <strong>{vote.member.id === viewerId ? t('room.you', { name: vote.member.name }) : vote.member.name}</strong>
              <AgencyLabel agency={vote.member.agency} />
            </span>
            <ChoiceBadge choice={vote.choice} />
            <time className="muted small" dateTime={vote.castAt}>
              {formatDateTime(vote.castAt, i18n.language)}
            </time>
          </div>
          <FindingsList findings={vote.findings} />
          {vote.reasoning && <p className="votes__reasoning prose">{vote.reasoning}</p>}
        </li>
      ))}
    </ul>
  );
}
