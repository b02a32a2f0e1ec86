import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { ChoiceBadge } from './badges';
import { FindingsList } from './findings-list';
import type { OwnVote } from './operations';
import { currentVote } from './vote-draft';

/** The viewer's vote in a round as it stands, and the earlier ones it replaced. */
export function MyVote({ history }: { history: readonly OwnVote[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const current = currentVote(history);
  const earlier = history.filter((v) => v !== current);
  if (!current) return <p className="muted" data-testid="my-vote-none">{t('vote.yoursNone')}</p>;
  return (
    <div className="my-vote" data-testid="my-vote" data-choice={current.choice}>
      <div className="my-vote__head">
        <span className="subheading">{t('vote.yours')}</span>
        <ChoiceBadge choice={current.choice} />
        <span className="muted small">{t('vote.castAt', { at: formatDateTime(current.castAt, lang) })}</span>
      </div>
      <FindingsList findings={current.findings} />
      {current.reasoning && <p className="prose small">{current.reasoning}</p>}
      {earlier.length > 0 && (
        <details className="my-vote__history" data-testid="vote-history">
          <summary>{t('vote.history', { n: earlier.length })}</summary>
          <ol className="plain-list">
            {earlier.map((v) => (
              <li key={v.id} className="my-vote__earlier">
                <ChoiceBadge choice={v.choice} />
                <span className="muted small">{t('vote.castAt', { at: formatDateTime(v.castAt, lang) })}</span>
                {v.supersededAt && (
                  <span className="muted small">{t('vote.changedAt', { at: formatDateTime(v.supersededAt, lang) })}</span>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
