import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Colours of the charts: the interface accent first, then calm tones that stay apart in greyscale.
export const CHART_COLORS = {
  main: '#0b6782',
  second: '#c27c0e',
  good: '#1d6b3a',
  partial: '#8fb996',
  bad: '#b3261e',
  escalated: '#6b4fa0',
  suppressed: '#c3c9d2',
  grid: '#e6e9ee',
  axis: '#5a6372',
} as const;

interface ChartFrameProps {
  name: string;
  title: string;
  /** Labels of the values withheld as "<5": listed under the chart, since the chart cannot show them. */
  suppressed?: readonly string[];
  empty?: boolean;
  chart: ReactNode;
  table: ReactNode;
  wide?: boolean;
}

/** A chart card: the chart, what it cannot draw (suppressed values), and a table for exact reading. */
export function ChartFrame({ name, title, suppressed = [], empty, chart, table, wide }: ChartFrameProps) {
  const { t } = useTranslation();
  return (
    <section className={`card stats-chart${wide ? ' stats-chart--wide' : ''}`} data-testid={`chart-${name}`}>
      <header className="card__header">
        <h2 className="card__title">{title}</h2>
      </header>
      <div className="card__body">
        {empty ? (
          <p className="muted">{t('stats.noData')}</p>
        ) : (
          <>
            <div className="stats-chart__plot">{chart}</div>
            {suppressed.length > 0 && (
              <p className="stats-chart__suppressed" data-testid={`chart-${name}-suppressed`}>
                <span className="stats-swatch stats-swatch--suppressed" aria-hidden="true" />
                {t('stats.suppressedList', { items: suppressed.join(', ') })}
              </p>
            )}
            <details className="stats-chart__table" open>
              <summary>{t('stats.showTable')}</summary>
              {table}
            </details>
          </>
        )}
      </div>
    </section>
  );
}

interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

/** The tooltip of every chart: a title and formatted values ("<5" included), never raw numbers. */
export function ChartTooltip({ title, rows }: { title: string; rows: readonly TooltipRow[] }) {
  return (
    <div className="stats-tooltip">
      <div className="stats-tooltip__title">{title}</div>
      {rows.map((row) => (
        <div className="stats-tooltip__row" key={row.label}>
          {row.color && <span className="stats-swatch" style={{ background: row.color }} aria-hidden="true" />}
          <span>{row.label}</span>
          <strong>{row.value}</strong>
        </div>
      ))}
    </div>
  );
}
