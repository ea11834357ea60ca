import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  COUNCIL_POSITIONS,
  ESCALATION_RULINGS,
  OUTCOMES,
  type CouncilPosition,
  type EscalationRuling,
  type Outcome,
} from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';
import {
  AdviceKindEnum,
  CouncilPositionEnum,
  EscalationRulingEnum,
  OutcomeEnum,
} from './advice-request.enums';

const titleRequired = reason('TITLE_REQUIRED', 'Vul een titel in.');
const titleTooLong = reason('TITLE_TOO_LONG', 'Een titel is hoogstens 200 tekens.');
const summaryTooLong = reason('SUMMARY_TOO_LONG', 'Een samenvatting is hoogstens 4000 tekens.');
const versionDescription =
  'De versie van het verzoek die u zag; is het intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION).';

/** A register entry's title and summary, shared by every input that creates one. */
@InputType({ isAbstract: true })
abstract class EntryTextInput {
  @Field()
  @IsString()
  @Matches(/\S/, titleRequired)
  @MaxLength(200, titleTooLong)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000, summaryTooLong)
  summary: string;
}

@InputType({ isAbstract: true })
abstract class VersionedInput {
  @Field(() => Int, { nullable: true, description: versionDescription })
  @IsOptional()
  @IsInt()
  version?: number;
}

/** What the board writes in a draft: text, subject, kind and planned decision date. */
@InputType({ isAbstract: true })
abstract class DraftInput extends EntryTextInput {
  @Field(() => ID)
  @IsEntityId()
  subjectId: string;

  @Field(() => AdviceKindEnum, { description: 'ADVICE of CONSENT; ongevraagd advies dient de raad zelf in.' })
  @IsIn(['ADVICE', 'CONSENT', 'UNSOLICITED'])
  kind: 'ADVICE' | 'CONSENT' | 'UNSOLICITED';

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  plannedDecisionOn?: string | null;
}

@InputType('CreateAdviceRequestInput', {
  description: 'Bestuur: legt een adviesaanvraag of instemmingsverzoek vast als concept.',
})
export class CreateAdviceRequestInput extends DraftInput {
  @Field(() => ID)
  @IsEntityId()
  providerId: string;

  @Field(() => ID)
  @IsEntityId()
  councilId: string;
}

@InputType('UpdateAdviceRequestDraftInput', {
  description:
    'Bestuur: past een concept aan (titel, samenvatting, onderwerp, soort, geplande besluitdatum); alleen zolang het een concept is.',
})
export class UpdateAdviceRequestDraftInput extends DraftInput {
  @Field(() => Int, { nullable: true, description: versionDescription })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType('SendAdviceRequestInput', {
  description: 'Bestuur: legt het concept voor aan de raad; de adviestermijn van die dag wordt vastgelegd.',
})
export class SendAdviceRequestInput extends VersionedInput {
  @Field(() => LocalDate, { description: 'Dag waarop de raad de aanvraag ontving.' })
  @IsString()
  requestedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Besluitdatum in de aanvraag; leeg laat die van het concept staan.',
  })
  @IsOptional()
  @IsString()
  plannedDecisionOn?: string | null;
}

@InputType('RecordCouncilPositionInput', { description: 'Raad: legt zijn standpunt eenmaal vast.' })
export class RecordCouncilPositionInput extends VersionedInput {
  @Field(() => CouncilPositionEnum)
  @IsIn([...COUNCIL_POSITIONS])
  position: CouncilPosition;

  @Field(() => LocalDate, { description: 'Dag waarop de raad zijn standpunt gaf.' })
  @IsString()
  councilRespondedOn: string;
}

@InputType('RecordDecisionInput', {
  description:
    'Bestuur: legt het besluit vast (bij ongevraagd advies: het antwoord). Een besluit vóór de aanvraag wordt vastgelegd en als voldongen feit beoordeeld.',
})
export class RecordDecisionInput extends VersionedInput {
  @Field(() => LocalDate)
  @IsString()
  decidedOn: string;

  @Field(() => OutcomeEnum, { nullable: true, description: 'Wat met het standpunt van de raad is gedaan.' })
  @IsOptional()
  @IsIn([...OUTCOMES])
  outcome?: Outcome | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Overleg met de raad vóór het afwijken (art. 9 Wmcz 2018).',
  })
  @IsOptional()
  @IsString()
  consultationHeldOn?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  writtenReasonsGiven: boolean;
}

@InputType('RecordDecisionCommunicatedInput')
export class RecordDecisionCommunicatedInput extends VersionedInput {
  @Field(() => LocalDate)
  @IsString()
  decisionCommunicatedOn: string;
}

@InputType('WithdrawAdviceRequestInput', {
  description: 'Bestuur trekt een aanvraag in; de raad trekt zijn eigen ongevraagd advies in.',
})
export class WithdrawAdviceRequestInput extends VersionedInput {
  @Field(() => LocalDate)
  @IsString()
  withdrawnOn: string;
}

@InputType('EscalateAdviceRequestInput', {
  description: 'Legt het geschil voor aan de commissie van vertrouwenslieden (LCvV).',
})
export class EscalateAdviceRequestInput extends VersionedInput {
  @Field(() => LocalDate)
  @IsString()
  escalatedOn: string;
}

const RULINGS = ESCALATION_RULINGS.filter((r) => r !== 'NONE' && r !== 'PENDING');

@InputType('RecordEscalationRulingInput')
export class RecordEscalationRulingInput extends VersionedInput {
  @Field(() => EscalationRulingEnum, {
    description:
      'SUBSTITUTE_CONSENT_GRANTED/REFUSED (alleen bij instemming), RULED_FOR_COUNCIL of RULED_FOR_PROVIDER.',
  })
  @IsIn(RULINGS, reason('INVALID_RULING', 'Kies een uitspraak (niet NONE of PENDING).'))
  ruling: EscalationRuling;

  @Field(() => LocalDate)
  @IsString()
  rulingOn: string;
}

@InputType('FileUnsolicitedAdviceInput', { description: 'Raad: legt eigen (ongevraagd) advies vast.' })
export class FileUnsolicitedAdviceInput extends EntryTextInput {
  @Field(() => ID)
  @IsEntityId()
  councilId: string;

  @Field(() => ID)
  @IsEntityId()
  subjectId: string;

  @Field(() => CouncilPositionEnum, { description: 'POSITIVE, POSITIVE_WITH_CONDITIONS of NEGATIVE.' })
  @IsIn([...COUNCIL_POSITIONS])
  position: CouncilPosition;

  @Field(() => LocalDate, { description: 'Dag waarop de raad het advies gaf.' })
  @IsString()
  councilRespondedOn: string;
}

@InputType('ReportNotRequestedInput', {
  description:
    'Raad: meldt een besluit op een Wmcz-onderwerp waarover hij nooit om advies of instemming is gevraagd.',
})
export class ReportNotRequestedInput extends EntryTextInput {
  @Field(() => ID)
  @IsEntityId()
  councilId: string;

  @Field(() => ID)
  @IsEntityId()
  subjectId: string;

  @Field(() => AdviceKindEnum, { description: 'ADVICE of CONSENT: wat de aanbieder had moeten vragen.' })
  @IsIn(['ADVICE', 'CONSENT', 'UNSOLICITED'])
  kind: 'ADVICE' | 'CONSENT' | 'UNSOLICITED';

  @Field(() => LocalDate, { description: 'Dag van het besluit (zo goed als bekend).' })
  @IsString()
  decidedOn: string;
}

// Args classes: the id of the entry (where there is one) and the input, validated as a nested object.
function idAndInput<T>(input: new () => T) {
  @ArgsType()
  abstract class IdAndInputArgs {
    @Field(() => ID)
    @IsEntityId()
    id: string;

    @Field(() => input)
    @ValidateNested()
    @Type(() => input)
    input: T;
  }
  return IdAndInputArgs;
}

function inputOnly<T>(input: new () => T) {
  @ArgsType()
  abstract class InputArgs {
    @Field(() => input)
    @ValidateNested()
    @Type(() => input)
    input: T;
  }
  return InputArgs;
}

@ArgsType()
export class CreateAdviceRequestArgs extends inputOnly(CreateAdviceRequestInput) {}
@ArgsType()
export class FileUnsolicitedAdviceArgs extends inputOnly(FileUnsolicitedAdviceInput) {}
@ArgsType()
export class ReportNotRequestedArgs extends inputOnly(ReportNotRequestedInput) {}
@ArgsType()
export class UpdateAdviceRequestDraftArgs extends idAndInput(UpdateAdviceRequestDraftInput) {}
@ArgsType()
export class SendAdviceRequestArgs extends idAndInput(SendAdviceRequestInput) {}
@ArgsType()
export class RecordCouncilPositionArgs extends idAndInput(RecordCouncilPositionInput) {}
@ArgsType()
export class RecordDecisionArgs extends idAndInput(RecordDecisionInput) {}
@ArgsType()
export class RecordDecisionCommunicatedArgs extends idAndInput(RecordDecisionCommunicatedInput) {}
@ArgsType()
export class WithdrawAdviceRequestArgs extends idAndInput(WithdrawAdviceRequestInput) {}
@ArgsType()
export class EscalateAdviceRequestArgs extends idAndInput(EscalateAdviceRequestInput) {}
@ArgsType()
export class RecordEscalationRulingArgs extends idAndInput(RecordEscalationRulingInput) {}
