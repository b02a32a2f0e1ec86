import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, CHART_COLORS, ChartTooltip } from './chart-frame';
import type { Bucket } from './operations';
import { formatCount } from './stats.format';

// A suppressed bucket (published as 0 though cases exist, for an analyst) is drawn as a hatched grey stub of this height, never
// its true value (the client does not know it): 4 is the most it can be, the stub says "<5" on
// hover, and the axis always reaches 5 so that stubs never fill a chart as if they were counts.
const SUPPRESSED_STUB = 4;
const axisTop = (dataMax: number) => Math.max(dataMax, 5);

interface Row {
  key: string;
  label: string;
  exact: number;
  stub: number;
  text: string;
}

interface BucketChartProps {
  name: string;
  title: string;
  keyHeader: string;
  buckets: readonly Bucket[];
  label(key: string): string;
  /** Long category names read better as horizontal bars. */
  horizontal?: boolean;
  wide?: boolean;
}

export function BucketChart({ name, title, keyHeader, buckets, label, horizontal, wide }: BucketChartProps) {
  const { t, i18n } = useTranslation();
  const hatch = `stats-hatch-${useId().replace(/:/g, '')}`;
  const rows: Row[] = buckets.map((b) => ({
    key: b.key,
    label: label(b.key),
    exact: b.count.suppressed ? 0 : (b.count.value ?? 0),
    stub: b.count.suppressed ? SUPPRESSED_STUB : 0,
    text: formatCount(b.count, t, i18n.language),
  }));
  const empty = rows.every((r) => r.exact === 0 && r.stub === 0);
  const height = horizontal ? Math.max(160, rows.length * 30 + 40) : 260;

  const tooltip = ({ active, payload }: { active?: boolean; payload?: readonly { payload?: Row }[] }) => {
    const row = active ? payload?.[0]?.payload : undefined;
    return row ? <ChartTooltip title={row.label} rows={[{ label: t('stats.column.count'), value: row.text }]} /> : null;
  };

  const chart = (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#e6e9ee" />
            <rect width="3" height="6" fill={CHART_COLORS.suppressed} />
          </pattern>
        </defs>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={!horizontal} vertical={!!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} domain={[0, axisTop]} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={170} interval={0} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
            <YAxis allowDecimals={false} domain={[0, axisTop]} width={40} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
          </>
        )}
        <Tooltip cursor={{ fill: 'rgba(11, 103, 130, 0.06)' }} content={tooltip} />
        <Bar dataKey="exact" stackId="count" fill={CHART_COLORS.main} isAnimationActive={false} maxBarSize={36} />
        <Bar dataKey="stub" stackId="count" fill={`url(#${hatch})`} isAnimationActive={false} maxBarSize={36} />
      </BarChart>
    </ResponsiveContainer>
  );

  return (
    <ChartFrame
      name={name}
      title={title}
      wide={wide}
      empty={empty}
      suppressed={rows.filter((r) => r.stub > 0).map((r) => r.label)}
      chart={chart}
      table={<BucketTable keyHeader={keyHeader} rows={rows} />}
    />
  );
}

function BucketTable({ keyHeader, rows }: { keyHeader: string; rows: readonly Row[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col" className="num">
              {t('stats.column.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>{row.label}</td>
              <td className="num">{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
