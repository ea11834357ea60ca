import { graphql } from '../../lib/documents';

// The catalogue as the regional administrator keeps it in the register (public, active subjects).
export const WmczSubjectsQuery = graphql(`
  query WmczSubjects($includeInactive: Boolean!) {
    wmczSubjects(includeInactive: $includeInactive) {
      version
      active
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

export const UpdateSubjectMutation = graphql(`
  mutation UpdateWmczSubject($id: ID!, $input: UpdateWmczSubjectInput!) {
    updateWmczSubject(id: $id, input: $input) {
      id
      version
    }
  }
`);

export const CreateSubjectMutation = graphql(`
  mutation CreateWmczSubject($input: CreateWmczSubjectInput!) {
    createWmczSubject(input: $input) {
      id
      code
    }
  }
`);
