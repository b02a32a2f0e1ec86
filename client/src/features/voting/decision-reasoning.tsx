import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/alert';
import { Field } from '../../shared/ui/field';
import { FormActions } from '../../shared/ui/form-actions';
import { useSetDecisionReasoning } from './hooks';
import type { Decision } from './decision.operations';

const REASONING_MAX = 10_000;

function ReasoningForm({ decision, onDone }: { decision: Decision; onDone(): void }) {
  const { t } = useTranslation();
  const [save, { loading, error }] = useSetDecisionReasoning();
  const [kk, setKk] = useState(decision.reasoningKk);
  const [ru, setRu] = useState(decision.reasoningRu);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({ variables: { decisionId: decision.id, kk: kk.trim(), ru: ru.trim() } }).then(onDone, () => undefined);
  };
  return (
    <form className="subform" noValidate onSubmit={submit} data-testid="decision-reasoning-form">
      <p className="muted small">{t('decision.ownReasoningHint')}</p>
      <Field label={t('decision.ownReasoningKk')}>
        {(control) => (
          <textarea {...control} name="reasoningKk" lang="kk" rows={5} maxLength={REASONING_MAX} value={kk} autoFocus
            onChange={(e) => setKk(e.target.value)} />
        )}
      </Field>
      <Field label={t('decision.ownReasoningRu')}>
        {(control) => (
          <textarea {...control} name="reasoningRu" lang="ru" rows={5} maxLength={REASONING_MAX} value={ru}
            onChange={(e) => setRu(e.target.value)} />
        )}
      </Field>
      <ErrorAlert error={error} testId="decision-reasoning-error" />
      <FormActions submitLabel={t('decision.ownReasoningSave')} submitTestId="decision-reasoning-submit" busy={loading} onCancel={onDone} />
    </form>
  );
}

function Half({ label, text, lang, testId }: { label: string; text: string; lang: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack" data-testid={testId}>
      <strong className="small">{label}</strong>
      {text.trim() ? <p className="prose" lang={lang}>{text}</p> : <p className="muted">{t('decision.ownReasoningEmpty')}</p>}
    </div>
  );
}

/**
 * The decision's own reasoning in Kazakh and Russian: the answer carries it; signing requires both halves.
 * `canWrite`: `Case.viewerCan.writeReasoning` (the presiding chair or deputy, or the secretary, on a
 * decided case); the server refuses once the protocol is signed by both, which `decision.signed` tells.
 */
export function DecisionReasoning({ decision, canWrite }: { decision: Decision; canWrite: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mayWrite = canWrite && !decision.signed;
  const missing = !decision.reasoningKk.trim() || !decision.reasoningRu.trim();
  if (editing && mayWrite) return <ReasoningForm decision={decision} onDone={() => setEditing(false)} />;
  return (
    <div className="stack" data-testid="decision-own-reasoning" data-complete={String(!missing)}>
      <Half label={t('decision.ownReasoningKk')} text={decision.reasoningKk} lang="kk" testId="decision-reasoning-kk" />
      <Half label={t('decision.ownReasoningRu')} text={decision.reasoningRu} lang="ru" testId="decision-reasoning-ru" />
      {!decision.signed && missing && <p className="muted small" data-testid="decision-reasoning-required">{t('decision.ownReasoningRequired')}</p>}
      {mayWrite && (
        <div className="button-row">
          <button type="button" className="button button--small" data-testid="edit-decision-reasoning" onClick={() => setEditing(true)}>
            {missing ? t('decision.ownReasoningWrite') : t('decision.ownReasoningEdit')}
          </button>
        </div>
      )}
    </div>
  );
}
