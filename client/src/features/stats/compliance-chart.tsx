import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, CHART_COLORS, ChartTooltip } from './chart-frame';
import type { PlatformCompliance } from './operations';
import { formatCount, formatHours, formatShare } from './stats.format';

const PARTS = [
  { key: 'complied', color: CHART_COLORS.good },
  { key: 'partiallyComplied', color: CHART_COLORS.partial },
  { key: 'notComplied', color: CHART_COLORS.bad },
  { key: 'escalated', color: CHART_COLORS.escalated },
] as const;
type Part = (typeof PARTS)[number]['key'];

interface Row extends Record<Part, number> {
  label: string;
  source: PlatformCompliance;
}

/** Shares per platform as a 100 % stacked bar; a platform whose shares are withheld is listed instead. */
export function ComplianceChart({ items, platformName }: { items: readonly PlatformCompliance[]; platformName(code: string): string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const drawable = items.filter((c) => PARTS.some((p) => c[p.key] !== null));
  const rows: Row[] = drawable.map((c) => ({
    label: platformName(c.platform),
    source: c,
    complied: pct(c.complied),
    partiallyComplied: pct(c.partiallyComplied),
    notComplied: pct(c.notComplied),
    escalated: pct(c.escalated),
  }));
  const withheld = items.filter((c) => !drawable.includes(c) && c.prescriptions.suppressed).map((c) => platformName(c.platform));

  const tooltip = ({ active, payload }: { active?: boolean; payload?: readonly { payload?: Row }[] }) => {
    const row = active ? payload?.[0]?.payload : undefined;
    if (!row) return null;
    return (
      <ChartTooltip
        title={row.label}
        rows={[
          { label: t('stats.column.prescriptions'), value: formatCount(row.source.prescriptions, t, lang) },
          ...PARTS.map((p) => ({ label: t(`stats.column.${p.key}`), value: formatShare(row.source[p.key], t, lang), color: p.color })),
        ]}
      />
    );
  };

  const chart = (
    <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 34 + 70)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
        <Tooltip cursor={{ fill: 'rgba(11, 103, 130, 0.06)' }} content={tooltip} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {PARTS.map((p) => (
          <Bar key={p.key} dataKey={p.key} name={t(`stats.column.${p.key}`)} stackId="share" fill={p.color} isAnimationActive={false} maxBarSize={26} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );

  const table = (
    <div className="table-wrap">
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('stats.column.platform')}</th>
            <th scope="col" className="num">{t('stats.column.prescriptions')}</th>
            {PARTS.map((p) => (
              <th scope="col" className="num" key={p.key}>{t(`stats.column.${p.key}`)}</th>
            ))}
            <th scope="col" className="num">{t('stats.column.medianHoursToRemoval')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.platform}>
              <td>{platformName(c.platform)}</td>
              <td className="num">{formatCount(c.prescriptions, t, lang)}</td>
              {PARTS.map((p) => (
                <td className="num" key={p.key}>{formatShare(c[p.key], t, lang)}</td>
              ))}
              <td className="num">{formatHours(c.medianHoursToRemoval, t, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <ChartFrame name="compliance" title={t('stats.chart.compliance')} wide empty={items.length === 0} suppressed={withheld} chart={chart} table={table} />
  );
}

const pct = (share: number | null) => (share === null ? 0 : Math.round(share * 1000) / 10);
