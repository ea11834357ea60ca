import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContracts } from '../../../api/src/graphql/schema-sdl';

const root = path.resolve(__dirname, '../../..');

describe('committed contracts (run `npm run schema` after changing a resolver)', () => {
  it('api/schema.gql equals the schema the code builds, and docs/access-matrix.md the declared access', async () => {
    const built = await buildContracts();
    expect(built.schema).toBe(fs.readFileSync(path.join(root, 'api/schema.gql'), 'utf8'));
    expect(built.accessMatrix).toBe(fs.readFileSync(path.join(root, 'docs/access-matrix.md'), 'utf8'));
  });

  it('declares access for every query and mutation (none falls back to refused-for-all)', async () => {
    const table = (await buildContracts()).accessMatrix;
    const rows = table.split('\n').filter((line) => /^\| \w+ \| (Query|Mutation) /.test(line));
    expect(rows.length).toBeGreaterThan(10);
    const undeclared = rows.filter((line) => / \| — \| — \| — \| — \| — \| — \|$/.test(line));
    expect(undeclared).toEqual([]);
  });
});
