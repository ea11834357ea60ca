import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { YesNo } from '../../components/Badges';
import { Card, Figure, Figures } from '../../components/Card';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../lib/graphql';
import type { MunicipalityProvidersQuery as ProvidersResult } from '../../lib/generated/graphql';
import { MunicipalityProvidersQuery, MunicipalityQuery } from './municipalities.graphql';

type ProviderRow = ProvidersResult['providers']['items'][number];

export function MunicipalityPage() {
  const { cbsCode = '' } = useParams();
  const { m, fmt } = useI18n();
  const t = m.municipality;
  const municipality = useQuery(MunicipalityQuery, { cbsCode });
  const id = municipality.data?.municipality.id;
  const providers = useQuery(MunicipalityProvidersQuery, { municipalityId: id ?? '' }, { skip: !id });

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
  const data = municipality.data?.municipality;
  const items = providers.data?.providers.items ?? [];
  const obliged = items.filter((p) => p.councilRequired);
  const withRegulation = obliged.filter((p) => p.councils.some((c) => c.regulationAdoptedOn !== null));

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
              <Figure label={t.cbsCode} value={data.cbsCode} />
              <Figure
                label={t.inhabitants}
                value={fmt.number(data.inhabitants)}
                detail={t.inhabitantsYear(String(data.inhabitantsYear))}
              />
              <Figure
                label={t.youth}
                value={data.youthPopulation === null ? m.common.noFigure : fmt.number(data.youthPopulation)}
                detail={t.youthEstimate}
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
            </Figures>
            <Card title={t.providersTitle}>
              <QueryStatus loading={providers.loading} error={providers.error} hasData={!!providers.data}>
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
            <Card title={t.overTimeTitle}>
              <EmptyState reason="notAvailableYet" detail={t.overTimeLater} />
            </Card>
          </>
        )}
      </QueryStatus>
    </>
  );
}
