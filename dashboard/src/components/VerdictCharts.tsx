import { Bar, BarChart, CartesianGrid, Line, LineChart, Symbols, Tooltip, XAxis, YAxis } from 'recharts';
import type { VerdictMonth } from '../lib/timeliness-figures';
import { AXIS, GRID, OUTLINE, PALETTE, seriesFill, VERDICT_STYLES } from '../lib/chart-colors';
import { ChartPatterns } from './ChartPatterns';

/** The verdicts drawn per month, in their fixed colours and patterns (open last, on top). */
export const MONTH_VERDICTS = [
  ['onTime', 'ON_TIME'],
  ['shortNotice', 'SHORT_NOTICE'],
  ['afterTheFact', 'AFTER_THE_FACT'],
  ['notRequested', 'NOT_REQUESTED'],
  ['open', 'OPEN'],
] as const;

/** The on-time rate per month as a line with markers; months without rated requests leave a gap. */
export function OnTimeRateChart({
  rows,
  comparison,
  formatMonth,
  formatPercent,
  axisLabel,
  seriesLabel,
  comparisonLabel,
}: {
  rows: readonly VerdictMonth[];
  /** An optional second line (e.g. the region against a council's own rate). */
  comparison?: readonly VerdictMonth[];
  formatMonth: (month: string) => string;
  formatPercent: (share: number) => string;
  axisLabel: string;
  seriesLabel: string;
  comparisonLabel?: string;
}) {
  const other = new Map((comparison ?? []).map((r) => [r.month, r.rate]));
  const data = rows.map((r) => ({ month: r.month, rate: r.rate, comparison: other.get(r.month) ?? null }));
  const marker = (shape: 'circle' | 'square', color: string) =>
    function Dot(props: { cx?: number; cy?: number; index?: number; value?: unknown }) {
      if (props.cx === undefined || props.cy === undefined || props.value == null)
        return <g key={props.index} />;
      return (
        <Symbols
          key={props.index}
          cx={props.cx}
          cy={props.cy}
          type={shape}
          size={56}
          fill={color}
          stroke={OUTLINE}
        />
      );
    };
  return (
    <LineChart
      data={data}
      responsive
      style={{ width: '100%', height: 280 }}
      margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={GRID} />
      <XAxis dataKey="month" tickFormatter={formatMonth} stroke={AXIS} tick={{ fill: AXIS }} />
      <YAxis
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
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
      <Tooltip
        labelFormatter={(m) => formatMonth(String(m))}
        formatter={(v) => (v == null ? '—' : formatPercent(Number(v)))}
      />
      <Line
        dataKey="rate"
        name={seriesLabel}
        stroke={PALETTE.bluishGreen}
        strokeWidth={2.5}
        isAnimationActive={false}
        connectNulls={false}
        dot={marker('circle', PALETTE.bluishGreen)}
      />
      {comparison && (
        <Line
          dataKey="comparison"
          name={comparisonLabel}
          stroke={PALETTE.blue}
          strokeWidth={2}
          strokeDasharray="8 4"
          isAnimationActive={false}
          connectNulls={false}
          dot={marker('square', PALETTE.blue)}
        />
      )}
    </LineChart>
  );
}

/** Requests per month stacked by verdict (the rate's basis, plus the open ones). */
export function VerdictMonthsChart({
  rows,
  verdictLabel,
  formatMonth,
  formatCount,
  axisLabel,
}: {
  rows: readonly VerdictMonth[];
  verdictLabel: (verdict: (typeof MONTH_VERDICTS)[number][1]) => string;
  formatMonth: (month: string) => string;
  formatCount: (value: number) => string;
  axisLabel: string;
}) {
  return (
    <BarChart
      data={[...rows]}
      responsive
      style={{ width: '100%', height: 280 }}
      margin={{ top: 16, right: 16, bottom: 8, left: 16 }}
      accessibilityLayer={false}
    >
      <ChartPatterns styles={MONTH_VERDICTS.map(([, v]) => VERDICT_STYLES[v])} />
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
      {MONTH_VERDICTS.map(([key, verdict]) => (
        <Bar
          key={key}
          dataKey={key}
          name={verdictLabel(verdict)}
          stackId="verdict"
          fill={seriesFill(VERDICT_STYLES[verdict])}
          stroke={OUTLINE}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
