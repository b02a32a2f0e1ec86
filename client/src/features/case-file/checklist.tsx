import { useTranslation } from 'react-i18next';
import { Section } from '../../shared/ui/layout';
import type { Checklist } from './operations';

type Criterion = 'childUnder18' | 'twoOrMoreEpisodes' | 'throughTelecomOrMedia';
const CRITERIA: readonly Criterion[] = ['childUnder18', 'twoOrMoreEpisodes', 'throughTelecomOrMedia'];

function Mark({ value }: { value: boolean | null }) {
  const { t } = useTranslation();
  if (value === null) return <span className="mark mark--unknown">{t('checklist.unknown')}</span>;
  return value ? (
    <span className="mark mark--met">{t('checklist.met')}</span>
  ) : (
    <span className="mark mark--unmet">{t('checklist.notMet')}</span>
  );
}

export function ChecklistBlock({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  return (
    <Section title={t('checklist.title')} testId="checklist">
      <p className="muted">{t('checklist.lead')}</p>
      <ul className="checklist">
        {CRITERIA.map((criterion) => (
          <li key={criterion} className="checklist__item" data-criterion={criterion}>
            <span>{t(`checklist.${criterion}`)}</span>
            <Mark value={checklist[criterion]} />
          </li>
        ))}
      </ul>
      <p className={`verdict ${checklist.met ? 'verdict--met' : 'verdict--unmet'}`} data-testid="checklist-verdict">
        {checklist.met ? t('checklist.verdictMet') : t('checklist.verdictNotMet')}
      </p>
    </Section>
  );
}
