// Units an indicator can be measured in. A measurement must be entered in its indicator's unit, so
// a percentage is never averaged with a count (the API refuses the mismatch with UNIT_MISMATCH).
// Kept in the API (not libs/domain) so the programme module needs no change to the shared rules.

export const INDICATOR_UNITS = ['PERCENT', 'COUNT', 'DAYS', 'GRADE', 'PER_10000_INHABITANTS'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_UNIT_LABELS: Readonly<
  Record<IndicatorUnit, { nl: string; en: string; symbol: string }>
> = {
  PERCENT: { nl: 'Percentage', en: 'Percentage', symbol: '%' },
  COUNT: { nl: 'Aantal', en: 'Count', symbol: '' },
  DAYS: { nl: 'Dagen', en: 'Days', symbol: 'd' },
  GRADE: { nl: 'Rapportcijfer (1–10)', en: 'Grade (1–10)', symbol: '' },
  PER_10000_INHABITANTS: { nl: 'Per 10.000 inwoners', en: 'Per 10,000 inhabitants', symbol: '‱' },
};
