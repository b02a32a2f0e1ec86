import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDueTime } from '../../shared/lib/datetime';
import { Section } from '../../shared/ui/layout';
import { eventDetail, knownEventKind, PII_VIEWED } from './case-events';
import type { CaseEvent, CaseEventDetails } from './operations';

function EventKind({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const known = knownEventKind(kind);
  return known ? <span title={kind}>{t(`eventKind.${known}`)}</span> : <code>{kind}</code>;
}

const PII_SUBJECT_KEYS = {
  child: 'timeline.piiChild',
  applicant: 'timeline.piiApplicant',
  evidence: 'timeline.piiEvidence',
} as const;

function EventDetails({ details }: { details: CaseEventDetails }) {
  const { t, i18n } = useTranslation();
  const d = eventDetail(details);
  const lines: string[] = [];
  if (d.from && d.to) lines.push(t('timeline.statusChange', { from: t(`status.${d.from}`), to: t(`status.${d.to}`) }));
  else if (d.to) lines.push(t('timeline.statusTo', { to: t(`status.${d.to}`) }));
  if (d.dueAt) lines.push(t('timeline.newDue', { due: t('due.by', { at: formatDueTime(d.dueAt, i18n.language) }) }));
  if (d.reason) lines.push(t('timeline.reason', { reason: d.reason }));
  if (d.fileName) lines.push(t('timeline.fileName', { name: d.fileName }));
  if (d.piiSubject) lines.push(t(PII_SUBJECT_KEYS[d.piiSubject]));
  if (d.round !== undefined) lines.push(t('timeline.round', { number: d.round }));
  if (d.choice) lines.push(t(`voteChoice.${d.choice}`));
  if (d.outcome) lines.push(t(`outcome.${d.outcome}`));
  if (d.closeReason) lines.push(t(`closeReason.${d.closeReason}`));
  if (d.documentNumber) lines.push(t('timeline.documentNumber', { number: d.documentNumber }));
  if (lines.length === 0) return null;
  return (
    <div className="timeline__detail">
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}

export function Timeline({ events }: { events: readonly CaseEvent[] }) {
  const { t, i18n } = useTranslation();
  // Reads of personal data are collapsed by default: the timeline is about the case, the audit card about its readers.
  const [showViews, setShowViews] = useState(false);
  const shown = showViews ? events : events.filter((e) => e.kind !== PII_VIEWED);
  // Only the chair and deputy receive views of personal data; for others the switch would do nothing.
  const hasViews = events.some((e) => e.kind === PII_VIEWED);

  return (
    <Section
      title={t('timeline.title')}
      testId="timeline"
      actions={
        hasViews && (
          <label className="check">
            <input type="checkbox" checked={showViews} onChange={(e) => setShowViews(e.target.checked)} />
            <span>{t('timeline.showViews')}</span>
          </label>
        )
      }
    >
      <p className="muted">{t('caseFile.liveNote')}</p>
      {shown.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact table--stack timeline">
            <thead>
              <tr>
                <th scope="col">{t('timeline.seq')}</th>
                <th scope="col">{t('timeline.at')}</th>
                <th scope="col">{t('timeline.kind')}</th>
                <th scope="col">{t('timeline.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((event) => (
                <tr key={event.seq} data-testid="timeline-event" data-kind={event.kind} data-seq={event.seq}>
                  <td className="nowrap muted">{event.seq}</td>
                  <td className="nowrap">{formatDateTime(event.at, i18n.language)}</td>
                  <td>
                    <EventKind kind={event.kind} />
                    <EventDetails details={event.details} />
                  </td>
                  <td>{event.actor?.name ?? <span className="muted">{t('timeline.system')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
