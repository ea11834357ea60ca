import { adviceTermOn, COUNCIL_KIND_LABELS } from '@pm/domain';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { YesNo } from '../../components/Badges';
import { Card, Figure, Figures } from '../../components/Card';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import type { ProviderDetailQuery as Result } from '../../lib/generated/graphql';
import { useQuery } from '../../lib/graphql';
import { AdviceTermForm, ProviderEditForm, RegulationForm } from './ProviderForms';
import { ProviderDetailQuery } from './providers.graphql';
import { ProviderRegister } from './ProviderRegister';

type Council = Result['provider']['councils'][number];
type SeatRow = { kind: 'youth' | 'parent' | 'other'; filled: number; vacant: number };

function CouncilCard({ council, mayEdit, onSaved }: { council: Council; mayEdit: boolean; onSaved(): void }) {
  const { m, fmt } = useI18n();
  const t = m.provider;
  const { today } = useSession();
  const term = today ? adviceTermOn(council.adviceTerms, today) : null;
  const seats: SeatRow[] = [
    { kind: 'youth', filled: council.seats.youthFilled, vacant: council.seats.youthVacant },
    { kind: 'parent', filled: council.seats.parentFilled, vacant: council.seats.parentVacant },
    { kind: 'other', filled: council.seats.otherFilled, vacant: council.seats.otherVacant },
  ];
  const seatColumns: Column<SeatRow>[] = [
    { key: 'kind', header: t.seatKind, rowHeader: true, cell: (s) => t.seatKinds[s.kind] },
    { key: 'filled', header: t.filled, align: 'end', cell: (s) => fmt.number(s.filled) },
    { key: 'vacant', header: t.vacant, align: 'end', cell: (s) => fmt.number(s.vacant) },
  ];
  const termColumns: Column<Council['adviceTerms'][number]>[] = [
    { key: 'from', header: t.validFrom, rowHeader: true, cell: (a) => fmt.date(a.validFrom) },
    { key: 'days', header: t.termDays, align: 'end', cell: (a) => t.days(a.termDays) },
  ];
  return (
    <Card title={council.name} level={3} className="council-card">
      <dl className="facts">
        <dt>{t.kind}</dt>
        <dd>{fmt.label(COUNCIL_KIND_LABELS[council.kind])}</dd>
        <dt>{t.established}</dt>
        <dd>{council.establishedOn ? fmt.date(council.establishedOn) : m.common.unknown}</dd>
        <dt>{t.regulation}</dt>
        <dd>
          {council.regulationAdoptedOn ? (
            t.regulationOn(fmt.date(council.regulationAdoptedOn))
          ) : (
            <span className="warning-text">{t.noRegulation}</span>
          )}
        </dd>
        <dt>{t.adviceTerm}</dt>
        <dd>{term === null ? m.common.unknown : t.days(term)}</dd>
        <dt>{t.meetings}</dt>
        <dd>{fmt.number(council.meetingsPerYear)}</dd>
        <dt>{t.supportOfficer}</dt>
        <dd>
          <YesNo value={council.hasSupportOfficer} />
        </dd>
      </dl>
      <div className="two-columns">
        <DataTable
          caption={t.seatsCaption(council.name)}
          columns={seatColumns}
          rows={seats}
          rowKey={(s) => s.kind}
        />
        <DataTable
          caption={t.termsCaption(council.name)}
          columns={termColumns}
          rows={council.adviceTerms}
          rowKey={(a) => a.id}
        />
      </div>
      {mayEdit && (
        <div className="two-columns">
          <AdviceTermForm councilId={council.id} councilName={council.name} onSaved={onSaved} />
          <RegulationForm
            councilId={council.id}
            councilName={council.name}
            regulationAdoptedOn={council.regulationAdoptedOn}
            onSaved={onSaved}
          />
        </div>
      )}
    </Card>
  );
}

export function ProviderPage() {
  const { id = '' } = useParams();
  const { m, fmt } = useI18n();
  const t = m.provider;
  const query = useQuery(ProviderDetailQuery, { id });
  const provider = query.data?.provider;
  const notFound = query.error?.code === 'NOT_FOUND' || query.error?.code === 'BAD_USER_INPUT';
  const { me } = useSession();
  const [editing, setEditing] = useState(false);
  // The API decides (admin: any provider; board: its own); the form is only offered to those roles.
  const location = useLocation();
  // Who may see this provider's register entries (the API decides; this only avoids asking in vain).
  const readsRegister =
    me?.role === 'ADMIN' ||
    me?.role === 'POLICY_OFFICER' ||
    me?.role === 'CORE_GROUP' ||
    (me?.organisation?.kind === 'PROVIDER' && me.organisation.id === id) ||
    (me?.organisation?.kind === 'CLIENT_COUNCIL' &&
      !!query.data?.provider.councils.some((c) => c.id === me.organisation!.id));
  const mayEdit =
    me?.role === 'ADMIN' ||
    (me?.role === 'PROVIDER_BOARD' && me.organisation?.kind === 'PROVIDER' && me.organisation.id === id);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/aanbieders">{t.back}</Link>
      </p>
      <PageHeader title={provider ? provider.name : notFound ? t.notFound : t.loadingTitle} />
      {!notFound && (
        <QueryStatus loading={query.loading} error={query.error} hasData={!!provider}>
          {provider && (
            <>
              <Figures>
                <Figure label={t.careWorkers} value={fmt.number(provider.careWorkers)} />
                <Figure
                  label={t.councilRequired}
                  value={<YesNo value={provider.councilRequired} />}
                  detail={t.councilRequiredDetail}
                />
                <Figure label={t.councils} value={fmt.number(provider.councils.length)} />
                <Figure label={t.residential} value={<YesNo value={provider.residential} />} />
                <Figure label={t.kvk} value={provider.kvkNumber} />
              </Figures>
              {mayEdit && (
                <Card title={m.providerForms.providerTitle}>
                  <button
                    type="button"
                    className="button secondary"
                    aria-expanded={editing}
                    onClick={() => setEditing((v) => !v)}
                  >
                    {editing ? m.providerForms.close : m.common.edit}
                  </button>
                  {editing && <ProviderEditForm provider={provider} onSaved={query.refetch} />}
                </Card>
              )}
              <Card title={t.councilsTitle}>
                {provider.councils.length === 0 ? (
                  <EmptyState
                    reason="noData"
                    detail={provider.councilRequired ? t.noCouncilRequired : t.noCouncilNotRequired}
                  />
                ) : (
                  provider.councils.map((council) => (
                    <CouncilCard
                      key={council.id}
                      council={council}
                      mayEdit={mayEdit}
                      onSaved={query.refetch}
                    />
                  ))
                )}
              </Card>
              <Card title={t.municipalitiesTitle}>
                {provider.municipalities.length === 0 ? (
                  <EmptyState reason="noData" detail={t.noMunicipalities} />
                ) : (
                  <ul className="inline-list">
                    {provider.municipalities.map((mu) => (
                      <li key={mu.id}>
                        <Link to={`/gemeenten/${mu.cbsCode}`}>{mu.name}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
              <Card title={t.requestsTitle}>
                {!me ? (
                  <EmptyState reason="notAllowed" detail={t.register.signIn}>
                    <Link className="button" to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>
                      {m.session.signIn}
                    </Link>
                  </EmptyState>
                ) : readsRegister ? (
                  <ProviderRegister providerId={provider.id} />
                ) : (
                  <EmptyState reason="notAllowed" detail={t.register.ownOnly} />
                )}
              </Card>
            </>
          )}
        </QueryStatus>
      )}
    </>
  );
}
