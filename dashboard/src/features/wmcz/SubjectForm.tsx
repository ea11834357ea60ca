import { WMCZ_RIGHT_LABELS, WMCZ_RIGHTS, type WmczRight } from '@pm/domain';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Field, FormErrors, useFormSubmit } from '../../components/Form';
import { request } from '../../lib/graphql';
import { CreateSubjectMutation, UpdateSubjectMutation } from './wmcz.graphql';

export interface EditableSubject {
  id: string;
  version: number;
  active: boolean;
  articleRef: string;
  titleNl: string;
  titleEn: string;
  explanationNl: string;
  explanationEn: string;
  residentialOnly: boolean;
}

/** The texts and the residential flag of a subject: the edit form and the new-subject form share them. */
type SubjectTexts = Pick<
  EditableSubject,
  'articleRef' | 'titleNl' | 'titleEn' | 'explanationNl' | 'explanationEn' | 'residentialOnly'
>;

function SubjectTextFields({
  value,
  set,
  errors,
  idPrefix,
}: {
  value: SubjectTexts;
  set<K extends keyof SubjectTexts>(key: K, value: SubjectTexts[K]): void;
  errors: Record<string, string>;
  idPrefix: string;
}) {
  const { m } = useI18n();
  const t = m.wmcz.edit;
  return (
    <>
      <Field label={t.titleNl} error={errors.titleNl}>
        {(p) => (
          <input {...p} lang="nl" value={value.titleNl} onChange={(e) => set('titleNl', e.target.value)} />
        )}
      </Field>
      <Field label={t.titleEn} error={errors.titleEn}>
        {(p) => (
          <input {...p} lang="en" value={value.titleEn} onChange={(e) => set('titleEn', e.target.value)} />
        )}
      </Field>
      <Field label={t.articleRef} error={errors.articleRef}>
        {(p) => <input {...p} value={value.articleRef} onChange={(e) => set('articleRef', e.target.value)} />}
      </Field>
      <Field label={t.explanationNl} error={errors.explanationNl}>
        {(p) => (
          <textarea
            {...p}
            lang="nl"
            rows={3}
            value={value.explanationNl}
            onChange={(e) => set('explanationNl', e.target.value)}
          />
        )}
      </Field>
      <Field label={t.explanationEn} error={errors.explanationEn}>
        {(p) => (
          <textarea
            {...p}
            lang="en"
            rows={3}
            value={value.explanationEn}
            onChange={(e) => set('explanationEn', e.target.value)}
          />
        )}
      </Field>
      <div className="checkbox-field">
        <input
          id={`${idPrefix}-residential`}
          type="checkbox"
          checked={value.residentialOnly}
          onChange={(e) => set('residentialOnly', e.target.checked)}
        />
        <label htmlFor={`${idPrefix}-residential`}>{t.residentialOnly}</label>
      </div>
    </>
  );
}

/** The regional administrator keeps the catalogue: texts, article, residential flag, active flag. */
export function SubjectForm({
  subject,
  onSaved,
  onCancel,
}: {
  subject: EditableSubject;
  onSaved(): void;
  onCancel(): void;
}) {
  const { m } = useI18n();
  const t = m.wmcz.edit;
  const [v, setV] = useState(subject);
  const set = <K extends keyof EditableSubject>(key: K, value: EditableSubject[K]) =>
    setV((c) => ({ ...c, [key]: value }));
  const form = useFormSubmit(
    () =>
      request(UpdateSubjectMutation, {
        id: subject.id,
        input: {
          articleRef: v.articleRef,
          titleNl: v.titleNl,
          titleEn: v.titleEn,
          explanationNl: v.explanationNl,
          explanationEn: v.explanationEn,
          residentialOnly: v.residentialOnly,
          active: v.active,
          version: subject.version,
        },
      }),
    onSaved,
  );
  return (
    <form
      className="form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.title(subject.titleNl)}
      data-testid={`subject-form-${subject.id}`}
    >
      <FormErrors
        errors={form.errors.version ? [...form.formErrors, form.errors.version] : form.formErrors}
      />
      <SubjectTextFields value={v} set={set} errors={form.errors} idPrefix={`subject-${subject.id}`} />
      <div className="checkbox-field">
        <input
          id={`active-${subject.id}`}
          type="checkbox"
          checked={v.active}
          onChange={(e) => set('active', e.target.checked)}
        />
        <label htmlFor={`active-${subject.id}`}>{t.active}</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? m.common.saving : m.common.save}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}

/** The administrator adds a subject (after an amendment of the law); code and right are fixed after. */
export function NewSubjectForm({ onSaved, onCancel }: { onSaved(): void; onCancel(): void }) {
  const { m, fmt } = useI18n();
  const a = m.wmcz.add;
  const [v, setV] = useState({
    code: '',
    right: 'ADVICE' as WmczRight,
    articleRef: '',
    titleNl: '',
    titleEn: '',
    explanationNl: '',
    explanationEn: '',
    residentialOnly: false,
  });
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) =>
    setV((c) => ({ ...c, [key]: value }));
  const form = useFormSubmit(
    () => request(CreateSubjectMutation, { input: { ...v, code: v.code.trim() } }),
    onSaved,
  );
  return (
    <form
      className="form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={a.title}
      data-testid="new-subject-form"
    >
      <p>{a.intro}</p>
      <FormErrors errors={form.formErrors} />
      <Field label={a.code} hint={a.codeHint} error={form.errors.code}>
        {(p) => <input {...p} value={v.code} onChange={(e) => set('code', e.target.value.toUpperCase())} />}
      </Field>
      <Field label={a.right} error={form.errors.right}>
        {(p) => (
          <select {...p} value={v.right} onChange={(e) => set('right', e.target.value as WmczRight)}>
            {WMCZ_RIGHTS.map((right) => (
              <option key={right} value={right}>
                {fmt.label(WMCZ_RIGHT_LABELS[right])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubjectTextFields value={v} set={set} errors={form.errors} idPrefix="new-subject" />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? m.common.saving : a.save}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
