import { useTranslation } from 'react-i18next';
import { APPLICANT_RELATIONS, APPLICATION_KINDS, LANGUAGES, REGIONS } from '../../shared/api/enums';
import { todayLocalDate } from '../../shared/lib/datetime';
import { SelectInput, TextArea, TextInput } from '../../shared/ui/inputs';
import type { FormErrors } from '../../shared/ui/field';
import type { IntakeDraft, IntakeIssues } from './intake.form';

type Scalar = Exclude<keyof IntakeDraft, 'episodes' | 'resources'>;

export interface DraftFieldsProps {
  draft: IntakeDraft;
  issues: IntakeIssues;
  /** The server's field problems of the last submit (by control name). */
  server?: FormErrors;
  set(name: Scalar, value: string): void;
}

function useIssueText(issues: IntakeIssues, server?: FormErrors) {
  const { t } = useTranslation();
  return (name: string) => (issues[name] ? t(`intake.${issues[name]}`) : (server?.field(name) ?? null));
}

export function ApplicationFields({ draft, issues, server, set }: DraftFieldsProps) {
  const { t } = useTranslation();
  const issue = useIssueText(issues, server);
  return (
    <fieldset className="form-section">
      <legend>{t('intake.sectionApplication')}</legend>
      <div className="form-grid">
        <SelectInput name="applicationKind" label={t('intake.applicationKind')} value={draft.applicationKind}
          onChange={(v) => set('applicationKind', v)} placeholder={false}
          options={APPLICATION_KINDS.map((k) => ({ value: k, label: t(`applicationKind.${k}`) }))} />
        <TextInput name="applicationNumber" value={draft.applicationNumber} onChange={(v) => set('applicationNumber', v)}
          label={draft.applicationKind === 'PAPER' ? t('intake.incomingNumber') : t('intake.eotinishNumber')}
          hint={draft.applicationKind === 'PAPER' ? t('intake.incomingNumberHint') : undefined}
          error={issue('applicationNumber')} autoComplete="off" />
        <TextInput name="receivedAt" type="datetime-local" label={t('intake.receivedAt')} value={draft.receivedAt}
          onChange={(v) => set('receivedAt', v)} error={issue('receivedAt')} />
      </div>
    </fieldset>
  );
}

export function ApplicantFields({ draft, issues, server, set }: DraftFieldsProps) {
  const { t } = useTranslation();
  const issue = useIssueText(issues, server);
  return (
    <fieldset className="form-section">
      <legend>{t('intake.sectionApplicant')}</legend>
      <div className="form-grid">
        <TextInput name="applicantName" label={t('intake.applicantName')} value={draft.applicantName}
          onChange={(v) => set('applicantName', v)} error={issue('applicantName')} autoComplete="off" />
        <SelectInput name="applicantRelation" label={t('intake.applicantRelation')} value={draft.applicantRelation}
          onChange={(v) => set('applicantRelation', v)} error={issue('applicantRelation')}
          options={APPLICANT_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))} />
        <TextInput name="applicantContact" label={t('intake.applicantContact')} value={draft.applicantContact}
          onChange={(v) => set('applicantContact', v)} error={issue('applicantContact')} autoComplete="off" />
        <SelectInput name="applicantLanguage" label={t('intake.applicantLanguage')} value={draft.applicantLanguage}
          onChange={(v) => set('applicantLanguage', v)} placeholder={false}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`applicationLanguage.${l}`) }))} />
      </div>
    </fieldset>
  );
}

export function ChildFields({ draft, issues, server, set }: DraftFieldsProps) {
  const { t, i18n } = useTranslation();
  const issue = useIssueText(issues, server);
  const regions = REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }));
  return (
    <fieldset className="form-section">
      <legend>{t('intake.sectionChild')}</legend>
      <div className="form-grid">
        <TextInput name="childName" label={t('intake.childName')} value={draft.childName}
          onChange={(v) => set('childName', v)} error={issue('childName')} autoComplete="off" />
        <TextInput name="childBirthDate" type="date" label={t('intake.childBirthDate')} value={draft.childBirthDate}
          onChange={(v) => set('childBirthDate', v)} error={issue('childBirthDate')} max={todayLocalDate()} />
        <SelectInput name="childRegion" label={t('intake.childRegion')} value={draft.childRegion}
          onChange={(v) => set('childRegion', v)} error={issue('childRegion')}
          options={[...regions].sort((a, b) => a.label.localeCompare(b.label, i18n.language))} />
        <TextInput name="childSchool" label={t('intake.childSchool')} value={draft.childSchool}
          onChange={(v) => set('childSchool', v)} error={issue('childSchool')} optional autoComplete="off" />
      </div>
    </fieldset>
  );
}

export function DescriptionField({ draft, issues, server, set }: DraftFieldsProps) {
  const { t } = useTranslation();
  const issue = useIssueText(issues, server);
  return (
    <fieldset className="form-section">
      <legend>{t('intake.sectionDescription')}</legend>
      <TextArea name="description" label={t('intake.description')} value={draft.description} rows={6}
        onChange={(v) => set('description', v)} error={issue('description')} />
    </fieldset>
  );
}
