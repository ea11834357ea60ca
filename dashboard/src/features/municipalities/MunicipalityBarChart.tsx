import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPatterns } from '../../components/ChartPatterns';
import { AXIS, GRID, OUTLINE, REFERENCE, seriesFill, seriesStyle } from '../../lib/chart-colors';
import type { MunicipalityBar } from './to-municipality-bars';

/** Horizontal bars, one per municipality, coloured and patterned by subregion; a line marks the region. */
export function MunicipalityBarChart({
  bars,
  subregionCount,
  regionValue,
  max,
  formatValue,
  valueAxisLabel,
  regionLabel,
}: {
  bars: readonly MunicipalityBar[];
  subregionCount: number;
  regionValue: number | null;
  max: number;
  formatValue: (value: number) => string;
  valueAxisLabel: string;
  regionLabel: string;
}) {
  const styles = Array.from({ length: subregionCount }, (_, i) => seriesStyle(i));
  const data = bars.map((bar) => ({ ...bar, plotted: bar.value ?? 0 }));
  const height = 60 + data.length * 30;
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 24, right: 32, bottom: 28, left: 8 }}
      accessibilityLayer={false}
    >
      <ChartPatterns styles={styles} />
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[0, max]}
        tickFormatter={(v: number) => formatValue(v)}
        stroke={AXIS}
        tick={{ fill: AXIS }}
        label={{ value: valueAxisLabel, position: 'insideBottom', offset: -16, fill: AXIS }}
      />
      <YAxis type="category" dataKey="name" width={170} stroke={AXIS} tick={{ fill: AXIS }} interval={0} />
      <Tooltip formatter={(value) => formatValue(Number(value))} cursor={{ fill: '#F2F2F2' }} />
      <Bar
        dataKey="plotted"
        name={valueAxisLabel}
        isAnimationActive={false}
        shape={(props) => {
          const bar = props.payload as MunicipalityBar;
          return (
            <Rectangle
              {...props}
              fill={seriesFill(seriesStyle(bar.subregionIndex))}
              stroke={OUTLINE}
              strokeWidth={1}
            />
          );
        }}
      />
      {regionValue !== null && (
        <ReferenceLine
          x={regionValue}
          stroke={REFERENCE}
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{ value: `${regionLabel}: ${formatValue(regionValue)}`, position: 'top', fill: REFERENCE }}
        />
      )}
    </BarChart>
  );
}
