import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { TextInput } from '../../shared/ui/inputs';
import { Details, Loading, Section } from '../../shared/ui/layout';
import { usePlatformRegistry, useUpdatePlatform } from './hooks';
import { refusedField } from './officials-fieldset';
import type { PlatformInput, RegistryPlatform } from './operations';

const FIELDS = ['name', 'nameKk', 'representative', 'representativeKk', 'representativeContact', 'legalNameKk', 'legalNameRu', 'bin', 'registration', 'addressKk', 'addressRu'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = ['name', 'representative'];
const HINTS: Partial<Record<Field, 'binHint' | 'registrationHint'>> = { bin: 'binHint', registration: 'registrationHint' };
// Labels of fields this feature added to the registry (issue 17); the others are the addressing texts'.
const labelOf = (t: TFunction, field: Field) => (field === 'nameKk' ? t('adminPanel.platforms.nameKk') : t(`addressing.platforms.${field}`));

const formOf = (p: RegistryPlatform): Record<Field, string> => Object.fromEntries(FIELDS.map((f) => [f, p[f] ?? ''])) as Record<Field, string>;

/** The input to save: texts trimmed, an empty optional text sent as null ("not recorded"). */
export const platformInputOf = (form: Record<Field, string>): PlatformInput =>
  Object.fromEntries(FIELDS.map((f) => [f, REQUIRED.includes(f) ? form[f].trim() : form[f].trim() || null])) as unknown as PlatformInput;

function PlatformForm({ platform, onDone }: { platform: RegistryPlatform; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [save, { loading, error, reset }] = useUpdatePlatform();
  const [form, setForm] = useState(() => formOf(platform));
  const refused = refusedField(error, i18n.language);
  const set = (field: Field) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    reset();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { id: platform.id, input: platformInputOf(form) } });
      onDone();
    } catch {
      // Shown from the mutation's error state, on the refused field.
    }
  };
  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)} data-testid="platform-form">
      <div className="form-grid">
        {FIELDS.map((field) => (
          <TextInput key={field} name={field} label={labelOf(t, field)} value={form[field]} onChange={set(field)}
            optional={!REQUIRED.includes(field)}
            hint={field === 'nameKk' ? t('adminPanel.platforms.nameKkHint') : HINTS[field] && t(`addressing.platforms.${HINTS[field]}`)}
            error={refused?.field === field ? refused.message : null} />
        ))}
      </div>
      <ErrorAlert error={refused ? undefined : error} testId="platform-error" />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>{loading ? t('common.saving') : t('addressing.platforms.save')}</button>
        <button type="button" className="button" onClick={onDone}>{t('addressing.platforms.cancel')}</button>
      </div>
    </form>
  );
}

function PlatformEntry({ platform }: { platform: RegistryPlatform }) {
  const { t, i18n } = useTranslation();
  const title = (i18n.resolvedLanguage ?? i18n.language).startsWith('kk') ? platform.nameKk ?? platform.name : platform.name;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const shown = (value: string | null) => value ?? <span className="muted">{t('addressing.platforms.notRecorded')}</span>;
  return (
    <li className="stack" data-testid="platform-entry" data-code={platform.code}>
      <h3 className="subheading">{title}</h3>
      {editing ? (
        <PlatformForm platform={platform} onDone={() => { setEditing(false); setSaved(true); }} />
      ) : (
        <>
          <Details items={[
            { label: t('addressing.platforms.hosts'), value: platform.hosts.join(', ') },
            ...FIELDS.filter((f) => f !== 'name').map((f) => ({ label: labelOf(t, f), value: f === 'nameKk' ? platform.nameKk ?? platform.name : shown(platform[f]) })),
          ]} />
          {saved && <Alert tone="success">{t('addressing.platforms.saved')}</Alert>}
          <div>
            <button type="button" className="button" onClick={() => { setEditing(true); setSaved(false); }}>{t('addressing.platforms.edit')}</button>
          </div>
        </>
      )}
    </li>
  );
}

/** The platform registry (admin): whom prescriptions are addressed to, in Kazakh and Russian. */
export function PlatformsSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = usePlatformRegistry();
  return (
    <Section title={t('addressing.platforms.title')} testId="platform-registry">
      <p className="muted">{t('addressing.platforms.lead')}</p>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {data ? (
        <ul className="plain-list stack">
          {data.platforms.map((p) => <PlatformEntry key={p.id} platform={p} />)}
        </ul>
      ) : loading && <Loading />}
    </Section>
  );
}
