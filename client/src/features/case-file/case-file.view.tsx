import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphQLErrors, localizedMessage } from '../../shared/api/errors';
import { Alert, MessageLines } from '../../shared/ui/alert';
import { Section } from '../../shared/ui/layout';
import { CaseActions, offeredTransitions } from './case-actions';
import { CaseHeader } from './case-header';
import { ChecklistBlock } from './checklist';
import { EpisodesBlock } from './episodes';
import { ExtendDeadline } from './extend-deadline';
import type { CaseEvent, CaseFile } from './operations';
import { ApplicantBlock, ChildBlock } from './parties';
import { PrescriptionUrlsBlock } from '../prescriptions/prescription-urls';
import { Timeline } from './timeline';
import './case-file.css';

const IDENTITY_FIELDS = ['applicant', 'child'];

/** Errors worth a warning: identity withheld for this role is expected, and the blocks say so. */
function unexpectedErrors(error: ErrorLike | undefined) {
  return graphQLErrors(error).filter(
    (e) =>
      !(e.extensions?.code === 'FORBIDDEN' && e.path?.[0] === 'case' && IDENTITY_FIELDS.includes(String(e.path?.[1]))),
  );
}

interface CaseFileViewProps {
  kase: CaseFile;
  /** The timeline: loaded and live events, once each, oldest first. */
  events: readonly CaseEvent[];
  error: ErrorLike | undefined;
  /** Evidence was uploaded outside GraphQL: fetch the file again. */
  onChanged(): void;
  /** The vote, the decision and the prescriptions, near the top (the case room loads them on demand). */
  voting?: ReactNode;
}

/** The case file, in one column: facts, actions, the vote, episodes with evidence, parties, criteria, timeline. */
export function CaseFileView({ kase, events, error, onChanged, voting }: CaseFileViewProps) {
  const { t, i18n } = useTranslation();
  const problems = unexpectedErrors(error);
  const can = kase.viewerCan;
  const canExtend = can.extendDeadline;
  const noActions = offeredTransitions(kase.allowedTransitions).length === 0 && !canExtend;

  return (
    <div className="case-file stack" data-testid="case-file" id="case-file">
      <CaseHeader kase={kase} can={can} />
      {problems.length > 0 && (
        <Alert tone="warning">
          <p>{t('caseFile.partialWarning')}</p>
          <MessageLines messages={problems.map((e) => localizedMessage(e, i18n.language) ?? t('errors.UNKNOWN'))} />
        </Alert>
      )}
      <Section title={t('actions.title')} testId="case-actions">
        <div className="stack">
          {noActions && <p className="muted">{t('actions.none')}</p>}
          <CaseActions caseId={kase.id} allowed={kase.allowedTransitions} checklistFails={kase.checklist.failing.length > 0} />
          {canExtend && <ExtendDeadline key={kase.dueAt} caseId={kase.id} currentDueAt={kase.dueAt} />}
        </div>
      </Section>
      {voting}
      <Section title={t('caseFile.descriptionTitle')} testId="case-description">
        <p className="prose">{kase.description}</p>
      </Section>
      <EpisodesBlock kase={kase} canUpload={can.uploadEvidence} onUploaded={onChanged} />
      <PrescriptionUrlsBlock caseId={kase.id} status={kase.status} editable={can.choosePrescriptionUrls} urls={kase.prescriptionUrls} />
      <div className="file-pair">
        <ApplicantBlock kase={kase} />
        <ChildBlock kase={kase} />
      </div>
      <ChecklistBlock checklist={kase.checklist} />
      <Timeline events={events} />
    </div>
  );
}
