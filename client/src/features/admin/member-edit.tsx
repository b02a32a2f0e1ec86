import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyName } from '../../shared/api/agency-name';
import { isOneOf, ROLES } from '../../shared/api/enums';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { SelectInput } from '../../shared/ui/inputs';
import { needsApproval } from './account.policy';
import { useAgencies, useUpdateMember } from './hooks';
import type { MemberRow } from './operations';

/** The admin changes an account's role and agency; a new case-reading role sends it back for approval (said before saving). */
function MemberEditForm({ member, onDone }: { member: MemberRow; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const nameOf = useAgencyName();
  const agencies = useAgencies().data?.agencies ?? [];
  const [update, { loading, error, reset }] = useUpdateMember();
  const [role, setRole] = useState<string>(member.role);
  const [agencyId, setAgencyId] = useState(member.agency.id);
  const [unchanged, setUnchanged] = useState(false);
  const reapproval = role !== member.role && isOneOf(ROLES, role) && needsApproval(role);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isOneOf(ROLES, role)) return;
    if (role === member.role && agencyId === member.agency.id) {
      setUnchanged(true);
      return;
    }
    try {
      await update({ variables: { id: member.id, input: { ...(role !== member.role ? { role } : {}), ...(agencyId !== member.agency.id ? { agencyId } : {}) } } });
      onDone(true);
    } catch {
      // Shown from the mutation's error state.
    }
  };
  const changed = (set: (v: string) => void) => (value: string) => {
    set(value);
    setUnchanged(false);
    reset();
  };

  return (
    <form className="member-edit stack" noValidate onSubmit={(e) => void submit(e)} data-testid="member-edit"
      aria-label={t('adminPanel.member.changeLabel', { name: member.name })}>
      <SelectInput name="role" label={t('adminPanel.member.role')} value={role} onChange={changed(setRole)} placeholder={false}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      <SelectInput name="agency" label={t('adminPanel.member.agency')} value={agencyId} onChange={changed(setAgencyId)} placeholder={false}
        options={agencies.map((a) => ({ value: a.id, label: t('common.agencyWithKind', { name: nameOf(a), kind: t(`agencyKind.${a.kind}`) }) }))} />
      {reapproval && <Alert tone="warning">{t('adminPanel.member.reapproval')}</Alert>}
      {unchanged && <Alert tone="info">{t('adminPanel.member.unchanged')}</Alert>}
      <ErrorAlert error={error} testId="member-edit-error" />
      <div className="button-row">
        <button type="submit" className="button button--small button--primary" data-testid="save-member" disabled={loading}>
          {loading ? t('common.saving') : t('adminPanel.member.save')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => onDone(false)}>
          {t('adminPanel.member.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Change" on a member's row, opening the form in place; says so once saved. */
export function MemberEdit({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (editing) return <MemberEditForm member={member} onDone={(ok) => { setEditing(false); setSaved(ok); }} />;
  return (
    <>
      <button type="button" className="button button--small" data-testid="edit-member" onClick={() => { setEditing(true); setSaved(false); }}>
        {t('adminPanel.member.change')}
        <span className="visually-hidden">: {member.name}</span>
      </button>
      {saved && <span className="small" role="status" data-testid="member-saved">{t('adminPanel.member.saved')}</span>}
    </>
  );
}
