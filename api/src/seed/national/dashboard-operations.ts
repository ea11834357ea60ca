// The GraphQL operations of the dashboard views, shared by the statement-count test and the benchmark
// (npm run bench:api). Each is asked as the role that uses the view.
import { GENERATED_EMAIL_DOMAIN } from './national-scale';

export interface DashboardOperation {
  name: string;
  kind: 'aggregate' | 'list';
  /** Who asks (a generated user, password DEMO_PASSWORD). */
  email: string;
  query: string;
  variables: Record<string, unknown>;
}

const FIGURES = `key name entryCount ratedCount onTimeRate medianGrantedDays medianMarginDays followRate
  verdictCounts { onTime shortNotice afterTheFact notRequested open withdrawn notApplicable }
  findingCounts { entriesWithFindings councilAnsweredLate }`;

/** The operations, with the council and municipality of the generated users filled in. */
export function dashboardOperations(ids: { municipalityId: string; councilId: string }, take = 50) {
  const policy = `beleid@${GENERATED_EMAIL_DOMAIN}`;
  const operations: DashboardOperation[] = [
    {
      name: 'regionOverview',
      kind: 'aggregate',
      email: policy,
      query: `query RegionOverview { timelinessFigures(groupBy: REGION) { ${FIGURES} } }`,
      variables: {},
    },
    {
      name: 'onTimePerMonth',
      kind: 'aggregate',
      email: policy,
      query: `query OnTimePerMonth { timelinessFigures(groupBy: MONTH) { periodStart ${FIGURES} } }`,
      variables: {},
    },
    {
      name: 'municipalityComparison',
      kind: 'aggregate',
      email: policy,
      query: `query MunicipalityComparison { timelinessFigures(groupBy: MUNICIPALITY) { ${FIGURES} } }`,
      variables: {},
    },
    {
      name: 'providerTimeliness',
      kind: 'aggregate',
      email: policy,
      query: `query ProviderTimeliness($m: ID!) {
        timelinessFigures(groupBy: PROVIDER, filter: { municipalityId: $m }) { ${FIGURES} } }`,
      variables: { m: ids.municipalityId },
    },
    {
      name: 'councilOpenRequests',
      kind: 'list',
      email: `raad@${GENERATED_EMAIL_DOMAIN}`,
      query: `query CouncilOpenRequests($c: ID!, $take: Int!) {
        adviceRequests(filter: { councilId: $c, openOnly: true }, sort: DEADLINE_FIRST, take: $take) {
          totalItems
          items { id title kind status requestedOn plannedDecisionOn adviceTermDays
            timeliness { verdict deadline daysLeft }
            subject { code titleNl } provider { id name } council { id name } } } }`,
      variables: { c: ids.councilId, take },
    },
    {
      name: 'actionsPage',
      kind: 'list',
      email: `kerngroep@${GENERATED_EMAIL_DOMAIN}`,
      query: `query ActionsPage($take: Int!) {
        actions(take: $take) {
          totalItems
          items { id title status dueOn late leadOrganisation
            pillar { code } responsible { name } owners { name }
            milestones { title dueOn doneOn } blockedBy { id title } } } }`,
      variables: { take },
    },
  ];
  return operations;
}
