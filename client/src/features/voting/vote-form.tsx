import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, FINDING_VALUES, isOneOf, VOTE_CHOICES, type Criterion } from '../../shared/api/enums';
import { useMember } from '../../app/auth.context';
import { useRequestKeys } from '../../shared/api/request-key';
import { draftKey } from '../../shared/lib/drafts';
import { useDraft } from '../../shared/lib/use-draft';
import { Alert } from '../../shared/ui/alert';
import { FormErrorAlert, useFocusFirstInvalid, useFormErrors } from '../../shared/ui/field';
import { useCastVote } from './hooks';
import type { OwnVote } from './operations';
import { draftFrom, draftProblems, hasProblems, isBlankVote, isVoteDraft, voteVariables, type FindingDraft, type VoteDraft } from './vote-draft';

interface CriterionRowProps {
  criterion: Criterion;
  value: FindingDraft;
  /** Not marked MET under a CONFIRMED vote. */
  conflicting: boolean;
  onChange(next: FindingDraft): void;
}

function CriterionRow({ criterion, value, conflicting, onChange }: CriterionRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <li className={`criterion${conflicting ? ' criterion--invalid' : ''}`} data-criterion={criterion}>
      <div className="criterion__text">
        <label className="criterion__name" htmlFor={`${id}-value`}>
          {t(`criterion.${criterion}`)}
        </label>
        <p className="criterion__hint" id={`${id}-hint`}>
          {t(`criterionHint.${criterion}`)}
        </p>
      </div>
      <div className="criterion__controls">
        <select
          id={`${id}-value`}
          name={`finding.${criterion}`}
          value={value.value}
          aria-describedby={`${id}-hint${conflicting ? ` ${errorId}` : ''}`}
          aria-invalid={conflicting || undefined}
          onChange={(e) => onChange({ ...value, value: isOneOf(FINDING_VALUES, e.target.value) ? e.target.value : '' })}
        >
          <option value="">{t('vote.notAssessed')}</option>
          {FINDING_VALUES.map((v) => (
            <option key={v} value={v}>
              {t(`findingValue.${v}`)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-note`}>
          {t('vote.note')}
        </label>
        <input
          id={`${id}-note`}
          name={`note.${criterion}`}
          type="text"
          maxLength={2000}
          placeholder={t('vote.notePlaceholder')}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
        />
        {conflicting && (
          <div className="field__error" id={errorId}>
            {t('vote.unmetUnderConfirmed')}
          </div>
        )}
      </div>
    </li>
  );
}

interface VoteFormProps {
  roundId: string;
  /** The member's vote now; the form starts from it and offers to change it. */
  current: OwnVote | null;
}

/** Findings on the four legal criteria, the choice and the reasoning; a vote may be changed while the round is open. */
export function VoteForm({ roundId, current }: VoteFormProps) {
  const { t } = useTranslation();
  const reasoningId = useId();
  const [castVote, { loading, error, reset }] = useCastVote();
  const keys = useRequestKeys();
  const viewer = useMember();
  // Kept per member and round (a reload keeps it); cleared once the vote is cast.
  const initial = useCallback(() => draftFrom(current), [current]);
  const { value: draft, change: setDraft, clear } = useDraft<VoteDraft>(draftKey('vote', viewer.id, roundId), initial, isVoteDraft, isBlankVote);
  const [tried, setTried] = useState(false);
  // The server's problem with the reasoning shows under it; a finding's note or the findings as a whole, above the button.
  const server = useFormErrors(error, { names: ['reasoning'] });
  const reasoningError = server.field('reasoning');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);
  const [saved, setSaved] = useState(false);
  const problems = draftProblems(draft);
  const blocked = problems.unmetUnderConfirmed.length > 0;

  const edit = (next: VoteDraft) => {
    setDraft(next);
    setSaved(false);
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    const { choice } = draft;
    if (hasProblems(problems) || choice === '') return;
    try {
      const variables = voteVariables(roundId, { ...draft, choice });
      await castVote({ variables: { ...variables, idempotencyKey: keys.for(variables) } });
      keys.settle();
      clear(draft);
      setSaved(true);
      setTried(false);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <form ref={formRef} className="vote-form subform" data-testid="vote-form" noValidate onSubmit={(e) => void submit(e)}>
      <h3 className="subheading">{current ? t('vote.changeTitle') : t('vote.castTitle')}</h3>
      <fieldset className="form-section">
        <legend>{t('vote.criteriaTitle')}</legend>
        <p className="muted small">{t('vote.criteriaLead')}</p>
        <ul className="criteria">
          {CRITERIA.map((criterion) => (
            <CriterionRow
              key={criterion}
              criterion={criterion}
              value={draft.findings[criterion]}
              conflicting={problems.unmetUnderConfirmed.includes(criterion)}
              onChange={(next) => edit({ ...draft, findings: { ...draft.findings, [criterion]: next } })}
            />
          ))}
        </ul>
      </fieldset>
      <fieldset className="form-section choice-group" aria-invalid={(tried && problems.choiceMissing) || undefined}>
        <legend>{t('vote.choice')}</legend>
        <div className="choice-group__options">
          {VOTE_CHOICES.map((choice) => (
            <label key={choice} className={`choice choice--${choice.toLowerCase()}`}>
              <input
                type="radio"
                name="choice"
                value={choice}
                checked={draft.choice === choice}
                onChange={() => edit({ ...draft, choice })}
              />
              <span>{t(`voteChoice.${choice}`)}</span>
            </label>
          ))}
        </div>
        {tried && problems.choiceMissing && <div className="field__error">{t('vote.choiceMissing')}</div>}
        {blocked && (
          <Alert tone="error" testId="vote-unmet-warning">
            {t('vote.unmetUnderConfirmedLong')}
          </Alert>
        )}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={reasoningId}>
          {t('vote.reasoning')}
          <span className="field__optional">{t('common.optional')}</span>
        </label>
        <textarea
          id={reasoningId}
          name="reasoning"
          rows={3}
          maxLength={10000}
          value={draft.reasoning}
          aria-invalid={reasoningError ? true : undefined}
          aria-describedby={`${reasoningId}-hint${reasoningError ? ` ${reasoningId}-error` : ''}`}
          onChange={(e) => edit({ ...draft, reasoning: e.target.value })}
        />
        <div className="field__hint" id={`${reasoningId}-hint`}>{t('vote.reasoningHint')}</div>
        {reasoningError && (
          <div className="field__error" id={`${reasoningId}-error`}>
            {reasoningError}
          </div>
        )}
      </div>
      <FormErrorAlert errors={server} testId="vote-error" />
      {saved && (
        <Alert tone="success" testId="vote-saved">
          {t('vote.saved')}
        </Alert>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="vote-submit" disabled={loading || blocked}>
          {loading ? t('common.saving') : current ? t('vote.change') : t('vote.cast')}
        </button>
      </div>
    </form>
  );
}
