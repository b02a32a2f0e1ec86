import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useAbilities, useMember } from '../../app/auth.context';
import { NoPageAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { AdminHome } from './admin-home';
import { isAdminSection, SECTION_TITLE, type AdminSection } from './admin-sections';
import { AgenciesSection } from './agencies-section';
import { CalendarSection } from './calendar-section';
import { CreateAgencyForm, CreateMemberForm } from './create-forms';
import { FailedJobsSection } from './failed-jobs-section';
import { MembersSection } from './members-section';
import { PlatformsSection } from './platforms-section';
import { SettingsSection } from './settings-section';
import './admin.css';

/** Where the admin lands: a card per section with its figures. */
export function AdminPage() {
  const { t } = useTranslation();
  const can = useAbilities();
  usePageTitle(t('adminPanel.home.title'));
  if (!can.administerAccounts) return <NoPageAccess />;
  return (
    <div className="stack" data-testid="admin-home">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('adminPanel.home.title')}</h1>
          <p className="muted">{t('adminPanel.home.lead')}</p>
        </div>
      </div>
      <AdminHome />
    </div>
  );
}

function SectionContent({ section, viewer }: { section: AdminSection; viewer: { id: string; role: ReturnType<typeof useMember>['role'] } }) {
  switch (section) {
    case 'members':
      return (
        <>
          <MembersSection viewer={viewer} />
          <CreateMemberForm />
        </>
      );
    case 'agencies':
      return (
        <>
          <AgenciesSection />
          <CreateAgencyForm />
        </>
      );
    case 'calendar':
      return <CalendarSection />;
    case 'settings':
      return <SettingsSection />;
    case 'platforms':
      return <PlatformsSection />;
    case 'jobs':
      return <FailedJobsSection />;
  }
}

/** One section of the administration (/admin/<section>), with the way back to the landing page. */
export function AdminSectionPage() {
  const { t } = useTranslation();
  const member = useMember();
  const can = useAbilities();
  const { section } = useParams();
  const title = isAdminSection(section) ? t(`adminPanel.cards.${SECTION_TITLE[section]}`) : t('adminPanel.home.title');
  usePageTitle(title);
  if (!can.administerAccounts) return <NoPageAccess />;
  if (!isAdminSection(section)) return <Navigate to="/admin" replace />;
  return (
    <div className="stack" data-testid={`admin-section-${section}`}>
      <div className="page-head">
        <div>
          <Link to="/admin" className="admin-back" data-testid="admin-back"><span aria-hidden="true">← </span>{t('adminPanel.home.backToHome')}</Link>
          <h1 className="page-title">{title}</h1>
        </div>
      </div>
      <SectionContent section={section} viewer={member} />
    </div>
  );
}
