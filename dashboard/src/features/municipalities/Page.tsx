import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Card } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { Legend } from '../../components/ChartPatterns';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { HowCalculated } from '../../components/HowCalculated';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { seriesStyle } from '../../lib/chart-colors';
import { useQuery } from '../../lib/graphql';
import { monthEnd, windowStart } from '../../lib/timeliness-figures';
import { useUrlState } from '../../lib/url-state';
import { MunicipalityComparisonQuery } from './municipalities.graphql';
import { MunicipalityBarChart } from './MunicipalityBarChart';
import {
  MUNICIPALITY_METRICS,
  type MunicipalityBar,
  municipalityCodec,
  toMunicipalityBars,
} from './to-municipality-bars';

export function MunicipalitiesPage() {
  const { m, fmt } = useI18n();
  const t = m.municipalities;
  const [filters, setFilters] = useUrlState(municipalityCodec);
  const { me, today } = useSession();
  const location = useLocation();
  const query = useQuery(
    MunicipalityComparisonQuery,
    {
      months: 12,
      from: today ? windowStart(today, 11) : '',
      to: today ? monthEnd(today) : '',
      signedIn: !!me,
    },
    { skip: !today },
  );
  const stats = query.data?.programmeStats;
  const period = stats ? `${fmt.month(stats.from)} – ${fmt.month(stats.today)}` : '';

  const comparison = useMemo(
    () =>
      query.data
        ? toMunicipalityBars(
            query.data.municipalities.items,
            query.data.providers.items,
            filters.metric,
            query.data.programmeStats.municipalities,
            {
              byMunicipality: query.data.timelinessByMunicipality ?? [],
              region: query.data.timelinessRegion[0] ?? null,
            },
          )
        : null,
    [query.data, filters.metric],
  );
  const metricText = t.metrics[filters.metric];
  const format = (value: number | null) =>
    value === null
      ? m.common.noFigure
      : comparison?.kind === 'share'
        ? fmt.percent(value)
        : comparison?.kind === 'count'
          ? fmt.number(value, 1)
          : fmt.decimal(value, 1);
  const shown = comparison
    ? comparison.bars.filter((bar) => !filters.subregion || bar.subregion === filters.subregion)
    : [];
  const max = comparison
    ? comparison.kind === 'share'
      ? 1
      : Math.max(1, ...comparison.bars.map((b) => b.value ?? 0), comparison.regionValue ?? 0) * 1.1
    : 1;

  const columns: Column<MunicipalityBar>[] = [
    {
      key: 'name',
      header: t.columns.municipality,
      rowHeader: true,
      cell: (bar) => <Link to={`/gemeenten/${bar.cbsCode}`}>{bar.name}</Link>,
      sortValue: (bar) => bar.name,
    },
    {
      key: 'subregion',
      header: t.columns.subregion,
      cell: (bar) => bar.subregion,
      sortValue: (bar) => `${bar.subregionIndex}-${bar.name}`,
    },
    {
      key: 'value',
      header: metricText.column,
      align: 'end',
      cell: (bar) => format(bar.value),
      sortValue: (bar) => bar.value,
    },
    {
      key: 'basis',
      header: t.columns.basis,
      align: 'end',
      cell: (bar) =>
        metricText.basis(
          fmt.number(bar.numerator),
          fmt.number(filters.metric === 'acties' ? (bar.late ?? 0) : bar.denominator),
        ),
    },
    {
      key: 'difference',
      header: t.columns.difference,
      align: 'end',
      cell: (bar) => {
        if (bar.difference === null) return m.common.noFigure;
        const sign = bar.difference > 0 ? '+' : bar.difference < 0 ? '−' : '±';
        return comparison?.kind === 'share'
          ? t.points(`${sign}${fmt.number(Math.abs(bar.difference) * 100)}`)
          : `${sign}${fmt.decimal(Math.abs(bar.difference), 1)}`;
      },
      sortValue: (bar) => bar.difference,
    },
  ];

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <form
        className="filters"
        role="search"
        aria-label={t.filtersLabel}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="metric">{t.metricLabel}</label>
          <select
            id="metric"
            value={filters.metric}
            onChange={(e) => setFilters({ metric: e.target.value as (typeof MUNICIPALITY_METRICS)[number] })}
          >
            {MUNICIPALITY_METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {t.metrics[metric].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="subregion">{t.subregionLabel}</label>
          <select
            id="subregion"
            value={filters.subregion}
            onChange={(e) => setFilters({ subregion: e.target.value })}
          >
            <option value="">{t.allSubregions}</option>
            {(comparison?.subregions ?? (filters.subregion ? [filters.subregion] : [])).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {stats?.scope === 'PUBLISHED' && <p className="notice">{t.publishedOnly}</p>}
      <QueryStatus loading={query.loading} error={query.error} hasData={!!comparison}>
        {comparison && (
          <Card title={metricText.label}>
            <ChartFrame
              testId="municipality-chart"
              title={metricText.chartTitle(period)}
              summary={t.chartSummary}
              description={
                <p>
                  {t.regionValue}:{' '}
                  <strong data-testid="region-value">{format(comparison.regionValue)}</strong> (
                  {metricText.regionBasis(
                    fmt.number(comparison.regionNumerator),
                    fmt.number(comparison.regionDenominator),
                  )}
                  )
                </p>
              }
              legend={
                <Legend
                  items={comparison.subregions.map((name, index) => ({
                    key: name,
                    label: name,
                    style: seriesStyle(index),
                  }))}
                />
              }
              empty={
                filters.metric === 'tijdigheid' && !me ? (
                  <EmptyState reason="notAllowed" detail={t.timelinessSignIn}>
                    <Link
                      className="button"
                      to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`}
                    >
                      {m.session.signIn}
                    </Link>
                  </EmptyState>
                ) : shown.length === 0 ? (
                  <EmptyState reason={comparison.bars.length === 0 ? 'noData' : 'filterTooNarrow'}>
                    {comparison.bars.length > 0 && (
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() => setFilters({ subregion: '' })}
                      >
                        {m.common.clearFilters}
                      </button>
                    )}
                  </EmptyState>
                ) : undefined
              }
              chart={
                <MunicipalityBarChart
                  bars={shown}
                  subregionCount={comparison.subregions.length}
                  regionValue={comparison.regionValue}
                  max={max}
                  formatValue={(v) => format(v)}
                  valueAxisLabel={metricText.axis}
                  regionLabel={t.regionShort}
                />
              }
              table={
                <DataTable
                  caption={metricText.chartTitle(period)}
                  columns={columns}
                  rows={shown}
                  rowKey={(bar) => bar.cbsCode}
                  sort={filters.sort}
                  onSortChange={(sort) => setFilters({ sort })}
                  testId="municipality-table"
                />
              }
              tableInitiallyOpen
            />
            <HowCalculated>
              <p>{metricText.how}</p>
            </HowCalculated>
          </Card>
        )}
      </QueryStatus>
    </>
  );
}
