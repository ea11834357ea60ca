import { ACTION_STATUSES, type ActionStatus } from '@pm/domain';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPatterns } from '../../components/ChartPatterns';
import { ACTION_STATUS_STYLES, AXIS, GRID, OUTLINE, seriesFill } from '../../lib/chart-colors';
import type { StatusRow } from './to-programme-figures';

/** Stacked bars: per pillar the actions by status, in the fixed status colours and patterns. */
export function ActionsByStatusChart({
  rows,
  pillarLabel,
  statusLabel,
  axisLabel,
  formatCount,
}: {
  rows: readonly StatusRow[];
  pillarLabel: (code: string) => string;
  statusLabel: (status: ActionStatus) => string;
  axisLabel: string;
  formatCount: (value: number) => string;
}) {
  const data = rows.map((row) => ({ name: pillarLabel(row.pillarCode), ...row.counts }));
  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: 300 }}
      margin={{ top: 16, right: 16, bottom: 8, left: 16 }}
      accessibilityLayer={false}
    >
      <ChartPatterns styles={Object.values(ACTION_STATUS_STYLES)} />
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="name" stroke={AXIS} tick={{ fill: AXIS }} />
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
      <Tooltip formatter={(v) => formatCount(Number(v))} cursor={{ fill: '#F2F2F2' }} />
      {ACTION_STATUSES.map((status) => (
        <Bar
          key={status}
          dataKey={status}
          name={statusLabel(status)}
          stackId="status"
          fill={seriesFill(ACTION_STATUS_STYLES[status])}
          stroke={OUTLINE}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
