import { graphql } from '../../lib/generated';

export const ProvidersOverviewQuery = graphql(`
  query ProvidersOverview {
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
