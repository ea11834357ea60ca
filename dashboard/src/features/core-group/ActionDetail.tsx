import {
  ACTION_STATUS_LABELS,
  type ActionStatus,
  HOW_CALCULATED,
  PILLAR_LABELS,
  type PillarCode,
} from '@pm/domain';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { ActionStatusBadge, LateBadge } from '../../components/Badges';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { type Column, DataTable } from '../../components/DataTable';
import { Field, FormErrors, useApiErrorText, useFormSubmit } from '../../components/Form';
import { HowCalculated } from '../../components/HowCalculated';
import type { CoreGroupQuery as Result } from '../../lib/generated/graphql';
import { GraphQLRequestError, request } from '../../lib/graphql';
import { ActionForm, type ActionFormLists } from './ActionForm';
import {
  AddDependencyMutation,
  CreateMilestoneMutation,
  DeleteMilestoneMutation,
  RemoveDependencyMutation,
  UpdateMilestoneMutation,
} from './core-group.graphql';

type Detail = NonNullable<Result['action']>;
type Milestone = Detail['milestones'][number];
type Change = Detail['history'][number];

interface Pending {
  title: string;
  body: string;
  confirm: string;
  run(): Promise<unknown>;
}

/** One action in full: what it is, its progress and why, dependencies, milestones and history. */
export function ActionDetail({
  action,
  lists,
  mayEdit,
  today,
  onChanged,
  onClose,
}: {
  action: Detail;
  lists: ActionFormLists;
  mayEdit: boolean;
  today: string;
  onChanged(): void;
  onClose(): void;
}) {
  const { m, fmt, lang } = useI18n();
  const t = m.coreGroup.detail;
  const errorText = useApiErrorText();
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string[]>([]);
  const pillar =
    action.pillar.code in PILLAR_LABELS
      ? fmt.label(PILLAR_LABELS[action.pillar.code as PillarCode])
      : action.pillar.code;

  const run = async (job: () => Promise<unknown>) => {
    setBusy(true);
    setActionError([]);
    try {
      await job();
      onChanged();
    } catch (error) {
      setActionError(error instanceof GraphQLRequestError ? error.errors.map(errorText) : [String(error)]);
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const [blocker, setBlocker] = useState('');
  const dependency = useFormSubmit(
    async () => {
      if (!blocker)
        throw new GraphQLRequestError(
          [{ message: t.chooseAction, extensions: { field: 'input.blockerId' } }],
          0,
        );
      await request(AddDependencyMutation, { input: { blockerId: blocker, blockedId: action.id } });
    },
    () => {
      setBlocker('');
      onChanged();
    },
  );

  const [milestoneTitle, setMilestoneTitle] = useState('');
  const [milestoneDue, setMilestoneDue] = useState('');
  const milestone = useFormSubmit(
    async () => {
      if (!milestoneDue)
        throw new GraphQLRequestError([{ message: t.dateRequired, extensions: { field: 'input.dueOn' } }], 0);
      await request(CreateMilestoneMutation, {
        input: { actionId: action.id, title: milestoneTitle, dueOn: milestoneDue },
      });
    },
    () => {
      setMilestoneTitle('');
      setMilestoneDue('');
      onChanged();
    },
  );

  const milestoneColumns: Column<Milestone>[] = [
    { key: 'title', header: t.milestone, rowHeader: true, cell: (ms) => ms.title },
    {
      key: 'due',
      header: t.due,
      cell: (ms) => (
        <>
          {fmt.date(ms.dueOn)} {ms.late && <LateBadge />}
        </>
      ),
    },
    { key: 'done', header: t.done, cell: (ms) => (ms.doneOn ? fmt.date(ms.doneOn) : t.open) },
    ...(mayEdit
      ? [
          {
            key: 'actions',
            header: <span className="visually-hidden">{t.milestoneActions}</span>,
            cell: (ms: Milestone) => (
              <div className="inline-buttons">
                {!ms.doneOn && (
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={busy}
                    onClick={() =>
                      run(() => request(UpdateMilestoneMutation, { id: ms.id, input: { doneOn: today } }))
                    }
                  >
                    {t.markDone} <span className="visually-hidden">: {ms.title}</span>
                  </button>
                )}
                <button
                  type="button"
                  className="button secondary small"
                  disabled={busy}
                  onClick={() =>
                    setPending({
                      title: t.deleteMilestoneTitle,
                      body: t.deleteMilestoneBody(ms.title),
                      confirm: t.delete,
                      run: () => request(DeleteMilestoneMutation, { id: ms.id }),
                    })
                  }
                >
                  {t.delete} <span className="visually-hidden">: {ms.title}</span>
                </button>
              </div>
            ),
          },
        ]
      : []),
  ];
  const historyColumns: Column<Change>[] = [
    { key: 'when', header: t.when, rowHeader: true, cell: (c) => fmt.date(c.changedAt.slice(0, 10)) },
    { key: 'who', header: t.who, cell: (c) => c.changedBy ?? m.common.unknown },
    {
      key: 'status',
      header: t.statusChange,
      cell: (c) =>
        `${c.statusFrom ? fmt.label(ACTION_STATUS_LABELS[c.statusFrom as ActionStatus]) : t.created} → ${fmt.label(
          ACTION_STATUS_LABELS[c.statusTo as ActionStatus],
        )}`,
    },
    {
      key: 'progress',
      header: t.progressChange,
      cell: (c) =>
        c.manualProgressFrom === c.manualProgressTo
          ? '—'
          : `${c.manualProgressFrom ?? t.none} → ${c.manualProgressTo ?? t.none}`,
    },
  ];

  if (editing) {
    return (
      <ActionForm
        initial={{
          id: action.id,
          version: action.version,
          title: action.title,
          description: action.description ?? '',
          pillarId: action.pillar.id,
          goalId: action.goal?.id ?? '',
          leadOrganisation: action.leadOrganisation,
          responsibleMemberId: action.responsible?.id ?? '',
          status: action.status as ActionStatus,
          startOn: action.startOn ?? '',
          dueOn: action.dueOn ?? '',
          manualProgress: action.manualProgress === null ? '' : String(action.manualProgress),
          regionWide: action.regionWide,
          municipalityIds: action.municipalities.map((mu) => mu.id),
          blockedById: '',
        }}
        lists={lists}
        onSaved={() => {
          setEditing(false);
          onChanged();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  const candidates = lists.actions.filter(
    (a) => a.id !== action.id && !action.blockedBy.some((b) => b.id === a.id),
  );

  return (
    <div className="action-detail" data-testid="action-detail">
      <div className="card-head">
        <h3 id="action-detail-title">{action.title}</h3>
        <div className="inline-buttons">
          {mayEdit && (
            <button type="button" className="button secondary" onClick={() => setEditing(true)}>
              {m.common.edit}
            </button>
          )}
          <button type="button" className="button secondary" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </div>
      <FormErrors errors={actionError} />
      <dl className="facts">
        <dt>{t.status}</dt>
        <dd data-testid="action-status">
          <ActionStatusBadge status={action.status as ActionStatus} /> {action.late && <LateBadge />}
        </dd>
        <dt>{t.progress}</dt>
        <dd>
          {action.progress.value === null ? m.common.noFigure : fmt.percent(action.progress.value / 100)}
          <HowCalculated>
            <p>{lang === 'nl' ? action.progress.explanation : action.progress.explanationEn}</p>
          </HowCalculated>
        </dd>
        <dt>{t.pillar}</dt>
        <dd>
          {pillar}: {lang === 'nl' ? action.pillar.title : action.pillar.titleEn}
          {action.goal && ` — ${action.goal.title}`}
        </dd>
        <dt>{t.lead}</dt>
        <dd>{action.leadOrganisation}</dd>
        <dt>{t.responsible}</dt>
        <dd>
          {action.responsible ? `${action.responsible.name} (${action.responsible.organisation})` : t.nobody}
        </dd>
        {action.owners.length > 0 && (
          <>
            <dt>{t.owners}</dt>
            <dd>{action.owners.map((o) => o.name).join(', ')}</dd>
          </>
        )}
        <dt>{t.where}</dt>
        <dd>{action.regionWide ? t.regionWide : action.municipalities.map((mu) => mu.name).join(', ')}</dd>
        <dt>{t.period}</dt>
        <dd>
          {action.startOn ? fmt.date(action.startOn) : t.noDate} –{' '}
          {action.dueOn ? fmt.date(action.dueOn) : t.noDate}
          {action.late && (
            <HowCalculated label={t.whyLate}>
              <p>{fmt.label(HOW_CALCULATED.actionLate)}</p>
            </HowCalculated>
          )}
        </dd>
        {action.description && (
          <>
            <dt>{t.description}</dt>
            <dd className="pre-line">{action.description}</dd>
          </>
        )}
        {action.parent && (
          <>
            <dt>{t.parent}</dt>
            <dd>{action.parent.title}</dd>
          </>
        )}
        {action.subActions.length > 0 && (
          <>
            <dt>{t.subActions}</dt>
            <dd>{action.subActions.map((s) => s.title).join('; ')}</dd>
          </>
        )}
        {action.activities.length > 0 && (
          <>
            <dt>{t.fromActivities}</dt>
            <dd>{action.activities.map((a) => `${a.title} (${fmt.date(a.heldOn)})`).join('; ')}</dd>
          </>
        )}
      </dl>

      <h4>{t.dependencies}</h4>
      <div className="two-columns">
        <div>
          <p className="label">{t.waitsOn}</p>
          {action.blockedBy.length === 0 ? (
            <p className="muted">{t.noneShort}</p>
          ) : (
            <ul className="dependency-list" data-testid="blocked-by">
              {action.blockedBy.map((b) => (
                <li key={b.id}>
                  {b.title} — <ActionStatusBadge status={b.status as ActionStatus} />{' '}
                  {b.late && <LateBadge />}
                  {mayEdit && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        setPending({
                          title: t.removeDependencyTitle,
                          body: t.removeDependencyBody(action.title, b.title),
                          confirm: t.remove,
                          run: () =>
                            request(RemoveDependencyMutation, {
                              input: { blockerId: b.id, blockedId: action.id },
                            }),
                        })
                      }
                    >
                      {t.remove} <span className="visually-hidden">: {b.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {mayEdit && (
            <form
              className="inline-form"
              onSubmit={dependency.onSubmit}
              noValidate
              aria-label={t.addDependency}
            >
              <FormErrors errors={dependency.formErrors} />
              <Field
                label={t.addDependency}
                error={dependency.errors.blockerId ?? dependency.errors.blockedId}
              >
                {(p) => (
                  <select {...p} value={blocker} onChange={(e) => setBlocker(e.target.value)}>
                    <option value="">{t.chooseAction}</option>
                    {candidates.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.title}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="submit" className="button secondary" disabled={dependency.busy}>
                {t.add}
              </button>
            </form>
          )}
        </div>
        <div>
          <p className="label">{t.blocks}</p>
          {action.blocks.length === 0 ? (
            <p className="muted">{t.noneShort}</p>
          ) : (
            <ul className="dependency-list">
              {action.blocks.map((b) => (
                <li key={b.id}>
                  {b.title} — <ActionStatusBadge status={b.status as ActionStatus} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <h4>{t.milestones}</h4>
      {action.milestones.length === 0 ? (
        <p className="muted">{t.noMilestones}</p>
      ) : (
        <DataTable
          caption={t.milestonesCaption(action.title)}
          captionHidden
          columns={milestoneColumns}
          rows={action.milestones}
          rowKey={(ms) => ms.id}
          rowClassName={(ms) => (ms.late ? 'row-late' : undefined)}
          testId="milestones"
        />
      )}
      {mayEdit && (
        <form
          className="inline-form form-row"
          onSubmit={milestone.onSubmit}
          noValidate
          aria-label={t.addMilestone}
        >
          <FormErrors errors={milestone.formErrors} />
          <Field label={t.milestoneTitle} error={milestone.errors.title}>
            {(p) => (
              <input {...p} value={milestoneTitle} onChange={(e) => setMilestoneTitle(e.target.value)} />
            )}
          </Field>
          <Field label={t.due} error={milestone.errors.dueOn}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={milestoneDue}
                onChange={(e) => setMilestoneDue(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button secondary" disabled={milestone.busy}>
            {t.addMilestone}
          </button>
        </form>
      )}

      <h4>{t.history}</h4>
      <DataTable
        caption={t.historyCaption(action.title)}
        captionHidden
        columns={historyColumns}
        rows={action.history}
        rowKey={(c) => c.id}
      />

      <ConfirmDialog
        open={pending !== null}
        title={pending?.title ?? ''}
        confirmLabel={pending?.confirm ?? ''}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && run(pending.run)}
      >
        <p>{pending?.body}</p>
      </ConfirmDialog>
    </div>
  );
}
