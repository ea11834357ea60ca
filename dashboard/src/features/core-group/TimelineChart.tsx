import type { ActionStatus } from '@pm/domain';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ChartPatterns } from '../../components/ChartPatterns';
import {
  ACTION_STATUS_STYLES,
  AXIS,
  GRID,
  LATE_COLOR,
  OUTLINE,
  PALETTE,
  REFERENCE,
  seriesFill,
} from '../../lib/chart-colors';
import type { Timeline, TimelineRow } from './to-timeline';

const ROW = 30;

function truncate(text: string, max = 38): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A link icon: this action waits on another action that is still open. */
function WaitMarker({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x - 16}, ${y - 5})`} stroke={OUTLINE} strokeWidth={1.6} fill="none">
      <rect x={0} y={2} width={8} height={6} rx={3} />
      <rect x={5} y={2} width={8} height={6} rx={3} />
    </g>
  );
}

/** A milestone diamond: filled green when reached, white when open, vermillion with a cross when late. */
function Milestone({ cx, cy, done, late }: { cx: number; cy: number; done: boolean; late: boolean }) {
  const fill = done ? PALETTE.bluishGreen : late ? LATE_COLOR : '#FFFFFF';
  return (
    <g>
      <path
        d={`M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`}
        fill={fill}
        stroke={OUTLINE}
        strokeWidth={1.4}
      />
      {late && (
        <path
          d={`M${cx - 3},${cy - 3} L${cx + 3},${cy + 3} M${cx + 3},${cy - 3} L${cx - 3},${cy + 3}`}
          stroke="#FFFFFF"
          strokeWidth={1.6}
        />
      )}
    </g>
  );
}

/**
 * Start-to-due bars per action in the status colours and patterns; late actions get a thick vermillion
 * outline (and "te laat" in their label), milestones sit on the bar as diamonds, a link icon marks an
 * action that waits on an open one, and a dashed line marks today.
 */
export function TimelineChart({
  timeline,
  formatMonth,
  lateLabel,
  todayLabel,
  axisLabel,
}: {
  timeline: Timeline;
  formatMonth: (month: string) => string;
  lateLabel: string;
  todayLabel: string;
  axisLabel: string;
}) {
  const data = timeline.rows.map((row) => ({
    ...row,
    label: `${row.late ? '⚠ ' : ''}${truncate(row.title)}${row.late ? ` (${lateLabel})` : ''}`,
  }));
  const monthOf = new Map(timeline.monthTicks.map((t) => [t.day, t.month]));
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: '100%', height: 70 + data.length * ROW }}
      margin={{ top: 24, right: 24, bottom: 28, left: 8 }}
      barCategoryGap={6}
      accessibilityLayer={false}
    >
      <ChartPatterns styles={Object.values(ACTION_STATUS_STYLES)} />
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[0, timeline.span]}
        ticks={timeline.monthTicks.map((t) => t.day)}
        tickFormatter={(day: number) => formatMonth(monthOf.get(day) ?? '')}
        stroke={AXIS}
        tick={{ fill: AXIS }}
        label={{ value: axisLabel, position: 'insideBottom', offset: -16, fill: AXIS }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={330}
        stroke={AXIS}
        tick={{ fill: AXIS, fontSize: 13 }}
        interval={0}
      />
      <Bar dataKey="offset" stackId="t" fill="transparent" isAnimationActive={false} />
      <Bar
        dataKey="duration"
        stackId="t"
        isAnimationActive={false}
        shape={(props) => {
          const row = props.payload as TimelineRow;
          const x = Number(props.x ?? 0);
          const y = Number(props.y ?? 0);
          const width = Number(props.width ?? 0);
          const height = Number(props.height ?? 0);
          const perDay = width / row.duration;
          const style = ACTION_STATUS_STYLES[row.status as ActionStatus] ?? ACTION_STATUS_STYLES.PLANNED;
          return (
            <g>
              <rect
                x={x}
                y={y}
                width={Math.max(width, 3)}
                height={height}
                fill={seriesFill(style)}
                stroke={row.late ? LATE_COLOR : OUTLINE}
                strokeWidth={row.late ? 3 : 1}
              />
              {row.waitingOn.length > 0 && <WaitMarker x={x} y={y + height / 2} />}
              {row.milestones.map((m) => (
                <Milestone
                  key={m.id}
                  cx={x + (m.day - row.offset) * perDay}
                  cy={y + height / 2}
                  done={m.done}
                  late={m.late}
                />
              ))}
            </g>
          );
        }}
      />
      {timeline.todayDay !== null && (
        <ReferenceLine
          x={timeline.todayDay}
          stroke={REFERENCE}
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{ value: todayLabel, position: 'top', fill: REFERENCE }}
        />
      )}
    </BarChart>
  );
}
