import {
  ADVICE_KIND_LABELS,
  type AdviceKind,
  adviceTermOn,
  COUNCIL_KIND_LABELS,
  COUNCIL_POSITION_LABELS,
  type CouncilPosition,
  FINDING_LABELS,
  type FindingCode,
  type Verdict,
} from '@pm/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { VerdictBadge } from '../../components/Badges';
import { Card, Figure, Figures } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrors, useApiErrorText } from '../../components/Form';
import { HowCalculated } from '../../components/HowCalculated';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { OnTimeRateChart } from '../../components/VerdictCharts';
import type { CouncilQuery as Result } from '../../lib/generated/graphql';
import { GraphQLRequestError, request, useQuery } from '../../lib/graphql';
import { monthEnd, toVerdictMonths, windowStart } from '../../lib/timeliness-figures';
import { useUrlState } from '../../lib/url-state';
import {
  CommunicatedMutation,
  CouncilChoicesQuery,
  CouncilQuery,
  WithdrawRequestMutation,
} from './council.graphql';
import { councilCodec } from './council-filters';
import {
  CouncilEntryForm,
  DecisionForm,
  EditDraftForm,
  NewRequestForm,
  PositionForm,
  SendForm,
} from './CouncilForms';
import { awaitsPosition, compareWithRegion, deadlineState, toIcs } from './to-council-requests';

type RequestRow = Result['allRequests']['items'][number];
const MONTHS = 24;

export function CouncilPage() {
  const { m, fmt, lang } = useI18n();
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
  const query = useQuery(
    CouncilQuery,
    {
      id: councilId ?? '',
      from: today ? windowStart(today, MONTHS - 1) : '',
      to: today ? monthEnd(today) : '',
    },
    { skip: !councilId || !today },
  );
  const [active, setActive] = useState<{
    id: string;
    type: 'position' | 'decision' | 'send' | 'edit';
  } | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ id: string; title: string; version: number } | null>(null);
  const [newRequest, setNewRequest] = useState(false);
  const [stepBusy, setStepBusy] = useState(false);
  const [stepErrors, setStepErrors] = useState<string[]>([]);
  const errorText = useApiErrorText();
  const [entryForm, setEntryForm] = useState<'unsolicited' | 'notRequested' | null>(null);
  const activeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active) activeRef.current?.focus();
  }, [active]);

  const data = query.data;
  const council = data?.clientCouncil;
  const isCouncil = me?.role === 'ADMIN' || (!!ownCouncilId && ownCouncilId === councilId);
  const isBoard = me?.role === 'ADMIN' || (!!providerId && council?.provider.id === providerId);
  const comparison = compareWithRegion(data?.councilFigures[0], data?.regionFigures[0]);
  const councilMonths = useMemo(() => (data ? toVerdictMonths(data.councilMonths) : []), [data]);
  const regionMonths = useMemo(() => (data ? toVerdictMonths(data.regionMonths) : []), [data]);
  const period = today ? `${fmt.month(windowStart(today, MONTHS - 1))} – ${fmt.month(today)}` : '';
  const icsHref = useMemo(() => {
    if (!data || !today || !council) return null;
    const withDeadline = data.openRequests.items
      .filter((r) => !r.councilRespondedOn && r.timeliness?.deadline)
      .map((r) => ({ id: r.id, title: r.title, deadline: r.timeliness!.deadline! }));
    if (withDeadline.length === 0) return null;
    const text = toIcs(council.name, withDeadline, today, (title) => t.icsSummary(title));
    return `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
  }, [data, today, council, t]);

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

  const subjectTitle = (r: RequestRow) => (lang === 'nl' ? r.subject.titleNl : r.subject.titleEn);
  const deadlineCell = (r: RequestRow) => {
    const state = deadlineState(r);
    switch (state.kind) {
      case 'daysLeft':
        return <span data-days-left={state.days}>{t.daysLeft(state.days)}</span>;
      case 'overdue':
        return <span className="late-text">{t.overdue(state.days)}</span>;
      case 'answered':
        return t.answeredOn(fmt.date(state.on));
      default:
        return '—';
    }
  };
  const requestCell = (r: RequestRow) => (
    <>
      {r.title}
      <br />
      <span className="muted">
        {fmt.label(ADVICE_KIND_LABELS[r.kind as AdviceKind])} · {subjectTitle(r)} ({r.subject.articleRef})
      </span>
    </>
  );
  const openColumns: Column<RequestRow>[] = [
    { key: 'title', header: t.columns.request, rowHeader: true, cell: requestCell },
    {
      key: 'requested',
      header: t.columns.requestedOn,
      cell: (r) => (r.requestedOn ? fmt.date(r.requestedOn) : '—'),
    },
    {
      key: 'deadline',
      header: t.columns.deadline,
      cell: (r) => (r.timeliness?.deadline ? fmt.date(r.timeliness.deadline) : '—'),
    },
    { key: 'daysLeft', header: t.columns.daysLeft, cell: deadlineCell },
    {
      key: 'planned',
      header: t.columns.plannedDecision,
      cell: (r) => (r.plannedDecisionOn ? fmt.date(r.plannedDecisionOn) : '—'),
    },
    {
      key: 'verdict',
      header: t.columns.verdict,
      cell: (r) => (r.timeliness ? <VerdictBadge verdict={r.timeliness.verdict as Verdict} /> : '—'),
    },
    ...(isCouncil || isBoard
      ? [
          {
            key: 'step',
            header: t.columns.step,
            cell: (r: RequestRow) => (
              <div className="inline-buttons">
                {isCouncil && awaitsPosition(r) && (
                  <button
                    type="button"
                    className="button secondary small"
                    aria-expanded={active?.id === r.id && active.type === 'position'}
                    onClick={() => setActive({ id: r.id, type: 'position' })}
                  >
                    {t.recordPosition} <span className="visually-hidden">: {r.title}</span>
                  </button>
                )}
                {isBoard && r.status === 'DRAFT' && (
                  <button
                    type="button"
                    className="button secondary small"
                    aria-expanded={active?.id === r.id && active.type === 'edit'}
                    onClick={() => setActive({ id: r.id, type: 'edit' })}
                  >
                    {t.editDraft} <span className="visually-hidden">: {r.title}</span>
                  </button>
                )}
                {isBoard && r.status === 'DRAFT' && (
                  <button
                    type="button"
                    className="button secondary small"
                    aria-expanded={active?.id === r.id && active.type === 'send'}
                    onClick={() => setActive({ id: r.id, type: 'send' })}
                  >
                    {t.sendToCouncil} <span className="visually-hidden">: {r.title}</span>
                  </button>
                )}
                {isBoard && (r.status === 'SENT' || r.status === 'RESPONDED') && (
                  <button
                    type="button"
                    className="button secondary small"
                    aria-expanded={active?.id === r.id && active.type === 'decision'}
                    onClick={() => setActive({ id: r.id, type: 'decision' })}
                  >
                    {t.recordDecision} <span className="visually-hidden">: {r.title}</span>
                  </button>
                )}
                {isBoard && (r.status === 'DRAFT' || r.status === 'SENT' || r.status === 'RESPONDED') && (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => setWithdrawing({ id: r.id, title: r.title, version: r.version })}
                  >
                    {t.withdraw} <span className="visually-hidden">: {r.title}</span>
                  </button>
                )}
              </div>
            ),
          },
        ]
      : []),
  ];
  const allColumns: Column<RequestRow>[] = [
    {
      key: 'title',
      header: t.columns.request,
      rowHeader: true,
      cell: requestCell,
      sortValue: (r) => r.title,
    },
    {
      key: 'requested',
      header: t.columns.requestedOn,
      cell: (r) => (r.requestedOn ? fmt.date(r.requestedOn) : '—'),
      sortValue: (r) => r.requestedOn,
    },
    {
      key: 'position',
      header: t.columns.position,
      cell: (r) =>
        r.councilPosition ? fmt.label(COUNCIL_POSITION_LABELS[r.councilPosition as CouncilPosition]) : '—',
    },
    {
      key: 'decided',
      header: t.columns.decidedOn,
      cell: (r) => (r.decidedOn ? fmt.date(r.decidedOn) : '—'),
      sortValue: (r) => r.decidedOn,
    },
    {
      key: 'verdict',
      header: t.columns.verdict,
      cell: (r) =>
        r.timeliness ? (
          <>
            <VerdictBadge verdict={r.timeliness.verdict as Verdict} />
            {r.timeliness.marginDays != null && (
              <>
                <br />
                <span className="muted">{t.margin(t.marginDays(r.timeliness.marginDays))}</span>
              </>
            )}
          </>
        ) : (
          '—'
        ),
      sortValue: (r) => r.timeliness?.verdict ?? null,
    },
    {
      key: 'findings',
      header: t.columns.findings,
      cell: (r) =>
        r.findings.length === 0
          ? '—'
          : r.findings.map((f) => fmt.label(FINDING_LABELS[f as FindingCode])).join('; '),
    },
    ...(isBoard
      ? [
          {
            key: 'step',
            header: t.columns.step,
            cell: (r: RequestRow) =>
              r.status === 'DECIDED' ? (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={stepBusy}
                  onClick={() =>
                    runStep(() =>
                      request(CommunicatedMutation, {
                        id: r.id,
                        input: { decisionCommunicatedOn: today!, version: r.version },
                      }),
                    )
                  }
                >
                  {t.communicated} <span className="visually-hidden">: {r.title}</span>
                </button>
              ) : null,
          },
        ]
      : []),
  ];
  const runStep = async (job: () => Promise<unknown>) => {
    setStepBusy(true);
    setStepErrors([]);
    try {
      await job();
      query.refetch();
    } catch (error) {
      setStepErrors(error instanceof GraphQLRequestError ? error.errors.map(errorText) : [String(error)]);
    } finally {
      setStepBusy(false);
      setWithdrawing(null);
    }
  };
  const activeRequest = active && data ? data.openRequests.items.find((r) => r.id === active.id) : undefined;
  const term = council && today ? adviceTermOn(council.adviceTerms, today) : null;
  const refresh = () => {
    setActive(null);
    query.refetch();
  };

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
        <QueryStatus loading={query.loading} error={query.error} hasData={!!data}>
          {data && council && today && (
            <>
              <Card title={council.name}>
                <dl className="facts">
                  <dt>{t.provider}</dt>
                  <dd>
                    <Link to={`/aanbieders/${council.provider.id}`}>{council.provider.name}</Link>
                  </dd>
                  <dt>{t.kind}</dt>
                  <dd>{fmt.label(COUNCIL_KIND_LABELS[council.kind])}</dd>
                  <dt>{t.adviceTerm}</dt>
                  <dd data-testid="advice-term">
                    {term === null ? m.common.unknown : m.provider.days(term)}
                  </dd>
                  <dt>{t.regulation}</dt>
                  <dd>
                    {council.regulationAdoptedOn ? (
                      m.provider.regulationOn(fmt.date(council.regulationAdoptedOn))
                    ) : (
                      <span className="warning-text">{m.provider.noRegulation}</span>
                    )}
                  </dd>
                </dl>
                <Figures>
                  <Figure
                    label={t.ownRate}
                    value={
                      <span data-testid="council-rate">
                        {comparison.council === null ? m.common.noFigure : fmt.percent(comparison.council)}
                      </span>
                    }
                    detail={t.rateBasis(fmt.number(comparison.councilRated), period)}
                  />
                  <Figure
                    label={t.regionRate}
                    value={
                      <span data-testid="region-rate">
                        {comparison.region === null ? m.common.noFigure : fmt.percent(comparison.region)}
                      </span>
                    }
                    detail={
                      comparison.points === null
                        ? t.rateBasis(fmt.number(comparison.regionRated), period)
                        : t.difference(comparison.points)
                    }
                  />
                  <Figure label={t.openCount} value={fmt.number(data.openRequests.totalItems)} />
                  <Figure
                    label={t.findingsCount}
                    value={fmt.number(data.councilFigures[0]?.findingCounts.entriesWithFindings ?? 0)}
                    detail={t.findingsDetail}
                  />
                </Figures>
                <HowCalculated>
                  <p>{t.termExplanation}</p>
                  <p>{m.overview.onTimeHow}</p>
                </HowCalculated>
              </Card>

              <Card title={t.openTitle}>
                <FormErrors errors={stepErrors} />
                {data.openRequests.items.length === 0 ? (
                  <EmptyState reason="noData" detail={t.noOpen} />
                ) : (
                  <DataTable
                    caption={t.openCaption(fmt.number(data.openRequests.totalItems))}
                    columns={openColumns}
                    rows={data.openRequests.items}
                    rowKey={(r) => r.id}
                    testId="open-requests"
                  />
                )}
                {activeRequest && (
                  <div className="step-panel" ref={activeRef} tabIndex={-1} aria-labelledby="step-title">
                    <h3 id="step-title">
                      {active?.type === 'edit'
                        ? t.forms.editTitle(activeRequest.title)
                        : active?.type === 'send'
                          ? t.forms.sendTitle(activeRequest.title)
                          : active?.type === 'position'
                            ? t.forms.positionTitle(activeRequest.title)
                            : t.forms.decisionTitle(activeRequest.title)}
                    </h3>
                    {active?.type === 'edit' ? (
                      <EditDraftForm
                        key={`${activeRequest.id}-${activeRequest.version}`}
                        draft={{
                          id: activeRequest.id,
                          version: activeRequest.version,
                          title: activeRequest.title,
                          summary: activeRequest.summary,
                          kind: activeRequest.kind as AdviceKind,
                          subjectId: activeRequest.subject.id,
                          plannedDecisionOn: activeRequest.plannedDecisionOn ?? null,
                        }}
                        residential={council.provider.residential}
                        subjects={data.wmczSubjects}
                        onSaved={refresh}
                      />
                    ) : active?.type === 'send' ? (
                      <SendForm
                        requestId={activeRequest.id}
                        version={activeRequest.version}
                        title={activeRequest.title}
                        today={today}
                        onSaved={refresh}
                      />
                    ) : active?.type === 'position' ? (
                      <PositionForm
                        requestId={activeRequest.id}
                        version={activeRequest.version}
                        kind={activeRequest.kind as AdviceKind}
                        title={activeRequest.title}
                        today={today}
                        onSaved={refresh}
                      />
                    ) : (
                      <DecisionForm
                        requestId={activeRequest.id}
                        version={activeRequest.version}
                        title={activeRequest.title}
                        hasPosition={!!activeRequest.councilPosition}
                        today={today}
                        onSaved={refresh}
                      />
                    )}
                    <button type="button" className="link-button" onClick={() => setActive(null)}>
                      {m.common.cancel}
                    </button>
                  </div>
                )}
                {icsHref && (
                  <p>
                    <a href={icsHref} download={`adviestermijnen-${council.id}.ics`}>
                      {t.icsLink}
                    </a>
                  </p>
                )}
              </Card>

              <Card title={t.compareTitle}>
                <ChartFrame
                  testId="council-rate-chart"
                  title={t.compareChartTitle(council.name, period)}
                  summary={m.overview.linesSummary}
                  legend={
                    <ul className="legend">
                      <li>
                        <span aria-hidden="true" className="legend-glyph legend-own">
                          ●
                        </span>
                        {council.name}
                      </li>
                      <li>
                        <span aria-hidden="true" className="legend-glyph legend-region">
                          ■
                        </span>
                        {t.regionLine}
                      </li>
                    </ul>
                  }
                  empty={
                    councilMonths.every((r) => r.rated === 0) ? (
                      <EmptyState reason="noData" detail={t.noRated} />
                    ) : undefined
                  }
                  chart={
                    <OnTimeRateChart
                      rows={councilMonths}
                      comparison={regionMonths}
                      formatMonth={fmt.month}
                      formatPercent={(v) => fmt.percent(v)}
                      axisLabel={m.overview.onTimeAxis}
                      seriesLabel={council.name}
                      comparisonLabel={t.regionLine}
                    />
                  }
                  table={
                    <DataTable
                      caption={t.compareChartTitle(council.name, period)}
                      columns={[
                        {
                          key: 'month',
                          header: m.overview.month,
                          rowHeader: true,
                          cell: (r) => fmt.month(r.month),
                        },
                        {
                          key: 'own',
                          header: council.name,
                          align: 'end',
                          cell: (r) =>
                            r.rate === null ? m.common.noFigure : `${fmt.percent(r.rate)} (${r.rated})`,
                        },
                        {
                          key: 'region',
                          header: t.regionLine,
                          align: 'end',
                          cell: (r) => {
                            const region = regionMonths.find((x) => x.month === r.month);
                            return region?.rate == null
                              ? m.common.noFigure
                              : `${fmt.percent(region.rate)} (${region.rated})`;
                          },
                        },
                      ]}
                      rows={councilMonths}
                      rowKey={(r) => r.month}
                      testId="council-rate-table"
                    />
                  }
                />
              </Card>

              <Card title={t.allTitle}>
                {data.allRequests.items.length === 0 ? (
                  <EmptyState reason="noData" detail={t.noRequests} />
                ) : (
                  <DataTable
                    caption={t.allCaption(fmt.number(data.allRequests.totalItems))}
                    columns={allColumns}
                    rows={data.allRequests.items}
                    rowKey={(r) => r.id}
                    initialSort={{ key: 'requested', dir: 'desc' }}
                    testId="all-requests"
                  />
                )}
              </Card>

              {isBoard && (
                <Card title={t.forms.newRequestTitle}>
                  <button
                    type="button"
                    className="button secondary"
                    aria-expanded={newRequest}
                    onClick={() => setNewRequest((v) => !v)}
                  >
                    {t.forms.newRequestTitle}
                  </button>
                  {newRequest && (
                    <NewRequestForm
                      councilId={council.id}
                      providerId={council.provider.id}
                      residential={council.provider.residential}
                      subjects={data.wmczSubjects}
                      today={today}
                      onSaved={query.refetch}
                    />
                  )}
                </Card>
              )}
              <ConfirmDialog
                open={withdrawing !== null}
                title={t.withdrawTitle}
                confirmLabel={t.withdrawConfirm}
                busy={stepBusy}
                onCancel={() => setWithdrawing(null)}
                onConfirm={() =>
                  withdrawing &&
                  runStep(() =>
                    request(WithdrawRequestMutation, {
                      id: withdrawing.id,
                      input: { withdrawnOn: today, version: withdrawing.version },
                    }),
                  )
                }
              >
                <p>{withdrawing && t.withdrawBody(withdrawing.title)}</p>
              </ConfirmDialog>
              {isCouncil && (
                <Card title={t.ownEntriesTitle}>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button secondary"
                      aria-expanded={entryForm === 'unsolicited'}
                      onClick={() => setEntryForm((v) => (v === 'unsolicited' ? null : 'unsolicited'))}
                    >
                      {t.forms.unsolicitedTitle}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      aria-expanded={entryForm === 'notRequested'}
                      onClick={() => setEntryForm((v) => (v === 'notRequested' ? null : 'notRequested'))}
                    >
                      {t.forms.notRequestedTitle}
                    </button>
                  </div>
                  {entryForm && (
                    <CouncilEntryForm
                      key={entryForm}
                      mode={entryForm}
                      councilId={council.id}
                      residential={council.provider.residential}
                      subjects={data.wmczSubjects}
                      today={today}
                      onSaved={query.refetch}
                    />
                  )}
                </Card>
              )}
            </>
          )}
        </QueryStatus>
      )}
    </>
  );
}
