// Every migration, in order. The data source imports this list (no globbing), so source and build agree.
import { CreateOrganisationsUsersAndAudit1795445930680 } from './1795445930680-CreateOrganisationsUsersAndAudit';
import { CreateRegionalProgramme1795446600000 } from './1795446600000-CreateRegionalProgramme';
import { CreateWmczRegister1795446813911 } from './1795446813911-CreateWmczRegister';

export const MIGRATIONS = [
  CreateOrganisationsUsersAndAudit1795445930680,
  CreateRegionalProgramme1795446600000,
  CreateWmczRegister1795446813911,
];
