import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Field, FormErrors, SavedMessage, useFormSubmit } from '../../components/Form';
import { GraphQLRequestError, request } from '../../lib/graphql';
import { SetAdviceTermMutation, UpdateCouncilMutation, UpdateProviderMutation } from './providers.graphql';

/** Whole numbers typed by the user; anything else goes to the API as-is so it can name the field. */
function toInt(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

export function ProviderEditForm({
  provider,
  onSaved,
}: {
  provider: {
    id: string;
    name: string;
    kvkNumber: string;
    careWorkers: number;
    residential: boolean;
    fosterCare: boolean;
  };
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.providerForms;
  const [name, setName] = useState(provider.name);
  const [kvkNumber, setKvk] = useState(provider.kvkNumber);
  const [careWorkers, setCareWorkers] = useState(String(provider.careWorkers));
  const [residential, setResidential] = useState(provider.residential);
  const [fosterCare, setFosterCare] = useState(provider.fosterCare);
  const form = useFormSubmit(async () => {
    const workers = toInt(careWorkers);
    if (!Number.isInteger(workers)) throw fieldError('careWorkers', t.wholeNumber);
    return request(UpdateProviderMutation, {
      id: provider.id,
      input: { name, kvkNumber, careWorkers: workers, residential, fosterCare },
    });
  }, onSaved);
  return (
    <form
      className="form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.providerTitle}
      data-testid="provider-form"
    >
      <FormErrors errors={form.formErrors} />
      <Field label={t.name} error={form.errors.name}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t.kvk} hint={t.kvkHint} error={form.errors.kvkNumber}>
        {(p) => (
          <input {...p} inputMode="numeric" value={kvkNumber} onChange={(e) => setKvk(e.target.value)} />
        )}
      </Field>
      <Field label={t.careWorkers} hint={t.careWorkersHint} error={form.errors.careWorkers}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={careWorkers}
            onChange={(e) => setCareWorkers(e.target.value)}
          />
        )}
      </Field>
      <div className="checkbox-field">
        <input
          id="provider-residential-edit"
          type="checkbox"
          checked={residential}
          onChange={(e) => setResidential(e.target.checked)}
        />
        <label htmlFor="provider-residential-edit">{t.residential}</label>
      </div>
      <div className="checkbox-field">
        <input
          id="provider-foster-edit"
          type="checkbox"
          checked={fosterCare}
          onChange={(e) => setFosterCare(e.target.checked)}
        />
        <label htmlFor="provider-foster-edit">{t.fosterCare}</label>
      </div>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : m.common.save}
      </button>
      <SavedMessage show={form.saved} />
    </form>
  );
}

/** A validation refusal made in the browser, shaped like the API's so it lands next to its field. */
function fieldError(field: string, message: string): GraphQLRequestError {
  return new GraphQLRequestError(
    [{ message, extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } }],
    0,
  );
}

export function AdviceTermForm({
  councilId,
  councilName,
  onSaved,
}: {
  councilId: string;
  councilName: string;
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.providerForms;
  const [termDays, setTermDays] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const form = useFormSubmit(async () => {
    if (!validFrom) throw fieldError('validFrom', t.dateRequired);
    return request(SetAdviceTermMutation, { input: { councilId, termDays: toInt(termDays), validFrom } });
  }, onSaved);
  return (
    <form
      className="form inline-form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.termTitle(councilName)}
    >
      <h4>{t.termTitle(councilName)}</h4>
      <FormErrors errors={form.formErrors} />
      <Field label={t.termDays} hint={t.termDaysHint} error={form.errors.termDays}>
        {(p) => (
          <input {...p} inputMode="numeric" value={termDays} onChange={(e) => setTermDays(e.target.value)} />
        )}
      </Field>
      <Field label={t.validFrom} error={form.errors.validFrom}>
        {(p) => <input {...p} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : t.termSave}
      </button>
      <SavedMessage show={form.saved} />
    </form>
  );
}

export function RegulationForm({
  councilId,
  councilName,
  regulationAdoptedOn,
  onSaved,
}: {
  councilId: string;
  councilName: string;
  regulationAdoptedOn: string | null;
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.providerForms;
  const [date, setDate] = useState(regulationAdoptedOn ?? '');
  const form = useFormSubmit(async () => {
    if (!date) throw fieldError('regulationAdoptedOn', t.dateRequired);
    return request(UpdateCouncilMutation, { id: councilId, input: { regulationAdoptedOn: date } });
  }, onSaved);
  return (
    <form
      className="form inline-form"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.regulationTitle(councilName)}
    >
      <h4>{t.regulationTitle(councilName)}</h4>
      <FormErrors errors={form.formErrors} />
      <Field label={t.regulationDate} error={form.errors.regulationAdoptedOn}>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : m.common.save}
      </button>
      <SavedMessage show={form.saved} />
    </form>
  );
}
