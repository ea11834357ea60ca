import { graphql } from '../../lib/generated';

export const CouncilChoicesQuery = graphql(`
  query CouncilChoices($providerId: ID) {
    clientCouncils(take: 200, filter: { providerId: $providerId }) {
      items {
        id
        name
        provider {
          id
          name
        }
      }
    }
  }
`);

export const CouncilQuery = graphql(`
  query Council($id: ID!) {
    clientCouncil(id: $id) {
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
      provider {
        id
        name
        residential
      }
    }
  }
`);
