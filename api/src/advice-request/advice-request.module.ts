import { Module } from '@nestjs/common';
import { ClientCouncilModule } from '../client-council/client-council.module';
import { AdviceRequestResolver } from './advice-request.resolver';
import { AdviceRequestService } from './advice-request.service';
import { ConsultationMeetingResolver } from './consultation-meeting.resolver';
import { ConsultationMeetingService } from './consultation-meeting.service';
import { TimelinessFiguresResolver } from './figures.resolver';
import { TimelinessFiguresService } from './figures.service';

@Module({
  imports: [ClientCouncilModule],
  providers: [
    AdviceRequestService,
    AdviceRequestResolver,
    ConsultationMeetingService,
    ConsultationMeetingResolver,
    TimelinessFiguresService,
    TimelinessFiguresResolver,
  ],
  exports: [AdviceRequestService, TimelinessFiguresService],
})
export class AdviceRequestModule {}
