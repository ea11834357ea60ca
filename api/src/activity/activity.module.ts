import { Module } from '@nestjs/common';
import { ActivityReportResolver, ActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';

@Module({
  providers: [ActivityService, ActivityResolver, ActivityReportResolver],
  exports: [ActivityService],
})
export class ActivityModule {}
