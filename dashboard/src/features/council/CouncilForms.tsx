import {
  ADVICE_KIND_LABELS,
  type AdviceKind,
  COUNCIL_POSITION_LABELS,
  type CouncilPosition,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  POSITIONS_BY_KIND,
  subjectMatchesKind,
  type WmczRight,
} from '@pm/domain';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Field, FormErrors, SavedMessage, useFormSubmit } from '../../components/Form';
import { GraphQLRequestError, request } from '../../lib/graphql';
import {
  CreateRequestMutation,
  FileUnsolicitedMutation,
  RecordDecisionMutation,
  RecordPositionMutation,
  ReportNotRequestedMutation,
  SendRequestMutation,
  UpdateDraftMutation,
} from './council.graphql';

export interface SubjectOption {
  id: string;
  right: WmczRight;
  titleNl: string;
  titleEn: string;
  articleRef: string;
  residentialOnly: boolean;
}

function required(field: string, message: string): GraphQLRequestError {
  return new GraphQLRequestError(
    [{ message, extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } }],
    0,
  );
}

function SubjectSelect({
  subjects,
  kind,
  residential,
  value,
  onChange,
  props,
}: {
  subjects: readonly SubjectOption[];
  kind: AdviceKind;
  residential: boolean;
  value: string;
  onChange(value: string): void;
  props: Record<string, unknown>;
}) {
  const { m, lang } = useI18n();
  // Only subjects that fit the kind (art. 7, 8, 10) and the provider (residential-only ones need verblijf).
  const options = subjects.filter(
    (s) => subjectMatchesKind(s.right, kind) && (residential || !s.residentialOnly),
  );
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{m.council.forms.chooseSubject}</option>
      {options.map((s) => (
        <option key={s.id} value={s.id}>
          {lang === 'nl' ? s.titleNl : s.titleEn} ({s.articleRef})
        </option>
      ))}
    </select>
  );
}

/** The council's answer to one request: its position and the day it gave it (once; it cannot be changed). */
export function PositionForm({
  requestId,
  version,
  kind,
  title,
  today,
  onSaved,
}: {
  requestId: string;
  version: number;
  kind: AdviceKind;
  title: string;
  today: string;
  onSaved(): void;
}) {
  const { m, fmt } = useI18n();
  const t = m.council.forms;
  const [position, setPosition] = useState('');
  const [on, setOn] = useState(today);
  const form = useFormSubmit(async () => {
    if (!position) throw required('position', t.positionRequired);
    if (!on) throw required('councilRespondedOn', t.dateRequired);
    return request(RecordPositionMutation, {
      id: requestId,
      input: { position: position as CouncilPosition, councilRespondedOn: on, version },
    });
  }, onSaved);
  return (
    <form
      className="form inline-form form-row"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.positionTitle(title)}
      data-testid={`position-form-${requestId}`}
    >
      <FormErrors
        errors={form.errors.version ? [...form.formErrors, form.errors.version] : form.formErrors}
      />
      <Field label={t.position} error={form.errors.position}>
        {(p) => (
          <select {...p} value={position} onChange={(e) => setPosition(e.target.value)}>
            <option value="">{t.choosePosition}</option>
            {POSITIONS_BY_KIND[kind].map((value) => (
              <option key={value} value={value}>
                {fmt.label(COUNCIL_POSITION_LABELS[value])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.respondedOn} error={form.errors.councilRespondedOn}>
        {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : t.savePosition}
      </button>
    </form>
  );
}

/** The board's decision on one request (its own provider), with what it did with the council's position. */
export function DecisionForm({
  requestId,
  version,
  title,
  hasPosition,
  today,
  onSaved,
}: {
  requestId: string;
  version: number;
  title: string;
  hasPosition: boolean;
  today: string;
  onSaved(): void;
}) {
  const { m, fmt } = useI18n();
  const t = m.council.forms;
  const [decidedOn, setDecidedOn] = useState(today);
  const [outcome, setOutcome] = useState('');
  const [reasons, setReasons] = useState(false);
  const [consultation, setConsultation] = useState('');
  const form = useFormSubmit(async () => {
    if (!decidedOn) throw required('decidedOn', t.dateRequired);
    return request(RecordDecisionMutation, {
      id: requestId,
      input: {
        decidedOn,
        outcome: outcome ? (outcome as Outcome) : null,
        writtenReasonsGiven: reasons,
        consultationHeldOn: consultation || null,
        version,
      },
    });
  }, onSaved);
  return (
    <form
      className="form inline-form form-row"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.decisionTitle(title)}
      data-testid={`decision-form-${requestId}`}
    >
      <FormErrors
        errors={form.errors.version ? [...form.formErrors, form.errors.version] : form.formErrors}
      />
      <Field label={t.decidedOn} error={form.errors.decidedOn}>
        {(p) => <input {...p} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
      </Field>
      {hasPosition && (
        <Field label={t.outcome} error={form.errors.outcome}>
          {(p) => (
            <select {...p} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              <option value="">{t.noOutcome}</option>
              {OUTCOMES.map((value) => (
                <option key={value} value={value}>
                  {fmt.label(OUTCOME_LABELS[value])}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t.consultationOn} hint={t.consultationHint} error={form.errors.consultationHeldOn}>
        {(p) => (
          <input {...p} type="date" value={consultation} onChange={(e) => setConsultation(e.target.value)} />
        )}
      </Field>
      <div className="checkbox-field">
        <input
          id={`reasons-${requestId}`}
          type="checkbox"
          checked={reasons}
          onChange={(e) => setReasons(e.target.checked)}
        />
        <label htmlFor={`reasons-${requestId}`}>{t.reasonsGiven}</label>
      </div>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : t.saveDecision}
      </button>
    </form>
  );
}

/** Unsolicited advice (art. 7 lid 2) or a "not requested" report: the council's own entries. */
export function CouncilEntryForm({
  mode,
  councilId,
  residential,
  subjects,
  today,
  onSaved,
}: {
  mode: 'unsolicited' | 'notRequested';
  councilId: string;
  residential: boolean;
  subjects: readonly SubjectOption[];
  today: string;
  onSaved(): void;
}) {
  const { m, fmt } = useI18n();
  const t = m.council.forms;
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [kind, setKind] = useState<AdviceKind>('ADVICE');
  const [subjectId, setSubjectId] = useState('');
  const [position, setPosition] = useState('');
  const [date, setDate] = useState(today);
  const form = useFormSubmit(
    async () => {
      if (!title.trim()) throw required('title', t.titleRequired);
      if (!subjectId) throw required('subjectId', t.subjectRequired);
      if (mode === 'unsolicited') {
        if (!position) throw required('position', t.positionRequired);
        return request(FileUnsolicitedMutation, {
          input: {
            councilId,
            title,
            summary,
            subjectId,
            position: position as CouncilPosition,
            councilRespondedOn: date,
          },
        });
      }
      return request(ReportNotRequestedMutation, {
        input: { councilId, title, summary, subjectId, kind, decidedOn: date },
      });
    },
    () => {
      setTitle('');
      setSummary('');
      setSubjectId('');
      setPosition('');
      onSaved();
    },
  );
  const subjectKind: AdviceKind = mode === 'unsolicited' ? 'UNSOLICITED' : kind;
  return (
    <form
      className="form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={mode === 'unsolicited' ? t.unsolicitedTitle : t.notRequestedTitle}
      data-testid={mode === 'unsolicited' ? 'unsolicited-form' : 'not-requested-form'}
    >
      <p className="muted">{mode === 'unsolicited' ? t.unsolicitedIntro : t.notRequestedIntro}</p>
      <FormErrors errors={form.formErrors} />
      <Field label={t.title} error={form.errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      {mode === 'notRequested' && (
        <Field label={t.kind} hint={t.kindHint} error={form.errors.kind}>
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as AdviceKind);
                setSubjectId('');
              }}
            >
              {(['ADVICE', 'CONSENT'] as const).map((value) => (
                <option key={value} value={value}>
                  {fmt.label(ADVICE_KIND_LABELS[value])}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t.subject} error={form.errors.subjectId}>
        {(p) => (
          <SubjectSelect
            subjects={subjects}
            kind={subjectKind}
            residential={residential}
            value={subjectId}
            onChange={setSubjectId}
            props={p as unknown as Record<string, unknown>}
          />
        )}
      </Field>
      {mode === 'unsolicited' && (
        <Field label={t.position} error={form.errors.position}>
          {(p) => (
            <select {...p} value={position} onChange={(e) => setPosition(e.target.value)}>
              <option value="">{t.choosePosition}</option>
              {POSITIONS_BY_KIND.UNSOLICITED.map((value) => (
                <option key={value} value={value}>
                  {fmt.label(COUNCIL_POSITION_LABELS[value])}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        label={mode === 'unsolicited' ? t.adviceOn : t.decidedOnReported}
        error={mode === 'unsolicited' ? form.errors.councilRespondedOn : form.errors.decidedOn}
      >
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label={t.summary} hint={t.summaryHint} error={form.errors.summary}>
        {(p) => <textarea {...p} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : mode === 'unsolicited' ? t.saveUnsolicited : t.saveNotRequested}
      </button>
      <SavedMessage show={form.saved} />
    </form>
  );
}

/** What the board writes in a draft; the new-request form and the draft editor share it. */
interface DraftValues {
  title: string;
  summary: string;
  kind: AdviceKind;
  subjectId: string;
  planned: string;
}

const EMPTY_DRAFT: DraftValues = { title: '', summary: '', kind: 'ADVICE', subjectId: '', planned: '' };

function DraftFields({
  value,
  onChange,
  errors,
  subjects,
  residential,
}: {
  value: DraftValues;
  onChange(patch: Partial<DraftValues>): void;
  errors: Record<string, string>;
  subjects: readonly SubjectOption[];
  residential: boolean;
}) {
  const { m, fmt } = useI18n();
  const t = m.council.forms;
  return (
    <>
      <Field label={t.title} error={errors.title}>
        {(p) => <input {...p} value={value.title} onChange={(e) => onChange({ title: e.target.value })} />}
      </Field>
      <Field label={t.requestKind} error={errors.kind}>
        {(p) => (
          <select
            {...p}
            value={value.kind}
            onChange={(e) => onChange({ kind: e.target.value as AdviceKind, subjectId: '' })}
          >
            {(['ADVICE', 'CONSENT'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {fmt.label(ADVICE_KIND_LABELS[kind])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.subject} error={errors.subjectId}>
        {(p) => (
          <SubjectSelect
            subjects={subjects}
            kind={value.kind}
            residential={residential}
            value={value.subjectId}
            onChange={(subjectId) => onChange({ subjectId })}
            props={p as unknown as Record<string, unknown>}
          />
        )}
      </Field>
      <Field label={t.plannedDecision} hint={t.plannedDecisionHint} error={errors.plannedDecisionOn}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={value.planned}
            onChange={(e) => onChange({ planned: e.target.value })}
          />
        )}
      </Field>
      <Field label={t.summary} hint={t.summaryHint} error={errors.summary}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={value.summary}
            onChange={(e) => onChange({ summary: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** The draft's values as the API takes them; a missing title or subject is refused by its field first. */
function draftInput(draft: DraftValues, messages: { titleRequired: string; subjectRequired: string }) {
  if (!draft.title.trim()) throw required('title', messages.titleRequired);
  if (!draft.subjectId) throw required('subjectId', messages.subjectRequired);
  const { title, summary, kind, subjectId, planned } = draft;
  return { title, summary, kind, subjectId, plannedDecisionOn: planned || null };
}

/**
 * The board's new request to its council: saved as a draft, and sent straight away when "voorleggen"
 * is ticked (the day the council receives it starts its advice term).
 */
export function NewRequestForm({
  councilId,
  providerId,
  residential,
  subjects,
  today,
  onSaved,
}: {
  councilId: string;
  providerId: string;
  residential: boolean;
  subjects: readonly SubjectOption[];
  today: string;
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.council.forms;
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [send, setSend] = useState(true);
  const [requestedOn, setRequestedOn] = useState(today);
  const form = useFormSubmit(
    async () => {
      const input = draftInput(draft, t);
      if (send && !requestedOn) throw required('requestedOn', t.dateRequired);
      const created = await request(CreateRequestMutation, { input: { ...input, councilId, providerId } });
      if (send) {
        await request(SendRequestMutation, {
          id: created.createAdviceRequest.id,
          input: { requestedOn, version: created.createAdviceRequest.version },
        });
      }
      return created;
    },
    () => {
      setDraft(EMPTY_DRAFT);
      onSaved();
    },
  );
  return (
    <form
      className="form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.newRequestTitle}
      data-testid="new-request-form"
    >
      <FormErrors errors={form.formErrors} />
      <DraftFields
        value={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errors={form.errors}
        subjects={subjects}
        residential={residential}
      />
      <div className="checkbox-field">
        <input id="send-now" type="checkbox" checked={send} onChange={(e) => setSend(e.target.checked)} />
        <label htmlFor="send-now">{t.sendNow}</label>
      </div>
      {send && (
        <Field label={t.requestedOn} hint={t.requestedOnHint} error={form.errors.requestedOn}>
          {(p) => (
            <input {...p} type="date" value={requestedOn} onChange={(e) => setRequestedOn(e.target.value)} />
          )}
        </Field>
      )}
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : send ? t.createAndSend : t.createDraft}
      </button>
      <SavedMessage show={form.saved} />
    </form>
  );
}

/** The board reworks a draft before sending it (the text the council will receive). */
export function EditDraftForm({
  draft,
  residential,
  subjects,
  onSaved,
}: {
  draft: {
    id: string;
    version: number;
    title: string;
    summary: string;
    kind: AdviceKind;
    subjectId: string;
    plannedDecisionOn: string | null;
  };
  residential: boolean;
  subjects: readonly SubjectOption[];
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.council.forms;
  const [value, setValue] = useState<DraftValues>({
    title: draft.title,
    summary: draft.summary,
    kind: draft.kind,
    subjectId: draft.subjectId,
    planned: draft.plannedDecisionOn ?? '',
  });
  const form = useFormSubmit(
    async () =>
      request(UpdateDraftMutation, {
        id: draft.id,
        input: { ...draftInput(value, t), version: draft.version },
      }),
    onSaved,
  );
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-label={t.editTitle(draft.title)}>
      <FormErrors
        errors={form.errors.version ? [...form.formErrors, form.errors.version] : form.formErrors}
      />
      <DraftFields
        value={value}
        onChange={(patch) => setValue((d) => ({ ...d, ...patch }))}
        errors={form.errors}
        subjects={subjects}
        residential={residential}
      />
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : t.saveDraft}
      </button>
    </form>
  );
}

/** Sends a draft to the council (the board). */
export function SendForm({
  requestId,
  version,
  title,
  today,
  onSaved,
}: {
  requestId: string;
  version: number;
  title: string;
  today: string;
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.council.forms;
  const [requestedOn, setRequestedOn] = useState(today);
  const form = useFormSubmit(async () => {
    if (!requestedOn) throw required('requestedOn', t.dateRequired);
    return request(SendRequestMutation, { id: requestId, input: { requestedOn, version } });
  }, onSaved);
  return (
    <form
      className="form inline-form form-row"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.sendTitle(title)}
    >
      <FormErrors
        errors={form.errors.version ? [...form.formErrors, form.errors.version] : form.formErrors}
      />
      <Field label={t.requestedOn} hint={t.requestedOnHint} error={form.errors.requestedOn}>
        {(p) => (
          <input {...p} type="date" value={requestedOn} onChange={(e) => setRequestedOn(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : t.send}
      </button>
    </form>
  );
}
