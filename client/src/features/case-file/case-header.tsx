import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/lib/datetime';
import { OverdueBadge, StatusBadge } from '../../shared/ui/badges';
import { Details } from '../../shared/ui/layout';
import { CasePrescriptionProgress } from '../prescriptions/case-progress';
import type { Role } from '../../shared/api/enums';
import { mayRecordExtensionNotice, maySeeIdentity } from '../../app/access.policy';
import { ExtensionNotice } from './extension-notice';
import type { CaseFile } from './operations';

/** `role`: the viewer's, for the extension notice's link and form (none without it). */
export function CaseHeader({ kase, role }: { kase: CaseFile; role?: Role }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const extension = kase.extension;

  return (
    <header className="case-head card">
      <div className="card__body stack">
        <Link className="back-link" to="/cases">
          {t('caseFile.back')}
        </Link>
        <div className="case-head__title">
          <h1 className="page-title" data-testid="case-number">
            {kase.number}
          </h1>
          <StatusBadge status={kase.status} testId="case-status" />
          {kase.overdue && <OverdueBadge />}
        </div>
        <CasePrescriptionProgress caseId={kase.id} />
        <Details
          items={[
            { label: t('caseFile.eotinish'), value: kase.eotinishNumber },
            { label: t('caseFile.received'), value: formatDateTime(kase.receivedAt, lang) },
            {
              label: t('caseFile.due'),
              value: (
                <time dateTime={kase.dueAt} data-testid="case-due">
                  {formatDateTime(kase.dueAt, lang)}
                </time>
              ),
            },
            { label: t('caseFile.language'), value: t(`applicationLanguage.${kase.language}`) },
            ...(kase.screeningReason ? [{ label: t('caseFile.screeningReason'), value: kase.screeningReason }] : []),
          ]}
        />
        {extension && (
          <div className="extension" data-testid="case-extension">
            <h2 className="extension__title">{t('caseFile.extensionTitle')}</h2>
            <Details
              items={[
                { label: t('caseFile.extensionReason'), value: extension.reason },
                { label: t('caseFile.extensionDue'), value: formatDateTime(extension.dueAt, lang) },
                { label: t('caseFile.extensionNoticeDue'), value: formatDateTime(extension.applicantNoticeDueAt, lang) },
                { label: t('caseFile.extensionBy'), value: extension.by.name },
                { label: t('caseFile.extensionAt'), value: formatDateTime(extension.extendedAt, lang) },
              ]}
            />
            <ExtensionNotice caseId={kase.id} caseNumber={kase.number} extension={extension}
              canDownload={!!role && maySeeIdentity(role)} canRecord={!!role && mayRecordExtensionNotice(role)} />
          </div>
        )}
      </div>
    </header>
  );
}
