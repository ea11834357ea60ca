import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type ActionStatus,
  PILLAR_CODES,
  PILLAR_LABELS,
  type PillarCode,
} from '@pm/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ActionStatusBadge, LateBadge } from '../../components/Badges';
import { Card, Figure, Figures } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { Legend } from '../../components/ChartPatterns';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { FormErrors, useApiErrorText } from '../../components/Form';
import { PageHeader } from '../../components/PageHeader';
import { QueryStatus } from '../../components/QueryStatus';
import { ACTION_STATUS_STYLES } from '../../lib/chart-colors';
import type { CoreGroupQuery as Result } from '../../lib/generated/graphql';
import { GraphQLRequestError, request, useQuery } from '../../lib/graphql';
import { useUrlState } from '../../lib/url-state';
import { ActionDetail } from './ActionDetail';
import { ActionForm, EMPTY_ACTION } from './ActionForm';
import { actionCodec, DUE_WINDOWS, LATE_FILTERS, toActionFilter } from './action-filters';
import { Activities } from './Activities';
import { BulkStatusMutation, CoreGroupQuery } from './core-group.graphql';
import { TimelineChart } from './TimelineChart';
import { toTimeline, type TimelineRow } from './to-timeline';

type ActionRow = Result['actions']['items'][number];

export function CoreGroupPage() {
  const { m, fmt } = useI18n();
  const t = m.coreGroup;
  const { me, role, today } = useSession();
  const location = useLocation();
  const [filters, setFilters] = useUrlState(actionCodec);
  const mayEdit = role === 'CORE_GROUP' || role === 'ADMIN';
  const query = useQuery(
    CoreGroupQuery,
    {
      filter: today ? toActionFilter(filters, today) : {},
      actionId: filters.action || '0',
      withAction: !!filters.action,
    },
    { skip: !me || !today },
  );
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<ActionStatus>('IN_PROGRESS');
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkErrors, setBulkErrors] = useState<string[]>([]);
  const errorText = useApiErrorText();
  const detailRef = useRef<HTMLDivElement>(null);

  const data = query.data;
  const pillarLabel = (code: string) =>
    code in PILLAR_LABELS ? fmt.label(PILLAR_LABELS[code as PillarCode]) : code;
  const rows = useMemo(
    () => (data ? data.actions.items.filter((a) => !filters.pillar || a.pillar.code === filters.pillar) : []),
    [data, filters.pillar],
  );
  const timeline = useMemo(() => (today ? toTimeline(rows, today) : null), [rows, today]);
  const filtered =
    !!filters.pillar ||
    !!filters.status ||
    !!filters.member ||
    !!filters.municipality ||
    filters.late !== 'alle' ||
    filters.due !== 'alle' ||
    !!filters.search.trim();
  const lists = data
    ? {
        pillars: data.pillars,
        members: data.coreGroupMembers,
        municipalities: data.municipalities.items,
        actions: data.actions.items.map((a) => ({ id: a.id, title: a.title })),
      }
    : null;
  const selectedRows = rows.filter((r) => selected.has(r.id));

  // Opening an action moves focus to its details (keyboard and screen-reader users land there).
  useEffect(() => {
    if (filters.action && data?.action) detailRef.current?.focus();
  }, [filters.action, data?.action]);

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
          </Link>{' '}
          <Link to="/">{t.toOverview}</Link>
        </EmptyState>
      </>
    );
  }

  const applyBulk = async () => {
    setBulkBusy(true);
    setBulkErrors([]);
    try {
      await request(BulkStatusMutation, {
        input: { status: bulkStatus, items: selectedRows.map((r) => ({ id: r.id, version: r.version })) },
      });
      setSelected(new Set());
      query.refetch();
    } catch (error) {
      setBulkErrors(error instanceof GraphQLRequestError ? error.errors.map(errorText) : [String(error)]);
    } finally {
      setBulkBusy(false);
      setConfirmBulk(false);
    }
  };

  const columns: Column<ActionRow>[] = [
    {
      key: 'title',
      header: t.columns.title,
      rowHeader: true,
      cell: (a) => (
        <Link
          to={`?${actionCodec.write({ ...filters, action: a.id }).toString()}`}
          aria-current={filters.action === a.id ? 'true' : undefined}
        >
          {a.title}
        </Link>
      ),
      sortValue: (a) => a.title,
    },
    {
      key: 'pillar',
      header: t.columns.pillar,
      cell: (a) => pillarLabel(a.pillar.code),
      sortValue: (a) => a.pillar.code,
    },
    {
      key: 'status',
      header: t.columns.status,
      cell: (a) => <ActionStatusBadge status={a.status as ActionStatus} />,
      sortValue: (a) => ACTION_STATUSES.indexOf(a.status as ActionStatus),
    },
    {
      key: 'progress',
      header: t.columns.progress,
      align: 'end',
      cell: (a) => (a.progress.value === null ? m.common.noFigure : fmt.percent(a.progress.value / 100)),
      sortValue: (a) => a.progress.value,
    },
    {
      key: 'responsible',
      header: t.columns.responsible,
      cell: (a) => a.responsible?.name ?? <span className="muted">{t.nobody}</span>,
      sortValue: (a) => a.responsible?.name ?? null,
    },
    {
      key: 'where',
      header: t.columns.where,
      cell: (a) => (a.regionWide ? t.regionWide : a.municipalities.map((mu) => mu.name).join(', ')),
    },
    {
      key: 'due',
      header: t.columns.due,
      cell: (a) => (
        <>
          {a.dueOn ? fmt.date(a.dueOn) : <span className="muted">{t.noDate}</span>} {a.late && <LateBadge />}
        </>
      ),
      sortValue: (a) => a.dueOn,
    },
    {
      key: 'waits',
      header: t.columns.waitsOn,
      cell: (a) => {
        const open = a.blockedBy.filter((b) => b.status !== 'DONE' && b.status !== 'DROPPED');
        return open.length === 0 ? '—' : open.map((b) => b.title).join('; ');
      },
    },
    {
      key: 'milestones',
      header: t.columns.milestones,
      cell: (a) => {
        const late = a.milestones.filter((ms) => ms.late).length;
        const done = a.milestones.filter((ms) => ms.doneOn).length;
        return a.milestones.length === 0
          ? '—'
          : `${t.milestonesDone(done, a.milestones.length)}${late ? `, ${t.milestonesLate(late)}` : ''}`;
      },
    },
  ];
  const timelineColumns: Column<TimelineRow>[] = [
    { key: 'title', header: t.columns.title, rowHeader: true, cell: (r) => r.title },
    {
      key: 'status',
      header: t.columns.status,
      cell: (r) => <ActionStatusBadge status={r.status as ActionStatus} />,
    },
    { key: 'start', header: t.columns.start, cell: (r) => (r.startUnknown ? t.noDate : fmt.date(r.startOn)) },
    {
      key: 'due',
      header: t.columns.due,
      cell: (r) => (
        <>
          {fmt.date(r.dueOn)} {r.late && <LateBadge />}
        </>
      ),
    },
    {
      key: 'milestones',
      header: t.columns.milestones,
      cell: (r) =>
        r.milestones.length === 0
          ? '—'
          : r.milestones
              .map(
                (ms) =>
                  `${ms.title}${ms.done ? ` (${t.reached})` : ms.late ? ` (${m.common.late.toLowerCase()})` : ''}`,
              )
              .join('; '),
    },
    {
      key: 'waits',
      header: t.columns.waitsOn,
      cell: (r) => (r.waitingOn.length === 0 ? '—' : r.waitingOn.join('; ')),
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
          <label htmlFor="f-pillar">{t.filters.pillar}</label>
          <select
            id="f-pillar"
            value={filters.pillar}
            onChange={(e) => setFilters({ pillar: e.target.value as '' | PillarCode })}
          >
            <option value="">{t.filters.allPillars}</option>
            {PILLAR_CODES.map((code) => (
              <option key={code} value={code}>
                {pillarLabel(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">{t.filters.status}</label>
          <select
            id="f-status"
            value={filters.status}
            onChange={(e) => setFilters({ status: e.target.value as '' | ActionStatus })}
          >
            <option value="">{t.filters.allStatuses}</option>
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {fmt.label(ACTION_STATUS_LABELS[status])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-member">{t.filters.owner}</label>
          <select
            id="f-member"
            value={filters.member}
            onChange={(e) => setFilters({ member: e.target.value })}
          >
            <option value="">{t.filters.everyone}</option>
            {(data?.coreGroupMembers ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-municipality">{t.filters.municipality}</label>
          <select
            id="f-municipality"
            value={filters.municipality}
            onChange={(e) => setFilters({ municipality: e.target.value })}
          >
            <option value="">{t.filters.allMunicipalities}</option>
            {(data?.municipalities.items ?? []).map((mu) => (
              <option key={mu.id} value={mu.id}>
                {mu.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-late">{t.filters.late}</label>
          <select
            id="f-late"
            value={filters.late}
            onChange={(e) => setFilters({ late: e.target.value as (typeof LATE_FILTERS)[number] })}
          >
            {LATE_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t.filters.lateOptions[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-due">{t.filters.due}</label>
          <select
            id="f-due"
            value={filters.due}
            onChange={(e) => setFilters({ due: e.target.value as (typeof DUE_WINDOWS)[number] })}
          >
            {DUE_WINDOWS.map((value) => (
              <option key={value} value={value}>
                {t.filters.dueOptions[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-search">{t.filters.search}</label>
          <input
            id="f-search"
            type="search"
            value={filters.search}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
        </div>
        {filtered && (
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              setFilters({
                pillar: '',
                status: '',
                member: '',
                municipality: '',
                late: 'alle',
                due: 'alle',
                search: '',
              })
            }
          >
            {m.common.clearFilters}
          </button>
        )}
      </form>

      <QueryStatus loading={query.loading} error={query.error} hasData={!!data && !!lists}>
        {data && lists && today && timeline && (
          <>
            {data.action && (
              <Card title={t.detailTitle}>
                <div ref={detailRef} tabIndex={-1} aria-labelledby="action-detail-title">
                  <ActionDetail
                    action={data.action}
                    lists={lists}
                    mayEdit={mayEdit}
                    today={today}
                    onChanged={query.refetch}
                    onClose={() => setFilters({ action: '' })}
                  />
                </div>
              </Card>
            )}
            <Figures>
              <Figure
                label={t.figures.shown}
                value={fmt.number(rows.length)}
                detail={t.figures.ofTotal(fmt.number(data.actions.totalItems))}
              />
              <Figure label={t.figures.late} value={fmt.number(rows.filter((r) => r.late).length)} />
              <Figure
                label={t.figures.blocked}
                value={fmt.number(rows.filter((r) => r.status === 'BLOCKED').length)}
              />
              <Figure label={t.figures.today} value={fmt.date(today)} />
            </Figures>
            {mayEdit && (
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-expanded={creating}
                  onClick={() => setCreating((v) => !v)}
                >
                  {t.newAction}
                </button>
              </div>
            )}
            {creating && (
              <Card title={t.form.newTitle}>
                <ActionForm
                  initial={EMPTY_ACTION}
                  lists={lists}
                  onSaved={(id) => {
                    setCreating(false);
                    setFilters({ action: id });
                    query.refetch();
                  }}
                  onCancel={() => setCreating(false)}
                />
              </Card>
            )}
            <Card title={t.actionsTitle}>
              {mayEdit && rows.length > 0 && (
                <div className="bulk-bar" role="group" aria-label={t.bulk.label}>
                  <span>{t.bulk.selected(selected.size)}</span>
                  <label htmlFor="bulk-status">{t.bulk.newStatus}</label>
                  <select
                    id="bulk-status"
                    value={bulkStatus}
                    onChange={(e) => setBulkStatus(e.target.value as ActionStatus)}
                  >
                    {ACTION_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {fmt.label(ACTION_STATUS_LABELS[status])}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button"
                    disabled={selected.size === 0 || bulkBusy}
                    onClick={() => setConfirmBulk(true)}
                  >
                    {t.bulk.apply}
                  </button>
                </div>
              )}
              <FormErrors errors={bulkErrors} />
              {rows.length === 0 ? (
                <EmptyState reason={filtered ? 'filterTooNarrow' : 'noData'} />
              ) : (
                <DataTable
                  caption={t.tableCaption(fmt.number(rows.length))}
                  columns={columns}
                  rows={rows}
                  rowKey={(a) => a.id}
                  sort={filters.sort}
                  onSortChange={(sort) => setFilters({ sort })}
                  rowClassName={(a) => (a.late ? 'row-late' : undefined)}
                  selection={
                    mayEdit
                      ? { selected, onChange: setSelected, rowLabel: (a) => t.bulk.select(a.title) }
                      : undefined
                  }
                  testId="actions-table"
                />
              )}
            </Card>
            <Card title={t.timelineTitle}>
              <ChartFrame
                testId="timeline"
                title={t.timelineChartTitle(fmt.date(timeline.origin), fmt.date(today))}
                summary={t.timelineSummary}
                description={timeline.unplanned > 0 ? <p>{t.unplanned(timeline.unplanned)}</p> : undefined}
                legend={
                  <>
                    <Legend
                      items={ACTION_STATUSES.map((status) => ({
                        key: status,
                        label: fmt.label(ACTION_STATUS_LABELS[status]),
                        style: ACTION_STATUS_STYLES[status],
                      }))}
                    />
                    <ul className="legend">
                      {t.timelineLegend.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </>
                }
                empty={
                  timeline.rows.length === 0 ? (
                    <EmptyState reason={filtered ? 'filterTooNarrow' : 'noData'} />
                  ) : undefined
                }
                chart={
                  <TimelineChart
                    timeline={timeline}
                    formatMonth={fmt.month}
                    lateLabel={m.common.late.toLowerCase()}
                    todayLabel={t.todayLabel}
                    axisLabel={t.timelineAxis}
                  />
                }
                table={
                  <DataTable
                    caption={t.timelineChartTitle(fmt.date(timeline.origin), fmt.date(today))}
                    columns={timelineColumns}
                    rows={timeline.rows}
                    rowKey={(r) => r.id}
                    testId="timeline-table"
                  />
                }
              />
            </Card>
          </>
        )}
      </QueryStatus>
      <Card title={t.activitiesTitle}>
        <div id="bijeenkomsten" />
        {data && today ? (
          <Activities
            mayEdit={mayEdit}
            focusId={new URLSearchParams(location.search).get('bijeenkomst') ?? ''}
            pillars={data.pillars}
            municipalities={data.municipalities.items}
            today={today}
          />
        ) : null}
      </Card>
      <ConfirmDialog
        open={confirmBulk}
        title={t.bulk.confirmTitle}
        confirmLabel={t.bulk.confirm}
        busy={bulkBusy}
        onCancel={() => setConfirmBulk(false)}
        onConfirm={applyBulk}
      >
        <p>{t.bulk.confirmBody(selectedRows.length, fmt.label(ACTION_STATUS_LABELS[bulkStatus]))}</p>
        <ul>
          {selectedRows.slice(0, 10).map((r) => (
            <li key={r.id}>{r.title}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
