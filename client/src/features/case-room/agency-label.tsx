import { useTranslation } from 'react-i18next';
import { useAgencyName } from '../../shared/api/agency-name';
import type { AgencyRef } from './operations';

/**
 * The agency beside every name in the room: its name (shortened when space is tight) and, always
 * visible, whether it is a state body or an NGO.
 */
export function AgencyLabel({ agency }: { agency: AgencyRef }) {
  const { t } = useTranslation();
  const kind = t(`room.agencyShort.${agency.kind}`);
  const name = useAgencyName()(agency);
  return (
    <span className="agency-label" title={t('common.agencyWithKind', { name, kind })}>
      <span className="agency-label__name">{name}</span>
      <span className="agency-label__kind">{kind}</span>
    </span>
  );
}
