import { graphql } from '../../lib/generated';

// One request for the comparison: the current municipalities and the providers with the facts the
// foundation metrics need (contracts, council obligation, councils and their regulation).
export const MunicipalityComparisonQuery = graphql(`
  query MunicipalityComparison {
    municipalities(take: 200) {
      items {
        id
        cbsCode
        name
        inhabitants
        inhabitantsYear
        youthPopulation
        subregion {
          id
          name
        }
      }
    }
    providers(take: 200) {
      totalItems
      items {
        id
        councilRequired
        councils {
          id
          regulationAdoptedOn
        }
        municipalities {
          id
        }
      }
    }
  }
`);

export const MunicipalityQuery = graphql(`
  query Municipality($cbsCode: String!) {
    municipality(cbsCode: $cbsCode) {
      id
      cbsCode
      name
      inhabitants
      inhabitantsYear
      youthPopulation
      validFrom
      subregion {
        id
        name
        region {
          name
        }
      }
    }
  }
`);

export const MunicipalityProvidersQuery = graphql(`
  query MunicipalityProviders($municipalityId: ID!) {
    providers(take: 200, filter: { municipalityId: $municipalityId }) {
      totalItems
      items {
        id
        name
        careWorkers
        residential
        councilRequired
        councils {
          id
          name
          regulationAdoptedOn
        }
      }
    }
  }
`);
