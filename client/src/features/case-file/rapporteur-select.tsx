import { useMutation, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, useFormErrors } from '../../shared/ui/field';
import { RAPPORTEUR_CANDIDATES, SET_RAPPORTEUR } from './operations';

const VOTING_ROLES: readonly string[] = ['CHAIR', 'DEPUTY_CHAIR', 'MEMBER'];
const CONTROLS = ['memberId'];

/** The staff's choice of the case's rapporteur: saved as soon as it is chosen; a refusal shows under the list. */
export default function RapporteurSelect({ caseId, current }: { caseId: string; current: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const id = useId();
  const members = useQuery(RAPPORTEUR_CANDIDATES, { fetchPolicy: 'cache-first' });
  const [save, { loading, error }] = useMutation(SET_RAPPORTEUR);
  const server = useFormErrors(error, { names: CONTROLS });
  const problem = server.field('memberId');
  const voters = (members.data?.members ?? []).filter((m) => m.active && VOTING_ROLES.includes(m.role));
  // The current rapporteur stays listed even if they no longer vote (deactivated since).
  const options = current && !voters.some((m) => m.id === current.id) ? [current, ...voters] : voters;
  return (
    <div className={`rapporteur${problem ? ' field--invalid' : ''}`}>
      <select
        name="memberId"
        data-testid="rapporteur-select"
        aria-label={t('caseFile.rapporteur')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        value={current?.id ?? ''}
        disabled={loading}
        onChange={(e) => void save({ variables: { caseId, memberId: e.target.value || null } }).catch(() => undefined)}
      >
        <option value="">{t('caseFile.rapporteurNone')}</option>
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      {problem && (
        <div className="field__error" id={`${id}-error`} data-testid="rapporteur-error">
          {problem}
        </div>
      )}
      {server.count === 0 && <FormErrorAlert errors={server} testId="rapporteur-error" />}
    </div>
  );
}
