import type { ErrorLike } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { graphQLErrors, localizedMessage } from '../../shared/api/errors';
import { TextInput } from '../../shared/ui/inputs';
import { OFFICIAL_FIELDS, type OfficialField } from './operations';

interface OfficialsFieldsetProps {
  form: Record<OfficialField, string>;
  set(field: OfficialField): (value: string) => void;
  /** The last save's error: a refused field is marked where it is. */
  error: ErrorLike | undefined;
}

/** The field the server refused (extensions.details.field) with its message, when it names one. */
export function refusedField(error: unknown, language: string): { field: string; message: string | null } | null {
  const first = graphQLErrors(error)[0];
  const field = (first?.extensions?.details as { field?: unknown } | undefined)?.field;
  return first && typeof field === 'string' ? { field, message: localizedMessage(first, language) } : null;
}

/** The prescription's signatory and executor, each in Kazakh and Russian (issue 16); all optional together. */
export function OfficialsFieldset({ form, set, error }: OfficialsFieldsetProps) {
  const { t, i18n } = useTranslation();
  const refused = refusedField(error, i18n.language);
  return (
    <fieldset className="form-section" data-testid="prescription-officials">
      <legend>{t('addressing.officials.title')}</legend>
      <p className="muted small">{t('addressing.officials.hint')}</p>
      <div className="form-grid">
        {OFFICIAL_FIELDS.map((field) => (
          <TextInput key={field} name={field} optional label={t(`addressing.officials.${field}`)} value={form[field]} onChange={set(field)}
            type={field === 'executorEmail' ? 'email' : field === 'executorPhone' ? 'tel' : 'text'}
            error={refused?.field === field ? refused.message : null} />
        ))}
      </div>
    </fieldset>
  );
}
