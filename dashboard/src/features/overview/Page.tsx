import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type ActionStatus,
  HOW_CALCULATED,
  PILLAR_LABELS,
  VERDICT_LABELS,
  type PillarCode,
} from '@pm/domain';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Card, Figure, Figures } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { Legend } from '../../components/ChartPatterns';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { HowCalculated } from '../../components/HowCalculated';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { PARTICIPANT_KINDS, ReachChart } from '../../components/ReachChart';
import { ACTION_STATUS_STYLES, seriesStyle } from '../../lib/chart-colors';
import { useQuery } from '../../lib/graphql';
import { monthEnd, toVerdictMonths, type VerdictMonth, windowStart } from '../../lib/timeliness-figures';
import { MONTH_VERDICTS, OnTimeRateChart } from '../../components/VerdictCharts';
import { ActionsByStatusChart } from './ActionsByStatusChart';
import { AttentionList } from './AttentionList';
import { AttentionQuery, OverviewQuery } from './overview.graphql';
import { PillarProgressChart } from './PillarProgressChart';
import { PillarTrendChart } from './PillarTrendChart';
import { toAttention } from './to-attention';
import {
  type PillarBar,
  type ReachRow,
  type StatusRow,
  toActionsByStatus,
  toPillarProgress,
  toPillarTrend,
  toReachPerMonth,
  type TrendRow,
} from './to-programme-figures';
import { toRegionFacts } from './to-region-facts';

const MONTHS = 12;

export function OverviewPage() {
  const { m, fmt, lang } = useI18n();
  const t = m.overview;
  const { me, today } = useSession();
  const location = useLocation();
  const query = useQuery(
    OverviewQuery,
    { months: MONTHS, from: today ? windowStart(today, MONTHS - 1) : '', to: today ? monthEnd(today) : '' },
    { skip: !today },
  );
  const attention = useQuery(AttentionQuery, undefined, { skip: !me });
  const data = query.data;
  const stats = data?.programmeStats;
  const facts = data
    ? toRegionFacts({ municipalities: data.municipalities.items, providers: data.providers.items })
    : null;
  const region = data?.regions[0]?.name ?? '';
  const pillarLabel = (code: string) =>
    code in PILLAR_LABELS ? fmt.label(PILLAR_LABELS[code as PillarCode]) : code;
  const pct = (v: number) => fmt.percent(v / 100);
  const period = stats ? t.period(fmt.month(stats.from), fmt.month(stats.today)) : '';

  const pillars = stats ? toPillarProgress(stats.pillars, lang) : [];
  const trend = stats ? toPillarTrend(stats.pillarProgressOverTime) : { rows: [], pillars: [] };
  const byStatus = stats ? toActionsByStatus(stats.actionsByPillarStatus) : null;
  const reach = stats ? toReachPerMonth(stats.activitiesByMonth) : [];
  const onTime = data ? toVerdictMonths(data.timelinessByMonth) : [];
  const regionRate = data?.timelinessRegion[0];

  const pillarColumns: Column<PillarBar>[] = [
    { key: 'pillar', header: t.pillar, rowHeader: true, cell: (p) => `${pillarLabel(p.code)}: ${p.title}` },
    {
      key: 'value',
      header: t.progress,
      align: 'end',
      cell: (p) => (p.value === null ? m.common.noFigure : pct(p.value)),
    },
    { key: 'basedOn', header: t.basedOn, align: 'end', cell: (p) => t.parts(p.basedOn) },
  ];
  const trendColumns: Column<TrendRow>[] = [
    { key: 'month', header: t.month, rowHeader: true, cell: (r) => fmt.month(r.month) },
    ...trend.pillars.map((code) => ({
      key: code,
      header: pillarLabel(code),
      align: 'end' as const,
      cell: (r: TrendRow) => (r.values[code] == null ? m.common.noFigure : pct(r.values[code]!)),
    })),
  ];
  const statusColumns: Column<StatusRow>[] = [
    {
      key: 'pillar',
      header: t.pillar,
      rowHeader: true,
      cell: (r) => (r.pillarCode ? pillarLabel(r.pillarCode) : t.total),
    },
    ...ACTION_STATUSES.map((status) => ({
      key: status,
      header: fmt.label(ACTION_STATUS_LABELS[status]),
      align: 'end' as const,
      cell: (r: StatusRow) => fmt.number(r.counts[status]),
    })),
    { key: 'total', header: t.total, align: 'end', cell: (r) => fmt.number(r.total) },
    { key: 'late', header: t.lateColumn, align: 'end', cell: (r) => fmt.number(r.late) },
  ];
  const onTimeColumns: Column<VerdictMonth>[] = [
    { key: 'month', header: t.month, rowHeader: true, cell: (r) => fmt.month(r.month) },
    {
      key: 'rate',
      header: t.onTimeRate,
      align: 'end',
      cell: (r) => (r.rate === null ? m.common.noFigure : fmt.percent(r.rate)),
    },
    ...MONTH_VERDICTS.map(([key, verdict]) => ({
      key,
      header: fmt.label(VERDICT_LABELS[verdict]),
      align: 'end' as const,
      cell: (r: VerdictMonth) => fmt.number(r[key]),
    })),
    { key: 'rated', header: t.rated, align: 'end', cell: (r) => fmt.number(r.rated) },
  ];
  const reachColumns: Column<ReachRow>[] = [
    { key: 'month', header: t.month, rowHeader: true, cell: (r) => fmt.month(r.month) },
    { key: 'activities', header: t.activities, align: 'end', cell: (r) => fmt.number(r.activities) },
    ...PARTICIPANT_KINDS.map((kind) => ({
      key: kind,
      header: t.kinds[kind],
      align: 'end' as const,
      cell: (r: ReachRow) => fmt.number(r[kind]),
    })),
    { key: 'participants', header: t.participants, align: 'end', cell: (r) => fmt.number(r.participants) },
  ];

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <QueryStatus loading={query.loading} error={query.error} hasData={!!data}>
        {facts && stats && byStatus && (
          <>
            <Card title={t.regionTitle(region)}>
              <Figures>
                <Figure label={t.municipalities} value={fmt.number(facts.municipalities)} />
                <Figure label={t.inhabitants} value={fmt.number(facts.inhabitants)} />
                <Figure label={t.providers} value={fmt.number(facts.providers)} />
                <Figure
                  label={t.councilShare}
                  value={
                    facts.councilAndRegulationShare === null
                      ? m.common.noFigure
                      : fmt.percent(facts.councilAndRegulationShare)
                  }
                  detail={t.councilShareBasis(
                    fmt.number(facts.obligedWithCouncilAndRegulation),
                    fmt.number(facts.obliged),
                  )}
                />
                <Figure
                  label={t.onTimeFigure}
                  value={
                    regionRate?.onTimeRate == null ? m.common.noFigure : fmt.percent(regionRate.onTimeRate)
                  }
                  detail={t.onTimeBasis(fmt.number(regionRate?.ratedCount ?? 0), period)}
                />
                <Figure
                  label={t.openActions}
                  value={fmt.number(stats.actionSummary.open)}
                  detail={t.lateDetail(fmt.number(stats.actionSummary.late))}
                />
                <Figure
                  label={t.activitiesFigure}
                  value={fmt.number(stats.activitySummary.activities)}
                  detail={t.participantsDetail(fmt.number(stats.activitySummary.participants), period)}
                />
              </Figures>
              <HowCalculated>
                <p>{t.councilShareHow}</p>
                {stats.scope === 'PUBLISHED' && <p>{t.publishedOnly}</p>}
              </HowCalculated>
              <p>
                <Link to="/aanbieders?raad=ontbreekt">{t.missingCouncilsLink}</Link>
              </p>
            </Card>

            <Card title={t.pillarsTitle}>
              <ChartFrame
                testId="pillar-chart"
                title={t.pillarsChartTitle(fmt.date(stats.today))}
                summary={t.barsSummary}
                empty={pillars.length === 0 ? <EmptyState reason="noData" /> : undefined}
                chart={
                  <PillarProgressChart
                    bars={pillars}
                    label={(p) => pillarLabel(p.code)}
                    axisLabel={t.progressAxis}
                    formatPercent={pct}
                    noFigure={m.common.noFigure}
                  />
                }
                table={
                  <DataTable
                    caption={t.pillarsChartTitle(fmt.date(stats.today))}
                    columns={pillarColumns}
                    rows={pillars}
                    rowKey={(p) => p.code}
                    testId="pillar-table"
                  />
                }
              />
              <ul className="pillar-list">
                {pillars.map((p) => (
                  <li key={p.code}>
                    <strong>{pillarLabel(p.code)}</strong> — {p.title}:{' '}
                    <span data-testid={`pillar-value-${p.code}`}>
                      {p.value === null ? m.common.noFigure : pct(p.value)}
                    </span>{' '}
                    <span className="muted">({t.parts(p.basedOn)})</span>
                    <HowCalculated label={t.howFor(pillarLabel(p.code))}>
                      <p>{p.explanation}</p>
                    </HowCalculated>
                  </li>
                ))}
              </ul>
              <ChartFrame
                testId="pillar-trend-chart"
                title={t.trendTitle(period)}
                summary={t.linesSummary}
                legend={
                  <Legend
                    items={trend.pillars.map((code, i) => ({
                      key: code,
                      label: pillarLabel(code),
                      style: seriesStyle(i),
                    }))}
                  />
                }
                empty={trend.rows.length === 0 ? <EmptyState reason="noData" /> : undefined}
                chart={
                  <PillarTrendChart
                    rows={trend.rows}
                    pillars={trend.pillars}
                    pillarLabel={pillarLabel}
                    formatMonth={fmt.month}
                    formatPercent={pct}
                    axisLabel={t.progressAxis}
                  />
                }
                table={
                  <DataTable
                    caption={t.trendTitle(period)}
                    columns={trendColumns}
                    rows={trend.rows}
                    rowKey={(r) => r.month}
                  />
                }
              />
            </Card>

            <div className="grid-2">
              <Card title={t.actionsTitle}>
                <ChartFrame
                  testId="actions-chart"
                  title={t.actionsChartTitle(fmt.date(stats.today))}
                  summary={t.barsSummary}
                  description={
                    <p>
                      {t.actionsSummary(
                        fmt.number(byStatus.totals.total),
                        fmt.number(stats.actionSummary.late),
                        fmt.number(stats.actionSummary.blocked),
                        fmt.number(stats.actionSummary.dueThisMonth),
                      )}
                    </p>
                  }
                  legend={
                    <Legend
                      items={ACTION_STATUSES.map((status: ActionStatus) => ({
                        key: status,
                        label: fmt.label(ACTION_STATUS_LABELS[status]),
                        style: ACTION_STATUS_STYLES[status],
                      }))}
                    />
                  }
                  empty={byStatus.totals.total === 0 ? <EmptyState reason="noData" /> : undefined}
                  chart={
                    <ActionsByStatusChart
                      rows={byStatus.rows}
                      pillarLabel={pillarLabel}
                      statusLabel={(s) => fmt.label(ACTION_STATUS_LABELS[s])}
                      axisLabel={t.actionsAxis}
                      formatCount={(v) => fmt.number(v)}
                    />
                  }
                  table={
                    <DataTable
                      caption={t.actionsChartTitle(fmt.date(stats.today))}
                      columns={statusColumns}
                      rows={[...byStatus.rows, byStatus.totals]}
                      rowKey={(r) => r.pillarCode || 'total'}
                      testId="actions-table"
                    />
                  }
                />
                <HowCalculated>
                  <p>{fmt.label(HOW_CALCULATED.actionLate)}</p>
                </HowCalculated>
              </Card>
              <Card title={t.reachTitle}>
                <ChartFrame
                  testId="reach-chart"
                  title={t.reachChartTitle(period)}
                  summary={t.barsSummary}
                  description={stats.scope === 'PUBLISHED' ? <p>{t.publishedOnly}</p> : undefined}
                  legend={
                    <Legend
                      items={PARTICIPANT_KINDS.map((kind, i) => ({
                        key: kind,
                        label: t.kinds[kind],
                        style: seriesStyle(i),
                      }))}
                    />
                  }
                  empty={
                    reach.every((r) => r.activities === 0) ? (
                      <EmptyState reason="noData" detail={t.noActivities} />
                    ) : undefined
                  }
                  chart={
                    <ReachChart
                      rows={reach}
                      kindLabel={(k) => t.kinds[k]}
                      formatMonth={fmt.month}
                      formatCount={(v) => fmt.number(v)}
                      axisLabel={t.participantsAxis}
                    />
                  }
                  table={
                    <DataTable
                      caption={t.reachChartTitle(period)}
                      columns={reachColumns}
                      rows={reach}
                      rowKey={(r) => r.month}
                      testId="reach-table"
                    />
                  }
                />
              </Card>
            </div>
            <Card title={t.onTimeTitle}>
              <ChartFrame
                testId="on-time-chart"
                title={t.onTimeChartTitle(region, period)}
                summary={t.linesSummary}
                description={
                  <>
                    <p>{t.onTimeDefinition}</p>
                    {!me && <p>{t.publishedOnly}</p>}
                  </>
                }
                empty={
                  onTime.every((r) => r.rated === 0) ? (
                    <EmptyState reason="noData" detail={t.noRequests} />
                  ) : undefined
                }
                chart={
                  <OnTimeRateChart
                    rows={onTime}
                    formatMonth={fmt.month}
                    formatPercent={(v) => fmt.percent(v)}
                    axisLabel={t.onTimeAxis}
                    seriesLabel={t.onTimeRate}
                  />
                }
                table={
                  <DataTable
                    caption={t.onTimeChartTitle(region, period)}
                    columns={onTimeColumns}
                    rows={onTime}
                    rowKey={(r) => r.month}
                    testId="on-time-table"
                  />
                }
              />
              <HowCalculated>
                <p>{t.onTimeHow}</p>
              </HowCalculated>
              <p>
                <Link to="/aanbieders?sort=rate">{t.onTimeByProvider}</Link>
              </p>
            </Card>
          </>
        )}
      </QueryStatus>
      <Card title={t.attentionTitle}>
        {!me ? (
          <EmptyState reason="notAllowed" detail={t.attentionSignIn}>
            <Link className="button" to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
              {m.session.signIn}
            </Link>
          </EmptyState>
        ) : (
          <QueryStatus
            loading={attention.loading}
            error={attention.error}
            hasData={!!attention.data && !!today}
          >
            {attention.data && today && <AttentionList attention={toAttention(attention.data, today)} />}
          </QueryStatus>
        )}
      </Card>
    </>
  );
}
