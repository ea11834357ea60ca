import { adviceTermOn, COUNCIL_KIND_LABELS } from '@pm/domain';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../lib/graphql';
import { useUrlState } from '../../lib/url-state';
import { CouncilChoicesQuery, CouncilQuery } from './council.graphql';
import { councilCodec } from './council-filters';

export function CouncilPage() {
  const { m, fmt } = useI18n();
  const t = m.council;
  const { me, today } = useSession();
  const location = useLocation();
  const [filters, setFilters] = useUrlState(councilCodec);
  const ownCouncilId = me?.organisation?.kind === 'CLIENT_COUNCIL' ? me.organisation.id : null;
  const providerId = me?.organisation?.kind === 'PROVIDER' ? me.organisation.id : null;
  const canChoose = !!me && !ownCouncilId;
  const choices = useQuery(CouncilChoicesQuery, { providerId }, { skip: !canChoose });
  const firstChoice = choices.data?.clientCouncils.items[0]?.id ?? null;
  const councilId = ownCouncilId ?? filters.council ?? (canChoose ? firstChoice : null);
  const council = useQuery(CouncilQuery, { id: councilId ?? '' }, { skip: !councilId });

  if (!me) {
    return (
      <>
        <PageHeader title={t.title} intro={t.intro} />
        <EmptyState reason="notAllowed" detail={t.signInToSee}>
          <Link
            className="button"
            to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`}
          >
            {m.session.signIn}
          </Link>
        </EmptyState>
      </>
    );
  }

  const data = council.data?.clientCouncil;
  const term = data && today ? adviceTermOn(data.adviceTerms, today) : null;

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      {canChoose && (
        <form
          className="filters"
          role="search"
          aria-label={t.chooseLabel}
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="field">
            <label htmlFor="council-choice">{t.chooseLabel}</label>
            <select
              id="council-choice"
              value={councilId ?? ''}
              onChange={(e) => setFilters({ council: e.target.value || null })}
            >
              {(choices.data?.clientCouncils.items ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.provider.name})
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      {canChoose && choices.data && choices.data.clientCouncils.items.length === 0 && (
        <EmptyState reason="noData" detail={t.noCouncils} />
      )}
      {councilId && (
        <QueryStatus loading={council.loading} error={council.error} hasData={!!data}>
          {data && (
            <>
              <Card title={data.name}>
                <dl className="facts">
                  <dt>{t.provider}</dt>
                  <dd>
                    <Link to={`/aanbieders/${data.provider.id}`}>{data.provider.name}</Link>
                  </dd>
                  <dt>{t.kind}</dt>
                  <dd>{fmt.label(COUNCIL_KIND_LABELS[data.kind])}</dd>
                  <dt>{t.adviceTerm}</dt>
                  <dd data-testid="advice-term">
                    {term === null ? m.common.unknown : m.provider.days(term)}
                  </dd>
                  <dt>{t.regulation}</dt>
                  <dd>
                    {data.regulationAdoptedOn ? (
                      m.provider.regulationOn(fmt.date(data.regulationAdoptedOn))
                    ) : (
                      <span className="warning-text">{m.provider.noRegulation}</span>
                    )}
                  </dd>
                </dl>
                <p>{t.termExplanation}</p>
              </Card>
              <Card title={t.requestsTitle}>
                <EmptyState reason="notAvailableYet" detail={t.requestsLater} />
              </Card>
            </>
          )}
        </QueryStatus>
      )}
    </>
  );
}
