import { graphql } from '../../lib/documents';

export const ProvidersOverviewQuery = graphql(`
  query ProvidersOverview($from: Date!, $to: Date!, $signedIn: Boolean!) {
    timelinessByProvider: timelinessFigures(groupBy: PROVIDER, from: $from, to: $to) @include(if: $signedIn) {
      key
      onTimeRate
      ratedCount
      verdictCounts {
        onTime
        open
      }
      findingCounts {
        entriesWithFindings
      }
    }
    providers(take: 200) {
      totalItems
      items {
        id
        name
        careWorkers
        residential
        fosterCare
        councilRequired
        councils {
          id
          regulationAdoptedOn
        }
        municipalities {
          id
          cbsCode
        }
      }
    }
    municipalities(take: 200) {
      items {
        id
        cbsCode
        name
      }
    }
  }
`);

export const ProviderDetailQuery = graphql(`
  query ProviderDetail($id: ID!) {
    provider(id: $id) {
      id
      name
      kvkNumber
      careWorkers
      residential
      fosterCare
      councilRequired
      municipalities {
        id
        cbsCode
        name
      }
      councils {
        id
        name
        kind
        establishedOn
        regulationAdoptedOn
        meetingsPerYear
        hasSupportOfficer
        adviceTerms {
          id
          termDays
          validFrom
        }
        seats {
          youthFilled
          youthVacant
          parentFilled
          parentVacant
          otherFilled
          otherVacant
        }
      }
    }
  }
`);

// A provider's register: its figures per month and its requests with verdicts (signed-in users who may
// see this provider's entries: region staff, and its own board and council members).
export const ProviderRegisterQuery = graphql(`
  query ProviderRegister($providerId: ID!, $from: Date!, $to: Date!) {
    timelinessFigures(groupBy: MONTH, from: $from, to: $to, filter: { providerId: $providerId }) {
      key
      name
      periodStart
      onTimeRate
      ratedCount
      entryCount
      verdictCounts {
        onTime
        shortNotice
        afterTheFact
        notRequested
        open
        withdrawn
        notApplicable
      }
      findingCounts {
        entriesWithFindings
      }
    }
    adviceRequests(take: 200, sort: NEWEST_FIRST, filter: { providerId: $providerId }) {
      totalItems
      items {
        id
        title
        kind
        status
        requestedOn
        decidedOn
        findings
        council {
          id
          name
        }
        subject {
          code
          articleRef
          titleNl
          titleEn
        }
        timeliness {
          verdict
          deadline
          daysLeft
        }
      }
    }
  }
`);

export const UpdateProviderMutation = graphql(`
  mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) {
    updateProvider(id: $id, input: $input) {
      id
    }
  }
`);

export const SetAdviceTermMutation = graphql(`
  mutation SetAdviceTerm($input: SetAdviceTermInput!) {
    setAdviceTerm(input: $input) {
      id
    }
  }
`);

export const UpdateCouncilMutation = graphql(`
  mutation UpdateCouncil($id: ID!, $input: UpdateClientCouncilInput!) {
    updateClientCouncil(id: $id, input: $input) {
      id
    }
  }
`);
