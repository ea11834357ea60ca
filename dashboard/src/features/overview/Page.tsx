import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { Card, Figure, Figures } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { HowCalculated } from '../../components/HowCalculated';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../lib/graphql';
import { RegionFactsQuery } from './overview.graphql';
import { toRegionFacts } from './to-region-facts';

export function OverviewPage() {
  const { m, fmt } = useI18n();
  const t = m.overview;
  const query = useQuery(RegionFactsQuery);
  const facts = query.data
    ? toRegionFacts({
        municipalities: query.data.municipalities.items,
        providers: query.data.providers.items,
      })
    : null;
  const region = query.data?.regions[0]?.name ?? '';

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <QueryStatus loading={query.loading} error={query.error} hasData={!!facts}>
        {facts && (
          <Card title={t.regionTitle(region)}>
            <Figures>
              <Figure label={t.municipalities} value={fmt.number(facts.municipalities)} />
              <Figure label={t.inhabitants} value={fmt.number(facts.inhabitants)} />
              <Figure label={t.youth} value={fmt.number(facts.youth)} detail={t.youthEstimate} />
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
            </Figures>
            <HowCalculated>
              <p>{t.councilShareHow}</p>
            </HowCalculated>
            <p>
              <Link to="/aanbieders?raad=ontbreekt">{t.missingCouncilsLink}</Link>
            </p>
          </Card>
        )}
      </QueryStatus>
      <div className="grid-2">
        <Card title={t.pillarsTitle}>
          <EmptyState reason="notAvailableYet" detail={t.programmeLater} />
        </Card>
        <Card title={t.actionsTitle}>
          <EmptyState reason="notAvailableYet" detail={t.programmeLater} />
        </Card>
        <Card title={t.onTimeTitle}>
          <EmptyState reason="notAvailableYet" detail={t.registerLater} />
        </Card>
        <Card title={t.reachTitle}>
          <EmptyState reason="notAvailableYet" detail={t.programmeLater} />
        </Card>
      </div>
      <Card title={t.attentionTitle}>
        <EmptyState reason="notAvailableYet" detail={t.attentionLater} />
      </Card>
    </>
  );
}
