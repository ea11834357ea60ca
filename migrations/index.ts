// Every migration, in order. The data source imports this list (no globbing), so source and build agree.
import { CreateOrganisationsUsersAndAudit1795445930680 } from './1795445930680-CreateOrganisationsUsersAndAudit';
import { CreateRegionalProgramme1795446600000 } from './1795446600000-CreateRegionalProgramme';

export const MIGRATIONS = [
  CreateOrganisationsUsersAndAudit1795445930680,
  CreateRegionalProgramme1795446600000,
];
