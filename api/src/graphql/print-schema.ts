// `npm run schema`: writes api/schema.gql, the committed contract the dashboard and tests are typed from.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/config';
import { buildSchemaSdl } from './schema-sdl';

buildSchemaSdl()
  .then((sdl) => {
    const file = path.join(repoRoot, 'api', 'schema.gql');
    fs.writeFileSync(file, sdl);
    console.log(`Schema geschreven naar ${path.relative(repoRoot, file)} (${sdl.split('\n').length} regels)`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
