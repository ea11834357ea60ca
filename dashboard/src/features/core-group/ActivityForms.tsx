import {
  ACTIVITY_FORM_LABELS,
  ACTIVITY_FORMS,
  type ActivityForm as ActivityFormCode,
  PARTICIPATION_LEVEL_LABELS,
  PARTICIPATION_LEVELS,
  type ParticipationLevel,
  PILLAR_LABELS,
  type PillarCode,
} from '@pm/domain';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Field, FormErrors, SavedMessage, useFormSubmit } from '../../components/Form';
import { GraphQLRequestError, request } from '../../lib/graphql';
import { CreateActivityMutation, CreateReportMutation } from './core-group.graphql';

function bad(field: string, message: string): GraphQLRequestError {
  return new GraphQLRequestError(
    [{ message, extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } }],
    0,
  );
}

const KINDS = ['youth', 'parents', 'professionals', 'other'] as const;

/** A new participation activity: form, date, where, pillars, participants as counts (never names). */
export function NewActivityForm({
  pillars,
  municipalities,
  today,
  onSaved,
}: {
  pillars: ReadonlyArray<{ id: string; code: string }>;
  municipalities: ReadonlyArray<{ id: string; name: string }>;
  today: string;
  onSaved(): void;
}) {
  const { m, fmt } = useI18n();
  const t = m.coreGroup.activityForm;
  const [title, setTitle] = useState('');
  const [form, setForm] = useState<ActivityFormCode>('FOCUS_GROUP');
  const [heldOn, setHeldOn] = useState(today);
  const [municipalityId, setMunicipalityId] = useState('');
  const [pillarIds, setPillarIds] = useState<string[]>([]);
  const [level, setLevel] = useState<ParticipationLevel>('RAADPLEGEN');
  const [counts, setCounts] = useState<Record<(typeof KINDS)[number], string>>({
    youth: '0',
    parents: '0',
    professionals: '0',
    other: '0',
  });
  const [feedback, setFeedback] = useState(false);
  const [summary, setSummary] = useState('');
  const submit = useFormSubmit(
    async () => {
      if (!title.trim()) throw bad('title', m.coreGroup.form.titleRequired);
      if (pillarIds.length === 0) throw bad('pillarIds', t.pillarRequired);
      const participants = Object.fromEntries(KINDS.map((k) => [k, Number(counts[k] || '0')])) as Record<
        (typeof KINDS)[number],
        number
      >;
      for (const k of KINDS)
        if (!Number.isInteger(participants[k])) throw bad(`participants.${k}`, t.wholeNumber);
      return request(CreateActivityMutation, {
        input: {
          title,
          form,
          heldOn,
          level,
          pillarIds,
          municipalityId: municipalityId || null,
          participants,
          feedbackGiven: feedback,
          summary: summary || null,
        },
      });
    },
    () => {
      setTitle('');
      setSummary('');
      onSaved();
    },
  );
  return (
    <form
      className="form action-form"
      onSubmit={submit.onSubmit}
      noValidate
      aria-label={t.title}
      data-testid="activity-form"
    >
      <FormErrors errors={submit.formErrors} />
      <Field label={m.coreGroup.form.title} error={submit.errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label={t.form} error={submit.errors.form}>
          {(p) => (
            <select {...p} value={form} onChange={(e) => setForm(e.target.value as ActivityFormCode)}>
              {ACTIVITY_FORMS.map((value) => (
                <option key={value} value={value}>
                  {fmt.label(ACTIVITY_FORM_LABELS[value])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.heldOn} error={submit.errors.heldOn}>
          {(p) => <input {...p} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}
        </Field>
        <Field label={t.where} error={submit.errors.municipalityId}>
          {(p) => (
            <select {...p} value={municipalityId} onChange={(e) => setMunicipalityId(e.target.value)}>
              <option value="">{t.regionWide}</option>
              {municipalities.map((mu) => (
                <option key={mu.id} value={mu.id}>
                  {mu.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.level} error={submit.errors.level}>
          {(p) => (
            <select {...p} value={level} onChange={(e) => setLevel(e.target.value as ParticipationLevel)}>
              {PARTICIPATION_LEVELS.map((value) => (
                <option key={value} value={value}>
                  {fmt.label(PARTICIPATION_LEVEL_LABELS[value])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="scope-fieldset">
        <legend>{t.pillars}</legend>
        <div className="checkbox-grid">
          {pillars.map((pillar) => (
            <label key={pillar.id}>
              <input
                type="checkbox"
                checked={pillarIds.includes(pillar.id)}
                onChange={(e) =>
                  setPillarIds(
                    e.target.checked ? [...pillarIds, pillar.id] : pillarIds.filter((x) => x !== pillar.id),
                  )
                }
              />
              {pillar.code in PILLAR_LABELS
                ? fmt.label(PILLAR_LABELS[pillar.code as PillarCode])
                : pillar.code}
            </label>
          ))}
        </div>
        {submit.errors.pillarIds && <p className="field-error">{submit.errors.pillarIds}</p>}
      </fieldset>
      <fieldset className="scope-fieldset">
        <legend>{t.participants}</legend>
        <div className="form-row">
          {KINDS.map((kind) => (
            <Field key={kind} label={m.overview.kinds[kind]} error={submit.errors[`participants.${kind}`]}>
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={counts[kind]}
                  onChange={(e) => setCounts((c) => ({ ...c, [kind]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="checkbox-field">
        <input
          id="activity-feedback"
          type="checkbox"
          checked={feedback}
          onChange={(e) => setFeedback(e.target.checked)}
        />
        <label htmlFor="activity-feedback">{t.feedback}</label>
      </div>
      <Field label={t.summary} error={submit.errors.summary}>
        {(p) => <textarea {...p} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={submit.busy}>
        {submit.busy ? m.common.saving : t.save}
      </button>
      <SavedMessage show={submit.saved} />
    </form>
  );
}

/** The first (draft) version of an activity's report; it then goes back to the participants. */
export function NewReportForm({
  activityId,
  activityTitle,
  onSaved,
}: {
  activityId: string;
  activityTitle: string;
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.coreGroup.activityForm;
  const [title, setTitle] = useState(`${t.reportPrefix} ${activityTitle}`);
  const [body, setBody] = useState('');
  const submit = useFormSubmit(async () => {
    if (!body.trim()) throw bad('body', t.bodyRequired);
    return request(CreateReportMutation, { input: { activityId, title, body } });
  }, onSaved);
  return (
    <form
      className="form inline-form"
      onSubmit={submit.onSubmit}
      noValidate
      aria-label={t.reportTitle(activityTitle)}
      data-testid={`report-form-${activityId}`}
    >
      <FormErrors errors={submit.formErrors} />
      <Field label={m.coreGroup.form.title} error={submit.errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t.body} hint={t.bodyHint} error={submit.errors.body}>
        {(p) => <textarea {...p} rows={5} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={submit.busy}>
        {submit.busy ? m.common.saving : t.saveReport}
      </button>
    </form>
  );
}
