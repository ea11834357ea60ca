// Typed GraphQL documents from the committed api/schema.gql (CONVENTIONS habit 12). `npm run codegen`
// writes src/lib/generated/; tests/unit/dashboard/codegen.test.ts fails when the committed output is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        // Documents as plain strings: no GraphQL parser in the browser bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
