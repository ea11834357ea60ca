import { registerEnumType } from '@nestjs/graphql';
import {
  ACTION_STATUSES,
  ACTIVITY_FORMS,
  CORE_GROUP_SEATS,
  INDICATOR_DIRECTIONS,
  PARTICIPATION_LEVELS,
  REPORT_STATUSES,
} from '@pm/domain';
import { INDICATOR_UNITS } from './units';

// GraphQL enums of the regional programme, generated from the vocabulary in libs/domain so the
// schema, the CHECK constraints and the dashboard labels share one list.
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const ActionStatusEnum = enumOf(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, {
  name: 'ActionStatus',
  description: 'Status van een kerngroepactie; elke status telt voor een vast voortgangsaandeel.',
});

export const ActivityFormEnum = enumOf(ACTIVITY_FORMS);
registerEnumType(ActivityFormEnum, { name: 'ActivityForm', description: 'Vorm van een bijeenkomst.' });

export const ParticipationLevelEnum = enumOf(PARTICIPATION_LEVELS);
registerEnumType(ParticipationLevelEnum, {
  name: 'ParticipationLevel',
  description: 'Trede op de participatieladder, van informeren tot meebeslissen.',
});

export const ReportStatusEnum = enumOf(REPORT_STATUSES);
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'Concept → voorgelegd aan deelnemers → goedgekeurd door deelnemers → gedeeld met de regio.',
});

export const IndicatorDirectionEnum = enumOf(INDICATOR_DIRECTIONS);
registerEnumType(IndicatorDirectionEnum, {
  name: 'IndicatorDirection',
  description: 'Of een hogere of een lagere waarde beter is.',
});

export const IndicatorUnitEnum = enumOf(INDICATOR_UNITS);
registerEnumType(IndicatorUnitEnum, { name: 'IndicatorUnit', description: 'Eenheid van een indicator.' });

export const CoreGroupSeatEnum = enumOf(CORE_GROUP_SEATS);
registerEnumType(CoreGroupSeatEnum, {
  name: 'CoreGroupSeat',
  description: 'Zetel in de kerngroep: cliënten, gemeenten of aanbieders.',
});
