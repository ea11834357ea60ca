import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchemaSdl } from '../../../api/src/graphql/schema-sdl';

describe('committed GraphQL schema', () => {
  it('equals the schema the code builds (run `npm run schema` after changing a resolver)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../api/schema.gql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });
});
