import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

interface BaseProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
}

interface TextInputProps extends BaseProps {
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'datetime-local' | 'number' | 'tel';
  autoComplete?: string;
  max?: string;
  min?: string;
  placeholder?: string;
}

export function TextInput({ name, label, value, onChange, error, hint, optional, className, type = 'text', ...rest }: TextInputProps) {
  return (
    <Field label={label} error={error} hint={hint} optional={optional} className={className}>
      {(control) => (
        <input {...control} {...rest} name={name} type={type} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

export function TextArea({ name, label, value, onChange, error, hint, optional, className, rows = 4 }: BaseProps & { rows?: number }) {
  return (
    <Field label={label} error={error} hint={hint} optional={optional} className={className}>
      {(control) => <textarea {...control} name={name} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A select with a "choose…" placeholder unless `required` choices have a default. */
export function SelectInput({ name, label, value, onChange, error, hint, optional, className, options, placeholder = true }: BaseProps & { options: readonly Option[]; placeholder?: boolean }) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error} hint={hint} optional={optional} className={className}>
      {(control) => (
        <select {...control} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder && (
            <option value="" disabled={!optional}>
              {t('common.choose')}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
