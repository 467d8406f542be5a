// A small trend in plain SVG: for key-figure cards and the region page's small multiples. Results
// solid with filled points, estimates hollow, targets dashed with hollow diamonds; each point
// names its period, value and sentence on hover, and the whole is described for screen readers.
import { formatValue } from '../charts/format.ts';
import { sparkline } from '../charts/sparkline.ts';
import { formatPeriod } from '../data/select/periods.ts';
import type { TrendLine } from '../data/select/trendSeries.ts';
import { useI18n } from '../i18n/useI18n.ts';

type Props = { line: TrendLine; periods: string[]; unit: string; label: string; width?: number; height?: number };

export function SmallTrend({ line, periods, unit, label, width = 160, height = 44 }: Props) {
  const { t, lang } = useI18n();
  const s = sparkline(line, periods, { width, height, pad: 5 });
  const describe = (p: { period: string; value: number; estimate: boolean }, target = false) =>
    `${formatPeriod(p.period, lang)} ${formatValue(p.value, unit, lang)}${p.estimate ? ` ${t('estimateShort')}` : ''}${target ? ` ${t('target')}` : ''}`;
  const summary = `${label}：${[...s.points.map((p) => describe(p)), ...s.targets.map((p) => describe(p, true))].join('，')}`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={summary}
      className="block max-w-full overflow-visible text-accent"
    >
      {s.targetPath && (
        <path d={s.targetPath} fill="none" stroke="currentColor" strokeWidth={1.5} strokeDasharray="4 3" />
      )}
      <path d={s.path} fill="none" stroke="currentColor" strokeWidth={2} />
      {s.points.map((p) => (
        <circle
          key={p.factId}
          cx={p.x}
          cy={p.y}
          r={3}
          fill={p.estimate ? 'var(--panel)' : 'currentColor'}
          stroke="currentColor"
          strokeWidth={1.5}
        >
          <title>{`${describe(p)}\n「${p.quote}」`}</title>
        </circle>
      ))}
      {s.targets.map((p) => (
        <path
          key={p.factId}
          d={`M${p.x} ${p.y - 4}L${p.x + 4} ${p.y}L${p.x} ${p.y + 4}L${p.x - 4} ${p.y}Z`}
          fill="var(--panel)"
          stroke="currentColor"
          strokeWidth={1.5}
        >
          <title>{`${describe(p, true)}\n「${p.quote}」`}</title>
        </path>
      ))}
    </svg>
  );
}
