import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyName } from '../../shared/api/agency-name';
import { AGENCY_KINDS, isOneOf, type AgencyKind } from '../../shared/api/enums';
import { Alert, ErrorAlert, MessageLines } from '../../shared/ui/alert';
import { useFocusFirstInvalid, useFormErrors } from '../../shared/ui/field';
import { SelectInput, TextInput } from '../../shared/ui/inputs';
import { Loading, Section } from '../../shared/ui/layout';
import { useAgencies, useMembers, useUpdateAgency } from './hooks';
import type { AgencyRow } from './operations';

const NAME_FIELDS = ['nameKk', 'nameRu', 'nameEn'] as const;
type NameField = (typeof NAME_FIELDS)[number];
const CONTROLS: readonly string[] = [...NAME_FIELDS, 'kind'];

/** The admin renames an agency in the three languages (each required) or changes its kind; the server's problems show under their fields. */
function AgencyForm({ agency, onDone }: { agency: AgencyRow; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const [save, { loading, error, reset }] = useUpdateAgency();
  const [names, setNames] = useState<Record<NameField, string>>({ nameKk: agency.nameKk, nameRu: agency.nameRu, nameEn: agency.nameEn });
  const [kind, setKind] = useState<AgencyKind>(agency.kind);
  const [attempt, setAttempt] = useState(0);
  const errors = useFormErrors(error, { names: CONTROLS });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error ? attempt : 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    try {
      await save({ variables: { id: agency.id, input: { ...names, kind } } });
      onDone(true);
    } catch {
      // Shown from the mutation's error state, under the refused fields.
    }
  };
  return (
    <form ref={form} className="stack" noValidate onSubmit={(e) => void submit(e)} data-testid="agency-form">
      <div className="form-grid">
        {NAME_FIELDS.map((field) => (
          <TextInput key={field} name={field} label={t(`adminPanel.agencies.${field}`)} value={names[field]} autoComplete="off"
            onChange={(v) => { setNames((n) => ({ ...n, [field]: v })); reset(); }} error={errors.field(field)} />
        ))}
        <SelectInput name="kind" label={t('adminPanel.agencies.kind')} value={kind} placeholder={false} error={errors.field('kind')}
          onChange={(v) => { if (isOneOf(AGENCY_KINDS, v)) setKind(v); reset(); }}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))} />
      </div>
      {errors.messages.length > 0 && <Alert tone="error" testId="form-error"><MessageLines messages={errors.messages} /></Alert>}
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="save-agency" disabled={loading}>
          {loading ? t('common.saving') : t('adminPanel.agencies.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>{t('adminPanel.agencies.cancel')}</button>
      </div>
    </form>
  );
}

function AgencyEntry({ agency, members }: { agency: AgencyRow; members: number }) {
  const { t } = useTranslation();
  const nameOf = useAgencyName();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <li className="agency-entry" data-testid="agency-entry" data-agency-id={agency.id}>
      <h3 className="subheading" data-testid="agency-name">{nameOf(agency)}</h3>
      {editing ? (
        <AgencyForm agency={agency} onDone={(ok) => { setEditing(false); setSaved(ok); }} />
      ) : (
        <>
          <dl className="details">
            {NAME_FIELDS.map((field) => (
              <div className="details__row" key={field}>
                <dt>{t(`adminPanel.agencies.${field}`)}</dt>
                <dd data-testid={`agency-${field}`}>{agency[field]}</dd>
              </div>
            ))}
            <div className="details__row">
              <dt>{t('adminPanel.agencies.kind')}</dt>
              <dd>{t(`agencyKind.${agency.kind}`)}</dd>
            </div>
            <div className="details__row">
              <dt>{t('adminPanel.agencies.members')}</dt>
              <dd>{members}</dd>
            </div>
          </dl>
          {saved && <Alert tone="success">{t('adminPanel.agencies.saved')}</Alert>}
          <div>
            <button type="button" className="button" data-testid="edit-agency" onClick={() => { setEditing(true); setSaved(false); }}>
              {t('adminPanel.agencies.edit')}
              <span className="visually-hidden">: {nameOf(agency)}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** The agencies that delegate members, with their names in Kazakh, Russian and English (the admin edits them). */
export function AgenciesSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useAgencies();
  const members = useMembers().data?.members ?? [];
  const count = (id: string) => members.filter((m) => m.agency.id === id && m.active).length;
  const agencies = data?.agencies ?? [];
  return (
    <Section title={t('adminPanel.agencies.title')} testId="agencies">
      <p className="muted">{t('adminPanel.agencies.lead')}</p>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data ? <Loading /> : agencies.length === 0 ? (
        <p className="muted">{t('adminPanel.agencies.empty')}</p>
      ) : (
        <ul className="plain-list agency-list">
          {agencies.map((a) => <AgencyEntry key={a.id} agency={a} members={count(a.id)} />)}
        </ul>
      )}
    </Section>
  );
}
