// `graphql()` for the *.graphql.ts files. Codegen finds the calls and generates each document's
// result and variable types into generated/ (a compile-time overload per document text). At run time
// the document is just its own text: no map of every document in the first bundle, and each view's
// documents travel in that view's chunk.
import type { graphql as typedGraphql } from './generated/gql';

export const graphql = ((source: string) => source) as unknown as typeof typedGraphql;
