import { CartesianGrid, Line, LineChart, Symbols, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, GRID, seriesStyle } from '../../lib/chart-colors';
import type { TrendRow } from './to-programme-figures';

const DASHES = ['', '8 4', '2 3'];

/** A line per pillar over the months, each with its own colour, dash pattern and marker shape. */
export function PillarTrendChart({
  rows,
  pillars,
  pillarLabel,
  formatMonth,
  formatPercent,
  axisLabel,
}: {
  rows: readonly TrendRow[];
  pillars: readonly string[];
  pillarLabel: (code: string) => string;
  formatMonth: (month: string) => string;
  formatPercent: (value: number) => string;
  axisLabel: string;
}) {
  const data = rows.map((row) => ({ month: row.month, ...row.values }));
  return (
    <LineChart
      data={data}
      responsive
      style={{ width: '100%', height: 300 }}
      margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={GRID} />
      <XAxis dataKey="month" tickFormatter={formatMonth} stroke={AXIS} tick={{ fill: AXIS }} />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={(v: number) => formatPercent(v)}
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
      <Tooltip labelFormatter={(m) => formatMonth(String(m))} formatter={(v) => formatPercent(Number(v))} />
      {pillars.map((code, index) => {
        const style = seriesStyle(index);
        return (
          <Line
            key={code}
            dataKey={code}
            name={pillarLabel(code)}
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={DASHES[index % DASHES.length]}
            isAnimationActive={false}
            connectNulls={false}
            dot={(props) =>
              props.cx === undefined || props.cy === undefined || props.value === null ? (
                <g key={props.index} />
              ) : (
                <Symbols
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  type={style.marker}
                  size={56}
                  fill={style.color}
                  stroke="#1A1A1A"
                />
              )
            }
          />
        );
      })}
    </LineChart>
  );
}
