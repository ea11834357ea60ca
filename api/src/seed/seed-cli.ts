// `npm run seed`: loads the demo data into the configured database (idempotent).
import { loadConfig } from '../config/config';
import { connectDatabase } from '../database/connect';
import { seedDemoData } from './seed.service';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => console.log(line));
  try {
    await seedDemoData(db.dataSource, (line) => console.log(line));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
