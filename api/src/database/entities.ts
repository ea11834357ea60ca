import {
  ActionActivityEntity,
  ActionChangeEntity,
  ActionDependencyEntity,
  ActionEntity,
  ActionMilestoneEntity,
  ActionMunicipalityEntity,
  ActionOwnerEntity,
} from '../action/action.entity';
import { ActivityEntity, ActivityPillarEntity, ActivityReportEntity } from '../activity/activity.entity';
import { AdviceRequestEntity, ConsultationMeetingEntity } from '../advice-request/advice-request.entity';
import { AuditLogEntity } from '../audit/audit.entity';
import { SessionEntity, SignInAttemptEntity, UserEntity } from '../auth/user.entity';
import { AdviceTermEntity, ClientCouncilEntity } from '../client-council/client-council.entity';
import { CoreGroupMemberEntity } from '../core-group/core-group.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { GoalEntity, IndicatorEntity, MeasurementEntity, PillarEntity } from '../pillar/pillar.entity';
import { ProviderContractEntity, ProviderEntity } from '../provider/provider.entity';
import { RegionEntity, SubregionEntity } from '../region/region.entity';
import { WmczSubjectEntity } from '../wmcz-subject/wmcz-subject.entity';

/** Every entity the data source knows; a new module adds its entities here. */
export const ENTITIES = [
  RegionEntity,
  SubregionEntity,
  MunicipalityEntity,
  ProviderEntity,
  ProviderContractEntity,
  ClientCouncilEntity,
  AdviceTermEntity,
  UserEntity,
  SessionEntity,
  SignInAttemptEntity,
  AuditLogEntity,
  PillarEntity,
  GoalEntity,
  IndicatorEntity,
  MeasurementEntity,
  CoreGroupMemberEntity,
  ActivityEntity,
  ActivityPillarEntity,
  ActivityReportEntity,
  ActionEntity,
  ActionOwnerEntity,
  ActionMunicipalityEntity,
  ActionDependencyEntity,
  ActionMilestoneEntity,
  ActionActivityEntity,
  ActionChangeEntity,
  WmczSubjectEntity,
  AdviceRequestEntity,
  ConsultationMeetingEntity,
];
