import { graphql } from '../../lib/documents';

// The catalogue as the regional administrator keeps it in the register (public, active subjects).
export const WmczSubjectsQuery = graphql(`
  query WmczSubjects {
    wmczSubjects {
      id
      code
      position
      articleRef
      right
      titleNl
      titleEn
      explanationNl
      explanationEn
      residentialOnly
    }
  }
`);
