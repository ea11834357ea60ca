import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPatterns } from '../../components/ChartPatterns';
import { AXIS, GRID, OUTLINE, PALETTE, type SeriesStyle, seriesFill } from '../../lib/chart-colors';
import type { CoverageBar, CoverageCategory } from './to-council-coverage';

/** Fixed look per council status: good news green, missing council vermillion, not obliged grey. */
export const COVERAGE_STYLES: Readonly<Record<CoverageCategory, SeriesStyle>> = {
  councilAndRegulation: { color: PALETTE.bluishGreen, pattern: 'solid', marker: 'circle', glyph: '✓' },
  councilNoRegulation: { color: PALETTE.orange, pattern: 'diagonal', marker: 'triangle', glyph: '!' },
  noCouncil: { color: PALETTE.vermillion, pattern: 'cross', marker: 'cross', glyph: '✕' },
  notObliged: { color: PALETTE.lightGrey, pattern: 'none', marker: 'star', glyph: '·' },
};

/** Vertical bars: number of providers per council status, each status with its own colour and pattern. */
export function CouncilCoverageChart({
  bars,
  styles,
  categoryLabel,
  countAxisLabel,
  formatCount,
}: {
  bars: readonly CoverageBar[];
  styles: Readonly<Record<CoverageCategory, SeriesStyle>>;
  categoryLabel: (category: CoverageCategory) => string;
  countAxisLabel: string;
  formatCount: (value: number) => string;
}) {
  const data = bars.map((bar) => ({ ...bar, label: categoryLabel(bar.category) }));
  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: 300 }}
      margin={{ top: 24, right: 16, bottom: 8, left: 16 }}
      accessibilityLayer={false}
    >
      <ChartPatterns styles={Object.values(styles)} />
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="label" stroke={AXIS} tick={{ fill: AXIS }} interval={0} height={48} />
      <YAxis
        allowDecimals={false}
        stroke={AXIS}
        tick={{ fill: AXIS }}
        tickFormatter={(v: number) => formatCount(v)}
        label={{
          value: countAxisLabel,
          angle: -90,
          position: 'insideLeft',
          fill: AXIS,
          style: { textAnchor: 'middle' },
        }}
      />
      <Tooltip formatter={(value) => formatCount(Number(value))} cursor={{ fill: '#F2F2F2' }} />
      <Bar
        dataKey="count"
        name={countAxisLabel}
        isAnimationActive={false}
        shape={(props) => (
          <Rectangle
            {...props}
            fill={seriesFill(styles[(props.payload as CoverageBar).category])}
            stroke={OUTLINE}
            strokeWidth={1}
          />
        )}
      >
        <LabelList dataKey="count" position="top" fill={AXIS} formatter={(v) => formatCount(Number(v))} />
      </Bar>
    </BarChart>
  );
}
