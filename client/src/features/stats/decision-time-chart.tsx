import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, CHART_COLORS, ChartTooltip } from './chart-frame';
import type { DurationStat } from './operations';
import { formatCount, formatHours, formatMonth } from './stats.format';

interface Row {
  key: string;
  label: string;
  median: number | null;
  p90: number | null;
  source: DurationStat | null;
}

/** Receipt → decision per month: median and 90th percentile, in hours; months without decisions are gaps. */
export function DecisionTimeChart({ months, items }: { months: readonly string[]; items: readonly DurationStat[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const byKey = new Map(items.map((d) => [d.key, d]));
  const rows: Row[] = months.map((m) => {
    const d = byKey.get(m) ?? null;
    return { key: m, label: formatMonth(m, lang), median: d?.medianHours ?? null, p90: d?.p90Hours ?? null, source: d };
  });
  const withheld = items.filter((d) => d.count.suppressed && d.medianHours === null && d.key).map((d) => formatMonth(d.key!, lang));
  const empty = rows.every((r) => r.median === null && r.p90 === null) && withheld.length === 0;

  const tooltip = ({ active, payload }: { active?: boolean; payload?: readonly { payload?: Row }[] }) => {
    const row = active ? payload?.[0]?.payload : undefined;
    if (!row) return null;
    return (
      <ChartTooltip
        title={row.label}
        rows={[
          { label: t('stats.column.decided'), value: row.source ? formatCount(row.source.count, t, lang) : '0' },
          { label: t('stats.column.median'), value: formatHours(row.median, t, lang), color: CHART_COLORS.main },
          { label: t('stats.column.p90'), value: formatHours(row.p90, t, lang), color: CHART_COLORS.second },
        ]}
      />
    );
  };

  const chart = (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
        <YAxis width={48} unit={t('stats.duration.hours', { value: '' }).trim()} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
        <Tooltip content={tooltip} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="median" name={t('stats.column.median')} stroke={CHART_COLORS.main} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        <Line dataKey="p90" name={t('stats.column.p90')} stroke={CHART_COLORS.second} strokeWidth={2} strokeDasharray="5 4" dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );

  const table = (
    <div className="table-wrap">
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('stats.column.month')}</th>
            <th scope="col" className="num">{t('stats.column.decided')}</th>
            <th scope="col" className="num">{t('stats.column.median')}</th>
            <th scope="col" className="num">{t('stats.column.p90')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.filter((r) => r.source).map((r) => (
            <tr key={r.key}>
              <td>{r.label}</td>
              <td className="num">{formatCount(r.source!.count, t, lang)}</td>
              <td className="num">{formatHours(r.median, t, lang)}</td>
              <td className="num">{formatHours(r.p90, t, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return <ChartFrame name="decision-time" title={t('stats.chart.decisionTime')} empty={empty} suppressed={withheld} chart={chart} table={table} />;
}
