import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { mayExtendDeadline, maySeeCases, mayUploadEvidence } from '../../app/access.policy';
import { useMember } from '../../app/auth.context';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { graphQLErrors, hasErrorCode, localizedMessage } from '../../shared/api/errors';
import { Alert, ErrorAlert, MessageLines } from '../../shared/ui/alert';
import { Loading, Section } from '../../shared/ui/layout';
import { NoCaseAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { CaseActions, offeredTransitions } from './case-actions';
import { mergeEvents } from './case-events';
import { CaseHeader } from './case-header';
import { ChecklistBlock } from './checklist';
import { EpisodesBlock } from './episodes';
import { ExtendDeadline } from './extend-deadline';
import { useCaseFile } from './hooks';
import { useLiveEvents } from './live-events';
import { ApplicantBlock, ChildBlock } from './parties';
import { Timeline } from './timeline';

const IDENTITY_FIELDS = ['applicant', 'child'];

export function CaseFilePage() {
  const { id = '' } = useParams();
  const member = useMember();
  if (!maySeeCases(member.role)) return <NoCaseAccess role={member.role} />;
  return <CaseFileView key={id} id={id} member={member} />;
}

function CaseFileView({ id, member }: { id: string; member: MemberSummary }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useCaseFile(id);
  const kase = data?.case;
  const live = useLiveEvents(id, kase?.events, member.id, refetch);
  usePageTitle(kase?.number);
  const events = useMemo(() => mergeEvents(kase?.events ?? [], live), [kase?.events, live]);

  // Identity withheld for this role is expected, not a failure: the blocks say so themselves.
  const otherErrors = graphQLErrors(error).filter(
    (e) =>
      !(
        e.extensions?.code === 'FORBIDDEN' &&
        e.path?.[0] === 'case' &&
        IDENTITY_FIELDS.includes(String(e.path?.[1]))
      ),
  );

  if (!kase) {
    if (loading) return <Loading />;
    if (hasErrorCode(error, 'FORBIDDEN')) return <NoCaseAccess role={member.role} />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  const canExtend = mayExtendDeadline(member.role, kase.status);
  const noActions = offeredTransitions(kase.allowedTransitions).length === 0 && !canExtend;

  return (
    <div className="case-file stack" data-testid="case-file">
      <CaseHeader kase={kase} />
      {otherErrors.length > 0 && (
        <Alert tone="warning">
          <p>{t('caseFile.partialWarning')}</p>
          <MessageLines messages={otherErrors.map((e) => localizedMessage(e, i18n.language) ?? t('errors.UNKNOWN'))} />
        </Alert>
      )}
      <div className="case-grid">
        <div className="case-grid__main stack">
          <Section title={t('caseFile.descriptionTitle')} testId="case-description">
            <p className="prose">{kase.description}</p>
          </Section>
          <EpisodesBlock kase={kase} canUpload={mayUploadEvidence(member.role)} onUploaded={() => void refetch()} />
          <Timeline events={events} />
        </div>
        <aside className="case-grid__side stack">
          <Section title={t('actions.title')} testId="case-actions">
            <div className="stack">
              {noActions && <p className="muted">{t('actions.none')}</p>}
              <CaseActions caseId={kase.id} allowed={kase.allowedTransitions} />
              {canExtend && (
                <ExtendDeadline key={kase.dueAt} caseId={kase.id} currentDueAt={kase.dueAt} />
              )}
            </div>
          </Section>
          <ApplicantBlock kase={kase} />
          <ChildBlock kase={kase} />
          <ChecklistBlock checklist={kase.checklist} />
        </aside>
      </div>
    </div>
  );
}
