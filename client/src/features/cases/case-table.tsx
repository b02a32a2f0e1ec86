import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseSortField } from '../../gql/graphql';
import { formatDateTime, formatDueTime } from '../../shared/lib/datetime';
import { OverdueBadge, StatusBadge } from '../../shared/ui/badges';
import { COLUMN_LABEL } from './case-filters';
import type { CaseRow } from './operations';
import { nextSort, type QueueParams } from './queue-params';

function platformNames(row: CaseRow): string[] {
  const names = row.episodes.map((e) => e.platform?.name).filter((n): n is string => Boolean(n));
  return [...new Set(names)];
}

type Sort = QueueParams['sort'];
const COLUMNS: (CaseSortField | 'PLATFORMS')[] = ['NUMBER', 'STATUS', 'RECEIVED_AT', 'DUE_AT', 'REGION', 'PLATFORMS'];

/** A column header that sorts: a button inside the header cell, the order told by aria-sort. */
function SortHeader({ field, sort, onSort }: { field: CaseSortField; sort: Sort; onSort(next: Sort): void }) {
  const { t } = useTranslation();
  const label = t(COLUMN_LABEL[field]);
  const active = sort.field === field;
  const ariaSort = active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} data-testid={`sort-${field}`}>
      <button type="button" className="sort-button" title={t('queueView.sortHeader', { column: label })} onClick={() => onSort(nextSort(sort, field))}>
        <span>{label}</span>
        <span className="sort-button__mark" aria-hidden="true">{active ? (sort.direction === 'ASC' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

function Headers({ sort, onSort }: { sort: Sort; onSort(next: Sort): void }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {COLUMNS.map((c) => (c === 'PLATFORMS'
          ? <th key={c} scope="col">{t('queue.colPlatforms')}</th>
          : <SortHeader key={c} field={c} sort={sort} onSort={onSort} />))}
      </tr>
    </thead>
  );
}

interface CaseTableProps {
  rows: readonly CaseRow[];
  emptyText: string;
  sort: Sort;
  onSort(next: Sort): void;
}

/** The queue as a table; on a phone each row is a card (cases.css), each cell labelled by its column. */
export function CaseTable({ rows, emptyText, sort, onSort }: CaseTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = i18n.language;

  return (
    <div className="table-wrap queue-table">
      <table className="table table--interactive" data-testid="case-queue">
        <Headers sort={sort} onSort={onSort} />
        <tbody>
          {rows.length === 0 && (
            <tr className="queue-empty">
              <td colSpan={COLUMNS.length} className="table__empty">
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
                <td className="queue-cell--number">
                  <Link className="case-link" to={`/cases/${row.id}`}>
                    {row.number}
                  </Link>
                </td>
                <td data-label={t('queue.colStatus')}>
                  <StatusBadge status={row.status} />
                </td>
                <td className="nowrap" data-label={t('queue.colReceived')}>{formatDateTime(row.receivedAt, lang)}</td>
                <td className="nowrap" data-label={t('queue.colDue')}>
                  <span className="due">
                    <time dateTime={row.dueAt}>{t('due.by', { at: formatDueTime(row.dueAt, lang) })}</time>
                    {row.overdue && <OverdueBadge />}
                  </span>
                </td>
                <td data-label={t('queueView.colRegion')}>{row.region ? t(`region.${row.region}`) : <span className="muted">—</span>}</td>
                <td data-label={t('queue.colPlatforms')}>{platforms.length > 0 ? platforms.join(', ') : <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const SKELETON_ROWS = 6;

/** The queue's shape while its first page loads: the headers and grey rows, never a blank page. */
export function CaseTableSkeleton({ sort, onSort }: { sort: Sort; onSort(next: Sort): void }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap queue-table">
      <p className="visually-hidden" role="status">{t('queueView.loadingRows')}</p>
      <table className="table" data-testid="case-queue-skeleton" aria-busy="true">
        <Headers sort={sort} onSort={onSort} />
        <tbody aria-hidden="true">
          {Array.from({ length: SKELETON_ROWS }, (_, i) => (
            <tr key={i} className="skeleton-row">
              {COLUMNS.map((c) => (
                <td key={c}>
                  <span className="skeleton" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
