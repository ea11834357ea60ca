import { Module } from '@nestjs/common';
import { GoalResolver, IndicatorResolver, PillarResolver } from './pillar.resolver';
import { PillarService } from './pillar.service';
import { ProgressService } from './progress.service';

@Module({
  providers: [PillarService, ProgressService, PillarResolver, GoalResolver, IndicatorResolver],
  exports: [PillarService, ProgressService],
})
export class PillarModule {}
