import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adminSectionPath, SECTION_TITLE, type AdminSection } from './admin-sections';
import { useAgencies, useCalendar, useFailedJobs, useMembers, usePlatformRegistry } from './hooks';

interface Figure {
  label: string;
  value: number | undefined;
  testId?: string;
}

/** One section on the landing page: the whole card is the link to it, with its figures and what it holds. */
function Card({ section, figures = [], lead, tone }: { section: AdminSection; figures?: Figure[]; lead: string; tone?: 'attention' }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link to={adminSectionPath(section)} className={`admin-card${tone ? ` admin-card--${tone}` : ''}`} data-testid={`admin-card-${section}`}>
        <h2 className="admin-card__title">{t(`adminPanel.cards.${SECTION_TITLE[section]}`)}</h2>
        {figures.length > 0 && (
          <span className="admin-card__figures">
            {figures.map((f) => (
              <span key={f.label} className="admin-card__figure">
                <span className="admin-card__value" data-testid={f.testId}>{f.value ?? '…'}</span>
                <span className="admin-card__label">{f.label}</span>
              </span>
            ))}
          </span>
        )}
        <span className="admin-card__lead">{lead}</span>
      </Link>
    </li>
  );
}

/** The admin's landing page: every section with its figures (and failed jobs, when there are any). */
export function AdminHome() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const members = useMembers().data?.members;
  const agencies = useAgencies().data?.agencies;
  const days = useCalendar(year).data?.calendar;
  const platforms = usePlatformRegistry().data?.platforms;
  const failed = useFailedJobs().data?.failedJobs;
  const waiting = members?.filter((m) => m.status === 'PENDING_APPROVAL' || m.status === 'INVITED').length;
  return (
    <nav aria-label={t('adminPanel.home.sectionsLabel')}>
      <ul className="plain-list admin-cards" data-testid="admin-cards">
        {failed && failed.length > 0 && (
          <Card section="jobs" tone="attention" lead={t('adminPanel.cards.failedJobsLead')}
            figures={[{ label: t('adminPanel.cards.failedJobsCount'), value: failed.length, testId: 'failed-jobs-count' }]} />
        )}
        <Card section="members" lead={t('adminPanel.cards.membersLead')} figures={[
          { label: t('adminPanel.cards.membersActive'), value: members?.filter((m) => m.active).length, testId: 'members-active-count' },
          { label: t('adminPanel.cards.membersWaiting'), value: waiting },
        ]} />
        <Card section="agencies" lead={t('adminPanel.cards.agenciesLead')} figures={[{ label: t('adminPanel.cards.agenciesCount'), value: agencies?.length }]} />
        <Card section="calendar" lead={t('adminPanel.cards.calendarLead')} figures={[{ label: t('adminPanel.cards.calendarDays', { year }), value: days?.length }]} />
        <Card section="settings" lead={t('adminPanel.cards.settingsLead')} />
        <Card section="platforms" lead={t('adminPanel.cards.platformsLead')} figures={[{ label: t('adminPanel.cards.platformsCount'), value: platforms?.length }]} />
      </ul>
    </nav>
  );
}
