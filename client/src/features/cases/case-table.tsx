import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../shared/lib/datetime';
import { OverdueBadge, StatusBadge } from '../../shared/ui/badges';
import type { CaseRow } from './operations';

function platformNames(row: CaseRow): string[] {
  const names = row.episodes.map((e) => e.platform?.name).filter((n): n is string => Boolean(n));
  return [...new Set(names)];
}

interface CaseTableProps {
  rows: readonly CaseRow[];
  emptyText: string;
}

export function CaseTable({ rows, emptyText }: CaseTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = i18n.language;

  return (
    <div className="table-wrap">
      <table className="table table--interactive" data-testid="case-queue">
        <thead>
          <tr>
            <th scope="col">{t('queue.colNumber')}</th>
            <th scope="col">{t('queue.colStatus')}</th>
            <th scope="col">{t('queue.colReceived')}</th>
            <th scope="col">{t('queue.colDue')}</th>
            <th scope="col">{t('queue.colPlatforms')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="table__empty">
                {emptyText}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const platforms = platformNames(row);
            return (
              <tr
                key={row.id}
                data-testid="case-row"
                data-case-number={row.number}
                className={row.overdue ? 'is-overdue' : undefined}
                onClick={(e) => {
                  // Let real links and selections behave normally; elsewhere the row opens the case.
                  if ((e.target as HTMLElement).closest('a') || window.getSelection()?.toString()) return;
                  navigate(`/cases/${row.id}`);
                }}
              >
                <td>
                  <Link className="case-link" to={`/cases/${row.id}`}>
                    {row.number}
                  </Link>
                </td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td className="nowrap">{formatDateTime(row.receivedAt, lang)}</td>
                <td className="nowrap">
                  <span className="due">
                    <time dateTime={row.dueAt}>{formatDateTime(row.dueAt, lang)}</time>
                    {row.overdue && <OverdueBadge />}
                  </span>
                </td>
                <td>{platforms.length > 0 ? platforms.join(', ') : <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
