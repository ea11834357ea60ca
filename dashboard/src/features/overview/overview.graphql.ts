import { graphql } from '../../lib/generated';

export const RegionFactsQuery = graphql(`
  query RegionFacts {
    regions {
      id
      code
      name
    }
    municipalities(take: 200) {
      totalItems
      items {
        id
        inhabitants
        youthPopulation
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
