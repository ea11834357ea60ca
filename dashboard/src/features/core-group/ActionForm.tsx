import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type ActionStatus,
  PILLAR_LABELS,
  type PillarCode,
} from '@pm/domain';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Field, FormErrors, useFormSubmit } from '../../components/Form';
import { GraphQLRequestError, request } from '../../lib/graphql';
import { AddDependencyMutation, CreateActionMutation, UpdateActionMutation } from './core-group.graphql';

export interface ActionFormLists {
  pillars: ReadonlyArray<{ id: string; code: string; goals: ReadonlyArray<{ id: string; title: string }> }>;
  members: ReadonlyArray<{ id: string; name: string; organisation: string }>;
  municipalities: ReadonlyArray<{ id: string; name: string }>;
  /** Actions a new action can wait on. */
  actions: ReadonlyArray<{ id: string; title: string }>;
}

export interface ActionFormValues {
  id?: string;
  version?: number;
  title: string;
  description: string;
  pillarId: string;
  goalId: string;
  leadOrganisation: string;
  responsibleMemberId: string;
  status: ActionStatus;
  startOn: string;
  dueOn: string;
  manualProgress: string;
  regionWide: boolean;
  municipalityIds: string[];
  /** Create only: an existing action this one waits on. */
  blockedById: string;
}

export const EMPTY_ACTION: ActionFormValues = {
  title: '',
  description: '',
  pillarId: '',
  goalId: '',
  leadOrganisation: '',
  responsibleMemberId: '',
  status: 'PLANNED',
  startOn: '',
  dueOn: '',
  manualProgress: '',
  regionWide: true,
  municipalityIds: [],
  blockedById: '',
};

function badInput(field: string, message: string): GraphQLRequestError {
  return new GraphQLRequestError(
    [{ message, extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } }],
    0,
  );
}

/** Create or edit an action; on error the values stay and each message sits next to its field. */
export function ActionForm({
  initial,
  lists,
  onSaved,
  onCancel,
}: {
  initial: ActionFormValues;
  lists: ActionFormLists;
  onSaved(id: string): void;
  onCancel(): void;
}) {
  const { m, fmt } = useI18n();
  const t = m.coreGroup.form;
  const [v, setV] = useState<ActionFormValues>(initial);
  const set = <K extends keyof ActionFormValues>(key: K, value: ActionFormValues[K]) =>
    setV((current) => ({ ...current, [key]: value }));
  const editing = !!initial.id;
  const goals = lists.pillars.find((p) => p.id === v.pillarId)?.goals ?? [];

  const form = useFormSubmit(async () => {
    if (!v.title.trim()) throw badInput('title', t.titleRequired);
    if (!v.pillarId) throw badInput('pillarId', t.pillarRequired);
    const progress = v.manualProgress.trim() === '' ? null : Number(v.manualProgress.replace(',', '.'));
    if (progress !== null && Number.isNaN(progress)) throw badInput('manualProgress', t.progressNumber);
    const common = {
      title: v.title,
      description: v.description.trim() || null,
      goalId: v.goalId || null,
      leadOrganisation: v.leadOrganisation,
      responsibleMemberId: v.responsibleMemberId || null,
      status: v.status,
      startOn: v.startOn || null,
      dueOn: v.dueOn || null,
      manualProgress: progress,
      regionWide: v.regionWide,
      municipalityIds: v.regionWide ? [] : v.municipalityIds,
    };
    if (editing) {
      await request(UpdateActionMutation, {
        id: initial.id!,
        input: { ...common, version: initial.version! },
      });
      return initial.id!;
    }
    const created = await request(CreateActionMutation, { input: { ...common, pillarId: v.pillarId } });
    if (v.blockedById) {
      await request(AddDependencyMutation, {
        input: { blockerId: v.blockedById, blockedId: created.createAction.id },
      });
    }
    return created.createAction.id;
  }, onSaved);

  return (
    <form
      className="form action-form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={editing ? t.editTitle : t.newTitle}
      data-testid="action-form"
    >
      <h3>{editing ? t.editTitle : t.newTitle}</h3>
      <FormErrors
        errors={form.errors.version ? [...form.formErrors, form.errors.version] : form.formErrors}
      />
      <Field label={t.title} error={form.errors.title}>
        {(p) => <input {...p} value={v.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <Field label={t.description} error={form.errors.description}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={v.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label={t.pillar} error={form.errors.pillarId}>
          {(p) => (
            <select
              {...p}
              value={v.pillarId}
              disabled={editing}
              onChange={(e) => setV((c) => ({ ...c, pillarId: e.target.value, goalId: '' }))}
            >
              <option value="">{t.choose}</option>
              {lists.pillars.map((pillar) => (
                <option key={pillar.id} value={pillar.id}>
                  {pillar.code in PILLAR_LABELS
                    ? fmt.label(PILLAR_LABELS[pillar.code as PillarCode])
                    : pillar.code}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.goal} error={form.errors.goalId}>
          {(p) => (
            <select {...p} value={v.goalId} onChange={(e) => set('goalId', e.target.value)}>
              <option value="">{t.noGoal}</option>
              {goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.status} error={form.errors.status}>
          {(p) => (
            <select {...p} value={v.status} onChange={(e) => set('status', e.target.value as ActionStatus)}>
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {fmt.label(ACTION_STATUS_LABELS[status])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t.lead} error={form.errors.leadOrganisation}>
          {(p) => (
            <input
              {...p}
              value={v.leadOrganisation}
              onChange={(e) => set('leadOrganisation', e.target.value)}
            />
          )}
        </Field>
        <Field label={t.responsible} error={form.errors.responsibleMemberId}>
          {(p) => (
            <select
              {...p}
              value={v.responsibleMemberId}
              onChange={(e) => set('responsibleMemberId', e.target.value)}
            >
              <option value="">{t.nobody}</option>
              {lists.members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name} ({member.organisation})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t.startOn} error={form.errors.startOn}>
          {(p) => (
            <input {...p} type="date" value={v.startOn} onChange={(e) => set('startOn', e.target.value)} />
          )}
        </Field>
        <Field label={t.dueOn} error={form.errors.dueOn}>
          {(p) => <input {...p} type="date" value={v.dueOn} onChange={(e) => set('dueOn', e.target.value)} />}
        </Field>
        <Field label={t.manualProgress} hint={t.manualProgressHint} error={form.errors.manualProgress}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={v.manualProgress}
              onChange={(e) => set('manualProgress', e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset className="scope-fieldset">
        <legend>{t.scope}</legend>
        <div className="checkbox-field">
          <input
            id="action-region-wide"
            type="checkbox"
            checked={v.regionWide}
            onChange={(e) => set('regionWide', e.target.checked)}
          />
          <label htmlFor="action-region-wide">{t.regionWide}</label>
        </div>
        {!v.regionWide && (
          <div className="checkbox-grid" role="group" aria-label={t.municipalities}>
            {lists.municipalities.map((mu) => (
              <label key={mu.id}>
                <input
                  type="checkbox"
                  checked={v.municipalityIds.includes(mu.id)}
                  onChange={(e) =>
                    set(
                      'municipalityIds',
                      e.target.checked
                        ? [...v.municipalityIds, mu.id]
                        : v.municipalityIds.filter((x) => x !== mu.id),
                    )
                  }
                />
                {mu.name}
              </label>
            ))}
          </div>
        )}
        {form.errors.municipalityIds && <p className="field-error">{form.errors.municipalityIds}</p>}
      </fieldset>
      {!editing && (
        <Field label={t.blockedBy} hint={t.blockedByHint} error={form.errors.blockerId}>
          {(p) => (
            <select {...p} value={v.blockedById} onChange={(e) => set('blockedById', e.target.value)}>
              <option value="">{t.noDependency}</option>
              {lists.actions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? m.common.saving : editing ? m.common.save : t.create}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
