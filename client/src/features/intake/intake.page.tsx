import type { ErrorLike } from '@apollo/client';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbilities } from '../../app/auth.context';
import { useRequestKeys } from '../../shared/api/request-key';
import { Alert, MessageLines } from '../../shared/ui/alert';
import { useFocusFirstInvalid, useFormErrors } from '../../shared/ui/field';
import { NoPageAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { EpisodesFields, ResourcesFields } from './episode-fields';
import { ChecklistWarning } from './checklist-warning';
import { useIntakeChecklist, usePlatforms, useRegisterApplication } from './hooks';
import { checklistInput, controlOfServerField, initialDraft, newEpisode, newResource, toInput, validateDraft, type IntakeDraft, type IntakeIssues } from './intake.form';
import { ApplicantFields, ApplicationFields, ChildFields, DescriptionField, type DraftFieldsProps } from './party-fields';
import './intake.css';

export function IntakePage() {
  const can = useAbilities();
  if (!can.registerApplications) return <NoPageAccess />;
  return <IntakeForm />;
}

function replaceAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

function IntakeForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<IntakeDraft>(() => initialDraft(i18n.language));
  const [issues, setIssues] = useState<IntakeIssues>({});
  const [serverError, setServerError] = useState<ErrorLike | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [register, { loading }] = useRegisterApplication();
  const keys = useRequestKeys();
  const platforms = usePlatforms().data?.platforms ?? [];
  // The server's own checklist rule, asked as the draft changes: what fails needs a reason before submitting.
  const failing = useIntakeChecklist(useMemo(() => checklistInput(draft), [draft]));
  // The server's field problems go under their controls, in the interface language.
  const server = useFormErrors(serverError, { place: controlOfServerField });
  const formRef = useRef<HTMLFormElement>(null);
  usePageTitle(t('intake.title'));

  // After a refused submit, take the keyboard to the first field that needs attention.
  useFocusFirstInvalid(formRef, attempt);

  const set: DraftFieldsProps['set'] = (name, value) => setDraft((d) => ({ ...d, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const found = validateDraft(draft, undefined, failing);
    setIssues(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      const input = toInput(draft);
      // Sending the same form again after a network error reuses the key: one case, not two.
      const { data } = await register({ variables: { input: { ...input, idempotencyKey: keys.for(input) } } });
      keys.settle();
      if (data) navigate(`/cases/${data.registerApplication.id}`);
    } catch (error) {
      setServerError(error as ErrorLike);
      setAttempt((n) => n + 1);
    }
  };

  const hasIssues = Object.keys(issues).length > 0;
  const fieldProps = { draft, issues, server, set };

  return (
    <div className="stack narrow">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('intake.title')}</h1>
          <p className="muted">{t('intake.lead')}</p>
        </div>
      </div>
      <form ref={formRef} className="card form" data-testid="intake-form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="card__body stack">
          <ApplicationFields {...fieldProps} />
          <ApplicantFields {...fieldProps} />
          <ChildFields {...fieldProps} />
          <DescriptionField {...fieldProps} />
          <EpisodesFields
            episodes={draft.episodes}
            issues={issues}
            server={server}
            platforms={platforms}
            onChange={(i, patch) => setDraft((d) => ({ ...d, episodes: replaceAt(d.episodes, i, patch) }))}
            onAdd={() => setDraft((d) => ({ ...d, episodes: [...d.episodes, newEpisode()] }))}
            onRemove={(i) => setDraft((d) => ({ ...d, episodes: d.episodes.filter((_, j) => j !== i) }))}
          />
          <ResourcesFields
            resources={draft.resources}
            issues={issues}
            server={server}
            onChange={(i, patch) => setDraft((d) => ({ ...d, resources: replaceAt(d.resources, i, patch) }))}
            onAdd={() => setDraft((d) => ({ ...d, resources: [...d.resources, newResource()] }))}
            onRemove={(i) => setDraft((d) => ({ ...d, resources: d.resources.filter((_, j) => j !== i) }))}
          />
          <ChecklistWarning failing={failing} reason={draft.checklistOverrideReason} onReason={(v) => set('checklistOverrideReason', v)}
            error={issues.checklistOverrideReason ? t(`intake.${issues.checklistOverrideReason}`) : server.field('checklistOverrideReason')} />
          {(hasIssues || server.messages.length > 0) && (
            <div tabIndex={-1} data-testid="form-error" className="form-error">
              <Alert tone="error">
                {hasIssues ? <p>{t('intake.fixErrors')}</p> : <MessageLines messages={server.messages} />}
              </Alert>
            </div>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" data-testid="intake-submit" disabled={loading}>
              {loading ? t('intake.submitting') : t('intake.submit')}
            </button>
            <Link className="button button--ghost" to="/cases">
              {t('common.cancel')}
            </Link>
          </div>
        </div>
      </form>
    </div>
  );
}
