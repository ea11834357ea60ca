// `npm run schema`: writes api/schema.gql (the contract the dashboard and tests are typed from) and
// docs/access-matrix.md (who may call what), both derived from the code.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/config';
import { buildContracts } from './schema-sdl';

buildContracts()
  .then(({ schema, accessMatrix }) => {
    fs.writeFileSync(path.join(repoRoot, 'api', 'schema.gql'), schema);
    fs.mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(repoRoot, 'docs', 'access-matrix.md'), accessMatrix);
    console.log(`api/schema.gql (${schema.split('\n').length} regels) en docs/access-matrix.md geschreven`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
