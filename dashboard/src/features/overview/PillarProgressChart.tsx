import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, XAxis, YAxis } from 'recharts';
import { ChartPatterns } from '../../components/ChartPatterns';
import { AXIS, GRID, OUTLINE, seriesFill, seriesStyle } from '../../lib/chart-colors';
import type { PillarBar } from './to-programme-figures';

/** One horizontal bar per pillar on a 0–100 % scale, each pillar with its own colour and pattern. */
export function PillarProgressChart({
  bars,
  label,
  axisLabel,
  formatPercent,
  noFigure,
}: {
  bars: readonly PillarBar[];
  label: (bar: PillarBar) => string;
  axisLabel: string;
  formatPercent: (value: number) => string;
  noFigure: string;
}) {
  const data = bars.map((bar, index) => ({ ...bar, name: label(bar), index }));
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: '100%', height: 60 + data.length * 56 }}
      margin={{ top: 8, right: 56, bottom: 28, left: 8 }}
      accessibilityLayer={false}
    >
      <ChartPatterns styles={data.map((_, i) => seriesStyle(i))} />
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={(v: number) => formatPercent(v)}
        stroke={AXIS}
        tick={{ fill: AXIS }}
        label={{ value: axisLabel, position: 'insideBottom', offset: -16, fill: AXIS }}
      />
      <YAxis type="category" dataKey="name" width={90} stroke={AXIS} tick={{ fill: AXIS }} />
      <Bar
        dataKey="plotted"
        isAnimationActive={false}
        barSize={28}
        shape={(props) => (
          <Rectangle
            {...props}
            fill={seriesFill(seriesStyle((props.payload as { index: number }).index))}
            stroke={OUTLINE}
          />
        )}
      >
        <LabelList
          dataKey="value"
          position="right"
          fill={AXIS}
          formatter={(v) => (v === null || v === undefined ? noFigure : formatPercent(Number(v)))}
        />
      </Bar>
    </BarChart>
  );
}
