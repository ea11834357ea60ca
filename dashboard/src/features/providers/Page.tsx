import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { YesNo } from '../../components/Badges';
import { Card, Figure, Figures } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { Legend } from '../../components/ChartPatterns';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { HowCalculated } from '../../components/HowCalculated';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import type { ProvidersOverviewQuery as Result } from '../../lib/generated/graphql';
import { useQuery } from '../../lib/graphql';
import { monthEnd, windowStart } from '../../lib/timeliness-figures';
import { useUrlState } from '../../lib/url-state';
import { CouncilCoverageChart, COVERAGE_STYLES } from './CouncilCoverageChart';
import { ProvidersOverviewQuery } from './providers.graphql';
import {
  COUNCIL_FILTERS,
  COVERAGE_CATEGORIES,
  type CoverageBar,
  coverageCategory,
  filterProviders,
  providerCodec,
  RESIDENTIAL_FILTERS,
  toCouncilCoverage,
} from './to-council-coverage';

type ProviderRow = Result['providers']['items'][number];

export function ProvidersPage() {
  const { m, fmt } = useI18n();
  const t = m.providers;
  const [filters, setFilters] = useUrlState(providerCodec);
  const { me, today } = useSession();
  const query = useQuery(
    ProvidersOverviewQuery,
    { from: today ? windowStart(today, 11) : '', to: today ? monthEnd(today) : '', signedIn: !!me },
    { skip: !today },
  );
  const figures = useMemo(
    () => new Map((query.data?.timelinessByProvider ?? []).map((f) => [f.key, f])),
    [query.data],
  );
  const period = today ? `${fmt.month(windowStart(today, 11))} – ${fmt.month(today)}` : '';
  const readsAll = me?.role === 'ADMIN' || me?.role === 'POLICY_OFFICER' || me?.role === 'CORE_GROUP';
  const all = query.data?.providers.items;
  const rows = useMemo(() => (all ? filterProviders(all, filters) : []), [all, filters]);
  const coverage = useMemo(() => toCouncilCoverage(rows), [rows]);
  const filtered =
    !!filters.municipality ||
    filters.council !== 'alle' ||
    filters.residential !== 'alle' ||
    !!filters.search.trim();
  const obliged = rows.filter((p) => p.councilRequired);
  const complete = obliged.filter((p) => coverageCategory(p) === 'councilAndRegulation');
  const clear = () => setFilters({ municipality: '', council: 'alle', residential: 'alle', search: '' });

  const regulationCell = (p: ProviderRow) => {
    if (p.councils.length === 0) return <span className="muted">{t.noCouncil}</span>;
    const adopted = p.councils.filter((c) => c.regulationAdoptedOn !== null).length;
    if (p.councils.length === 1) return <YesNo value={adopted === 1} />;
    return t.regulationsOf(fmt.number(adopted), fmt.number(p.councils.length));
  };

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
      key: 'council',
      header: t.columns.council,
      cell: (p) =>
        p.councils.length === 0 ? (
          <span className={p.councilRequired ? 'warning-text' : 'muted'}>
            {p.councilRequired ? t.councilMissing : t.notRequired}
          </span>
        ) : (
          t.councils(p.councils.length)
        ),
      sortValue: (p) => p.councils.length,
    },
    {
      key: 'regulation',
      header: t.columns.regulation,
      cell: regulationCell,
      sortValue: (p) =>
        p.councils.length === 0
          ? null
          : p.councils.filter((c) => c.regulationAdoptedOn !== null).length / p.councils.length,
    },
    {
      key: 'residential',
      header: t.columns.residential,
      cell: (p) => <YesNo value={p.residential} />,
      sortValue: (p) => p.residential,
    },
    {
      key: 'municipalities',
      header: t.columns.municipalities,
      align: 'end',
      cell: (p) => fmt.number(p.municipalities.length),
      sortValue: (p) => p.municipalities.length,
    },
    {
      key: 'rate',
      header: t.columns.rate,
      align: 'end',
      cell: (p) => {
        const f = figures.get(p.id);
        if (!f) return <span className="muted">{me ? '—' : t.hidden}</span>;
        return (
          <span data-rate={p.id}>
            {f.ratedCount === 0 || f.onTimeRate === null ? m.common.noFigure : fmt.percent(f.onTimeRate)}{' '}
            <span className="muted">{t.rateBasis(fmt.number(f.ratedCount))}</span>
          </span>
        );
      },
      sortValue: (p) => {
        const f = figures.get(p.id);
        return f && f.ratedCount > 0 ? f.onTimeRate : null;
      },
    },
    {
      key: 'open',
      header: t.columns.open,
      align: 'end',
      cell: (p) => {
        const f = figures.get(p.id);
        return f ? fmt.number(f.verdictCounts.open) : <span className="muted">{me ? '—' : t.hidden}</span>;
      },
      sortValue: (p) => figures.get(p.id)?.verdictCounts.open ?? null,
    },
    {
      key: 'findings',
      header: t.columns.findings,
      align: 'end',
      cell: (p) => {
        const f = figures.get(p.id);
        return f ? (
          fmt.number(f.findingCounts.entriesWithFindings)
        ) : (
          <span className="muted">{me ? '—' : t.hidden}</span>
        );
      },
      sortValue: (p) => figures.get(p.id)?.findingCounts.entriesWithFindings ?? null,
    },
  ];

  const coverageColumns: Column<CoverageBar>[] = [
    {
      key: 'category',
      header: t.coverage.category,
      rowHeader: true,
      cell: (b) => t.coverage.labels[b.category],
    },
    { key: 'count', header: t.coverage.count, align: 'end', cell: (b) => fmt.number(b.count) },
    {
      key: 'share',
      header: t.coverage.share,
      align: 'end',
      cell: (b) => (b.share === null ? m.common.noFigure : fmt.percent(b.share)),
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
          <label htmlFor="provider-municipality">{t.municipalityLabel}</label>
          <select
            id="provider-municipality"
            value={filters.municipality}
            onChange={(e) => setFilters({ municipality: e.target.value })}
          >
            <option value="">{t.allMunicipalities}</option>
            {(query.data?.municipalities.items ?? []).map((mu) => (
              <option key={mu.cbsCode} value={mu.cbsCode}>
                {mu.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="provider-council">{t.councilLabel}</label>
          <select
            id="provider-council"
            value={filters.council}
            onChange={(e) => setFilters({ council: e.target.value as (typeof COUNCIL_FILTERS)[number] })}
          >
            {COUNCIL_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t.councilFilter[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="provider-residential">{t.residentialLabel}</label>
          <select
            id="provider-residential"
            value={filters.residential}
            onChange={(e) =>
              setFilters({ residential: e.target.value as (typeof RESIDENTIAL_FILTERS)[number] })
            }
          >
            {RESIDENTIAL_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t.residentialFilter[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="provider-search">{t.searchLabel}</label>
          <input
            id="provider-search"
            type="search"
            value={filters.search}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
        </div>
        {filtered && (
          <button type="button" className="button secondary" onClick={clear}>
            {m.common.clearFilters}
          </button>
        )}
      </form>
      <QueryStatus loading={query.loading} error={query.error} hasData={!!all}>
        <Figures>
          <Figure
            label={t.figures.shown}
            value={fmt.number(rows.length)}
            detail={t.figures.ofTotal(fmt.number(all?.length ?? 0))}
          />
          <Figure
            label={t.figures.obliged}
            value={fmt.number(obliged.length)}
            detail={t.figures.obligedDetail}
          />
          <Figure
            label={t.figures.complete}
            value={obliged.length === 0 ? m.common.noFigure : fmt.percent(complete.length / obliged.length)}
            detail={t.figures.completeDetail(fmt.number(complete.length), fmt.number(obliged.length))}
          />
        </Figures>
        <p className="notice" data-testid="figures-scope">
          {!me ? t.figuresPublic : readsAll ? t.figuresAll(period) : t.figuresOwn(period)}
        </p>
        <Card title={t.coverage.title}>
          <ChartFrame
            testId="coverage-chart"
            title={t.coverage.chartTitle}
            summary={t.coverage.summary}
            legend={
              <Legend
                items={COVERAGE_CATEGORIES.map((category) => ({
                  key: category,
                  label: t.coverage.labels[category],
                  style: COVERAGE_STYLES[category],
                }))}
              />
            }
            empty={
              rows.length === 0 ? <EmptyState reason={filtered ? 'filterTooNarrow' : 'noData'} /> : undefined
            }
            chart={
              <CouncilCoverageChart
                bars={coverage}
                styles={COVERAGE_STYLES}
                categoryLabel={(c) => t.coverage.short[c]}
                countAxisLabel={t.coverage.axis}
                formatCount={(v) => fmt.number(v)}
              />
            }
            table={
              <DataTable
                caption={t.coverage.chartTitle}
                columns={coverageColumns}
                rows={coverage}
                rowKey={(b) => b.category}
                testId="coverage-table"
              />
            }
          />
          <HowCalculated>
            <p>{t.coverage.how}</p>
          </HowCalculated>
        </Card>
        <Card title={t.tableTitle}>
          {rows.length === 0 ? (
            <EmptyState reason={filtered ? 'filterTooNarrow' : 'noData'}>
              {filtered && (
                <button type="button" className="button secondary" onClick={clear}>
                  {m.common.clearFilters}
                </button>
              )}
            </EmptyState>
          ) : (
            <DataTable
              caption={t.tableCaption(fmt.number(rows.length))}
              columns={columns}
              rows={rows}
              rowKey={(p) => p.id}
              sort={filters.sort}
              onSortChange={(sort) => setFilters({ sort })}
              testId="providers-table"
            />
          )}
        </Card>
      </QueryStatus>
    </>
  );
}
