import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import { reason } from '../common/validation';
import type { ConsultationMeetingEntity } from './advice-request.entity';

@ObjectType('ConsultationMeeting', {
  description: 'Overlegvergadering tussen bestuur en cliëntenraad over de algemene gang van zaken.',
})
export class ConsultationMeetingType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate)
  heldOn: string;

  @Field(() => [String], { description: 'Besproken onderwerpen, in het kort.' })
  topics: string[];

  providerId: number;
  councilId: number;

  static from(e: ConsultationMeetingEntity): ConsultationMeetingType {
    return Object.assign(new ConsultationMeetingType(), {
      id: String(e.id),
      heldOn: e.heldOn,
      topics: e.topics,
      providerId: e.providerId,
      councilId: e.councilId,
    });
  }
}

@ObjectType('ConsultationMeetingList')
export class ConsultationMeetingList extends Paginated(
  ConsultationMeetingType,
  'ConsultationMeetingListBase',
) {}

@InputType('ConsultationMeetingFilter')
export class ConsultationMeetingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  providerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  councilId?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  to?: string;
}

@ArgsType()
export class ConsultationMeetingsArgs extends PageArgs {
  @Field(() => ConsultationMeetingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationMeetingFilter)
  filter?: ConsultationMeetingFilter;
}

@InputType('RecordConsultationMeetingInput')
export class RecordConsultationMeetingInput {
  @Field(() => ID)
  @IsEntityId()
  councilId: string;

  @Field(() => LocalDate)
  @IsString()
  heldOn: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, reason('TOO_MANY_TOPICS', 'Hoogstens 30 onderwerpen.'))
  @IsString({ each: true })
  @Matches(/\S/, { each: true, ...reason('TOPIC_REQUIRED', 'Een onderwerp mag niet leeg zijn.') })
  @MaxLength(200, { each: true, ...reason('TOPIC_TOO_LONG', 'Een onderwerp is hoogstens 200 tekens.') })
  topics: string[];
}

@ArgsType()
export class RecordConsultationMeetingArgs {
  @Field(() => RecordConsultationMeetingInput)
  @ValidateNested()
  @Type(() => RecordConsultationMeetingInput)
  input: RecordConsultationMeetingInput;
}
