import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDueTime } from '../../shared/lib/datetime';
import { DownloadButton } from '../../shared/ui/download-button';
import { Details } from '../../shared/ui/layout';
import { FollowUpPanel } from './follow-up-panel';
import { PrescriptionProgressLine } from './progress-line';
import type { Prescription } from './operations';
import type { FollowUpAbilities } from './follow-up-panel';
import { downloadPrescription } from './prescription.files';
import { PrescriptionStatusBadge } from './status-badge';
import './prescriptions.css';

function PrescriptionItem({ item, can }: { item: Prescription; can: FollowUpAbilities }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The documents are in Kazakh and Russian; show the basis in the reader's language where it exists.
  const legalBasis = lang === 'kk' ? item.legalBasisKk : item.legalBasisRu;
  return (
    <li className="prescription" data-testid="prescription" data-number={item.number} data-status={item.status}>
      <div className="prescription__head">
        <h3 className="subheading">{t('prescriptions.number', { number: item.number })}</h3>
        <PrescriptionStatusBadge status={item.status} />
        <DownloadButton label={t('prescriptions.pdf')} testId="download-prescription"
          download={() => downloadPrescription(item.id, item.number)} />
      </div>
      <PrescriptionProgressLine item={item} />
      <Details
        items={[
          { label: t('prescriptions.platform'), value: item.platform?.name ?? <span className="muted">{t('prescriptions.noPlatform')}</span> },
          {
            label: t('prescriptions.addressee'),
            value: (
              <>
                <div>{item.addressee}</div>
                {item.addresseeContact && <div className="muted small break">{item.addresseeContact}</div>}
              </>
            ),
          },
          { label: t('prescriptions.issuedAt'), value: formatDateTime(item.issuedAt, lang) },
          {
            label: t('prescriptions.deliveredAt'),
            value: item.deliveredAt ? formatDateTime(item.deliveredAt, lang) : <span className="muted">{t('prescriptions.notDelivered')}</span>,
          },
          {
            label: t('prescriptions.removalDue'),
            value: item.removalDueAt ? (
              <time dateTime={item.removalDueAt} data-testid="prescription-removal-due">
                {formatDueTime(item.removalDueAt, lang)}
              </time>
            ) : (
              <span className="muted">{t('prescriptions.removalAfterDelivery', { hours: item.removalHours })}</span>
            ),
          },
          { label: t('prescriptions.legalBasis'), value: <span className="small">{legalBasis}</span> },
        ]}
      />
      <div>
        <h4 className="subheading">{t('prescriptions.urls', { n: item.urls.length })}</h4>
        <ul className="plain-list prescription__urls">
          {item.urls.map((url) => (
            <li key={url} className="break">
              <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                {url}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <FollowUpPanel item={item} can={can} />
    </li>
  );
}

/** The prescriptions issued with a CONFIRMED decision: one per platform, each with its PDF and its follow-up. */
export function PrescriptionsBlock({ prescriptions, can }: { prescriptions: readonly Prescription[]; can: FollowUpAbilities }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="prescriptions" aria-labelledby="prescriptions-title">
      <header className="card__header">
        <h2 className="card__title" id="prescriptions-title">
          {t('prescriptions.title')}
        </h2>
      </header>
      <div className="card__body">
        <p className="muted small">{t('prescriptions.lead')}</p>
        <ol className="plain-list prescriptions">
          {prescriptions.map((p) => (
            <PrescriptionItem key={p.id} item={p} can={can} />
          ))}
        </ol>
      </div>
    </section>
  );
}
