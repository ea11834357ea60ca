// Every migration, in order. The data source imports this list (no globbing), so source and build agree.
import { CreateOrganisationsUsersAndAudit1795445930680 } from './1795445930680-CreateOrganisationsUsersAndAudit';
import { CreateRegionalProgramme1795446600000 } from './1795446600000-CreateRegionalProgramme';
import { CreateWmczRegister1795446813911 } from './1795446813911-CreateWmczRegister';
import { AddRegisterRollupAndDashboardIndexes1795447200000 } from './1795447200000-AddRegisterRollupAndDashboardIndexes';
import { AddPublicationOptIn1795500000000 } from './1795500000000-AddPublicationOptIn';
import { AddVersionToIndicatorAndReport1795500100000 } from './1795500100000-AddVersionToIndicatorAndReport';

export const MIGRATIONS = [
  CreateOrganisationsUsersAndAudit1795445930680,
  CreateRegionalProgramme1795446600000,
  CreateWmczRegister1795446813911,
  AddRegisterRollupAndDashboardIndexes1795447200000,
  AddPublicationOptIn1795500000000,
  AddVersionToIndicatorAndReport1795500100000,
];
