import type { ErrorLike } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyName } from '../../shared/api/agency-name';
import { AGENCY_KINDS, isOneOf, ROLES, type AgencyKind } from '../../shared/api/enums';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { SelectInput, TextInput } from '../../shared/ui/inputs';
import { Section } from '../../shared/ui/layout';
import { needsApproval } from './account.policy';
import { useAgencies, useCreateAgency, useCreateMember } from './hooks';

type Outcome = { ok: string } | { error: ErrorLike } | { missing: true } | null;

function OutcomeAlert({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if ('ok' in outcome) return <Alert tone="success">{outcome.ok}</Alert>;
  if ('missing' in outcome) return <Alert tone="error" testId={testId}>{t('admin.required')}</Alert>;
  return <ErrorAlert error={outcome.error} testId={testId} />;
}

const EMPTY_MEMBER = { name: '', email: '', role: '', agencyId: '' };

export function CreateMemberForm() {
  const { t } = useTranslation();
  const nameOf = useAgencyName();
  const agencies = useAgencies().data?.agencies ?? [];
  const [createMember, { loading }] = useCreateMember();
  const [form, setForm] = useState(EMPTY_MEMBER);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const set = (field: keyof typeof EMPTY_MEMBER) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { role } = form;
    if (!form.name.trim() || !form.email.trim() || !form.agencyId || !isOneOf(ROLES, role)) {
      setOutcome({ missing: true });
      return;
    }
    try {
      const input = { name: form.name.trim(), email: form.email.trim(), role, agencyId: form.agencyId };
      const { data } = await createMember({ variables: { input } });
      const name = data?.createMember.name ?? input.name;
      // An account that reads case files waits for the chair; the others for the admin's invitation.
      setOutcome({ ok: needsApproval(role) ? t('admin.memberCreatedPending', { name }) : t('admin.memberCreatedInvite', { name }) });
      setForm(EMPTY_MEMBER);
    } catch (error) {
      setOutcome({ error: error as ErrorLike });
    }
  };

  return (
    <Section title={t('admin.createMemberTitle')} testId="create-member">
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <p className="muted small">{t('admin.createMemberLead')}</p>
        <TextInput name="memberName" label={t('admin.memberName')} value={form.name} onChange={set('name')} autoComplete="off" />
        <TextInput name="memberEmail" type="email" label={t('admin.memberEmail')} value={form.email} onChange={set('email')} autoComplete="off" />
        <SelectInput name="memberRole" label={t('admin.memberRole')} value={form.role} onChange={set('role')}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <SelectInput name="memberAgency" label={t('admin.memberAgency')} value={form.agencyId} onChange={set('agencyId')}
          hint={agencies.length === 0 ? t('admin.noAgencies') : undefined}
          options={agencies.map((a) => ({ value: a.id, label: t('common.agencyWithKind', { name: nameOf(a), kind: t(`agencyKind.${a.kind}`) }) }))} />
        <OutcomeAlert outcome={outcome} testId="create-member-error" />
        <div>
          <button type="submit" className="button button--primary" data-testid="create-member-submit" disabled={loading}>
            {t('admin.createMember')}
          </button>
        </div>
      </form>
    </Section>
  );
}

export function CreateAgencyForm() {
  const { t } = useTranslation();
  const [createAgency, { loading }] = useCreateAgency();
  const nameOf = useAgencyName();
  const [name, setName] = useState('');
  const [nameKk, setNameKk] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [kind, setKind] = useState<AgencyKind | ''>('');
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !kind) {
      setOutcome({ missing: true });
      return;
    }
    try {
      const { data } = await createAgency({ variables: { input: { name: name.trim(), nameKk: nameKk.trim() || null, nameEn: nameEn.trim() || null, kind } } });
      setOutcome({ ok: t('admin.agencyCreated', { name: data ? nameOf(data.createAgency) : name.trim() }) });
      setName('');
      setNameKk('');
      setNameEn('');
      setKind('');
    } catch (error) {
      setOutcome({ error: error as ErrorLike });
    }
  };

  return (
    <Section title={t('admin.createAgencyTitle')} testId="create-agency">
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <TextInput name="agencyName" label={t('adminPanel.agencies.nameRu')} value={name} onChange={setName} autoComplete="off" />
        <TextInput name="agencyNameKk" label={t('adminPanel.agencies.nameKk')} value={nameKk} onChange={setNameKk} autoComplete="off" optional />
        <TextInput name="agencyNameEn" label={t('adminPanel.agencies.nameEn')} value={nameEn} onChange={setNameEn} autoComplete="off" optional
          hint={t('adminPanel.agencies.createNamesHint')} />
        <SelectInput name="agencyKind" label={t('admin.agencyKind')} value={kind}
          onChange={(v) => setKind(isOneOf(AGENCY_KINDS, v) ? v : '')}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))} />
        <OutcomeAlert outcome={outcome} testId="create-agency-error" />
        <div>
          <button type="submit" className="button button--primary" data-testid="create-agency-submit" disabled={loading}>
            {t('admin.createAgency')}
          </button>
        </div>
      </form>
    </Section>
  );
}
