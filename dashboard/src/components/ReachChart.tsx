import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPatterns } from './ChartPatterns';
import { AXIS, GRID, OUTLINE, seriesFill, seriesStyle } from '../lib/chart-colors';
import type { ReachRow } from './reach-row';

export type { ReachRow } from './reach-row';

export const PARTICIPANT_KINDS = ['youth', 'parents', 'professionals', 'other'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Stacked bars per month: participants by kind (young people, parents, professionals, other). */
export function ReachChart({
  rows,
  kindLabel,
  formatMonth,
  formatCount,
  axisLabel,
}: {
  rows: readonly ReachRow[];
  kindLabel: (kind: ParticipantKind) => string;
  formatMonth: (month: string) => string;
  formatCount: (value: number) => string;
  axisLabel: string;
}) {
  const styles = PARTICIPANT_KINDS.map((_, i) => seriesStyle(i));
  return (
    <BarChart
      data={[...rows]}
      responsive
      style={{ width: '100%', height: 300 }}
      margin={{ top: 16, right: 16, bottom: 8, left: 16 }}
      accessibilityLayer={false}
    >
      <ChartPatterns styles={styles} />
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="month" tickFormatter={formatMonth} stroke={AXIS} tick={{ fill: AXIS }} />
      <YAxis
        allowDecimals={false}
        tickFormatter={(v: number) => formatCount(v)}
        stroke={AXIS}
        tick={{ fill: AXIS }}
        label={{
          value: axisLabel,
          angle: -90,
          position: 'insideLeft',
          fill: AXIS,
          style: { textAnchor: 'middle' },
        }}
      />
      <Tooltip labelFormatter={(m) => formatMonth(String(m))} formatter={(v) => formatCount(Number(v))} />
      {PARTICIPANT_KINDS.map((kind, index) => (
        <Bar
          key={kind}
          dataKey={kind}
          name={kindLabel(kind)}
          stackId="kind"
          fill={seriesFill(styles[index]!)}
          stroke={OUTLINE}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
