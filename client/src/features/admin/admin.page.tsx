import { useTranslation } from 'react-i18next';
import { useAbilities, useMember } from '../../app/auth.context';
import { NoPageAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { CalendarSection } from './calendar-section';
import { CreateAgencyForm, CreateMemberForm } from './create-forms';
import { FailedJobsSection } from './failed-jobs-section';
import { MembersSection } from './members-section';
import { PlatformsSection } from './platforms-section';
import { SettingsSection } from './settings-section';
import './admin.css';

export function AdminPage() {
  const { t } = useTranslation();
  const member = useMember();
  const can = useAbilities();
  usePageTitle(t('admin.title'));
  if (!can.administerAccounts) return <NoPageAccess />;
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('admin.title')}</h1>
          <p className="muted">{t('admin.lead')}</p>
        </div>
      </div>
      <MembersSection viewer={member} />
      <div className="admin-grid">
        <CreateMemberForm />
        <CreateAgencyForm />
      </div>
      <SettingsSection />
      <PlatformsSection />
      <CalendarSection />
      <FailedJobsSection />
    </div>
  );
}
