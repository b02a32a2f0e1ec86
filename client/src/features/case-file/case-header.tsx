import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatDueTime } from '../../shared/lib/datetime';
import { OverdueBadge, StatusBadge } from '../../shared/ui/badges';
import { Details } from '../../shared/ui/layout';
import { CasePrescriptionProgress } from '../prescriptions/case-progress';
import { ApplicantAnswer } from './applicant-answer';
import { ExtensionNotice } from './extension-notice';
import type { CaseFile, CaseFileAbilities } from './operations';

// Only the staff choose the rapporteur: the list and its mutation load for them, not with every case file.
const RapporteurSelect = lazy(() => import('./rapporteur-select'));

/** `can`: what the viewer may do on the case, for the links and forms of the extension notice and the answer (none without it). */
export function CaseHeader({ kase, can }: { kase: CaseFile; can?: CaseFileAbilities }) {
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
            {
              label: kase.applicationKind === 'PAPER' ? t('caseFile.incoming') : t('caseFile.eotinish'),
              value: <span data-testid="case-application-number">{kase.applicationNumber}</span>,
            },
            { label: t('caseFile.received'), value: formatDateTime(kase.receivedAt, lang) },
            {
              label: t('caseFile.due'),
              value: (
                <time dateTime={kase.dueAt} data-testid="case-due">
                  {t('due.by', { at: formatDueTime(kase.dueAt, lang) })}
                </time>
              ),
            },
            { label: t('caseFile.language'), value: t(`applicationLanguage.${kase.language}`) },
            {
              label: t('caseFile.rapporteur'),
              value: can?.nameRapporteur ? (
                <Suspense fallback={kase.rapporteur?.name ?? t('caseFile.rapporteurNone')}>
                  <RapporteurSelect caseId={kase.id} current={kase.rapporteur ?? null} />
                </Suspense>
              ) : (
                <span data-testid="case-rapporteur">{kase.rapporteur?.name ?? t('caseFile.rapporteurNone')}</span>
              ),
            },
            ...(kase.screeningReason ? [{ label: t('caseFile.screeningReason'), value: kase.screeningReason }] : []),
            ...(kase.checklistOverrideReason ? [{ label: t('caseFile.checklistOverrideReason'), value: kase.checklistOverrideReason }] : []),
            ...(kase.reviewOverrideReason ? [{ label: t('caseFile.reviewOverrideReason'), value: kase.reviewOverrideReason }] : []),
          ]}
        />
        {extension && (
          <div className="extension" data-testid="case-extension">
            <h2 className="extension__title">{t('caseFile.extensionTitle')}</h2>
            <Details
              items={[
                { label: t('caseFile.extensionReason'), value: extension.reason },
                { label: t('caseFile.extensionDue'), value: t('due.by', { at: formatDueTime(extension.dueAt, lang) }) },
                { label: t('caseFile.extensionNoticeDue'), value: formatDueTime(extension.applicantNoticeDueAt, lang) },
                { label: t('caseFile.extensionBy'), value: extension.by.name },
                { label: t('caseFile.extensionAt'), value: formatDateTime(extension.extendedAt, lang) },
              ]}
            />
            <ExtensionNotice caseId={kase.id} caseNumber={kase.number} extension={extension}
              canDownload={!!can?.seeIdentity} canRecord={!!can?.recordExtensionNotice} />
          </div>
        )}
        {kase.ending && (
          <ApplicantAnswer kase={{ ...kase, ending: kase.ending }} canDownload={!!can?.seeIdentity} canRecord={!!can?.recordAnswerSent} />
        )}
      </div>
    </header>
  );
}
