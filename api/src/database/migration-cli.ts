// Migration commands: run, revert, show and generate (prints a draft migration from entity drift,
// to be read and tidied by hand before it lands). Uses DATABASE_URL, or the embedded server.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, repoRoot } from '../config/config';
import { connectDatabase } from './connect';
import { pendingSchemaChanges } from './data-source';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => console.log(line));
  try {
    if (command === 'run') {
      console.log('Alle migraties zijn uitgevoerd.');
    } else if (command === 'revert') {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Laatste migratie teruggedraaid.');
    } else if (command === 'show') {
      const pending = await pendingSchemaChanges(db.dataSource);
      console.log(pending.length === 0 ? 'Entiteiten en migraties komen overeen.' : pending.join(';\n'));
    } else if (command === 'generate') {
      if (!name || !/^[A-Z][A-Za-z]+$/.test(name))
        throw new Error('Geef een naam in PascalCase, bv. AddAdviceRequest');
      const log = await db.dataSource.driver.createSchemaBuilder().log();
      if (log.upQueries.length === 0) {
        console.log('Geen verschil tussen entiteiten en database.');
        return;
      }
      const stamp = Date.now();
      const body = (queries: { query: string }[]) =>
        queries.map((q) => `    await q.query(\`${q.query.replace(/`/g, '\\`')}\`);`).join('\n');
      const file = path.join(repoRoot, 'migrations', `${stamp}-${name}.ts`);
      fs.writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
          `export class ${name}${stamp} implements MigrationInterface {\n  name = '${name}${stamp}';\n\n` +
          `  async up(q: QueryRunner): Promise<void> {\n${body(log.upQueries)}\n  }\n\n` +
          `  async down(q: QueryRunner): Promise<void> {\n${body([...log.downQueries].reverse())}\n  }\n}\n`,
      );
      console.log(
        `Ontwerp geschreven naar ${path.relative(repoRoot, file)}; lees het na, geef namen en voeg het toe aan migrations/index.ts.`,
      );
    } else {
      throw new Error('Gebruik: migration-cli run | revert | show | generate <Naam>');
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
