import type { ErrorLike } from '@apollo/client';
import { useEffect, useId, useMemo, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../api/errors';
import { Alert, MessageLines } from './alert';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  error?: string | null;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its hint and error wired for screen readers. */
export function Field({ label, error, hint, optional, className, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional">{t('common.optional')}</span>}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <div className="field__error" id={errorId}>
          {error}
        </div>
      )}
    </div>
  );
}

export interface FormErrors {
  /** The server's problem with this control (by its name), in the interface language; null when none. */
  field(name: string): string | null;
  /** What is not shown under a field: general problems, or "correct the marked fields". */
  messages: string[];
  /** How many controls show a problem. */
  count: number;
}

const samePath = (path: string) => path;

/**
 * The server's answer to a submitted form, split for showing: each field problem
 * (extensions.fields) under its control, the rest above the buttons, all in the interface
 * language. `place` (a module-level function, so that it is stable) maps a server path
 * ("applicant.name") to the control's name; by default they are the same. `names` (when given) are the controls the form has; other paths are shown as general.
 */
export function useFormErrors(error: ErrorLike | null | undefined, options: { names?: readonly string[]; place?: (path: string) => string | null } = {}): FormErrors {
  const { t, i18n } = useTranslation();
  const { names, place = samePath } = options;
  const key = names?.join('|');
  return useMemo(() => {
    const known = key === undefined ? null : new Set(key.split('|'));
    const where = (path: string) => {
      const name = place(path);
      return name !== null && (known === null || known.has(name)) ? name : null;
    };
    const problems = formProblemsOf(error, i18n.language, where);
    const texts: Record<string, string> = {};
    for (const [name, p] of Object.entries(problems.fields)) {
      texts[name] = p.message ?? t(`forms.code.${p.code}`, { defaultValue: t('forms.code.INVALID') });
    }
    const count = Object.keys(texts).length;
    const general = problems.general.map((p) => p.message ?? t(`errors.${p.code}`));
    const messages = count > 0 && general.length === 0 ? [t('forms.checkFields', { count })] : general;
    return { field: (name: string) => texts[name] ?? null, messages, count };
  }, [error, i18n.language, key, place, t]);
}

/** After a refused submit (`attempt` changes), takes the keyboard to the first invalid control of the form, else to its error. */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, attempt: unknown): void {
  useEffect(() => {
    if (!attempt) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="form-error"]');
    target?.focus();
  }, [form, attempt]);
}

/** The messages of a refused form not shown under a field (or "correct the marked fields"), in the interface language. */
export function FormErrorAlert({ errors, testId }: { errors: FormErrors; testId?: string }) {
  if (errors.messages.length === 0) return null;
  return (
    <Alert tone="error" testId={testId}>
      <MessageLines messages={errors.messages} />
    </Alert>
  );
}
