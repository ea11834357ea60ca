import {
  ACTIVITY_FORM_LABELS,
  type ActivityForm,
  HOW_CALCULATED,
  PARTICIPATION_LEVEL_LABELS,
  type ParticipationLevel,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportStatus,
  reportTransitions,
} from '@pm/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { YesNo } from '../../components/Badges';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { FormErrors, useApiErrorText } from '../../components/Form';
import { HowCalculated } from '../../components/HowCalculated';
import { QueryStatus } from '../../components/QueryStatus';
import type { CoreGroupActivitiesQuery as Result } from '../../lib/generated/graphql';
import { GraphQLRequestError, request, useQuery } from '../../lib/graphql';
import { NewActivityForm, NewReportForm } from './ActivityForms';
import { ActivitiesQuery, SetReportStatusMutation } from './core-group.graphql';

type ActivityRow = Result['activities']['items'][number];

/** The report's steps (seed 001): concept → voorgelegd → goedgekeurd → gedeeld, with the current one marked. */
function ReportSteps({ status }: { status: ReportStatus }) {
  const { fmt } = useI18n();
  const current = REPORT_STATUSES.indexOf(status);
  return (
    <ol className="steps">
      {REPORT_STATUSES.map((step, index) => (
        <li
          key={step}
          className={index < current ? 'step-done' : index === current ? 'step-current' : 'step-todo'}
          aria-current={index === current ? 'step' : undefined}
        >
          <span aria-hidden="true">{index < current ? '✓' : index === current ? '●' : '○'}</span>{' '}
          {fmt.label(REPORT_STATUS_LABELS[step])}
        </li>
      ))}
    </ol>
  );
}

export function Activities({
  mayEdit,
  focusId,
  pillars,
  municipalities,
  today,
}: {
  mayEdit: boolean;
  focusId: string;
  pillars: ReadonlyArray<{ id: string; code: string }>;
  municipalities: ReadonlyArray<{ id: string; name: string }>;
  today: string;
}) {
  const { m, fmt } = useI18n();
  const t = m.coreGroup.activities;
  const errorText = useApiErrorText();
  const [take, setTake] = useState(25);
  const query = useQuery(ActivitiesQuery, { take });
  const [pending, setPending] = useState<{ row: ActivityRow; to: ReportStatus } | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [reporting, setReporting] = useState<ActivityRow | null>(null);

  const move = async (row: ActivityRow, to: ReportStatus) => {
    setBusy(true);
    setErrors([]);
    try {
      await request(SetReportStatusMutation, {
        id: row.report!.id,
        input: { status: to, revision: row.report!.revision },
      });
      query.refetch();
    } catch (error) {
      setErrors(error instanceof GraphQLRequestError ? error.errors.map(errorText) : [String(error)]);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const columns: Column<ActivityRow>[] = [
    { key: 'date', header: t.date, cell: (a) => fmt.date(a.heldOn), sortValue: (a) => a.heldOn },
    { key: 'title', header: t.title, rowHeader: true, cell: (a) => a.title, sortValue: (a) => a.title },
    {
      key: 'form',
      header: t.form,
      cell: (a) => fmt.label(ACTIVITY_FORM_LABELS[a.form as ActivityForm]),
      sortValue: (a) => fmt.label(ACTIVITY_FORM_LABELS[a.form as ActivityForm]),
    },
    {
      key: 'where',
      header: t.where,
      cell: (a) => a.municipality?.name ?? t.regionWide,
      sortValue: (a) => a.municipality?.name ?? '',
    },
    {
      key: 'participants',
      header: t.participants,
      align: 'end',
      cell: (a) => fmt.number(a.participants.total),
      sortValue: (a) => a.participants.total,
    },
    {
      key: 'level',
      header: t.level,
      cell: (a) => fmt.label(PARTICIPATION_LEVEL_LABELS[a.level as ParticipationLevel]),
    },
    { key: 'feedback', header: t.feedback, cell: (a) => <YesNo value={a.feedbackGiven} /> },
    {
      key: 'report',
      header: t.report,
      cell: (a) =>
        a.report ? (
          <>
            <ReportSteps status={a.report.status as ReportStatus} />
            {mayEdit &&
              reportTransitions(a.report.status as ReportStatus).map((to) => (
                <button
                  key={to}
                  type="button"
                  className="button secondary small"
                  disabled={busy}
                  onClick={() =>
                    to === 'APPROVED_BY_PARTICIPANTS' || to === 'DRAFT'
                      ? setPending({ row: a, to })
                      : move(a, to)
                  }
                >
                  {t.moveTo[to]} <span className="visually-hidden">: {a.title}</span>
                </button>
              ))}
          </>
        ) : mayEdit ? (
          <button
            type="button"
            className="button secondary small"
            aria-expanded={reporting?.id === a.id}
            onClick={() => setReporting(a)}
          >
            {m.coreGroup.activityForm.writeReport} <span className="visually-hidden">: {a.title}</span>
          </button>
        ) : (
          <span className="muted">{t.noReport}</span>
        ),
    },
    {
      key: 'actions',
      header: t.actions,
      cell: (a) =>
        a.actions.length === 0 ? (
          <span className="muted">{t.noActions}</span>
        ) : (
          <ul className="plain-list">
            {a.actions.map((action) => (
              <li key={action.id}>
                <Link to={`/kerngroep?actie=${action.id}`}>{action.title}</Link>
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <QueryStatus loading={query.loading} error={query.error} hasData={!!query.data}>
      {query.data && (
        <>
          <FormErrors errors={errors} />
          {mayEdit && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                aria-expanded={creating}
                onClick={() => setCreating((v) => !v)}
              >
                {m.coreGroup.activityForm.title}
              </button>
            </div>
          )}
          {creating && (
            <NewActivityForm
              pillars={pillars}
              municipalities={municipalities}
              today={today}
              onSaved={() => {
                setCreating(false);
                query.refetch();
              }}
            />
          )}
          {reporting && (
            <NewReportForm
              activityId={reporting.id}
              activityTitle={reporting.title}
              onSaved={() => {
                setReporting(null);
                query.refetch();
              }}
            />
          )}
          <HowCalculated label={t.approvalHow}>
            <p>{fmt.label(HOW_CALCULATED.reportVisibility)}</p>
          </HowCalculated>
          {query.data.activities.items.length === 0 ? (
            <EmptyState reason="noData" detail={t.none} />
          ) : (
            <DataTable
              caption={t.caption(
                fmt.number(query.data.activities.items.length),
                fmt.number(query.data.activities.totalItems),
              )}
              columns={columns}
              rows={query.data.activities.items}
              rowKey={(a) => a.id}
              initialSort={{ key: 'date', dir: 'desc' }}
              rowClassName={(a) => (a.id === focusId ? 'row-focus' : undefined)}
              testId="activities-table"
            />
          )}
          {query.data.activities.totalItems > query.data.activities.items.length && (
            <button
              type="button"
              className="button secondary"
              onClick={() => setTake((n) => Math.min(200, n + 50))}
            >
              {t.more}
            </button>
          )}
          <ConfirmDialog
            open={pending !== null}
            title={pending?.to === 'DRAFT' ? t.backTitle : t.approveTitle}
            confirmLabel={pending ? t.moveTo[pending.to] : ''}
            busy={busy}
            onCancel={() => setPending(null)}
            onConfirm={() => pending && move(pending.row, pending.to)}
          >
            <p>
              {pending &&
                (pending.to === 'DRAFT' ? t.backBody(pending.row.title) : t.approveBody(pending.row.title))}
            </p>
          </ConfirmDialog>
        </>
      )}
    </QueryStatus>
  );
}
