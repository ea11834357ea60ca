import { ACTION_STATUS_LABELS, type ActionStatus } from '@pm/domain';
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ActionStatusBadge, LateBadge, YesNo } from '../../components/Badges';
import { Card, Figure, Figures } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { Legend } from '../../components/ChartPatterns';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { PARTICIPANT_KINDS, ReachChart, type ReachRow } from '../../components/ReachChart';
import { seriesStyle } from '../../lib/chart-colors';
import type { MunicipalityDetailQuery as DetailResult } from '../../lib/generated/graphql';
import { useQuery } from '../../lib/graphql';
import { monthEnd, toVerdictMonths } from '../../lib/timeliness-figures';
import { OnTimeRateChart } from '../../components/VerdictCharts';
import {
  MunicipalityDetailQuery,
  MunicipalityProvidersQuery,
  MunicipalityQuery,
} from './municipalities.graphql';
import { toMunicipalityMonths } from './to-municipality-months';
import { Indicators } from './Indicators';

type ProviderRow = DetailResult['providers']['items'][number];
type ActionRow = DetailResult['actions']['items'][number];

const MONTHS = 12;

export function MunicipalityPage() {
  const { cbsCode = '' } = useParams();
  const { m, fmt } = useI18n();
  const t = m.municipality;
  const { me } = useSession();
  const location = useLocation();
  const municipality = useQuery(MunicipalityQuery, { cbsCode, months: MONTHS });
  const data = municipality.data?.municipality;
  const stats = municipality.data?.programmeStats;
  const id = data?.id ?? '';
  const publicProviders = useQuery(MunicipalityProvidersQuery, { municipalityId: id }, { skip: !id || !!me });
  const detail = useQuery(
    MunicipalityDetailQuery,
    { municipalityId: id, heldFrom: stats?.from ?? '', to: stats ? monthEnd(stats.today) : '' },
    { skip: !id || !stats || !me },
  );
  const providersState = me ? detail : publicProviders;

  if (municipality.error?.code === 'NOT_FOUND' || municipality.error?.code === 'BAD_USER_INPUT') {
    return (
      <>
        <PageHeader title={t.notFound} />
        <p>
          <Link to="/gemeenten">{t.back}</Link>
        </p>
      </>
    );
  }
  const items = providersState.data?.providers.items ?? [];
  const obliged = items.filter((p) => p.councilRequired);
  const withRegulation = obliged.filter((p) => p.councils.some((c) => c.regulationAdoptedOn !== null));
  const involvement = stats?.municipalities.find((row) => row.cbsCode === cbsCode);
  const period = stats ? `${fmt.month(stats.from)} – ${fmt.month(stats.today)}` : '';
  const months =
    detail.data && stats ? toMunicipalityMonths(detail.data.activities.items, stats.from, stats.today) : [];
  const rateMonths = detail.data ? toVerdictMonths(detail.data.municipalityMonths) : [];
  const regionRateMonths = detail.data ? toVerdictMonths(detail.data.regionMonths) : [];

  const columns: Column<ProviderRow>[] = [
    {
      key: 'name',
      header: t.columns.provider,
      rowHeader: true,
      cell: (p) => <Link to={`/aanbieders/${p.id}`}>{p.name}</Link>,
      sortValue: (p) => p.name,
    },
    {
      key: 'careWorkers',
      header: t.columns.careWorkers,
      align: 'end',
      cell: (p) => fmt.number(p.careWorkers),
      sortValue: (p) => p.careWorkers,
    },
    {
      key: 'required',
      header: t.columns.councilRequired,
      cell: (p) => <YesNo value={p.councilRequired} />,
      sortValue: (p) => p.councilRequired,
    },
    {
      key: 'council',
      header: t.columns.council,
      cell: (p) => <YesNo value={p.councils.length > 0} />,
      sortValue: (p) => p.councils.length,
    },
    {
      key: 'regulation',
      header: t.columns.regulation,
      cell: (p) => <YesNo value={p.councils.some((c) => c.regulationAdoptedOn !== null)} />,
      sortValue: (p) => p.councils.some((c) => c.regulationAdoptedOn !== null),
    },
  ];
  const monthColumns: Column<ReachRow>[] = [
    { key: 'month', header: m.overview.month, rowHeader: true, cell: (r) => fmt.month(r.month) },
    { key: 'activities', header: m.overview.activities, align: 'end', cell: (r) => fmt.number(r.activities) },
    ...PARTICIPANT_KINDS.map((kind) => ({
      key: kind,
      header: m.overview.kinds[kind],
      align: 'end' as const,
      cell: (r: ReachRow) => fmt.number(r[kind]),
    })),
    {
      key: 'participants',
      header: m.overview.participants,
      align: 'end',
      cell: (r) => fmt.number(r.participants),
    },
  ];
  const actionColumns: Column<ActionRow>[] = [
    {
      key: 'title',
      header: t.columns.action,
      rowHeader: true,
      cell: (a) => <Link to={`/kerngroep?actie=${a.id}`}>{a.title}</Link>,
      sortValue: (a) => a.title,
    },
    {
      key: 'status',
      header: t.columns.status,
      cell: (a) => <ActionStatusBadge status={a.status} />,
      sortValue: (a) => fmt.label(ACTION_STATUS_LABELS[a.status as ActionStatus]),
    },
    {
      key: 'due',
      header: t.columns.due,
      cell: (a) => (
        <>
          {a.dueOn ? fmt.date(a.dueOn) : m.common.unknown} {a.late && <LateBadge />}
        </>
      ),
      sortValue: (a) => a.dueOn,
    },
  ];

  return (
    <>
      <p className="breadcrumb">
        <Link to="/gemeenten">{t.back}</Link>
      </p>
      <PageHeader
        title={data ? data.name : t.loadingTitle}
        intro={data ? t.intro(data.subregion.name) : undefined}
      />
      <QueryStatus loading={municipality.loading} error={municipality.error} hasData={!!data}>
        {data && (
          <>
            <Figures>
              <Figure
                label={t.inhabitants}
                value={fmt.number(data.inhabitants)}
                detail={t.inhabitantsYear(String(data.inhabitantsYear))}
              />
              <Figure
                label={t.councilShare}
                value={
                  obliged.length === 0
                    ? m.common.noFigure
                    : fmt.percent(withRegulation.length / obliged.length)
                }
                detail={t.councilShareBasis(fmt.number(withRegulation.length), fmt.number(obliged.length))}
              />
              {involvement && (
                <>
                  <Figure
                    label={t.activities}
                    value={fmt.number(involvement.activities)}
                    detail={t.per10k(
                      involvement.activitiesPer10000 === null
                        ? m.common.noFigure
                        : fmt.decimal(involvement.activitiesPer10000, 1),
                      period,
                    )}
                  />
                  <Figure
                    label={t.participants}
                    value={fmt.number(involvement.participants)}
                    detail={t.per10k(
                      involvement.participantsPer10000 === null
                        ? m.common.noFigure
                        : fmt.decimal(involvement.participantsPer10000, 1),
                      period,
                    )}
                  />
                  <Figure
                    label={t.actions}
                    value={fmt.number(involvement.actions)}
                    detail={t.actionsDetail(
                      fmt.number(involvement.openActions),
                      fmt.number(involvement.lateActions),
                    )}
                  />
                </>
              )}
            </Figures>
            {stats?.scope === 'PUBLISHED' && <p className="notice">{m.municipalities.publishedOnly}</p>}
            <Card title={t.overTimeTitle}>
              {!me ? (
                <EmptyState reason="notAllowed" detail={t.overTimeSignIn}>
                  <Link className="button" to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
                    {m.session.signIn}
                  </Link>
                </EmptyState>
              ) : (
                <QueryStatus loading={detail.loading} error={detail.error} hasData={!!detail.data}>
                  <ChartFrame
                    testId="municipality-rate-chart"
                    title={t.rateTitle(data.name, period)}
                    summary={m.overview.linesSummary}
                    description={<p>{t.rateDescription}</p>}
                    legend={
                      <ul className="legend">
                        <li>
                          <span aria-hidden="true" className="legend-glyph legend-own">
                            ●
                          </span>
                          {data.name}
                        </li>
                        <li>
                          <span aria-hidden="true" className="legend-glyph legend-region">
                            ■
                          </span>
                          {m.council.regionLine}
                        </li>
                      </ul>
                    }
                    empty={
                      rateMonths.every((r) => r.rated === 0) ? (
                        <EmptyState reason="noData" detail={t.noRated} />
                      ) : undefined
                    }
                    chart={
                      <OnTimeRateChart
                        rows={rateMonths}
                        comparison={regionRateMonths}
                        formatMonth={fmt.month}
                        formatPercent={(v) => fmt.percent(v)}
                        axisLabel={m.overview.onTimeAxis}
                        seriesLabel={data.name}
                        comparisonLabel={m.council.regionLine}
                      />
                    }
                    table={
                      <DataTable
                        caption={t.rateTitle(data.name, period)}
                        columns={[
                          {
                            key: 'month',
                            header: m.overview.month,
                            rowHeader: true,
                            cell: (r) => fmt.month(r.month),
                          },
                          {
                            key: 'own',
                            header: data.name,
                            align: 'end',
                            cell: (r) =>
                              r.rate === null ? m.common.noFigure : `${fmt.percent(r.rate)} (${r.rated})`,
                          },
                          {
                            key: 'region',
                            header: m.council.regionLine,
                            align: 'end',
                            cell: (r) => {
                              const region = regionRateMonths.find((x) => x.month === r.month);
                              return region?.rate == null
                                ? m.common.noFigure
                                : `${fmt.percent(region.rate)} (${region.rated})`;
                            },
                          },
                        ]}
                        rows={rateMonths}
                        rowKey={(r) => r.month}
                        testId="municipality-rate-table"
                      />
                    }
                  />
                  <ChartFrame
                    testId="municipality-months-chart"
                    title={t.monthsTitle(data.name, period)}
                    summary={m.overview.barsSummary}
                    description={
                      detail.data &&
                      detail.data.activities.totalItems > detail.data.activities.items.length ? (
                        <p>{t.cutOff(detail.data.activities.items.length)}</p>
                      ) : undefined
                    }
                    legend={
                      <Legend
                        items={PARTICIPANT_KINDS.map((kind, i) => ({
                          key: kind,
                          label: m.overview.kinds[kind],
                          style: seriesStyle(i),
                        }))}
                      />
                    }
                    empty={
                      months.every((row) => row.activities === 0) ? (
                        <EmptyState reason="noData" detail={t.noActivities} />
                      ) : undefined
                    }
                    chart={
                      <ReachChart
                        rows={months}
                        kindLabel={(k) => m.overview.kinds[k]}
                        formatMonth={fmt.month}
                        formatCount={(v) => fmt.number(v)}
                        axisLabel={m.overview.participantsAxis}
                      />
                    }
                    table={
                      <DataTable
                        caption={t.monthsTitle(data.name, period)}
                        columns={monthColumns}
                        rows={months}
                        rowKey={(r) => r.month}
                        testId="municipality-months-table"
                      />
                    }
                  />
                </QueryStatus>
              )}
            </Card>
            <Card title={t.providersTitle}>
              <QueryStatus
                loading={providersState.loading}
                error={providersState.error}
                hasData={!!providersState.data}
              >
                {items.length === 0 ? (
                  <EmptyState reason="noData" detail={t.noProviders} />
                ) : (
                  <DataTable
                    caption={t.providersCaption(data.name)}
                    captionHidden
                    columns={columns}
                    rows={items}
                    rowKey={(p) => p.id}
                    initialSort={{ key: 'name', dir: 'asc' }}
                    testId="municipality-providers"
                  />
                )}
              </QueryStatus>
            </Card>
            {me && detail.data && stats && (
              <Card title={t.indicators.title}>
                <Indicators
                  indicators={detail.data.indicators.items}
                  mayMeasure={
                    me.role === 'ADMIN' ||
                    (me.role === 'POLICY_OFFICER' &&
                      me.organisation?.kind === 'MUNICIPALITY' &&
                      me.organisation.id === data.id)
                  }
                  today={stats.today}
                  onSaved={detail.refetch}
                />
              </Card>
            )}
            {me && detail.data && (
              <Card title={t.actionsTitle}>
                {detail.data.actions.items.length === 0 ? (
                  <EmptyState reason="noData" detail={t.noActions} />
                ) : (
                  <DataTable
                    caption={t.actionsCaption(data.name)}
                    captionHidden
                    columns={actionColumns}
                    rows={detail.data.actions.items}
                    rowKey={(a) => a.id}
                    initialSort={{ key: 'due', dir: 'asc' }}
                    testId="municipality-actions"
                  />
                )}
              </Card>
            )}
          </>
        )}
      </QueryStatus>
    </>
  );
}
