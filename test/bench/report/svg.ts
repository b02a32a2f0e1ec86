/**
 * A small SVG line-chart writer (no dependency): axes with ticks and labels, polylines, a legend.
 * Pure: returns the document as a string. Used for the latency plots and the budgets' history.
 */

export interface Series {
  label: string;
  color: string;
  /** [x, y] in data units. */
  points: [number, number][];
  width?: number;
  opacity?: number;
  dashed?: boolean;
  /** Left out of the legend (e.g. the other pairs of a side already listed). */
  hideInLegend?: boolean;
}

export interface Axis {
  label: string;
  min: number;
  max: number;
  /** Ticks in data units, with their labels. */
  ticks: { at: number; label: string }[];
  /** Data → a linear position (e.g. log10); identity by default. */
  scale?: (v: number) => number;
}

export interface Chart {
  title: string;
  x: Axis;
  y: Axis;
  series: Series[];
  /** Horizontal reference lines (e.g. a budget's limit), in y data units. */
  rules?: { at: number; label: string; color: string }[];
  width?: number;
  height?: number;
}

const MARGIN = { left: 64, right: 16, top: 36, bottom: 48 };

/** Text safe inside an XML element or attribute. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const n2 = (v: number) => String(Math.round(v * 100) / 100);

/** The chart as a standalone SVG document. */
export function lineChart(c: Chart): string {
  const width = c.width ?? 640;
  const height = c.height ?? 360;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const sx = c.x.scale ?? ((v: number) => v);
  const sy = c.y.scale ?? ((v: number) => v);
  const span = (a: Axis, s: (v: number) => number) => (s(a.max) - s(a.min) || 1);
  const X = (v: number) => MARGIN.left + ((sx(Math.min(Math.max(v, c.x.min), c.x.max)) - sx(c.x.min)) / span(c.x, sx)) * plotW;
  const Y = (v: number) => MARGIN.top + plotH - ((sy(Math.min(Math.max(v, c.y.min), c.y.max)) - sy(c.y.min)) / span(c.y, sy)) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${xmlEscape(c.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${xmlEscape(c.title)}</text>`,
  ];
  // Grid and ticks.
  out.push('<g class="x-axis" stroke="#ccc">');
  for (const t of c.x.ticks) out.push(`<line x1="${n2(X(t.at))}" y1="${MARGIN.top}" x2="${n2(X(t.at))}" y2="${MARGIN.top + plotH}"/>`);
  out.push('</g><g class="y-axis" stroke="#ccc">');
  for (const t of c.y.ticks) out.push(`<line x1="${MARGIN.left}" y1="${n2(Y(t.at))}" x2="${MARGIN.left + plotW}" y2="${n2(Y(t.at))}"/>`);
  out.push('</g>');
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`);
  for (const t of c.x.ticks) out.push(`<text x="${n2(X(t.at))}" y="${MARGIN.top + plotH + 14}" text-anchor="middle">${xmlEscape(t.label)}</text>`);
  for (const t of c.y.ticks) out.push(`<text x="${MARGIN.left - 4}" y="${n2(Y(t.at) + 4)}" text-anchor="end">${xmlEscape(t.label)}</text>`);
  out.push(`<text class="x-label" x="${MARGIN.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${xmlEscape(c.x.label)}</text>`);
  out.push(`<text class="y-label" x="14" y="${MARGIN.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotH / 2})">${xmlEscape(c.y.label)}</text>`);
  for (const r of c.rules ?? []) {
    out.push(`<line x1="${MARGIN.left}" y1="${n2(Y(r.at))}" x2="${MARGIN.left + plotW}" y2="${n2(Y(r.at))}" stroke="${r.color}" stroke-dasharray="6 3"/>`);
    out.push(`<text x="${MARGIN.left + plotW - 4}" y="${n2(Y(r.at) - 4)}" text-anchor="end" fill="${r.color}">${xmlEscape(r.label)}</text>`);
  }
  // Series.
  for (const s of c.series) {
    if (!s.points.length) continue;
    const pts = s.points.map(([x, y]) => `${n2(X(x))},${n2(Y(y))}`).join(' ');
    out.push(`<polyline data-series="${xmlEscape(s.label)}" points="${pts}" fill="none" stroke="${s.color}" stroke-width="${s.width ?? 2}" stroke-opacity="${s.opacity ?? 1}"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    if (s.points.length === 1) out.push(`<circle cx="${n2(X(s.points[0][0]))}" cy="${n2(Y(s.points[0][1]))}" r="3" fill="${s.color}"/>`);
  }
  // Legend, top left inside the plot.
  const legend = c.series.filter((s) => !s.hideInLegend);
  if (legend.length) {
    const w = 40 + 6.2 * Math.max(...legend.map((s) => s.label.length));
    out.push(`<rect class="legend" x="${MARGIN.left + 4}" y="${MARGIN.top + 2}" width="${n2(Math.min(w, plotW - 8))}" height="${legend.length * 14 + 4}" fill="#fff" fill-opacity="0.85"/>`);
  }
  legend.forEach((s, i) => {
    const y = MARGIN.top + 12 + i * 14;
    out.push(`<line x1="${MARGIN.left + 8}" y1="${y - 4}" x2="${MARGIN.left + 28}" y2="${y - 4}" stroke="${s.color}" stroke-width="${s.width ?? 2}"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    out.push(`<text x="${MARGIN.left + 32}" y="${y}">${xmlEscape(s.label)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Ticks of a linear axis from 0 (or min) to max: 4–6 round steps (1, 2, 5 × 10ⁿ). */
export function linearTicks(min: number, max: number, format: (v: number) => string = (v) => String(Number(v.toPrecision(6)))): { at: number; label: string }[] {
  if (!(max > min)) return [{ at: min, label: format(min) }];
  const raw = (max - min) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: { at: number; label: string }[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push({ at: Number(v.toPrecision(12)), label: format(Number(v.toPrecision(12))) });
  return out;
}

/** Ticks of a log axis: 1, 2, 5 × 10ⁿ between min and max (min > 0). */
export function logTicks(min: number, max: number, format: (v: number) => string = (v) => String(v)): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const k of [1, 2, 5]) {
      const v = Number((k * 10 ** e).toPrecision(6));
      if (v >= min && v <= max) out.push({ at: v, label: format(v) });
    }
  }
  return out;
}
