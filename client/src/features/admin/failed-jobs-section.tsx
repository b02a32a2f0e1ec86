import type { ErrorLike } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { Loading, Section } from '../../shared/ui/layout';
import { useFailedJobs, useRetryJob } from './hooks';

/** Scheduled work that failed for good (a round deadline, a re-check …): never silent, retried from here. */
export function FailedJobsSection() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useFailedJobs();
  const [retry, { loading: retrying }] = useRetryJob();
  const [retryError, setRetryError] = useState<ErrorLike | null>(null);
  const jobs = data?.failedJobs ?? [];
  const onRetry = async (id: string) => {
    setRetryError(null);
    try {
      await retry({ variables: { id } });
    } catch (e) {
      setRetryError(e as ErrorLike);
    }
  };
  return (
    <Section title={t('admin.failedJobsTitle')} testId="failed-jobs">
      <p className="muted">{t('admin.failedJobsLead')}</p>
      <ErrorAlert error={error ?? retryError} />
      {loading && !data ? (
        <Loading />
      ) : jobs.length === 0 ? (
        <p className="muted" data-testid="failed-jobs-empty">{t('admin.failedJobsEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('admin.failedJobKind')}</th>
                <th scope="col">{t('admin.failedJobAt')}</th>
                <th scope="col">{t('admin.failedJobError')}</th>
                <th scope="col">{t('admin.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} data-testid="failed-job">
                  <td><code>{job.kind}</code></td>
                  <td className="small">{job.failedAt ? formatDateTime(job.failedAt, i18n.language) : '—'}</td>
                  <td className="small break">{job.lastError ?? '—'}</td>
                  <td>
                    <button type="button" className="button button--small" disabled={retrying} onClick={() => void onRetry(job.id)}>
                      {t('admin.retryJob')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
