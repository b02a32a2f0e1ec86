import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PrescriptionProgressLine } from './progress-line';
import './prescriptions.css';

const CASE_PRESCRIPTIONS = graphql(`
  fragment CasePrescriptionProgress on Case {
    id
    prescriptions {
      ...PrescriptionProgressFields
    }
  }
`);

/**
 * Where the case's prescriptions stand, beside its status, read from the cache the voting panel
 * fills (no request of its own): the header and the prescription cards say the same thing.
 */
export function CasePrescriptionProgress({ caseId }: { caseId: string }) {
  const { data, complete } = useFragment({
    fragment: CASE_PRESCRIPTIONS,
    fragmentName: 'CasePrescriptionProgress',
    from: { __typename: 'Case', id: caseId },
  });
  if (!complete || data.prescriptions.length === 0) return null;
  const many = data.prescriptions.length > 1;
  return (
    <ul className="plain-list case-head__prescriptions" data-testid="case-prescriptions">
      {data.prescriptions.map((p) => (
        <li key={p.id} data-number={p.number} data-status={p.status}>
          {many && <strong className="case-head__prescription-number">{p.number}</strong>}{' '}
          <PrescriptionProgressLine item={p} testId="case-prescription-progress" />
        </li>
      ))}
    </ul>
  );
}
