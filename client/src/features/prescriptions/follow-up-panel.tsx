import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { Details } from '../../shared/ui/layout';
import { complianceChoices, mayDeliver, mayEscalate, progressOf } from './follow-up';
import { ComplianceForm, DeliverForm, EscalateConfirm } from './follow-up-forms';
import { useRecheckPrescription } from './hooks';
import type { Escalation, Prescription, UrlCheck } from './operations';

const URL_STATES = ['GONE', 'PRESENT', 'UNREACHABLE'] as const;

function CheckList({ checks, testId }: { checks: readonly UrlCheck[]; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list url-checks" data-testid={testId}>
      {checks.map((c) => {
        const state = (URL_STATES as readonly string[]).includes(c.state) ? t(`urlState.${c.state as (typeof URL_STATES)[number]}`) : c.state;
        return (
          <li key={c.id} className="break" data-testid="url-check" data-state={c.state}>
            <span className={`mark mark--${c.state === 'GONE' ? 'met' : c.state === 'PRESENT' ? 'unmet' : 'unknown'}`}>{state}</span>{' '}
            <span className="small">{c.httpStatus !== null ? t('prescriptions.httpStatus', { status: c.httpStatus }) : t('prescriptions.noHttpStatus')}</span>{' '}
            <span className="break">{c.url}</span>{' '}
            <span className="muted small">{formatDateTime(c.checkedAt, i18n.language)}</span>
            {c.note && <div className="muted small">{c.note}</div>}
          </li>
        );
      })}
    </ul>
  );
}

function RecheckButton({ item }: { item: Prescription }) {
  const { t } = useTranslation();
  const [recheck, { loading, error, data }] = useRecheckPrescription();
  return (
    <div className="stack">
      <div className="button-row">
        <button type="button" className="button button--small" data-testid="recheck" disabled={loading}
          onClick={() => void recheck({ variables: { prescriptionId: item.id } }).catch(() => undefined)}>
          {loading ? t('prescriptions.rechecking') : t('prescriptions.recheck')}
        </button>
      </div>
      <ErrorAlert error={error} testId="recheck-error" />
      {data && (
        <div data-testid="recheck-result">
          <h5 className="subheading">{t('prescriptions.recheckResult')}</h5>
          <CheckList checks={data.recheckPrescription} testId="recheck-result-list" />
        </div>
      )}
    </div>
  );
}

function readPackage(pkg: unknown) {
  const p = (pkg && typeof pkg === 'object' ? pkg : {}) as Record<string, unknown>;
  const decision = (p.decision && typeof p.decision === 'object' ? p.decision : {}) as Record<string, unknown>;
  return {
    protocolNumber: typeof decision.protocolNumber === 'string' ? decision.protocolNumber : '—',
    evidence: Array.isArray(p.evidence) ? p.evidence.length : 0,
    rechecks: Array.isArray(p.rechecks) ? p.rechecks.length : 0,
  };
}

/** The request to restrict access and the package of evidence the server put together. */
export function EscalationView({ escalation }: { escalation: Escalation }) {
  const { t, i18n } = useTranslation();
  const pkg = readPackage(escalation.package);
  return (
    <div className="escalation stack" data-testid="escalation">
      <h4 className="subheading">{t('prescriptions.escalationTitle')}</h4>
      <Details
        items={[
          { label: t('prescriptions.escalatedAt'), value: formatDateTime(escalation.requestedAt, i18n.language) },
          { label: t('prescriptions.escalatedBy'), value: escalation.requestedBy.name },
          { label: t('prescriptions.packageDecision'), value: <span data-testid="escalation-protocol">{pkg.protocolNumber}</span> },
          { label: t('prescriptions.packageEvidence'), value: <span data-testid="escalation-evidence">{pkg.evidence}</span> },
          { label: t('prescriptions.packageRechecks'), value: pkg.rechecks },
        ]}
      />
      <details>
        <summary>{t('prescriptions.packageRaw')}</summary>
        <pre className="small break" data-testid="escalation-package">{JSON.stringify(escalation.package, null, 2)}</pre>
      </details>
    </div>
  );
}

type Open = 'deliver' | 'compliance' | 'escalate' | null;

/** What the viewer may do with the case's prescriptions now (`Case.viewerCan`: staff, not recused, the case PRESCRIBED). */
export interface FollowUpAbilities {
  followUpPrescriptions: boolean;
  escalatePrescriptions: boolean;
}

/** Secretary, chair, deputy: the next step of the prescription's follow-up, and the URL re-checks. */
export function FollowUpPanel({ item, can }: { item: Prescription; can: FollowUpAbilities }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const staff = can.followUpPrescriptions;
  const latest = item.checks.slice(0, item.urls.length);
  const canDeliver = staff && mayDeliver(item);
  const canRecord = staff && complianceChoices(item.status).length > 0;
  const canEscalate = can.escalatePrescriptions && mayEscalate(item, Date.now());
  const close = () => setOpen(null);

  return (
    <div className="prescription__follow-up stack" data-testid="prescription-follow-up">
      {latest.length > 0 && (
        <details data-testid="latest-checks">
          <summary>{t('prescriptions.latestChecks', { at: latest[0] ? formatDateTime(latest[0].checkedAt, i18n.language) : '' })}</summary>
          <CheckList checks={latest} testId="latest-checks-list" />
        </details>
      )}
      {item.escalation && <EscalationView escalation={item.escalation} />}
      {staff && open === null && (
        <div className="button-row">
          {canDeliver && (
            <button type="button" className="button button--small button--primary" data-testid="deliver" onClick={() => setOpen('deliver')}>
              {t('prescriptions.deliver')}
            </button>
          )}
          {canRecord && (
            <button type="button" className="button button--small button--primary" data-testid="record-compliance" onClick={() => setOpen('compliance')}>
              {t('prescriptions.recordCompliance')}
            </button>
          )}
          {canEscalate && (
            <button type="button" className="button button--small button--danger" data-testid="escalate" onClick={() => setOpen('escalate')}>
              {t('prescriptions.escalate')}
            </button>
          )}
        </div>
      )}
      {can.escalatePrescriptions && item.status === 'DELIVERED' && progressOf(item, Date.now()) === 'deliveredOverdue' && (
        <p className="muted small" data-testid="escalate-hint">{t('prescriptions.escalateHint')}</p>
      )}
      {open === 'deliver' && <DeliverForm item={item} onDone={close} />}
      {open === 'compliance' && <ComplianceForm item={item} onDone={close} />}
      {open === 'escalate' && <EscalateConfirm item={item} onDone={close} />}
      {staff && <RecheckButton item={item} />}
    </div>
  );
}
