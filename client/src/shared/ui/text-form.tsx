import type { ErrorLike } from '@apollo/client';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, MessageLines } from './alert';
import { Field, useFormErrors } from './field';
import { FormActions } from './form-actions';

interface TextFormProps {
  /** data-testid of the form; the textarea is named `name`. */
  testId: string;
  name: string;
  /** The server's name of this text (its argument, e.g. "reason"), when it differs from `name`. */
  serverField?: string;
  title: string;
  intro?: ReactNode;
  label: string;
  hint?: string;
  requiredMessage: string;
  initial?: string;
  rows?: number;
  maxLength?: number;
  submitLabel: string;
  submitTestId: string;
  tone?: 'primary' | 'danger';
  busy: boolean;
  error?: ErrorLike | null;
  errorTestId?: string;
  onCancel(): void;
  onSubmit(text: string): unknown;
}

/** A small form with one required text (a reason, a dissent): checked before sending, trimmed, with the server's error. */
export function TextForm(p: TextFormProps) {
  const [text, setText] = useState(p.initial ?? '');
  const [missing, setMissing] = useState(false);
  // The server's problem with the text shows under it; anything else above the buttons.
  const server = useFormErrors(p.error, { place: (path) => (path === (p.serverField ?? p.name) ? p.name : null) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    void p.onSubmit(text.trim());
  };
  return (
    <form className="subform" noValidate onSubmit={submit} data-testid={p.testId}>
      <h3 className="subheading">{p.title}</h3>
      {p.intro}
      <Field label={p.label} hint={p.hint} error={missing ? p.requiredMessage : server.field(p.name)}>
        {(control) => (
          <textarea {...control} name={p.name} rows={p.rows ?? 3} maxLength={p.maxLength} value={text} autoFocus
            onChange={(e) => { setText(e.target.value); setMissing(false); }} />
        )}
      </Field>
      {server.count === 0 && server.messages.length > 0 && (
        <Alert tone="error" testId={p.errorTestId}>
          <MessageLines messages={server.messages} />
        </Alert>
      )}
      <FormActions submitLabel={p.submitLabel} submitTestId={p.submitTestId} busy={p.busy} tone={p.tone} onCancel={p.onCancel} />
    </form>
  );
}
