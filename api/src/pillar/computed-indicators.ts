import { WMCZ_THRESHOLD_CARE_WORKERS } from '@pm/domain';
import { RATED_VERDICTS_SQL, verdictSql } from '../advice-request/verdict.sql';
import { providerPublishesSql } from '../publication/publication.sql';
import type { IndicatorUnit } from './units';

/**
 * An indicator computed from the registers instead of entered by hand. It has the same shape as an
 * entered indicator (baseline, target, progress); its value on any day comes from SQL, so the
 * current figure, the monthly series and the pillar snapshots all use the one expression below.
 *
 * Adding a computed indicator is one entry in COMPUTED_INDICATORS plus an indicator row with its
 * key (createIndicator with computedKey, or a line in the demo seed).
 */
export interface ComputedIndicatorDefinition {
  /** Stored in indicator.computed_key. */
  readonly key: string;
  readonly unit: IndicatorUnit;
  readonly title: { readonly nl: string; readonly en: string };
  /** "Hoe berekend" for this indicator's value. */
  readonly explanation: { readonly nl: string; readonly en: string };
  /**
   * A scalar SQL expression (double precision, or NULL when there is nothing to count) for the value
   * on the day `asOf`, for one municipality or (when `municipalityId` is NULL) the whole region.
   * Both arguments are SQL expressions, e.g. a column of the enclosing query. `publishedOnly`: count
   * only providers that opted in to publication (the public's figures, PRODUCT.md §4).
   */
  valueSql(asOf: string, municipalityId: string, publishedOnly?: boolean): string;
}

export const COMPUTED_INDICATORS: readonly ComputedIndicatorDefinition[] = [
  {
    key: 'OBLIGED_PROVIDERS_WITH_REGULATION',
    unit: 'PERCENT',
    title: {
      nl: 'Aandeel verplichte aanbieders met een cliëntenraad en een vastgestelde medezeggenschapsregeling',
      en: 'Share of obliged providers with a client council and an adopted participation regulation',
    },
    explanation: {
      nl:
        `Aanbieders waar meer dan ${WMCZ_THRESHOLD_CARE_WORKERS} personen zorg verlenen moeten een cliëntenraad hebben (art. 3 Wmcz 2018). ` +
        'Waarde = aanbieders met een raad waarvan de medezeggenschapsregeling op die dag was vastgesteld ÷ alle verplichte aanbieders. ' +
        'Per gemeente: de aanbieders die de gemeente contracteert.',
      en:
        `Providers where more than ${WMCZ_THRESHOLD_CARE_WORKERS} people provide care must have a client council (art. 3 Wmcz 2018). ` +
        'Value = providers with a council whose participation regulation had been adopted on that day ÷ all obliged providers. ' +
        'Per municipality: the providers it contracts.',
    },
    valueSql: (asOf, municipalityId, publishedOnly = false) => `(
      SELECT (100 * count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM client_council cc
                 WHERE cc.provider_id = p.id AND cc.regulation_adopted_on <= ${asOf}))::double precision
              / NULLIF(count(*), 0))
        FROM provider p
       WHERE p.care_workers > ${WMCZ_THRESHOLD_CARE_WORKERS}${publishedOnly ? ' AND p.publish_aggregates' : ''}
         AND (${municipalityId} IS NULL OR EXISTS (
                SELECT 1 FROM provider_contract pc
                 WHERE pc.provider_id = p.id AND pc.municipality_id = ${municipalityId})))`,
  },
  {
    key: 'ADVICE_ON_TIME_RATE',
    unit: 'PERCENT',
    title: {
      nl: 'Tijdig betrokken: aandeel besluiten waarvoor de cliëntenraad op tijd om advies of instemming is gevraagd',
      en: 'Consulted on time: share of decisions for which the client council was asked in time',
    },
    explanation: {
      nl:
        'Uit het Wmcz-register: besluiten tot en met die dag, naar oordeel. Waarde = op tijd ÷ (op tijd + te krap + ' +
        'voldongen feit + niet gevraagd). Lopende, ingetrokken en ongevraagde adviezen tellen niet mee. ' +
        'Per gemeente: de aanbieders die de gemeente contracteert.',
      en:
        'From the Wmcz register: decisions up to that day, by verdict. Value = on time ÷ (on time + short notice + ' +
        'after the fact + not requested). Open, withdrawn and unsolicited entries are left out. ' +
        'Per municipality: the providers it contracts.',
    },
    // The verdict expression is the register's own (verdict.sql.ts), so both figures always agree.
    valueSql: (asOf, municipalityId, publishedOnly = false) => `(
      SELECT (100 * count(*) FILTER (WHERE v.verdict = 'ON_TIME')::double precision
              / NULLIF(count(*) FILTER (WHERE v.verdict IN (${RATED_VERDICTS_SQL})), 0))
        FROM advice_request ar
        CROSS JOIN LATERAL (SELECT ${verdictSql('ar')} AS verdict) v
       WHERE ar.decided_on <= ${asOf}${publishedOnly ? ` AND ${providerPublishesSql('ar.provider_id')}` : ''}
         AND (${municipalityId} IS NULL OR EXISTS (
                SELECT 1 FROM provider_contract pc
                 WHERE pc.provider_id = ar.provider_id AND pc.municipality_id = ${municipalityId})))`,
  },
];

export function findComputedIndicator(key: string): ComputedIndicatorDefinition | undefined {
  return COMPUTED_INDICATORS.find((definition) => definition.key === key);
}

/**
 * One SQL expression for the value of any computed indicator: a CASE over the registry on the
 * column holding the key. NULL for an unknown key.
 */
export function computedValueSql(
  keyColumn: string,
  asOf: string,
  municipalityId: string,
  publishedOnly = false,
): string {
  const branches = COMPUTED_INDICATORS.map(
    (definition) =>
      `WHEN '${definition.key}' THEN ${definition.valueSql(asOf, municipalityId, publishedOnly)}`,
  );
  return `CASE ${keyColumn} ${branches.join(' ')} ELSE NULL::double precision END`;
}
