import { useTranslation } from 'react-i18next';
import { Section } from '../../shared/ui/layout';
import type { PanelWork, Stats, StatsPlatform } from './operations';
import { formatCount } from './stats.format';

type RepeatTarget = Stats['repeatTargets'][number];

/** The chair and deputy get the address; everyone else the platform and a number (the server sends no URL to them). */
function TargetName({ item, platforms }: { item: RepeatTarget; platforms: readonly StatsPlatform[] }) {
  const { t } = useTranslation();
  if (item.url) return <>{item.url}</>;
  const platform = platforms.find((p) => p.code === item.platform)?.name ?? item.platform;
  return <>{platform ? t('stats.targetLabel', { platform, number: item.number }) : t('stats.targetLabelOther', { number: item.number })}</>;
}

export function RepeatTargetsTable({ items, platforms }: { items: Stats['repeatTargets']; platforms: readonly StatsPlatform[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('stats.repeatTargets')} testId="repeat-targets">
      <p className="muted">{t('stats.repeatTargetsHint')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('stats.noData')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('stats.column.target')}</th>
                <th scope="col" className="num">{t('stats.column.cases')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.target}>
                  <td className="stats-target">
                    <TargetName item={r} platforms={platforms} />
                  </td>
                  <td className="num">{formatCount(r.cases, t, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

/** Cases and votes per member or per agency: the chair, the deputy and the admin only. */
export function PanelWorkTable({ title, testId, items, nameHeader }: { title: string; testId: string; items: readonly PanelWork[]; nameHeader: string }) {
  const { t } = useTranslation();
  return (
    <Section title={title} testId={testId}>
      {items.length === 0 ? (
        <p className="muted">{t('stats.noData')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                <th scope="col">{t('stats.column.agencyKind')}</th>
                <th scope="col" className="num">{t('stats.column.cases')}</th>
                <th scope="col" className="num">{t('stats.column.votes')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={`${r.name}-${r.agencyKind}`}>
                  <td>{r.name}</td>
                  <td>{isAgencyKind(r.agencyKind) ? t(`agencyKind.${r.agencyKind}`) : r.agencyKind}</td>
                  <td className="num">{r.cases}</td>
                  <td className="num">{r.votes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

const isAgencyKind = (kind: string): kind is 'STATE_BODY' | 'NGO' => kind === 'STATE_BODY' || kind === 'NGO';
