import { graphql } from '../lib/documents';

export const MeQuery = graphql(`
  query Me {
    today
    me {
      id
      displayName
      email
      role
      organisation {
        id
        kind
        name
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      displayName
      email
      role
      organisation {
        id
        kind
        name
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
