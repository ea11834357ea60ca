import { Module } from '@nestjs/common';
import { PillarModule } from '../pillar/pillar.module';
import {
  ActionChangeResolver,
  ActionDependencyResolver,
  ActionMilestoneResolver,
  ActionResolver,
  ActivityActionsResolver,
  GoalActionsResolver,
  PillarActionsResolver,
} from './action.resolver';
import { ActionService } from './action.service';

@Module({
  imports: [PillarModule],
  providers: [
    ActionService,
    ActionResolver,
    ActionMilestoneResolver,
    ActionChangeResolver,
    ActionDependencyResolver,
    PillarActionsResolver,
    GoalActionsResolver,
    ActivityActionsResolver,
  ],
  exports: [ActionService],
})
export class ActionModule {}
