import { INDICATOR_DIRECTION_LABELS, type IndicatorDirection } from '@pm/domain';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { type Column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Field, FormErrors, SavedMessage, useFormSubmit } from '../../components/Form';
import { HowCalculated } from '../../components/HowCalculated';
import type { MunicipalityDetailQuery as Result } from '../../lib/generated/graphql';
import { GraphQLRequestError, request } from '../../lib/graphql';
import { RecordMeasurementMutation } from './municipalities.graphql';

type Indicator = Result['indicators']['items'][number];

function MeasurementForm({
  indicator,
  today,
  onSaved,
}: {
  indicator: Indicator;
  today: string;
  onSaved(): void;
}) {
  const { m } = useI18n();
  const t = m.municipality.indicators;
  const [value, setValue] = useState('');
  const [on, setOn] = useState(today);
  const [source, setSource] = useState('');
  const [provisional, setProvisional] = useState(false);
  const [note, setNote] = useState('');
  const form = useFormSubmit(
    async () => {
      const number = Number(value.replace(',', '.'));
      if (value.trim() === '' || Number.isNaN(number))
        throw new GraphQLRequestError(
          [{ message: t.numberRequired, extensions: { field: 'input.value' } }],
          0,
        );
      if (!on)
        throw new GraphQLRequestError(
          [{ message: m.council.forms.dateRequired, extensions: { field: 'input.measuredOn' } }],
          0,
        );
      return request(RecordMeasurementMutation, {
        input: {
          indicatorId: indicator.id,
          value: number,
          measuredOn: on,
          unit: indicator.unit,
          source,
          provisional,
          note: note || null,
        },
      });
    },
    () => {
      setValue('');
      setNote('');
      onSaved();
    },
  );
  return (
    <form
      className="form inline-form form-row"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={t.formTitle(indicator.title)}
      data-testid={`measurement-form-${indicator.id}`}
    >
      <FormErrors errors={form.formErrors} />
      <Field
        label={t.value(t.units[indicator.unit as keyof typeof t.units] ?? indicator.unit)}
        error={form.errors.value ?? form.errors.unit}
      >
        {(p) => <input {...p} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <Field label={t.measuredOn} error={form.errors.measuredOn}>
        {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <Field label={t.source} hint={t.sourceHint} error={form.errors.source}>
        {(p) => <input {...p} value={source} onChange={(e) => setSource(e.target.value)} />}
      </Field>
      <Field label={t.note} error={form.errors.note}>
        {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="checkbox-field">
        <input
          id={`provisional-${indicator.id}`}
          type="checkbox"
          checked={provisional}
          onChange={(e) => setProvisional(e.target.checked)}
        />
        <label htmlFor={`provisional-${indicator.id}`}>{t.provisional}</label>
      </div>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? m.common.saving : t.save}
      </button>
      <SavedMessage show={form.saved} />
    </form>
  );
}

/** The municipality's own indicators, their progress with "hoe berekend", and (own policy officer) a new measurement. */
export function Indicators({
  indicators,
  mayMeasure,
  today,
  onSaved,
}: {
  indicators: readonly Indicator[];
  mayMeasure: boolean;
  today: string;
  onSaved(): void;
}) {
  const { m, fmt, lang } = useI18n();
  const t = m.municipality.indicators;
  const [open, setOpen] = useState<string | null>(null);
  if (indicators.length === 0) return <EmptyState reason="noData" detail={t.none} />;
  const unit = (i: Indicator) => t.units[i.unit as keyof typeof t.units] ?? i.unit;
  const columns: Column<Indicator>[] = [
    { key: 'title', header: t.indicator, rowHeader: true, cell: (i) => i.title },
    {
      key: 'range',
      header: t.baselineTarget,
      cell: (i) =>
        `${fmt.number(i.baselineValue, 1)} (${fmt.date(i.baselineOn)}) → ${fmt.number(i.targetValue, 1)} (${fmt.date(i.targetOn)}) · ${unit(i)} · ${fmt.label(INDICATOR_DIRECTION_LABELS[i.direction as IndicatorDirection]).toLowerCase()}`,
    },
    {
      key: 'latest',
      header: t.latest,
      cell: (i) =>
        i.latest?.value == null
          ? m.common.noFigure
          : `${fmt.number(i.latest.value, 1)} (${fmt.date(i.latest.on)}${i.latest.provisional ? `, ${t.provisionalShort}` : ''})`,
    },
    {
      key: 'progress',
      header: t.progress,
      cell: (i) => (
        <>
          {i.progress.value === null ? m.common.noFigure : fmt.percent(i.progress.value / 100)}
          <HowCalculated>
            <p>{lang === 'nl' ? i.progress.explanation : i.progress.explanationEn}</p>
          </HowCalculated>
        </>
      ),
    },
    ...(mayMeasure
      ? [
          {
            key: 'measure',
            header: <span className="visually-hidden">{t.measure}</span>,
            cell: (i: Indicator) =>
              i.computed ? (
                <span className="muted">{t.computed}</span>
              ) : (
                <button
                  type="button"
                  className="button secondary small"
                  aria-expanded={open === i.id}
                  onClick={() => setOpen(open === i.id ? null : i.id)}
                >
                  {t.measure} <span className="visually-hidden">: {i.title}</span>
                </button>
              ),
          },
        ]
      : []),
  ];
  const active = indicators.find((i) => i.id === open);
  return (
    <>
      <DataTable
        caption={t.caption}
        captionHidden
        columns={columns}
        rows={indicators}
        rowKey={(i) => i.id}
        testId="municipality-indicators"
      />
      {active && (
        <MeasurementForm
          indicator={active}
          today={today}
          onSaved={() => {
            setOpen(null);
            onSaved();
          }}
        />
      )}
    </>
  );
}
