import type { Role } from '@pm/domain';

/** One demo user per role. The password is public on purpose; production refuses to start with it. */
export { DEMO_PASSWORD } from '../auth/password';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  municipalityCbsCode?: string;
  providerKey?: string;
  councilName?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'beheer@demo.example', displayName: 'Demo Regiobeheerder', role: 'ADMIN' },
  {
    email: 'beleid.maastricht@demo.example',
    displayName: 'Demo Beleidsmedewerker Maastricht',
    role: 'POLICY_OFFICER',
    municipalityCbsCode: 'GM0935',
  },
  { email: 'kerngroep@demo.example', displayName: 'Demo Kerngroeplid', role: 'CORE_GROUP' },
  {
    email: 'raad.mergelland@demo.example',
    displayName: 'Demo Cliëntenraad Mergelland',
    role: 'COUNCIL_MEMBER',
    councilName: 'Cliëntenraad Mergelland',
  },
  {
    email: 'bestuur.mergelland@demo.example',
    displayName: 'Demo Bestuurder Mergelland',
    role: 'PROVIDER_BOARD',
    providerKey: 'mergelland',
  },
];
